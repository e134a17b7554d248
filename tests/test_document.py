"""Segmentation of one article: sentences, headline, related-news tail (extract/document.py)."""
import pytest

from tdkt.extract import extract_article
from tdkt.extract.document import make_document


def sentences(text):
    doc = make_document(text)
    return [doc.text[s.start:s.end] for s in doc.sentences]


@pytest.mark.parametrize("text, expected", [
    ("Hội nghị\nChiều 3/3, UBND TX. Sơn Tây tổ chức hội nghị tổng kết công tác thi đua năm 2022. Dự có ông Lê Minh.",
     ["Hội nghị", "Chiều 3/3, UBND TX. Sơn Tây tổ chức hội nghị tổng kết công tác thi đua năm 2022.",
      "Dự có ông Lê Minh."]),
    ("Hội nghị\nSáng 8/4, tại TT. Đông Anh, Đảng ủy H. Gia Lâm và Q. Long Biên ký kết giao ước thi đua năm nay. Xong.",
     ["Hội nghị", "Sáng 8/4, tại TT. Đông Anh, Đảng ủy H. Gia Lâm và Q. Long Biên ký kết giao ước thi đua năm nay.",
      "Xong."]),
    ("Hội nghị\nDự có ông Lê Văn Tâm, Phó Chánh VP.UBND tỉnh và bà Mai Thị Lụa, Phó Giám đốc Sở Nội vụ TP.HCM. Xong.",
     ["Hội nghị", "Dự có ông Lê Văn Tâm, Phó Chánh VP.UBND tỉnh và bà Mai Thị Lụa, Phó Giám đốc Sở Nội vụ TP.HCM.",
      "Xong."]),
    # a code's stop glued between a number and a letter ("Ban chuyên án 318.K")
    ("Khen thưởng\nTỉnh thưởng 20 triệu đồng cho Ban chuyên án 318.K - Công an huyện Sìn Hồ. Xong.",
     ["Khen thưởng", "Tỉnh thưởng 20 triệu đồng cho Ban chuyên án 318.K - Công an huyện Sìn Hồ.", "Xong."]),
])
def test_an_abbreviation_with_a_full_stop_does_not_end_the_sentence(text, expected):
    assert sentences(text) == expected


def test_a_headline_printed_twice_under_a_page_heading_is_the_headline():
    text = ("Asset Publisher\n"
            "Phường Tân Lập tổng kết thi đua năm 2021.\n"
            "Phường Tân Lập tổng kết thi đua năm 2021.\n"
            "Sáng ngày 12/01, UBND phường Tân Lập tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2021.")
    doc = make_document(text)
    assert doc.title == "Phường Tân Lập tổng kết thi đua năm 2021."
    assert [line.kind for line in doc.lines] == ["header", "title", "junk", "body"]


CAPTIONED = (
    "Xã Thanh Bình phát động thi đua năm 2024\n"
    "Sáng ngày 9/2, UBND xã Thanh Bình tổ chức hội nghị phát động phong trào thi đua yêu nước năm 2024, "
    "với sự tham dự của đồng chí Hoàng Văn Sơn, Phó Chủ tịch UBND huyện.\n"
    "Hội nghị đã nghe báo cáo kết quả thực hiện các phong trào thi đua năm 2023 và thảo luận phương hướng, "
    "nhiệm vụ năm 2024 của xã.\n"
    "Lãnh đạo huyện trao giấy khen cho các tập thể có thành tích xuất sắc trong năm qua.\n"
    "Lãnh đạo huyện trao giấy khen cho các tập thể có thành tích xuất sắc trong năm qua.\n"
    "Năm 2023, xã Thanh Bình đã tập trung chỉ đạo đổi mới công tác thi đua, khen thưởng, "
    "phát huy vai trò của các đoàn thể và khu dân cư trong các phong trào thi đua.\n"
    "Dịp này, Chủ tịch UBND xã tặng giấy khen cho 12 tập thể và 25 cá nhân có thành tích xuất sắc, "
    "theo đề nghị của Hội đồng Thi đua - Khen thưởng xã.\n"
    "Bài, ảnh: Đỗ Thu Hà\n")


