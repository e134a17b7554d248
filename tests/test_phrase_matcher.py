"""The phrase matcher: rule order decides at one spot; the fast form of a word-start alternation."""
import re

from tdkt.extract.matcher import (PhraseMatcher, fast_word_start, needs_digit, opening_literals,
                                  required_characters, word_start_alternation)


def test_the_earlier_rule_wins_where_two_match_at_one_spot():
    rules = [("bằng khen", "plain"), ("bằng khen (của )?chủ tịch", "of the chairman"), ("giấy khen", "paper")]
    found = PhraseMatcher(rules).finditer("trao bằng khen của chủ tịch và giấy khen")
    assert [(m.start, m.end, m.label) for m in found] == [(5, 14, "plain"), (31, 40, "paper")]


def test_a_later_rule_matches_where_the_earlier_does_not():
    rules = [("bằng khen (của )?chủ tịch", "of the chairman"), ("bằng khen", "plain")]
    labels = [m.label for m in PhraseMatcher(rules).finditer("bằng khen của chủ tịch; bằng khen của sở")]
    assert labels == ["of the chairman", "plain"]


def test_a_piece_read_off_the_whole_text_index_matches_as_the_piece_scanned_alone():
    # an article is read clause by clause: every piece, even one that cuts a word, gives the same matches
    matcher = PhraseMatcher([("bằng khen", "paper"), ("cờ thi đua", "flag"), ("huân chương lao động", "medal")])
    lower = "trao bằng khen; cờ thi đua cho xã; huân chương lao động hạng ba, bằng khenx và cờ thi"
    index = matcher.word_index(lower)
    for start in range(len(lower) + 1):
        for end in range(start, len(lower) + 1):
            plain = [(m.start, m.end, m.label) for m in matcher.finditer(lower, start, end)]
            assert [(m.start, m.end, m.label) for m in matcher.finditer(lower, start, end, index)] == plain


def test_a_word_start_alternation_written_to_scan_fast_finds_the_same():
    source = r"\b(?:trao quà|tặng quà|hội thi(?! đua)|huy chương (?:vàng|bạc)|thi đấu|bão|trả lời:|hoa?n tất|x)"
    fast = fast_word_start(source)
    assert fast != source
    text = ("trao quà, hội thi đua và hội thi; xbão, bão số 3, tặng quàng, thi đấu, huy chương bạc, "
            "chtrao quà, Hỏi - trả lời: có, hon tất, hoan tất, choan tất, x, ax, x-quang")
    assert [m.span() for m in re.finditer(fast, text)] == [m.span() for m in re.finditer(source, text)]
    assert len(re.findall(source, text)) == 12  # "x" of "xbão" too: no word character before it
    # left as written when a capturing group or a non-letter opening would change meaning
    assert fast_word_start(r"\b(?:(a)b|c)") == r"\b(?:(a)b|c)"
    assert fast_word_start(r"\b(?:\d+ cá nhân|bằng)") == r"\b(?:\d+ cá nhân|bằng)"


def test_opening_literals_are_the_words_every_match_starts_with():
    assert opening_literals(re.compile(r"(?=khen|tặng)(?<!luật )(?:khen thưởng|khen tặng|tặng thưởng)")) == ("khen", "tặng")
    assert opening_literals(re.compile(r"\bđược\b")) == ("được",)
    assert opening_literals(re.compile(r"\s*(?:theo đó|cụ thể)")) == ()  # may open with white space


def test_whole_words_are_found_where_the_plain_word_bounded_alternation_finds_them():
    from tdkt.extract.matcher import _whole_words
    words = ["khen", "xã", "xóm", "anh", "a", "đ/c", "ttưt", "tổ"]
    text = ("khen thưởng xã, xóm; khen_anh, ankhen, anh ấy, a-b, đ/c Lò, ttưt tổ, tổng, "
            "xã_xóm 3xã anh2 (a) khen")
    plain = re.compile(r"(?<![^\W_])(?:%s)(?![^\W_])" % "|".join(map(re.escape, sorted(words, key=len, reverse=True))))
    fast = _whole_words(words)
    assert fast.pattern != plain.pattern
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.group() for m in fast.finditer(text)][:4] == ["khen", "xã", "xóm", "khen"]


def test_word_start_alternation_finds_what_the_look_behind_form_finds():
    words = ["ông", "bà", "bác sĩ", "bà mẹ", "anh"]
    text = "Ông bà, bác sĩ Lan và anh Tú; bàn ghế, thông tin, ông'bà mẹ"
    plain = re.compile(r"(?<![\w'])(?:%s)" % "|".join(map(re.escape, words)))
    fast = re.compile(word_start_alternation(words))
    lower = text.lower()
    assert [m.span() for m in fast.finditer(lower)] == [m.span() for m in plain.finditer(lower)]
    # not inside "thông", not after an apostrophe ("ông'bà"); the first listed word wins ("bà" before "bà mẹ")
    assert [m.group() for m in fast.finditer(lower)] == ["ông", "bà", "bác sĩ", "anh", "bà", "ông"]


def test_required_characters_are_those_every_match_consumes():
    assert required_characters(re.compile(r"(?m)^\s*\d{1,2}/\d{1,2}(?:/\d{4})?$|ngày \d+/\d+")) == {"/"}
    assert required_characters(re.compile(r"hỏi:|đáp\s*:(?= )")) == {":"}
    assert required_characters(re.compile(r"a?b(?:c|cd)+")) == {"b", "c"}
    assert required_characters(re.compile(r"(?i)hỏi:")) == set()  # a letter may come in either case


def test_a_pattern_needs_a_digit_only_when_every_match_holds_one():
    assert needs_digit(re.compile(r"năm học (\d{4}) ?- ?(\d{4})"))
    assert needs_digit(re.compile(r"(?:quý [ivx]+ năm|năm) ?(\d{4})"))
    assert not needs_digit(re.compile(r"năm (\d{4})|năm nay"))  # one branch has none
    assert not needs_digit(re.compile(r"số \d*"))  # none at all is a match too
