"""The researchers' notebooks run top to bottom against the demo database and write their figures.

The demo database is built here (the same pipeline as `tdkt demo`), then each notebook is executed by a
Jupyter kernel of this Python (nbclient), reading it through TDKT_DB and writing into TDKT_FIGURES.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from tdkt.demo import run_demo
from tdkt.pipeline import Paths

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
PNG = b"\x89PNG\r\n\x1a\n"

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


@pytest.fixture
def this_python_kernel(tmp_path, monkeypatch) -> str:
    """A kernel spec for the Python running the tests (the venv's), found before any user-wide one."""
    spec = tmp_path / "jupyter" / "kernels" / "tdkt-test"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "tdkt tests", "language": "python"}))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    return "tdkt-test"


def execute(name: str, kernel: str) -> nbformat.NotebookNode:
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = NotebookClient(notebook, timeout=180, kernel_name=kernel,
                            resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()  # raises CellExecutionError, with the cell and its traceback, if any cell fails
    return notebook


@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_notebook_runs_and_saves_its_figures(name, demo_database, this_python_kernel, tmp_path, monkeypatch):
    figures = tmp_path / "figures"
    monkeypatch.setenv("TDKT_DB", str(demo_database))
    monkeypatch.setenv("TDKT_FIGURES", str(figures))
    monkeypatch.delenv("TDKT_WARC_DIR", raising=False)
    monkeypatch.delenv("TDKT_PROVINCE", raising=False)
    notebook = execute(name, this_python_kernel)

    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert all(cell.get("execution_count") for cell in code_cells), "a cell did not run"
    assert not [o for cell in code_cells for o in cell.outputs if o.output_type == "error"]
    for pattern in OUTPUTS[name]:
        found = sorted(figures.glob(pattern))
        assert found, f"{name} did not write {pattern}"
        for path in found:
            if path.suffix == ".png":
                assert path.read_bytes()[:8] == PNG and path.stat().st_size > 5_000, path
            else:
                with open(path, encoding="utf-8") as handle:
                    assert len(list(csv.DictReader(handle))) > 0, path


def test_notebooks_are_committed_without_outputs():
    """Outputs (and their embedded images) belong to each run, not to the repository."""
    for name in OUTPUTS:
        notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
        assert not [cell for cell in notebook.cells if cell.cell_type == "code" and cell.outputs], name
