"""Ctrl-C and SIGTERM: a long command stops the same way for both, and says how to resume.

A crawl or a run killed by a service manager (SIGTERM) must clean up as
after Ctrl-C: close its WARC file, roll back the open batch, print what it
did. So SIGTERM is turned into KeyboardInterrupt while the command runs.
"""
from __future__ import annotations

import functools
import signal
import sys
from contextlib import contextmanager

INTERRUPTED_STATUS = 130
RESUME_HINT = "interrupted: run the same command again to resume (nothing stored is lost or fetched twice)"


def raise_interrupt(signum, frame):
    """A SIGTERM handler: stop the command as Ctrl-C would, so it cleans up the same way."""
    raise KeyboardInterrupt


@contextmanager
def sigterm_as_interrupt():
    """While the block runs, SIGTERM raises KeyboardInterrupt; the previous handler comes back after."""
    previous = signal.signal(signal.SIGTERM, raise_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def resumable(handler):
    """Ctrl-C or SIGTERM ends the command with a word on how to resume (exit status 130)."""
    @functools.wraps(handler)
    def run_handler(args) -> int:
        try:
            return handler(args)
        except KeyboardInterrupt:
            print(f"tdkt: {RESUME_HINT}", file=sys.stderr)
            return INTERRUPTED_STATUS
    return run_handler
