"""Reading JSON Lines that may be hostile: one bad line is reported with its number, never fatal.

Every JSON Lines reader of tdkt (``tdkt extract --jsonl``, ``tdkt load``,
``tdkt eval``) reads through here, so they all survive the same inputs: a
line that is not UTF-8, not JSON, nested thousands deep, holding an integer
of thousands of digits, NaN, a lone surrogate (which no database or UTF-8
file can store) or megabytes past any real record. Such a line comes back
as a ``Line`` with a ``problem`` and the reader goes on with the next; a
byte-order mark before the first line is dropped, not taken for text.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from typing import IO, Iterator

# Longer lines are skipped unread. An article is at most 1,000,000 characters (extract.sanity), up to
# 6 MB as JSON with every character escaped; its record adds sentences, so 64 MiB leaves ample room.
MAX_LINE_BYTES = 64 * 1024 * 1024
_SKIP_CHUNK = 1024 * 1024
_BOM = b"\xef\xbb\xbf"
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
# orjson reads a line in about half the time, but an integer past 64 bits as a float: a line with 19
# digits in a row (a number that may not fit, or only a long string of digits) is read by ``json``. The
# digits are found by writing each as 0 and looking for nineteen 0s (a regular expression took longer).
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_NINETEEN_DIGITS = b"0" * 19
# orjson reads values nested up to 1,024 deep, json only as deep as Python's recursion limit (about 1,000
# less the caller's own depth): a line with this many brackets is read by ``json``, so it says "too deep".
_MANY_BRACKETS = 500
try:
    from orjson import loads as _fast_loads
except ImportError:  # not installed: the standard library reads every line
    _fast_loads = None


class CannotRead(Exception):
    """A file that cannot be opened at all."""


@dataclass
class Line:
    """One non-blank line: its parsed ``value``, or the ``problem`` that made it unreadable."""
    origin: str  # "name:number"
    raw: bytes
    value: object = None
    problem: str | None = None


def read(path: str, *, max_line_bytes: int = MAX_LINE_BYTES, parsed: bool = True) -> Iterator[Line]:
    """Every non-blank line of ``path`` (``-``: standard input), parsed or with its problem (``parsed=False``:
    only a line too long has one; the others are for ``parse`` to read, in a worker process say)."""
    name = "stdin" if path == "-" else path
    try:
        stream = sys.stdin.buffer if path == "-" else open(path, "rb")
    except OSError as exc:
        raise CannotRead(f"cannot read {path}: {exc.strerror}") from None
    try:
        yield from read_stream(stream, name, max_line_bytes=max_line_bytes, parsed=parsed)
    finally:
        if path != "-":
            stream.close()


def read_stream(stream: IO[bytes], name: str, *, max_line_bytes: int = MAX_LINE_BYTES,
                parsed: bool = True) -> Iterator[Line]:
    for number, raw in enumerate(_bounded_lines(stream, max_line_bytes), 1):
        if number == 1 and raw.startswith(_BOM):
            raw = raw[len(_BOM):]
        origin = f"{name}:{number}"
        if raw is _TOO_LONG:
            yield Line(origin, b"", problem=f"line longer than {max_line_bytes:,} bytes; line skipped")
        elif not raw.isspace():  # not blank (isspace stops at the first other byte; strip copied the line)
            yield parse(raw, origin) if parsed else Line(origin, raw)


def parse(raw: bytes, origin: str) -> Line:
    """One line as a ``Line``: the value, or what is wrong with it. A line orjson reads is read by it; any
    other (orjson refuses everything ``json`` does here, and more) is read again by ``json``, whose
    message names the problem."""
    if (_fast_loads is not None and raw.translate(_DIGITS_AS_ZERO).find(_NINETEEN_DIGITS) < 0
            and raw.count(b"[") + raw.count(b"{") < _MANY_BRACKETS):
        try:
            return Line(origin, raw, value=_fast_loads(raw))  # refuses lone surrogates, NaN and bad UTF-8
        except (ValueError, RecursionError):
            pass
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Line(origin, raw, problem=f"not UTF-8 (byte {exc.start + 1} of the line); line skipped")
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        return Line(origin, raw, problem=f"not valid JSON ({exc.msg}, column {exc.colno}); line skipped")
    except RecursionError:
        return Line(origin, raw, problem="JSON nested too deeply; line skipped")
    except ValueError as exc:  # an integer past Python's 4,300 digits, or NaN and Infinity
        return Line(origin, raw, problem=f"{_short(exc)}; line skipped")
    if _SURROGATE_ESCAPE.search(raw) and _holds_lone_surrogate(value):
        return Line(origin, raw, problem="a string holds a lone surrogate (\\ud800-\\udfff), which is not text; "
                                         "line skipped")
    return Line(origin, raw, value=value)


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a JSON number")


def _short(exc: ValueError) -> str:
    message = str(exc)
    if "integer string conversion" in message:
        return f"a number with more than {sys.get_int_max_str_digits():,} digits"
    return message


def _holds_lone_surrogate(value) -> bool:
    """True when some string (key or value) cannot be written as UTF-8 (walked without recursion)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


_TOO_LONG = b"\x00too long"  # a marker, compared by identity


def _bounded_lines(stream: IO[bytes], limit: int) -> Iterator[bytes]:
    """The lines of ``stream``; a line longer than ``limit`` becomes ``_TOO_LONG`` and is skipped
    chunk by chunk, never held whole."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(_SKIP_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield _TOO_LONG
            continue
        yield line
