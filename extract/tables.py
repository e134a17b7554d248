"""Award tables flattened into text by the page extractor.

    STT | Hình thức | Tập thể | Cá nhân | 1 | Cờ thi đua của UBND tỉnh | 2 | - | 2 | Bằng khen ... | 9 | 17

A table is a run of "|"-separated cells whose header cells name recipient
kinds; the cells after the header are cut into rows of the header's width.
The award stage reads the form in each row and one count per recipient column.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

from tdkt.extract.document import Document

_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")
MIN_CELLS = 4


@dataclass(frozen=True)
class Cell:
    start: int
    end: int


def table_spans(doc: Document) -> list[tuple[int, int]]:
    """Stretches of the article that hold a flattened table: one line, or one row per line.

    A header row of short cells may have been taken for a menu bar, so every
    line but the related-news tail is considered.
    """
    spans: list[tuple[int, int]] = []
    run: list = []
    for line in doc.lines + [None]:
        if line is not None and line.kind != "tail" and doc.text.count("|", line.start, line.end) >= 2:
            run.append(line)
            continue
        if run and sum(doc.text.count("|", r.start, r.end) + 1 for r in run) >= MIN_CELLS and \
                (len(run) > 1 or doc.text.count("|", run[0].start, run[0].end) >= MIN_CELLS - 1):
            spans.append((run[0].start, run[-1].end))
        run = []
    return spans


def _cells(doc: Document, start: int, end: int) -> list[Cell]:
    bounds = [0] + [m.start() for m in re.finditer(r"[|\n]", doc.text[start:end])] + [end - start]
    cells = []
    for a, b in zip(bounds, bounds[1:]):
        s, e = start + a + (1 if a else 0), start + b
        while s < e and doc.text[s].isspace():
            s += 1
        while e > s and doc.text[e - 1].isspace():
            e -= 1
        cells.append(Cell(s, e))
    return cells


def number_in(doc: Document, cell: Cell) -> int | None:
    value = doc.text[cell.start:cell.end]
    return int(value.replace(".", "")) if _NUMBER.fullmatch(value) else None


def rows(doc: Document, start: int, end: int,
         recipient_of: Callable[[Cell], str | None]) -> Iterator[tuple[list[Cell], list[str | None]]]:
    """(row cells, recipient kind of each column) for an award table, nothing otherwise."""
    cells = _cells(doc, start, end)
    header: list[str | None] = []
    i = 0
    while i < len(cells) and number_in(doc, cells[i]) is None:
        header.append(recipient_of(cells[i]) if cells[i].end > cells[i].start else None)
        i += 1
    width = len(header)
    if width < 2 or not any(header):
        return
    for row_start in range(i, len(cells) - width + 1, width):
        yield cells[row_start:row_start + width], header
