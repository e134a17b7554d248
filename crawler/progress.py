"""Progress line while crawling and the summary at the end.

On a terminal the line is redrawn in place; in a log file a line is written
every ``interval`` seconds, so long unattended crawls still show they live.
"""
from __future__ import annotations

import sys
import time
from collections import Counter

FAILURE_OUTCOMES = ("failed",)


class StatusLine:
    """A status line on ``stream``: redrawn in place on a terminal, one line per update in a log.

    Shared by the crawler's line and ``tdkt run``'s display (``tdkt.progress.RunDisplay``), so
    both behave alike on a terminal and in a log file.
    """

    TTY_INTERVAL = 0.5  # seconds between redraws on a terminal; a log gets a line every 10 s

    def __init__(self, stream=None, enabled: bool = True, interval: float | None = None):
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
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


class Progress(StatusLine):
    """The crawler's line: pages, articles, errors, queue and hosts."""

    def __init__(self, stream=None, enabled: bool = True, interval: float | None = None):
        super().__init__(stream, enabled, interval)
        self.started = time.monotonic()

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


def format_summary(summary: dict) -> str:
    """Human summary of a run (the dict returned by Crawl.run)."""
    stats = Counter(summary["stats"])
    elapsed = summary["elapsed"]
    lines = [
        f"Crawl {summary['status']} in {elapsed:.1f} s: {stats['pages']:,} requests "
        f"({stats['pages'] / max(elapsed, 1e-6):.1f}/s), {stats['article']:,} new articles.",
        f"  listings {stats['listing']:,} · duplicates {stats['duplicate']:,} · not modified {stats['not_modified']:,}"
        f" · redirects {stats['redirect']:,} · sitemaps/feeds {stats['sitemap'] + stats['feed']:,}"
        f" · skipped {stats['skipped']:,} · retries {stats['retry']:,} · failed {stats['failed']:,}",
        f"  robots.txt refused {stats['robots']:,} · new URLs queued {stats['discovered']:,}",
    ]
    frontier = summary.get("frontier") or {}
    if frontier:
        lines.append("  frontier: " + ", ".join(f"{state} {count:,}" for state, count in sorted(frontier.items())))
    for reason, count in summary.get("failures", [])[:8]:
        lines.append(f"  failed: {count:,} × {reason}")
    for host, reason in summary.get("parked", {}).items():
        lines.append(f"  paused host {host}: {reason} (its URLs stay queued)")
    if summary.get("warc_files"):
        lines.append(f"  WARC: {len(summary['warc_files'])} file(s) in {summary['warc_dir']}")
    lines.append(f"  database: {summary['db']}")
    return "\n".join(lines)
