"""Random and hostile input: never a crash, never a hang, every span points at its text."""
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tdkt.extract import extract_article

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
PIECES = [
    "Bằng khen", "cho", "tập thể", "cá nhân", "Giấy khen:", "Huân chương Lao động hạng", "Ba", "01", "2.291",
    "đồng chí", "Nguyễn Văn", "Phó Chủ tịch UBND tỉnh", "phong trào", "“", "”", "'", '"', ";", ",", "\n",
    "Ngày 09/01/2024", "18 - 19/12", "91/2017/NĐ-CP", "huyện Kim Bôi", "tỉnh Lào Cai", "khen thưởng", "trong đó:",
    "Tin cùng chuyên mục", "K’Thanh", "H'Hen Niê", "Uỷ ban", "hoà", "\u00a0", "\u200b", "(", ")", " - ", "…",
    "|", " | ", "STT | Hình thức | Tập thể | Cá nhân", "\n1 | Giấy khen | 5 | 7\n", "Tag:", "Trang chủ > Tin tức",
]
article_text = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + " .,:;0123456789/-", max_size=30)),
    max_size=80,
).map(" ".join)


def spans_point_at_their_text(record, raw):
    facts = list(record.get("awards", [])) + list(record.get("officials", [])) + list(record.get("campaign_mentions", []))
    for key in ("evidence",):
        for ev in (record.get("event", {}).get(key) or {}).values():
            if ev and "span" in ev:
                facts.append(ev)
    for fact in facts:
        start, end = fact["span"]
        assert 0 <= start <= end <= len(raw)
        assert unicodedata.normalize("NFC", raw[start:end]) == fact["text"]
        if "sentence_span" in fact:
            s, e = fact["sentence_span"]
            assert s <= start and end <= e


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(article_text)
def test_random_articles_never_crash_and_spans_hold(text):
    record = extract_article(text, id="x")
    assert isinstance(record["relevant"], bool)
    spans_point_at_their_text(record, text)


@settings(max_examples=60, deadline=2000)
@given(article_text)
def test_decomposed_text_gives_spans_into_the_decomposed_input(text):
    raw = unicodedata.normalize("NFD", text)
    record = extract_article(raw, id="nfd")
    spans_point_at_their_text(record, raw)


@settings(max_examples=100, deadline=2000)
@given(st.text(max_size=400))
def test_any_unicode_at_all(text):
    record = extract_article(text, id="u")
    assert record["id"] == "u"


def test_ten_megabytes_is_refused_with_a_reason():
    record = extract_article("Hội nghị tổng kết thi đua. " * 400_000, id="big")
    assert record["awards"] == [] and "at most" in record["warnings"][0]


def test_pathological_input_finishes():
    for text in ["1/" * 200_000, "“" * 100_000, "Nguyễn " * 50_000, "khen thưởng 5 tập thể, " * 20_000, "a\n" * 100_000]:
        record = extract_article(text, id="p")
        assert record["id"] == "p"


def test_a_fact_read_over_several_lines_reports_the_lines_it_was_read_from():
    # a grant written on one line and the table of its recipients below (found by the property above)
    raw = "Giấy khen: \n1 | Giấy khen | 5 | 7\n Nguyễn Văn"
    for text in (raw, unicodedata.normalize("NFD", raw)):
        record = extract_article(text, id="table")
        assert record["awards"]
        spans_point_at_their_text(record, text)
