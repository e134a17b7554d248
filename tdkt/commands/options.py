"""Argument types, the options every command shares, default paths and help epilogs.

Kept in one place so that ``tdkt crawl``, ``tdkt run`` and ``tdkt load`` accept
the same values for the same option, refuse bad ones with the same words, find
their files in the same data directory and end their ``--help`` alike (examples,
exit statuses).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import textwrap
from pathlib import Path

from tdkt.paths import HOME_ENV, user_data_dir, user_file


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


def add_bom_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--bom", action="store_true",
                        help="begin CSV output with a UTF-8 byte-order mark, so Excel reads Vietnamese right")


# -- the user's data directory ---------------------------------------------------------------
_data_dir: str | None = None  # ``tdkt --data-dir DIR``, set by tdkt.cli before the commands register


def set_data_dir(directory: str | os.PathLike | None) -> None:
    global _data_dir
    _data_dir = str(directory) if directory else None


def default_path(name: str) -> str:
    """The default of a path option (``db``, ``crawl_db``, ``warc_dir``): in the user's data directory,
    never relative to the current directory."""
    return str(user_file(name, _data_dir))


def data_dir() -> Path:
    return user_data_dir(_data_dir)


DATA_DIR_HELP = (f"where the databases and WARC files go when no path is given (default: ${HOME_ENV}, else the "
                 "platform's user-data directory, e.g. ~/.local/share/tdkt)")


# -- names and places typed with or without diacritics ---------------------------------------
def same_name(typed: str, name: str) -> bool:
    """True when ``typed`` names ``name`` with or without diacritics, letter case, spaces or hyphens aside
    ("dak nong", "Đắk Nông", "DAK-NONG")."""
    return _name_key(typed) == _name_key(name)


def _name_key(text: str) -> str:
    from tdkt.schema.fold import fold_query

    return " ".join(re.findall(r"[^\W_]+", fold_query(text or "")))


# -- help: examples and exit statuses --------------------------------------------------------
def with_examples(parser: argparse.ArgumentParser, examples: str, notes: str = "") -> argparse.ArgumentParser:
    """End ``parser``'s help with ``examples`` (one command per line, ``# comment`` lines allowed), any
    ``notes`` and the exit statuses; the description is wrapped here since the help is printed raw."""
    from tdkt.commands.errors import EXIT_CODES_EPILOG

    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    if parser.description:
        parser.description = textwrap.fill(" ".join(parser.description.split()), 78)
    lines = ["examples:"] + ["  " + line.rstrip() for line in textwrap.dedent(examples).strip("\n").splitlines()]
    if notes:
        lines += ["", textwrap.fill(" ".join(notes.split()), 78)]
    lines += ["", textwrap.fill(EXIT_CODES_EPILOG, 78)]
    parser.epilog = "\n".join(lines)
    return parser