def test_a_caption_printed_twice_mid_article_does_not_end_it():
    doc = make_document(CAPTIONED)
    kinds = [line.kind for line in doc.lines]
    assert "tail" not in kinds
    assert kinds[4] == "junk"
    record = extract_article(CAPTIONED)
    assert record["author"] == "Đỗ Thu Hà"
    assert [(a["recipient"], a["count"]) for a in record["awards"]] == [("tap_the", 12), ("ca_nhan", 25)]


def test_two_captions_each_printed_twice_with_their_photo_credit_do_not_end_the_article():
    text = ("Sơn La:\n\nBiểu dương người dân cứu người trong lũ quét\n\n"
            "Ngày 2/8, tại xã Mường Bú, UBND tỉnh Sơn La tổ chức biểu dương các tập thể, cá nhân cứu người.\n\n"
            "Phó Chủ tịch UBND huyện Mường La trao Giấy khen cho các cá nhân. Ảnh: Minh Thu - TTXVN\n\n"
            "Phó Chủ tịch UBND huyện Mường La trao Giấy khen cho các cá nhân. Ảnh: Minh Thu - TTXVN\n\n"
            "Lãnh đạo tỉnh Sơn La trao Bằng khen cho các tập thể. Ảnh: Minh Thu - TTXVN\n\n"
            "Lãnh đạo tỉnh Sơn La trao Bằng khen cho các tập thể. Ảnh: Minh Thu - TTXVN\n\n"
            "UBND tỉnh Sơn La đã tặng Bằng khen cho 2 tập thể là: Đồn Biên phòng Mường Lèo và Đội cứu hộ Nà Sản.")
    assert "tail" not in [line.kind for line in make_document(text).lines]
    assert [(a["count"], a["named"]) for a in extract_article(text)["awards"]] == [
        (2, ["Đồn Biên phòng Mường Lèo", "Đội cứu hộ Nà Sản"])]


def test_a_share_bar_word_above_the_first_paragraph_does_not_start_the_tail():
    text = ("Lai Châu: Vinh danh những người giữ rừng\n\nTăng\n\nGiảm\n\nBình luận\n\nIn bài viết\n\n"
            "Hạt Kiểm lâm huyện Tam Đường vừa tổ chức lễ trao giải cho 3 cá nhân và 2 tập thể tiêu biểu trong bảo vệ "
            "rừng năm nay.")
    assert [line.kind for line in make_document(text).lines][-1] == "body"


def test_a_caption_sentence_printed_twice_before_other_captions_does_not_end_the_article():
    text = ("Khen thưởng anh Lò Văn Tiếp dũng cảm cứu người\n\n"
            "Công an huyện Mai Sơn vừa tổ chức họp dân công bố quyết định khen thưởng anh Lò Văn Tiếp đã cứu hai "
            "người bị nước cuốn trên sông Đà vào tối 30/3.\n\n"
            "Trung tá Hà Văn Hòa trao Giấy khen của UBND huyện cho anh Tiếp.\n\n"
            "Trung tá Hà Văn Hòa trao Giấy khen của UBND huyện cho anh Tiếp.\n\n"
            "Người dân bến đò cảm ơn anh Tiếp.\n\nNgười dân bến đò cảm ơn anh Tiếp.")
    assert "tail" not in [line.kind for line in make_document(text).lines]


