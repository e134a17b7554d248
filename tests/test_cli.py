"""`tdkt extract` and `tdkt eval` as a user runs them (`tdkt demo`: tests/test_end_to_end.py)."""
import json
import subprocess
import sys

import pytest

from tdkt.cli import main

ARTICLE = ("Huyện Mường Nhé tổng kết công tác thi đua năm 2022\n"
           "Ngày 6/1/2023, UBND huyện Mường Nhé tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2022. "
           "Dự hội nghị có đồng chí Lò Văn Chung, Phó Chủ tịch UBND tỉnh Điện Biên.\n"
           "Dịp này, UBND huyện tặng Giấy khen cho 12 tập thể và 25 cá nhân.\n")


def run(capsys, *argv, stdin=None, monkeypatch=None):
    if stdin is not None:
        import io
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode()), encoding="utf-8"))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_plain_files(tmp_path, capsys):
    path = tmp_path / "muong-nhe.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(capsys, "extract", str(path))
    assert code == 0, err
    [record] = [json.loads(line) for line in out.splitlines()]
    assert record["id"] == "muong-nhe"
    assert record["relevant"] is True
    assert {(a["code"], a["recipient"], a["count"]) for a in record["awards"]} == \
        {("giay_khen", "tap_the", 12), ("giay_khen", "ca_nhan", 25)}
    assert record["extractor_version"]


def test_jsonl_bad_line_does_not_lose_the_others(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "a", "text": ARTICLE}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": ARTICLE, "published": "2023-01-07"}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "extract", "--jsonl", str(path))
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "c"]
    assert code == 1
    assert "in.jsonl:2: not valid JSON" in err and "in.jsonl:3:" in err
    assert "Traceback" not in err


def test_jsonl_from_stdin_guide_only(capsys, monkeypatch):
    line = json.dumps({"id": "s1", "text": ARTICLE}, ensure_ascii=False) + "\n"
    code, out, err = run(capsys, "extract", "--jsonl", "--guide-only", stdin=line, monkeypatch=monkeypatch)
    record = json.loads(out)
    assert code == 0
    assert set(record) == {"id", "relevant", "event", "place", "officials", "campaigns", "awards", "author"}
    assert "span" not in record["awards"][0]


@pytest.mark.parametrize("content, message", [
    (b"", "empty text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("<html><body><div><p>Tin tức</p></div><div><p>a</p></div><span>x</span></body></html>".encode(), "HTML"),
    (("The council met on Monday and reviewed the annual awards for the whole district. " * 5).encode(), "not Vietnamese"),
    ("Hội nghị tổng kết thi đua".encode("utf-8").decode("latin-1").encode("utf-8") * 3, "mis-decoded"),
    ("Hội nghị".encode("utf-16-le"), "binary"),
    ("Hội nghị tổng kết".encode("cp1258", errors="replace") + b"\xff\xfe", "not UTF-8"),
])
def test_bad_input_gets_a_clear_message(tmp_path, capsys, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, out, err = run(capsys, "extract", str(path))
    assert message in err
    assert "Traceback" not in err
    assert code != 0 or json.loads(out)["awards"] == []


def test_missing_file(capsys):
    code, out, err = run(capsys, "extract", "/nonexistent/file.txt")
    assert code == 1 and "cannot read" in err


def test_eval_matches_the_reference_scorer(shared_dir, tmp_path, capsys):
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("".join(json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n"
                              for p in sorted((shared_dir / "seeds").glob("*.txt"))), encoding="utf-8")
    system = tmp_path / "out.jsonl"
    assert main(["extract", "--jsonl", str(inputs), "-o", str(system)]) == 0
    capsys.readouterr()
    gold = shared_dir / "gold" / "seeds.jsonl"
    code, out, _ = run(capsys, "eval", str(gold), str(system), "--json")
    reference = subprocess.run([sys.executable, str(shared_dir / "tools" / "score.py"), str(gold), str(system), "--json"],
                               capture_output=True, text=True, check=True).stdout
    assert code == 0
    assert json.loads(out) == json.loads(reference)


def test_eval_matches_the_reference_scorer_on_organizers_and_named_recipients(shared_dir, tmp_path, capsys):
    """Perturbed gold (abbreviated or wrong organizers, missing and extra named recipients) scores alike in both."""
    gold = shared_dir / "gold" / "seeds.jsonl"
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    organizers = ["UBND huyện Kim Bôi (Hòa Bình)", "Sở Tài chính", None, "Hội đồng TĐKT tỉnh", "Ban Tổ chức"]
    for number, (record, organizer) in enumerate(zip(records, organizers)):
        record["event"]["organizer"] = organizer
        for award in record["awards"][:2]:
            award["named"] = (award.get("named") or [])[1:] + [f"Trường Tiểu học Số {number}"]
    system = tmp_path / "perturbed.jsonl"
    system.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    code, out, _ = run(capsys, "eval", str(gold), str(system), "--json")
    reference = subprocess.run([sys.executable, str(shared_dir / "tools" / "score.py"), str(gold), str(system), "--json"],
                               capture_output=True, text=True, check=True).stdout
    ours, theirs = json.loads(out), json.loads(reference)
    assert code == 0 and ours == theirs
    assert theirs["event.organizer"]["n"] == 5 and 0 < theirs["event.organizer"]["accuracy"] < 1
    assert theirs["awards_named"]["fp"] > 0


def test_eval_reports_unreadable_files(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n")
    code, _, err = run(capsys, "eval", str(bad), str(bad))
    assert code == 2 and "bad.jsonl:1: not valid JSON" in err
