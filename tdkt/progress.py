"""One progress display for a whole ``tdkt run``: the crawl's line, then the extraction and load's.

On a terminal a single status line is redrawn in place, whichever stage is
running; in a log file a line is written every ``interval`` seconds, so an
unattended run still shows that it lives. The crawler draws its own line
(``crawler.progress.Progress``); it is handed ``crawl_stream()`` as its
output, so its text lands on the same line under the stage's label.
"""
from __future__ import annotations

import time
from collections.abc import Iterable, Iterator

from tdkt.crawler.progress import StatusLine


class RunDisplay(StatusLine):
    """The run's one status line, labelled with the stage that is running."""

    TTY_INTERVAL = 0.2

    def show(self, stage: str, text: str) -> None:
        """Draw ``text`` as the status of ``stage``."""
        if not self.enabled or not text:
            return
        self.draw(f"[{stage}] {text}")

    def message(self, text: str) -> None:
        """A line that stays (a warning, a skipped article): the status line is redrawn below it."""
        self._clear()
        self.stream.write(text + "\n")
        self.stream.flush()

    def _clear(self) -> None:
        if self._drawn:
            self.stream.write("\r\033[K")
            self._drawn = False

    # -- the two stages ------------------------------------------------------------------------
    def crawl_stream(self) -> _StageStream:
        """A stream for the crawler's progress line."""
        return _StageStream(self, "crawl")

    def counting(self, items: Iterable, report, total: int, stage: str = "extract + load") -> Iterator:
        """Yield ``items``, showing the loader's ``report`` as they go."""
        started = time.monotonic()
        if not self.tty:
            self._last = started  # a log gets a line per interval, the first after one interval
        for item in items:
            yield item
            now = time.monotonic()
            if self.enabled and now - self._last >= self.interval:
                self._last = now
                self.show(stage, _load_line(report, total, now - started))
        if self.enabled and report.read:
            self.show(stage, _load_line(report, total, time.monotonic() - started))


class _StageStream:
    """File-like: what the crawler's Progress writes becomes the display's status line."""

    def __init__(self, display: RunDisplay, stage: str):
        self.display, self.stage = display, stage

    def write(self, text: str) -> int:
        line = text.replace("\r", "").replace("\033[K", "").strip()
        self.display.show(self.stage, line)
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return self.display.tty


def _load_line(report, total: int, elapsed: float) -> str:
    rate = report.read / elapsed if elapsed > 0 else 0.0
    of = f"/{total:,}" if total else ""
    return (f"articles {report.read:,}{of} ({rate:.0f}/s) | extracted {report.extracted:,} | "
            f"problems {report.problems:,}")
