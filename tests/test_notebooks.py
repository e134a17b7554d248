"""The researchers' notebooks run top to bottom against the demo database, and their charts read as published ones.

The demo database is built here (the same pipeline as `tdkt demo`), then each notebook is executed by a
Jupyter kernel of this Python (nbclient), reading it through TDKT_DB and writing into TDKT_FIGURES. A last cell,
added here, draws every figure the notebook saved and describes what a reader sees in it (titles, axis labels,
bars, the numbers written on them, legends, tick labels, with their boxes on the page); the tests check that
description: every axis labelled, every bar with the number of articles behind it, legends and numbers clear of
the bars and of each other, and people, units and proposals never added into one bar.
"""
from __future__ import annotations

import csv
import inspect
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from tdkt.demo import run_demo
from tdkt.pipeline import Paths
from tdkt.schema.query import open_readonly

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
PNG = b"\x89PNG\r\n\x1a\n"
ARTICLES = re.compile(r"^n=\d[\d,]*\b")  # the article count written on a bar
PROPOSED = "Proposed"  # how the series of proposals is named in the charts
# The words naming one kind of recipient on a count axis: one axis never counts two kinds.
KIND_WORDS = {"ca_nhan": "individuals", "tap_the": "collectives", "ho_gia_dinh": "households",
              "dia_phuong": "localities", "mixed": "not itemised"}

# What each notebook must leave behind: its charts, and the tables a reader can reuse.
OUTPUTS = {
    "award_trends.ipynb": ["award_trends_all.png", "award_trends_*.png", "totals_vs_breakdowns.png",
                           "award_trends_by_year_and_form.csv"],
    "district_comparison.ipynb": ["district_comparison.png", "provinces_2025.png", "district_comparison.csv",
                                  "provinces_then_and_now.csv"],
    "archive_search.ipynb": ["archive_search_over_time.png"],
}


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("demo")
    paths = Paths(db=str(directory / "tdkt.db"), crawl_db=str(directory / "crawl.db"),
                  warc_dir=str(directory / "warc"))
    result = run_demo(paths)
    assert result.run.totals.articles == 65
    return directory / "tdkt.db"


@pytest.fixture(scope="module")
def this_python_kernel(tmp_path_factory) -> str:
    """A kernel spec for the Python running the tests (the venv's), found before any user-wide one."""
    root = tmp_path_factory.mktemp("jupyter")
    spec = root / "kernels" / "tdkt-test"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "tdkt tests", "language": "python"}))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JUPYTER_PATH", str(root))
        yield "tdkt-test"


