"""Pieces every stage's ``cli`` module needs alike: argument types, options, errors, the registry.

Kept in one place so that ``tdkt crawl``, ``tdkt run`` and ``tdkt load`` accept
the same values for the same option and refuse bad ones with the same words.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys


def fail(message: str) -> int:
    """Say what went wrong on stderr and give the exit status of a usage error."""
    print(f"tdkt: {message}", file=sys.stderr)
    return 2


def raise_interrupt(signum, frame):
    """A SIGTERM handler: stop the command as Ctrl-C would, so it cleans up the same way."""
    raise KeyboardInterrupt


def open_registry(path, required: bool):
    """The source registry; ``None`` when it is missing but not needed, ``False`` (error told) when it is."""
    from tdkt.portal.sources import RegistryError, load_registry

    try:
        return load_registry(path)
    except RegistryError as exc:
        if required or path:
            fail(str(exc))
            return False
        return None


# -- argument types ----------------------------------------------------------------------------
def iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def positive_int(text: str) -> int:
    return _number(text, int, lambda v: v > 0, "a positive integer")


def non_negative_int(text: str) -> int:
    return _number(text, int, lambda v: v >= 0, "zero or more")


def positive_float(text: str) -> float:
    return _number(text, float, lambda v: v > 0, "positive")


def non_negative_float(text: str) -> float:
    return _number(text, float, lambda v: v >= 0, "zero or more")


def _number(text: str, kind, test, requirement: str):
    try:
        value = kind(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not test(value):
        raise argparse.ArgumentTypeError(f"must be {requirement}: {text!r}")
    return value


# -- options that mean the same in every command ---------------------------------------------
SHARED_OPTIONS = {
    "--sources": dict(dest="registry", metavar="CSV", help="source registry (default: data/sources.csv)"),
    "--delay": dict(type=non_negative_float, default=1.0, help="seconds between requests to one host (default: 1)"),
    "--timeout": dict(type=positive_float, default=20.0, help="network timeout in seconds (default: 20)"),
    "--workers": dict(type=positive_int, default=8, help="hosts fetched in parallel (default: 8)"),
    "--since": dict(type=iso_date, metavar="YYYY-MM-DD", help="keep only articles published on or after DATE"),
    "--allow-private": dict(action="store_true", help="allow private and loopback addresses (testing)"),
    "--quiet": dict(action="store_true", help="no progress line"),
}


def add_option(parser: argparse.ArgumentParser, name: str) -> None:
    """Add the shared option ``name`` (a key of ``SHARED_OPTIONS``) to ``parser``."""
    parser.add_argument(name, **SHARED_OPTIONS[name])
