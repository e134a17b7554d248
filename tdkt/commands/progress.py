"""Progress lines on the terminal: the crawl's, ``tdkt run``'s, ``tdkt load``'s and ``tdkt extract``'s.

Progress is for a person watching: on a terminal (stderr) a status line is
redrawn in place; when stderr is a file or a pipe nothing is drawn, so logs
and scripts get only the closing summary and the problems (as sqlite-utils
and pip do). The libraries draw nothing: the crawler tells an observer its counts
(``CrawlConfig.on_progress``), the loader keeps a report; these classes turn
both into lines.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator


class StatusLine:
    """A status line on ``stream``, redrawn in place; only on a terminal (disabled otherwise).

    Shared by the crawler's line, ``tdkt run``'s display and ``tdkt extract``'s counter, so all behave
    alike: drawn on a terminal, silent in a log file or a pipe.
    """

    TTY_INTERVAL = 0.5  # seconds between redraws on a terminal

    def __init__(self, stream=None, enabled: bool = True, interval: float | None = None):
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.enabled = enabled and self.tty
        self.interval = interval if interval is not None else (self.TTY_INTERVAL if self.tty else 10.0)
        self._last = 0.0
        self._drawn = False

    def draw(self, line: str) -> None:
        """Show ``line``: in place of the last one on a terminal, after it in a log."""
        if self.tty:
            self.stream.write("\r\033[K" + line)
            self._drawn = True
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def finish(self) -> None:
        """End the line drawn in place, so what is printed next starts on a line of its own."""
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False


class CrawlProgress(StatusLine):
    """The crawler's line: pages, articles, errors, queue and hosts (``update`` is its observer)."""

    def __init__(self, stream=None, enabled: bool = True, interval: float | None = None):
        super().__init__(stream, enabled, interval)
        self.started = time.monotonic()

    def observer(self) -> Callable[[Counter, int, int], None] | None:
        """What to give ``CrawlConfig.on_progress``: None when disabled, so the crawler counts nothing."""
        return self.update if self.enabled else None

    def update(self, stats: Counter, queued: int, hosts: int, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last < self.interval:
            return
        self._last = now
        self.draw(self.line(stats, queued, hosts))

    def line(self, stats: Counter, queued: int, hosts: int) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-6)
        pages = stats["pages"]
        return (f"pages {pages:,} ({pages / elapsed:.1f}/s) | articles {stats['article']:,} | "
                f"errors {stats['failed']:,} | retries {stats['retry']:,} | queue {queued:,} | hosts {hosts}")


class RunDisplay(StatusLine):
    """``tdkt run``'s one status line, labelled with the stage that is running: the crawl's line,
    then the extraction and load's. It is the display ``tdkt.pipeline`` is given."""

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
    def crawl_observer(self) -> Callable[[Counter, int, int], None] | None:
        """The crawler's observer: its line, drawn as this display's status under the label "crawl"."""
        return CrawlProgress(_StageStream(self, "crawl"), enabled=self.enabled).observer()

    def counting(self, items: Iterable, report, total: int, stage: str = "extract + load") -> Iterator:
        """Yield ``items``, showing the loader's ``report`` as they go."""
        started = time.monotonic()
        for item in items:
            yield item
            now = time.monotonic()
            if self.enabled and now - self._last >= self.interval:
                self._last = now
                self.show(stage, _load_line(report, total, now - started))
        if self.enabled and report.read:
            self.show(stage, _load_line(report, total, time.monotonic() - started))


class _StageStream:
    """File-like: what the crawler's progress writes becomes the display's status line."""

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


class LoadCounter:
    """``tdkt load``'s one-line counter on a terminal, so a long load shows it is alive."""

    EVERY = 500  # articles between redraws

    def __init__(self, enabled: bool):
        self.enabled, self.shown = enabled, False

    def wrap(self, items, report):
        for item in items:
            yield item
            if self.enabled and report.read % self.EVERY == 0:
                print(f"\r{report.summary()}", end="", file=sys.stderr, flush=True)
                self.shown = True

    def message(self, text: str) -> None:
        self.done()
        print(text, file=sys.stderr)

    def done(self) -> None:
        if self.shown:
            print(file=sys.stderr)
            self.shown = False


class ItemCounter(StatusLine):
    """A count of items as they pass, with their rate (``tdkt extract``): "extracted 1,200 articles (150/s)"."""

    def __init__(self, label: str, stream=None, enabled: bool = True):
        super().__init__(stream, enabled)
        self.label, self.count = label, 0

    def wrap(self, items: Iterable) -> Iterator:
        started = time.monotonic()
        for item in items:
            yield item
            self.count += 1
            now = time.monotonic()
            if self.enabled and now - self._last >= self.interval:
                self._last = now
                self.draw(f"{self.label} {self.count:,} ({self.count / max(now - started, 1e-6):.0f}/s)")
        self.finish()