def describe_figures():
    """Run inside the kernel: every saved figure drawn, and what a reader sees in it, as JSON on stdout."""
    import json
    import warnings

    import notebook_helpers
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    def box(artist, renderer, within=None):
        extent = artist.get_window_extent(renderer)
        if within is not None:  # what shows of a bar: the axes clip it (a log axis starts it far off-page)
            extent = extent.intersection(extent, within) or extent.from_extents(0, 0, 0, 0)
        return [extent.x0, extent.y0, extent.x1, extent.y1]

    figures = {}
    for name, figure in notebook_helpers.SAVED.items():
        canvas = FigureCanvasAgg(figure)  # drawn again as when it was saved
        with warnings.catch_warnings(record=True) as warned:
            warnings.simplefilter("always")
            canvas.draw()
        renderer = canvas.get_renderer()
        legends = [legend for legend in figure.legends] + [ax.get_legend() for ax in figure.axes if ax.get_legend()]
        axes = []
        for ax in figure.axes:
            bars = []
            for container in ax.containers:
                horizontal = getattr(container, "orientation", "vertical") == "horizontal"
                for patch in container.patches:
                    if patch.get_width() and patch.get_height():
                        bars.append({"series": container.get_label(), "horizontal": horizontal,
                                     "box": box(patch, renderer, ax.get_window_extent(renderer)),
                                     "low": patch.get_y() if horizontal else patch.get_x(),
                                     "high": (patch.get_y() + patch.get_height()) if horizontal
                                     else (patch.get_x() + patch.get_width()),
                                     "start": patch.get_x() if horizontal else patch.get_y(),
                                     "length": patch.get_width() if horizontal else patch.get_height()})
            texts = [{"text": text.get_text(), "box": box(text, renderer),
                      "at": list(getattr(text, "xy", text.get_position()))}
                     for text in ax.texts if text.get_visible() and text.get_text()]
            ticks = {axis: [box(label, renderer) for label in labels if label.get_visible() and label.get_text()]
                     for axis, labels in (("x", ax.get_xticklabels()), ("y", ax.get_yticklabels()))}
            axes.append({"title": " ".join(ax.get_title(loc) for loc in ("left", "center", "right")).strip(),
                         "xlabel": ax.get_xlabel(), "ylabel": ax.get_ylabel(), "box": box(ax, renderer),
                         "bars": bars, "texts": texts, "ticks": ticks})
        figures[name] = {"axes": axes, "warnings": [str(w.message) for w in warned], "legends": [
            {"box": box(legend, renderer), "labels": [t.get_text() for t in legend.get_texts()]}
            for legend in legends]}
    print(json.dumps(figures, default=float))  # numpy numbers as plain ones


