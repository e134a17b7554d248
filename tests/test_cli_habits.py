"""The habits users expect of a command-line tool (sqlite-utils and Datasette as the models): progress only
on a terminal, places typed without diacritics, nothing left behind by a failed command, one data directory,
missing parameters named, exit statuses that mean one thing each, CSV for Excel, examples in every --help."""
from __future__ import annotations

import io
import json
import sys

import pytest

from tdkt.cli import build_parser, main

ARTICLE = ("Xã Ea Nam tuyên dương gương điển hình tiên tiến năm 2024\n"
           "Ngày 9/1/2025, UBND xã Ea Nam, huyện Krông Bông tổ chức hội nghị tổng kết phong trào thi đua năm 2024. "
           "Dịp này, UBND xã tặng Giấy khen cho 7 tập thể và 15 cá nhân.\n")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def articles_file(tmp_path, count: int = 2):
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps({"id": f"ea-nam-{i}", "text": ARTICLE, "url": f"https://eanam.gov.vn/{i}",
                                        "published": "2025-01-09"}, ensure_ascii=False) + "\n"
                            for i in range(count)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def loaded_db(tmp_path_factory):
    """A database of two articles, loaded once for the tests that only read it."""
    directory = tmp_path_factory.mktemp("loaded")
    db = directory / "tdkt.db"
    assert main(["load", "--db", str(db), "--articles", str(articles_file(directory))]) == 0
    return db


# -- progress -------------------------------------------------------------------------------
def test_extract_shows_progress_on_a_terminal_only(tmp_path, capsys, monkeypatch):
    source = articles_file(tmp_path)
    monkeypatch.setattr(sys, "stderr", Terminal())
    assert main(["extract", "--jsonl", str(source), "-o", str(tmp_path / "r.jsonl")]) == 0
    assert "extracted 1 (" in sys.stderr.getvalue()
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # a log file or a pipe: quiet
    assert main(["extract", "--jsonl", str(source), "-o", str(tmp_path / "r.jsonl")]) == 0
    assert sys.stderr.getvalue() == ""


def test_load_shows_progress_on_a_terminal_only(tmp_path, monkeypatch):
    from tdkt.commands.progress import LoadCounter

    monkeypatch.setattr(LoadCounter, "EVERY", 1)
    source = articles_file(tmp_path)
    monkeypatch.setattr(sys, "stderr", Terminal())
    assert main(["load", "--db", str(tmp_path / "a.db"), "--articles", str(source)]) == 0
    assert "\r2 read" in sys.stderr.getvalue()
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert main(["load", "--db", str(tmp_path / "b.db"), "--articles", str(source)]) == 0
    assert "\r" not in sys.stderr.getvalue() and "2 read" in sys.stderr.getvalue()  # the summary only


def test_run_and_crawl_status_lines_are_drawn_on_a_terminal_only():
    from tdkt.commands.progress import CrawlProgress, RunDisplay

    assert RunDisplay(Terminal()).enabled and CrawlProgress(Terminal()).observer() is not None
    log = io.StringIO()
    display = RunDisplay(log)
    display.show("crawl", "pages 3")
    assert not display.enabled and CrawlProgress(log).observer() is None and log.getvalue() == ""


# -- places and names, with or without diacritics -----------------------------------------
@pytest.mark.parametrize("typed", ["Dak Nong", "dak nong", "ĐẮK NÔNG", "Đắk Nông", "dak-nong"])
def test_sources_finds_a_province_typed_without_diacritics(capsys, typed):
    assert main(["sources", "--province", typed, "--format", "jsonl"]) == 0
    provinces = {json.loads(line)["province"] for line in capsys.readouterr().out.splitlines()}
    assert provinces == {"Đắk Nông"}


def test_sources_finds_a_district_typed_without_diacritics(capsys):
    assert main(["sources", "--district", "dak song", "--format", "jsonl"]) == 0
    assert [json.loads(line)["district"] for line in capsys.readouterr().out.splitlines()] == ["Đắk Song"]


