"""What the notebooks share: where the database and the figures are, a table that reads well, one chart style.

The database is ``data/tdkt.db`` of the repository (``tdkt demo`` or ``tdkt run``
builds it), or the file named by the environment variable ``TDKT_DB``. Figures
and tables go to ``notebooks/figures/``, or to ``TDKT_FIGURES``. The archive of
web pages is ``data/warc/``, or ``TDKT_WARC_DIR``.
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
    path = Path(os.environ.get("TDKT_DB") or repository() / "data" / "tdkt.db")
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


# --- Charts: one style for every figure -------------------------------------------------------------------------
#
# What a published chart needs and these functions give: axes labelled with what is counted, recipients of
# different kinds (people, units, households...) never added into one bar, awarded and proposed apart, the number
# of articles behind every bar written on it, and legends outside the data.

# Recipient kinds of the views' ``recipient`` column: the series name, and the unit its axis counts in.
RECIPIENT_KINDS = {
    "ca_nhan": ("Individuals (cá nhân)", "individuals"),
    "tap_the": ("Collectives: units, schools, companies (tập thể)", "collectives"),
    "ho_gia_dinh": ("Households (hộ gia đình)", "households"),
    "dia_phuong": ("Localities: communes, villages (địa phương)", "localities"),
    "mixed": ("Collectives and individuals, not itemised (tập thể, cá nhân)", "recipients, kind not itemised"),
}
PROPOSED_STYLE = {"facecolor": "white", "edgecolor": "0.3", "hatch": "////", "linewidth": 0.8}
SAVED: dict = {}  # name → figure, every figure saved in this session (the tests inspect them)


def use_style() -> None:
    """One look for every chart: DejaVu Sans (it has every Vietnamese diacritic), light grid, no top/right frame."""
    import matplotlib.pyplot as plt

    plt.rcParams.update({
        "font.family": "DejaVu Sans", "font.size": 9, "axes.titlesize": 10, "axes.labelsize": 9,
        "xtick.labelsize": 8, "ytick.labelsize": 8, "legend.fontsize": 8, "legend.title_fontsize": 8,
        "axes.spines.top": False, "axes.spines.right": False, "axes.grid": False,
        "grid.color": "0.9", "axes.axisbelow": True, "figure.dpi": 100, "savefig.dpi": 120,
    })


def kind_name(recipient: str | None) -> str:
    return RECIPIENT_KINDS.get(recipient or "", (f"Recipients of kind {recipient}", ""))[0]


def kind_unit(recipient: str | None) -> str:
    """What one unit on a count axis is for this kind: "individuals", "collectives"..."""
    return RECIPIENT_KINDS.get(recipient or "", ("", f"recipients ({recipient})"))[1]


def kinds_present(records: list[dict]) -> list[str]:
    """The recipient kinds of ``records``, in the order of RECIPIENT_KINDS (unknown kinds last)."""
    seen = {r["recipient"] for r in records}
    return [k for k in RECIPIENT_KINDS if k in seen] + sorted(seen - set(RECIPIENT_KINDS) - {None})


def label_articles(ax, position: float, value: float, n: int, horizontal: bool = False, detail: str = ""):
    """The number of articles behind a bar ("n=12"), written just past its end."""
    text = f"n={n:,}{detail}"
    if horizontal:
        return ax.annotate(text, (value, position), xytext=(7, 0), textcoords="offset points", ha="left",
                           va="center", fontsize=7, color="0.25")
    return ax.annotate(text, (position, value), xytext=(0, 2), textcoords="offset points", ha="center",
                       va="bottom", fontsize=7, color="0.25", rotation=90)


def stacked_bar(ax, position: float, segments: list[tuple[str, float, dict]], articles: int, width: float = 0.8,
                horizontal: bool = False) -> float:
    """One bar of stacked ``(series, value, style)`` segments with its article count on top; returns its length."""
    start = 0.0
    for series, value, style in segments:
        if value:
            if horizontal:
                ax.barh(position, value, height=width, left=start, label=series, **style)
            else:
                ax.bar(position, value, width=width, bottom=start, label=series, **style)
            start += value
    if start:
        label_articles(ax, position, start, articles, horizontal)
    return start


def room_for_labels(ax, horizontal: bool = False, share: float = 0.22) -> None:
    """Stretch the value axis so the article counts past the longest bar stay inside the axes."""
    low, high = ax.get_xlim() if horizontal else ax.get_ylim()
    log = (ax.get_xscale() if horizontal else ax.get_yscale()) == "log"
    high = high * (high / low) ** share if log else high + (high - low) * share
    (ax.set_xlim if horizontal else ax.set_ylim)(low, high)


def legend_outside(ax, handles=None, labels=None, title: str | None = None):
    """A legend right of the axes, never over a bar; duplicate series names shown once."""
    if handles is None:
        handles, labels = ax.get_legend_handles_labels()
    unique = dict(zip(labels or [handle.get_label() for handle in handles], handles))
    return ax.legend(list(unique.values()), list(unique), title=title, loc="upper left",
                     bbox_to_anchor=(1.01, 1.0), borderaxespad=0.0, frameon=False)


def style_handles(series: list[tuple[str, dict]]):
    """Legend entries for ``(name, bar style)`` pairs."""
    from matplotlib.patches import Patch

    return [Patch(label=name, **style) for name, style in series]


def count_axis(ax, axis: str = "y") -> None:
    """Whole counts with thousands separators on the value axis, and a light grid across it only."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    ax.grid(True, axis=axis)
    scale = ax.get_yscale() if axis == "y" else ax.get_xscale()
    target = ax.yaxis if axis == "y" else ax.xaxis
    if scale == "linear":
        target.set_major_locator(MaxNLocator(integer=True))
    target.set_major_formatter(FuncFormatter(lambda value, _: f"{value:,.0f}"))


def save(figure, name: str) -> Path:
    """The figure as PNG in the figures folder (legends outside the axes included), kept in ``SAVED``."""
    path = figures_dir() / name
    figure.savefig(path, bbox_inches="tight")
    SAVED[name] = figure
    return path


def slug(text: str) -> str:
    """A file-name form of a place name: "Đắk Nông" → "dak-nong"."""
    from tdkt.schema.fold import fold_query

    return "-".join("".join(c if c.isalnum() else " " for c in fold_query(text)).split()) or "unnamed"


use_style()  # on import: every notebook's charts look alike