def execute(name: str, kernel: str) -> tuple[nbformat.NotebookNode, dict]:
    """The notebook executed, and the description of its saved figures (from a cell added after its last)."""
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    probe = nbformat.v4.new_code_cell(inspect.getsource(describe_figures) + "\ndescribe_figures()")
    notebook.cells.append(probe)
    client = NotebookClient(notebook, timeout=180, kernel_name=kernel,
                            resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()  # raises CellExecutionError, with the cell and its traceback, if any cell fails
    notebook.cells.pop()
    printed = "".join(output.get("text", "") for output in probe.outputs if output.output_type == "stream")
    return notebook, json.loads(printed)


@pytest.fixture(scope="module")
def executed(demo_database, this_python_kernel, tmp_path_factory):
    """Each notebook run once for every test of this module: name → (notebook, figures described, folder)."""
    done = {}

    def run(name):
        if name not in done:
            figures = tmp_path_factory.mktemp("figures")
            with pytest.MonkeyPatch.context() as patch:
                patch.setenv("TDKT_DB", str(demo_database))
                patch.setenv("TDKT_FIGURES", str(figures))
                patch.delenv("TDKT_WARC_DIR", raising=False)
                patch.delenv("TDKT_PROVINCE", raising=False)
                patch.setenv("MPLBACKEND", "agg")  # saved, not also rendered inline: half the kernel's time
                try:
                    done[name] = execute(name, this_python_kernel) + (figures,)
                except Exception as error:  # a notebook that fails is run once, not once per test
                    done[name] = error
        if isinstance(done[name], Exception):
            raise done[name]
        return done[name]
    return run


def overlap(a, b, slack: float = 1.0) -> bool:
    """Whether two boxes (x0, y0, x1, y1, in pixels) share more than a pixel's edge."""
    return min(a[2], b[2]) - max(a[0], b[0]) > slack and min(a[3], b[3]) - max(a[1], b[1]) > slack


def inside(inner, outer, slack: float = 1.0) -> bool:
    return (inner[0] >= outer[0] - slack and inner[1] >= outer[1] - slack
            and inner[2] <= outer[2] + slack and inner[3] <= outer[3] + slack)


def article_labels(axes: dict) -> list[dict]:
    return [text for text in axes["texts"] if ARTICLES.match(text["text"])]


def stacks(axes: dict) -> dict:
    """The bars of an axes grouped by where they stand (one stack: the segments drawn at one position)."""
    grouped = defaultdict(list)
    for bar in axes["bars"]:
        grouped[round(bar["low"], 6), round(bar["high"], 6)].append(bar)
    return grouped


@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_notebook_runs_and_saves_its_figures(name, executed):
    notebook, described, figures = executed(name)
    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert all(cell.get("execution_count") for cell in code_cells), "a cell did not run"
    assert not [o for cell in code_cells for o in cell.outputs if o.output_type == "error"]
    for pattern in OUTPUTS[name]:
        found = sorted(figures.glob(pattern))
        assert found, f"{name} did not write {pattern}"
        for path in found:
            if path.suffix == ".png":
                assert path.read_bytes()[:8] == PNG and path.stat().st_size > 5_000, path
                assert path.name in described, f"{path.name} was not saved through notebook_helpers.save"
            else:
                with open(path, encoding="utf-8") as handle:
                    assert len(list(csv.DictReader(handle))) > 0, path


@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_every_chart_says_what_it_counts(name, executed):
    """A title, and both axes labelled; a count axis says which kind of recipient it counts, and only one."""
    _, described, _ = executed(name)
    for figure, drawn in described.items():
        assert drawn["axes"], figure
        for number, axes in enumerate(drawn["axes"]):
            where = f"{figure}, axes {number} ({axes['title']!r})"
            assert axes["title"], f"{where}: no title"
            assert axes["xlabel"].strip() and axes["ylabel"].strip(), f"{where}: an axis is not labelled"
            for label in (axes["xlabel"], axes["ylabel"]):
                kinds = [kind for kind, word in KIND_WORDS.items() if word in label]
                assert len(kinds) <= 1, f"{where}: one axis counts {kinds} together: {label!r}"


@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_every_bar_shows_the_articles_behind_it(name, executed):
    """Each stack of bars has "n=<articles>" written just past its end, inside the axes."""
    _, described, _ = executed(name)
    for figure, drawn in described.items():
        for axes in drawn["axes"]:
            labels = article_labels(axes)
            for (low, high), bars in stacks(axes).items():
                horizontal = bars[0]["horizontal"]
                end = max(bar["start"] + bar["length"] for bar in bars)
                on_it = [label for label in labels
                         if low <= label["at"][1 if horizontal else 0] <= high
                         and label["at"][0 if horizontal else 1] >= end - 1e-9]
                assert on_it, f"{figure} ({axes['title']!r}): the bar at {low:.2f}–{high:.2f} shows no article count"
            for label in labels:
                assert inside(label["box"], axes["box"]), f"{figure}: {label['text']!r} sticks out of its axes"


@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_nothing_covers_the_data(name, executed):
    """Legends cover no bar and no number; numbers cover no bar and no other number; tick labels stay apart."""
    _, described, _ = executed(name)
    for figure, drawn in described.items():
        bars = [bar["box"] for axes in drawn["axes"] for bar in axes["bars"]]
        labels = [label for axes in drawn["axes"] for label in article_labels(axes)]
        for legend in drawn["legends"]:
            assert not [b for b in bars if overlap(legend["box"], b)], f"{figure}: the legend covers a bar"
            assert not [t for t in labels if overlap(legend["box"], t["box"])], f"{figure}: the legend covers a number"
        for index, label in enumerate(labels):
            assert not [b for b in bars if overlap(label["box"], b)], f"{figure}: {label['text']!r} covers a bar"
            assert not [other for other in labels[index + 1:] if overlap(label["box"], other["box"])], \
                f"{figure}: {label['text']!r} covers another article count"
        for axes in drawn["axes"]:
            for axis, boxes in axes["ticks"].items():
                ticks = sorted(boxes, key=lambda b: b[0] if axis == "x" else b[1])
                assert not [a for a, b in zip(ticks, ticks[1:]) if overlap(a, b, slack=0.0)], \
                    f"{figure} ({axes['title']!r}): {axis} tick labels overlap"


@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_every_letter_is_drawn(name, executed):
    """Vietnamese names keep their diacritics: the font has every glyph ("Đắk Lắk", "tập thể"), no box drawn."""
    _, described, _ = executed(name)
    for figure, drawn in described.items():
        assert not [w for w in drawn["warnings"] if "missing from" in w], f"{figure}: {drawn['warnings']}"


def database_sums(database: Path, sql: str) -> dict:
    conn, _ = open_readonly(database)
    try:
        return {tuple(row[:-1]): row[-1] for row in conn.execute(sql)}
    finally:
        conn.close()


def test_award_trends_keep_kinds_and_proposals_apart(executed, demo_database):
    """Each panel counts one kind of recipient, and its awarded and proposed bars add up to the database's
    figures for that kind alone: people, units and households are never summed, nor proposals with awards.
    The article count on each bar is the database's too."""
    _, described, _ = executed("award_trends.ipynb")
    where = "FROM award_facts WHERE primary_report = 1 AND year IS NOT NULL"
    expected = database_sums(demo_database, f"SELECT recipient, status, sum(counted) {where} GROUP BY 1, 2")
    articles = defaultdict(list)  # (kind, status) → the articles behind each year's bar
    for (kind, status, _), n in database_sums(demo_database, "SELECT recipient, status, year, "
                                              f"count(DISTINCT article_id) {where} AND counted > 0 "
                                              "GROUP BY 1, 2, 3").items():
        articles[kind, status].append(n)
    panels = described["award_trends_all.png"]["axes"]
    drawn, shown = {}, defaultdict(list)
    for axes in panels:
        [kind] = [kind for kind, word in KIND_WORDS.items() if word in axes["ylabel"]]
        assert kind not in drawn, f"two panels count {kind}"
        for (low, high), stack in stacks(axes).items():
            series = {PROPOSED in bar["series"] for bar in stack}
            assert len(series) == 1, f"{kind}: one bar mixes proposed and awarded"
            [label] = [t["text"] for t in article_labels(axes) if low <= t["at"][0] <= high]
            shown[kind, "proposed" if series.pop() else "awarded"].append(int(label[2:].replace(",", "")))
        assert sorted(shown[kind, "awarded"]) == sorted(articles[kind, "awarded"]), kind
        assert sorted(shown[kind, "proposed"]) == sorted(articles[kind, "proposed"]), kind
        drawn[kind] = {status: sum(bar["length"] for bar in axes["bars"] if (PROPOSED in bar["series"]) == proposed)
                       for status, proposed in (("awarded", False), ("proposed", True))}
    assert {"ca_nhan", "tap_the", "ho_gia_dinh", "mixed"} <= set(drawn)
    for (kind, status), total in expected.items():
        assert drawn[kind][status] == pytest.approx(total), (kind, status)
    legend = [text for legend in described["award_trends_all.png"]["legends"] for text in legend["labels"]]
    assert any(PROPOSED in text for text in legend) and "Bằng khen" in legend


def test_district_comparison_draws_individuals_and_collectives_apart(executed, demo_database):
    _, described, _ = executed("district_comparison.ipynb")
    expected = database_sums(demo_database, "SELECT 'ca_nhan', sum(individuals_awarded) FROM district_comparison "
                                            "UNION ALL SELECT 'tap_the', sum(collectives_awarded) "
                                            "FROM district_comparison")
    panels = described["district_comparison.png"]["axes"]
    drawn = {}
    for axes in panels:
        [kind] = [kind for kind, word in KIND_WORDS.items() if word in axes["xlabel"]]
        drawn[kind] = sum(bar["length"] for bar in axes["bars"])
    assert drawn == {kind: pytest.approx(total) for (kind,), total in expected.items()}


def test_notebooks_are_committed_without_outputs():
    """Outputs (and their embedded images) belong to each run, not to the repository."""
    for name in OUTPUTS:
        notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
        assert not [cell for cell in notebook.cells if cell.cell_type == "code" and cell.outputs], name