# -- nothing left behind by a failed command -------------------------------------------------
def test_a_load_that_stores_nothing_leaves_no_database(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    db = tmp_path / "tdkt.db"
    assert main(["load", "--db", str(db), "--records", str(bad)]) == 1
    assert not db.exists() and "nothing to store (1 line(s) skipped)" in capsys.readouterr().err
    assert main(["load", "--db", str(db), "--records", str(tmp_path / "missing.jsonl")]) == 2
    assert not db.exists() and not list(tmp_path.glob("tdkt.db*"))


def test_a_failed_export_leaves_no_output_file(tmp_path, capsys, loaded_db):
    db = loaded_db
    out = tmp_path / "awards.csv"
    assert main(["export", "awards", "--db", str(db), "--format", "csv", "-o", str(out),
                 "--where", "no_such_column = 1"]) == 2
    assert not out.exists() and [p.name for p in tmp_path.iterdir() if "awards" in p.name] == []
    assert main(["export", "no_such_table", "--db", str(db), "-o", str(out)]) == 2
    assert not out.exists()


def test_an_extract_with_nothing_to_write_creates_no_file(tmp_path, capsys):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("{broken\n", encoding="utf-8")
    out = tmp_path / "records.jsonl"
    assert main(["extract", "--jsonl", str(empty), "-o", str(out)]) == 1
    assert not out.exists()


def test_a_crawl_with_nothing_to_do_creates_no_database(tmp_path, capsys):
    db = tmp_path / "crawl.db"
    assert main(["crawl", "--db", str(db), "--warc-dir", str(tmp_path / "warc")]) == 2
    assert "nothing to do" in capsys.readouterr().err
    assert not db.exists() and not (tmp_path / "warc").exists()


# -- one data directory, whatever the current directory -------------------------------------
def test_the_default_paths_are_in_the_data_directory_not_the_current_one(tmp_path, monkeypatch, capsys):
    home, elsewhere = tmp_path / "home", tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.setenv("TDKT_HOME", str(home))
    source = articles_file(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["load", "--articles", str(source)]) == 0
    assert (home / "tdkt.db").is_file() and not (tmp_path / "data").exists()
    monkeypatch.chdir(elsewhere)
    capsys.readouterr()
    assert main(["search", "ea nam"]) == 0
    assert "**Ea Nam**" in capsys.readouterr().out


def test_data_dir_option_overrides_the_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TDKT_HOME", str(tmp_path / "env-home"))
    chosen = tmp_path / "chosen"
    assert main(["--data-dir", str(chosen), "load", "--articles", str(articles_file(tmp_path))]) == 0
    assert (chosen / "tdkt.db").is_file() and not (tmp_path / "env-home").exists()
    assert str(chosen / "crawl.db") in build_parser().parse_args(["crawl"]).db


def test_without_a_setting_the_data_directory_is_the_platforms(monkeypatch, tmp_path):
    from tdkt.paths import user_data_dir

    monkeypatch.delenv("TDKT_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert user_data_dir() == tmp_path / "xdg" / "tdkt"
    assert user_data_dir().is_absolute()


# -- missing parameters, exit statuses ----------------------------------------------------
def test_a_missing_query_parameter_is_named(capsys, loaded_db):
    db = loaded_db
    capsys.readouterr()
    sql = "select count(*) from articles where title like :pattern and published >= :since -- not :this"
    assert main(["query", "--db", str(db), sql, "-p", "since=2020-01-01"]) == 2
    err = capsys.readouterr().err
    assert ":pattern" in err and "-p pattern=VALUE" in err and ":since" not in err.split("given")[0]
    assert "bindings" not in err and ":this" not in err
    assert main(["query", "--db", str(db), "select ':not_a_parameter'"]) == 0


def test_a_run_that_fetches_nothing_exits_3_with_the_reason(tmp_path, capsys):
    # A loopback address is refused before any request, as a host that answers nothing would fail.
    code = main(["run", "http://127.0.0.1:9/", "--db", str(tmp_path / "tdkt.db"), "--crawl-db",
                 str(tmp_path / "crawl.db"), "--warc-dir", str(tmp_path / "warc"), "--delay", "0", "--quiet"])
    err = capsys.readouterr().err
    assert code == 3 and "nothing could be fetched" in err and "loopback" in err
    assert not (tmp_path / "tdkt.db").exists() and not (tmp_path / "crawl.db").exists()


# -- CSV for Excel ----------------------------------------------------------------------------
def test_bom_starts_csv_for_excel(tmp_path, capsysbinary, loaded_db):
    db = loaded_db
    out = tmp_path / "a.csv"
    assert main(["export", "articles", "--db", str(db), "--format", "csv", "--bom", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid,")
    assert main(["export", "articles", "--db", str(db), "--format", "csv", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"id,")
    capsysbinary.readouterr()
    assert main(["query", "--db", str(db), "select title from articles limit 1", "--format", "csv", "--bom"]) == 0
    assert capsysbinary.readouterr().out.startswith("\ufefftitle\n".encode())


# -- help -------------------------------------------------------------------------------------
def _commands():
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return action.choices


@pytest.mark.parametrize("name", sorted(_commands()))
def test_every_command_has_examples_and_exit_statuses_in_its_help(name):
    text = _commands()[name].format_help()
    examples = text.split("examples:")[1]
    assert f"tdkt {name}" in examples and "exit status: 0 done" in text and "3 nothing could be fetched" in text
