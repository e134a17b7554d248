"""tdkt's engine as spaCy components (tdkt/spacy_pipes.py): facts as doc.spans, the record as doc._.tdkt.

The article below was written for this test; names, places and numbers are invented.
"""
from __future__ import annotations

import subprocess
import sys

import pytest

spacy = pytest.importorskip("spacy")

TEXT = ("Huyện Mường Lát tổng kết phong trào thi đua năm 2024\n"
        "Chiều 18/12/2024, UBND huyện Mường Lát tổ chức hội nghị tổng kết phong trào thi đua năm 2024. "
        "Đến dự có bà Hà Thị Mai, Phó Chủ tịch UBND huyện.\n"
        "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho Trường THCS Pù Nhi. "
        "Chủ tịch UBND huyện tặng Giấy khen cho 9 cá nhân.\n"
        "Phong trào thi đua “Mường Lát chung tay xây dựng nông thôn mới” được triển khai sâu rộng.")


def spans(doc, key: str) -> list[tuple[str, str, str]]:
    return [(s.text, s.label_, s.kb_id_) for s in doc.spans[key]]


@pytest.fixture(scope="module")
def doc():
    import tdkt.spacy_pipes  # noqa: F401 - the entry points are checked apart, in a fresh interpreter

    nlp = spacy.blank("xx")
    for name in ("tdkt", "tdkt_awards", "tdkt_recipients", "tdkt_officials", "tdkt_campaigns", "tdkt_dates",
                 "tdkt_places"):
        nlp.add_pipe(name)
    return nlp(TEXT)


def test_add_pipe_finds_the_components_without_importing_tdkt():
    code = ("import spacy\n"  # and nothing of tdkt: spaCy finds the factory through the entry points
            "nlp = spacy.blank('xx')\n"
            "nlp.add_pipe('tdkt_awards')\n"
            f"doc = nlp({TEXT!r})\n"
            "print([(s.text, s.label_, s.kb_id_) for s in doc.spans['tdkt_awards']])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == str([("Bằng khen cho Trường THCS Pù Nhi", "AWARD", "bang_khen_bo_tinh"),
                                      ("Giấy khen cho 9 cá nhân", "AWARD", "giay_khen")])


def test_each_kind_of_fact_is_a_span_group_with_its_label_and_value(doc):
    assert spans(doc, "tdkt_awards") == [("Bằng khen cho Trường THCS Pù Nhi", "AWARD", "bang_khen_bo_tinh"),
                                         ("Giấy khen cho 9 cá nhân", "AWARD", "giay_khen")]
    assert spans(doc, "tdkt_recipients") == [("Trường THCS Pù Nhi", "RECIPIENT", "Trường THCS Pù Nhi")]
    assert spans(doc, "tdkt_officials") == [("Hà Thị Mai", "OFFICIAL", "Hà Thị Mai")]
    assert spans(doc, "tdkt_campaigns") == [("Mường Lát chung tay xây dựng nông thôn mới", "CAMPAIGN", "ntm")]
    assert spans(doc, "tdkt_dates") == [("Chiều 18/12/2024", "DATE", "2024-12-18")]
    assert spans(doc, "tdkt_places") == [("UBND huyện Mường Lát", "ORGANIZER", "UBND huyện Mường Lát"),
                                         ("huyện Mường Lát", "PLACE", "Mường Lát")]
    every = {s for key in doc.spans if key != "tdkt" for s in spans(doc, key)}
    assert set(spans(doc, "tdkt")) == every


def test_the_record_is_on_the_doc_and_each_fact_on_its_span(doc):
    record = doc._.tdkt
    assert record["event"]["date"] == "2024-12-18" and len(record["awards"]) == 2
    award = doc.spans["tdkt_awards"][1]._.tdkt
    assert (award["count"], award["recipient"], award["status"]) == (9, "ca_nhan", "awarded")
    assert award["sentence"] == "Chủ tịch UBND huyện tặng Giấy khen cho 9 cá nhân."
    official = doc.spans["tdkt_officials"][0]._.tdkt
    assert official["titles"] == ["Phó Chủ tịch UBND huyện"]


def test_spans_take_whole_tokens_when_a_fact_ends_inside_one():
    """spaCy's Vietnamese tokenizer without pyvi splits on spaces only: "nhân." is one token."""
    import tdkt.spacy_pipes  # noqa: F401

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("tdkt_awards")
    doc = nlp(TEXT)
    record_span = doc._.tdkt["awards"][1]["span"]
    span = doc.spans["tdkt_awards"][1]
    assert TEXT[record_span[0]:record_span[1]] == "Giấy khen cho 9 cá nhân"
    assert span.text == "Giấy khen cho 9 cá nhân." and span.start_char == record_span[0]


def test_the_engine_runs_once_whatever_the_number_of_components(monkeypatch):
    import tdkt.spacy_pipes as pipes

    calls = []
    real = pipes.extract_article
    monkeypatch.setattr(pipes, "extract_article", lambda text, **meta: calls.append(meta) or real(text, **meta))
    nlp = spacy.blank("xx")
    for name in ("tdkt_awards", "tdkt_officials", "tdkt_dates"):
        nlp.add_pipe(name)
    doc = nlp.make_doc(TEXT)
    doc._.tdkt_meta = {"url": "https://muonglat.example.vn/tin/tong-ket-2024", "title": "Tổng kết 2024"}
    doc = nlp(doc)
    assert calls == [{"url": "https://muonglat.example.vn/tin/tong-ket-2024", "title": "Tổng kết 2024"}]
    assert doc._.tdkt["url"] == "https://muonglat.example.vn/tin/tong-ket-2024"
    assert len(doc.spans["tdkt_officials"]) == 1


def test_displacy_draws_the_facts_in_its_span_style(doc):
    from spacy import displacy

    html = displacy.render(doc, style="span", options={"spans_key": "tdkt"})
    for label in ("AWARD", "RECIPIENT", "OFFICIAL", "CAMPAIGN", "DATE", "PLACE", "ORGANIZER"):
        assert label in html
    assert "Mai" in html and "line-height: 2.5" in html


def test_a_wrong_setting_is_refused_with_the_known_kinds():
    import tdkt.spacy_pipes  # noqa: F401

    nlp = spacy.blank("xx")
    with pytest.raises(ValueError, match="unknown kind.*medals.*known: awards"):
        nlp.add_pipe("tdkt", config={"kinds": ["medals"]})
    with pytest.raises(ValueError, match="alignment_mode must be one of strict, contract, expand"):
        nlp.add_pipe("tdkt_awards", config={"alignment_mode": "nearest"})
