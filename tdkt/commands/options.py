"""Argument types and the options every command shares.

Kept in one place so that ``tdkt crawl``, ``tdkt run`` and ``tdkt load`` accept
the same values for the same option and refuse bad ones with the same words.
"""
from __future__ import annotations

import argparse
import datetime as dt


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


def port(text: str) -> int:
    value = positive_int(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"not a port: {text!r}")
    return value


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
    "--timeout": dict(type=positive_float, default=20.0,
                      help="network timeout in seconds (default: 20); a whole request is cut off after 60 s"),
    "--workers": dict(type=positive_int, default=8, help="hosts fetched in parallel (default: 8)"),
    "--since": dict(type=iso_date, metavar="YYYY-MM-DD", help="keep only articles published on or after DATE"),
    "--allow-private": dict(action="store_true", help="allow private and loopback addresses (testing)"),
    "--quiet": dict(action="store_true", help="no progress line"),
}


def add_option(parser: argparse.ArgumentParser, name: str) -> None:
    """Add the shared option ``name`` (a key of ``SHARED_OPTIONS``) to ``parser``."""
    parser.add_argument(name, **SHARED_OPTIONS[name])
