"""What the notebooks share: where the database and the figures are, and a table that reads well.

The database is ``tdkt.db`` of tdkt's data directory (``tdkt demo`` or ``tdkt run``
builds it there; ``TDKT_HOME``, see tdkt.paths), or the file named by the
environment variable ``TDKT_DB``. Figures and tables go to ``notebooks/figures/``,
or to ``TDKT_FIGURES``. The archive of web pages is ``warc/`` beside the
database, or ``TDKT_WARC_DIR``.
"""
from __future__ import annotations

import csv
import html
import os
import sqlite3
from pathlib import Path


def repository() -> Path:
    """The repository root: the first folder up from here that holds pyproject.toml."""
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "pyproject.toml").is_file():
            return folder
    return here.parent


def database_path() -> Path:
    from tdkt.paths import user_file

    path = Path(os.environ.get("TDKT_DB") or user_file("db"))
    if not path.is_file():
        raise FileNotFoundError(f"no database at {path}: build it with `.venv/bin/tdkt demo` (or set TDKT_DB)")
    return path


def warc_dir() -> Path:
    return Path(os.environ.get("TDKT_WARC_DIR") or database_path().parent / "warc")


def figures_dir() -> Path:
    path = Path(os.environ.get("TDKT_FIGURES") or repository() / "notebooks" / "figures")
    path.mkdir(parents=True, exist_ok=True)
    return path


def connect() -> sqlite3.Connection:
    """The database, read-only, with tdkt's search functions (``tdkt_match``, ``tdkt_snippet``)."""
    from tdkt.schema.query import open_readonly

    conn, _ = open_readonly(database_path())
    conn.row_factory = sqlite3.Row
    return conn


def rows(conn: sqlite3.Connection, sql: str, *params) -> list[dict]:
    return [dict(row) for row in conn.execute(sql, params)]


class Table:
    """Rows shown as an HTML table in the notebook (and as text elsewhere)."""

    def __init__(self, records: list[dict], columns: list[str] | None = None, limit: int = 25):
        self.records, self.limit = records, limit
        self.columns = columns or (list(records[0]) if records else [])

    def _cells(self, record: dict) -> list[str]:
        return [_cell(record.get(c), c) for c in self.columns]

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(c)}</th>" for c in self.columns)
        body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in self._cells(r)) + "</tr>"
                       for r in self.records[:self.limit])
        more = f"<p>… {len(self.records) - self.limit} more rows</p>" if len(self.records) > self.limit else ""
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"

    def __repr__(self) -> str:
        lines = [" | ".join(self.columns)] + [" | ".join(self._cells(r)) for r in self.records[:self.limit]]
        return "\n".join(lines)


def _cell(value, column: str) -> str:
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool) and "year" not in column:
        return f"{value:,}"  # counts get thousands separators, years do not
    return str(value)


def link(url: str | None, text: str | None = None) -> str:
    """An HTML link for a Table cell (text escaped)."""
    if not url:
        return html.escape(text or "")
    return f'<a href="{html.escape(url, quote=True)}">{html.escape(text or url)}</a>'


def write_csv(records: list[dict], name: str, columns: list[str] | None = None) -> Path:
    """A table a reader can reuse: CSV in the figures folder."""
    path = figures_dir() / name
    columns = columns or (list(records[0]) if records else [])
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(records)
    return path


def save(figure, name: str) -> Path:
    path = figures_dir() / name
    figure.savefig(path, dpi=120, bbox_inches="tight")
    return path


def slug(text: str) -> str:
    """A file-name form of a place name: "Đắk Nông" → "dak-nong"."""
    from tdkt.schema.fold import fold_query

    return "-".join("".join(c if c.isalnum() else " " for c in fold_query(text)).split()) or "unnamed"