def test_titles_printed_twice_after_the_article_are_still_a_related_news_list():
    text = ("Huyện Tam Nông tổng kết thi đua\n"
            "Sáng ngày 5/1, UBND huyện Tam Nông tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n"
            "Dịp này, UBND huyện tặng giấy khen cho 8 tập thể có thành tích xuất sắc.\n"
            "Hội thi tay nghề giáo viên giỏi năm 2024\n"
            "Hội thi tay nghề giáo viên giỏi năm 2024\n"
            "Khánh thành cầu dân sinh ở xã Phú Thành\n"
            "Khánh thành cầu dân sinh ở xã Phú Thành\n")
    kinds = [line.kind for line in make_document(text).lines]
    assert kinds[-4:] == ["tail"] * 4


def test_an_authors_name_printed_twice_under_the_headline_does_not_end_the_article():
    text = ("Thời sự\n"
            "Giáo dục\n"
            "Trao Cờ thi đua cho hai trường học ở Sơn Vĩ\n"
            "Lò Thu Hằng\n"
            "Lò Thu Hằng\n"
            "12/05/2024 09:10 GMT+7\n"
            "Sáng nay, Sở Giáo dục tỉnh tổ chức lễ trao Cờ thi đua của Chính phủ cho 2 trường học của huyện Sơn Vĩ.\n")
    record = extract_article(text)
    assert "tail" not in [line.kind for line in make_document(text).lines]
    assert [(a["code"], a["count"]) for a in record["awards"]] == [("co_thi_dua_chinh_phu", 2)]
    assert record["event"]["organizer"] == "Sở Giáo dục tỉnh"


def test_the_sentence_splitter_cuts_where_underthesea_cuts():
    # the engine walks from mark to mark instead of calling underthesea's tokenizer, which steps over
    # every character: the sentences must stay the same (a new underthesea that cuts otherwise fails here)
    import json
    import random
    from pathlib import Path

    from underthesea import sent_tokenize

    from tdkt.extract.document import _punkt_sentences, _tokenizer_abbreviations

    abbreviations = _tokenizer_abbreviations()
    assert abbreviations is not None  # underthesea's tokenizer is the one the engine follows
    corpus = Path(__file__).resolve().parent / "corpus"
    texts = [json.loads(line)["text"] for path in sorted(corpus.glob("*/articles.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += [line for text in texts for line in text.split("\n")]
    texts += ["Giá 1.500.000 đồng. Tiếp", "TP. Hà Nội. Ông A", "Chờ... Rồi", "chờ... rồi", "Hỏi?! Đáp!", "...",
              "Ô.B. Nam", "x.\n\ny", "Hết....Bắt đầu", "ThS. Lê Văn B. Xong"]
    rng = random.Random(7)
    texts += ["".join(rng.choice("aĐ .?!\n\t1…") for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for text in texts:
        assert _punkt_sentences(text, abbreviations) == sent_tokenize(text), text


def test_a_value_spanning_a_hard_wrapped_break_is_written_with_a_space():
    text = ("Tin\nSáng 4/10, Hội Cựu chiến binh xã Tân\nLập tổ chức gặp mặt các hội viên cao tuổi. Trong dịp này, Hội\n"
            "trao Kỷ niệm chương và một phần quà cho các hội viên cao\ntuổi của xã và biểu dương các chi hội tiêu biểu.")
    doc = make_document(text)
    start = doc.text.index("Hội Cựu")
    assert doc.written(start, start + len("Hội Cựu chiến binh xã Tân\nLập")) == "Hội Cựu chiến binh xã Tân Lập"
    assert doc.norm.raw_text(start, start + 5) == "Hội C"  # offsets still point into the text as given


def test_a_newspapers_follow_us_line_is_furniture_that_places_nothing():
    text = ("Tặng bằng khen cho hai cá nhân\n\nTheo dõi Báo Kon Tum trên Google News\n\n"
            "Sở Nội vụ tỉnh Lào Cai đề nghị tặng bằng khen cho 2 cá nhân có thành tích trong phòng, chống bão.")
    doc = make_document(text)
    assert [line.kind for line in doc.lines if line.kind != "blank"][1] == "junk"
    assert extract_article(text)["place"]["province"] == "Lào Cai"
