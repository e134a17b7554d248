"""Fixtures for the database tests: record files and loaded databases in a temporary directory."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from db_corpus import corpus  # noqa: E402
from db_helpers import load_records, write_jsonl  # noqa: E402


@pytest.fixture
def records_file(tmp_path) -> Path:
    return write_jsonl(tmp_path / "records.jsonl", corpus())


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    """The four test articles, loaded once per test session."""
    directory = tmp_path_factory.mktemp("template")
    path = directory / "tdkt.db"
    report = load_records(path, write_jsonl(directory / "records.jsonl", corpus()))
    assert report.added == 4 and report.problems == 0
    return path


@pytest.fixture
def loaded_db(tmp_path, template_db) -> Path:
    """A fresh copy of the four-article database that a test may change."""
    path = tmp_path / "tdkt.db"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture(scope="session")
def shared_db(template_db) -> Path:
    """The four-article database, for tests that only read."""
    return template_db
