"""Regexes written to scan fast find what their plain form finds.

A regex whose first step is one character class lets the regex engine skip
ahead to the characters that can open a match; one that opens with an
alternation or a look-behind is tried at every character. Several patterns
are written the fast way for speed only, so each is compared here with the
plain way of writing it, over the project's corpora and random text.
"""
from __future__ import annotations

import json
import random
import re
from functools import lru_cache
from pathlib import Path

from tdkt.extract.normalize import UPPER


@lru_cache(maxsize=1)
def _texts() -> tuple[str, ...]:
    corpus = Path(__file__).resolve().parent / "corpus"
    texts = [json.loads(line)["text"] for path in sorted(corpus.glob("*/articles.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(11)
    letters = "aAoOuUqQkKhHyY'’ .,\n-_1àáảãạÀúÚùủũụýỳèéẸĐđẮơƠ"
    texts += ["".join(rng.choice(letters) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    texts += ["hoà quá Quý qúy thuỷ K'Brơi H' Hen ông Tuấn, Y Moan và k'a Nguyễn Văn An"]
    return tuple(texts)


def _same_matches(fast: re.Pattern, plain: str) -> None:
    plain_re = re.compile(plain)
    for text in _texts():
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain_re.finditer(text)], text


def test_tone_marks_are_found_where_the_plain_pattern_finds_them():
    from tdkt.extract.normalize import _CANDIDATE_MARK, _TONED
    _same_matches(_CANDIDATE_MARK, rf"[oOuU][{_TONED}](?![^\W\d_])|[qQ][ùúủũụÙÚỦŨỤ]")


def test_capitalised_runs_are_found_where_the_plain_pattern_finds_them():
    from tdkt.extract.officials import _CAP_RUN, _LONE_CAPITALISED
    _same_matches(_CAP_RUN, rf"[{UPPER}](?<![\w'][{UPPER}])[^\W\d_]*(?:'\s?[^\W\d_]+)?"
                            rf"(?: [{UPPER}][^\W\d_]*(?:'\s?[^\W\d_]+)?)*"
                            rf"|[KHkh](?<![\w'][KHkh])'\s?[{UPPER}][^\W\d_]*(?: [{UPPER}][^\W\d_]*)*")
    _same_matches(_LONE_CAPITALISED, rf"(?<![\w'])([{UPPER}][\w']*)(?![\w'])(?!\s+[{UPPER}])")


def test_the_rules_opening_with_one_word_are_tried_as_one_alternation_and_give_their_own_labels():
    from tdkt.extract.matcher import PhraseMatcher
    # rules with groups of their own, several opening with the same word: each match keeps its rule's label,
    # and where two match at one spot the earlier rule wins, as when they were tried one by one
    rules = [("(phó )?chủ tịch (ubnd|hđnd)", "chair of a council"), ("(phó )?(chủ) tịch", "chair"),
             ("phó giám đốc", "deputy director"), ("(phó|trưởng) (ban|phòng)", "head of a unit")]
    text = "phó chủ tịch ubnd tỉnh, chủ tịch hội, phó giám đốc sở, trưởng phòng, phó ban và phó chủ nhiệm"
    found = [(text[m.start:m.end], m.label) for m in PhraseMatcher(rules).finditer(text)]
    assert found == [("phó chủ tịch ubnd", "chair of a council"), ("chủ tịch", "chair"),
                     ("phó giám đốc", "deputy director"), ("trưởng phòng", "head of a unit"),
                     ("phó ban", "head of a unit")]


def test_the_strings_a_pattern_needs_are_read_off_it():
    from tdkt.extract.matcher import may_contain, required_literals
    pattern = re.compile(r"(?<!các )chủ tịch\s+(hội đồng|ban)\s+(?:đã\s+)?chủ\s+trì\b")
    assert required_literals(pattern) == (("chủ tịch",), ("hội đồng", "ban"), ("chủ",), ("trì",))  # longest first
    assert not may_contain(pattern, "chủ tịch hội đồng phát biểu", 0, 26)
    assert may_contain(pattern, "chủ tịch ban chủ trì", 0, 20) and not may_contain(pattern, "chủ tịch ban chủ trì", 0, 19)
    assert required_literals(re.compile("(?i)khen")) == ()  # either case may match: nothing is required


def test_a_search_skipped_for_lack_of_a_needed_string_finds_what_the_search_finds():
    from tdkt.extract import awards, event, recipients
    from tdkt.extract.matcher import finditer, match, search
    from tdkt.extract.normalize import fold_case
    patterns = [p for p in [*event._cues().values(), *awards._rules().context.values()] if isinstance(p, re.Pattern)]
    patterns.append(recipients._patterns().apposition)
    lines = [fold_case(line) for text in _texts()[:100] for line in text.split("\n") if line.strip()]
    lines += ["5 cá nhân, gồm: a, b", "3 đơn vị (a, b và c)", "2 em học sinh là a và b", "4 hộ có tên sau: a"]
    for line in lines:
        text = "mở đầu. " + line + " hết."
        start, end = 8, 8 + len(line)
        for p in patterns:
            found = search(p, text, start, end)
            expected = p.search(text, start, end)
            assert (found and found.span()) == (expected and expected.span()), (p.pattern, line)
            assert [m.span() for m in finditer(p, text, start, end)] == [m.span() for m in p.finditer(text, start, end)]
            for at in (start, text.find(" ", start + 1)):
                found, expected = match(p, text, at, end), p.match(text, at, end)
                assert (found and found.span()) == (expected and expected.span()), (p.pattern, line, at)


def test_look_behinds_moved_after_the_first_letter_find_what_the_rules_as_written_find():
    from tdkt.extract import awards, event
    from tdkt.extract.matcher import look_behind_after_first_letter
    from tdkt.extract.normalize import fold_case
    from tdkt.extract.resources import json_rules
    assert look_behind_after_first_letter(r"(?<!theo )(?:đề nghị|trình)") == r"(?:đ(?<!theo đ)ề nghị|t(?<!theo t)rình)"
    # before a repeated group the look-behind is tested once, where a word a match opens with stands,
    # or, when those words cannot be read off the pattern, a letter
    assert look_behind_after_first_letter(r"(?<!các )(?:đã\s+)*tổ chức") == r"(?=t(?:ổ)|đ(?:ã))(?:(?<!các )(?:đã\s+)*tổ chức)"
    assert look_behind_after_first_letter(r"(?<!các )(?:đã\s+)*(?:tổ|họp)\b(?<!x)") == \
        r"(?=h(?:ọp)|t(?:ổ)|đ(?:ã))(?:(?<!các )(?:đã\s+)*(?:tổ|họp)\b(?<!x))"
    assert look_behind_after_first_letter(r"(?<!các )(?:đã\s+)*(?<!x)[tđ]") == r"(?=[tđ])(?:(?<!các )(?:đã\s+)*(?<!x)[tđ])"
    assert look_behind_after_first_letter(r"(?<!các )(?:đã\s+)*(?i:tổ chức)") == r"(?<!các )(?:đã\s+)*(?i:tổ chức)"
    assert look_behind_after_first_letter(r"(?<!các )\w+") == r"(?<!các )\w+"  # any word character: no test worth making
    assert look_behind_after_first_letter(r"(?<![;:] \d)(?<!\bts)\.(?!\S)|x") == r"\.(?<!(?:[;:] \d)\.)(?<!(?:\bts)\.)(?!\S)|x"
    written = json_rules("award_context.json")
    pairs = [(awards._rules().context[k], v) for k, v in written.items() if isinstance(v, str) and not k.startswith("_")]
    heads = {f"{{{k}}}": json_rules("event_cues.json")[k] for k in ("issuer_heads", "org_heads")}
    pairs += [(event._cues()[k], event._fill(v, heads)) for k, v in json_rules("event_cues.json").items()
              if not k.startswith("_")]
    from tdkt.extract import recipients
    pairs.append((recipients._patterns().stop, json_rules("named_recipients.json")["stop"]))
    pairs.append((recipients._patterns().familiar_honorific, json_rules("named_recipients.json")["familiar_honorific"]))
    rewritten = [(fast, plain) for fast, plain in pairs if fast.pattern != plain]
    assert len(rewritten) >= 4  # the proposal verbs, an event named before its holder, where a list of names stops
    texts = [fold_case(text) for text in _texts()[:300]] + list(_texts()[:300])  # the case-sensitive ones too
    for fast, plain in rewritten:
        plain_re = re.compile(plain)
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain_re.finditer(text)], plain


def test_a_pattern_matches_only_where_one_of_its_opening_characters_stands():
    from tdkt.extract import recipients
    from tdkt.extract.matcher import opening_characters
    assert opening_characters(re.compile(r"(?:a|b)?\s*c")).pattern == r"[\sabc]"
    assert opening_characters(re.compile(r"x*")) is None  # may match empty text: anywhere
    assert opening_characters(re.compile(r"[^a]b")) is None and opening_characters(re.compile(r"(?i:a)")) is None
    separator = recipients._patterns().separator
    opener = opening_characters(separator, "()")
    for text in _texts()[:200]:
        for i in range(len(text)):
            if separator.match(text, i):
                assert opener.match(text, i), (text, i)


def test_a_window_the_honorific_pattern_matches_in_ends_with_an_honorific():
    from tdkt.extract.normalize import fold_case
    from tdkt.extract.officials import _lexicon, _may_end_with_honorific
    honorific_tail = _lexicon()[1]
    assert _may_end_with_honorific("cùng đồng chí. ") and not _may_end_with_honorific("cùng đồng chí Minh")
    windows = [fold_case(text[max(0, i - 25):i]) for text in _texts()[:150] for i in range(0, len(text), 3)]
    windows += ["dự có ông", "và bà.\n", "(ông ", "ông.."]
    for window in windows:
        if honorific_tail.search(window):
            assert _may_end_with_honorific(window), window


def test_a_later_sentence_opening_with_its_count_in_digits_or_words_is_read_as_that_count():
    # _named_later reads a sentence's first word as a count (one pattern, not one per count value)
    from tdkt.extract.awards import _FIRST_WORD
    from tdkt.extract.numbers import parse_count
    for text, value in [("4 tập thể này gồm", 4), ("  04 cá nhân", 4), ("Hai thôn đạt chuẩn", 2), ("44 tập thể", 44)]:
        opening = _FIRST_WORD.match(text)
        assert opening and parse_count(opening.group(1).lower()) == value, text
    for text in ["4", "4,5 tỷ", "Năm 2031 tỉnh có", "12A tập thể"]:
        opening = _FIRST_WORD.match(text)
        assert not (opening and parse_count(opening.group(1).lower()) in (4, 12)), text


def test_an_active_verb_closing_the_window_is_found_as_the_pattern_built_per_form_finds_it():
    from tdkt.extract.awards import _active_verb_closing, _rules
    plain = _rules().context["award_verbs_active"].pattern + r"\s*$"
    windows = [t[-40:].lower() for t in _texts()] + ["ủy ban nhân dân tỉnh tặng ", "đã trao tặng", "tặng quà cho"]
    for window in windows:
        assert bool(re.search(plain, window)) == bool(_active_verb_closing().search(window)), window


def test_the_runs_a_name_is_looked_for_in_are_every_capitalised_run_that_can_hold_one():
    # a run of one word without an apostrophe holds no name (_name_in_run) and no unlisted one (two to
    # four words): dropping those runs first leaves what either reader finds unchanged
    from tdkt.extract.officials import _CAP_RUN, _Spans, _name_in_run, _runs_of_words
    texts = _texts() + ("ThS Nguyễn Văn A, NN-PTNT Hà Nội, Abc1 Def Gh, Abc_ Def Gh, TP.HCM Lò B", "Ông A B. Bà")
    for text in texts:
        for start, end in ((0, len(text)), (len(text) // 3, len(text)), (0, len(text) // 2)):
            every = list(_CAP_RUN.finditer(text, start, end))
            kept = _runs_of_words(text, start, end)
            assert [m.span() for m in kept] == [m.span() for m in every if len(m.group().split(" ")) > 1
                                                or "'" in m.group()], text
            names = [_name_in_run(m, _Spans(())) for m in every]
            assert [n for n in names if n] == [n for n in (_name_in_run(m, _Spans(())) for m in kept) if n], text


def test_capitalised_runs_of_a_span_without_an_apostrophe_are_found_by_the_plain_scan_as_by_the_full_one():
    from tdkt.extract.officials import _CAP_RUN, _cap_runs
    texts = _texts() + ("Ông K'Brơi và H' Hen, bà Lò Thị A", "Ông Nguyễn Văn An, khen thưởng Hội Nông dân")
    for text in texts:
        for start, end in ((0, len(text)), (len(text) // 3, len(text)), (0, len(text) // 2)):
            assert [m.span() for m in _cap_runs(text, start, end)] == \
                [m.span() for m in _CAP_RUN.finditer(text, start, end)], (text, start, end)


def test_sentences_are_cut_into_clauses_at_every_semicolon():
    from tdkt.extract.awards import _clauses
    from tdkt.extract.document import make_document
    doc = make_document("Tặng Bằng khen cho 3 tập thể; 5 cá nhân;; và Giấy khen cho 2 hộ;\n"
                        "Một câu không có dấu chấm phẩy.")
    for sentence in doc.sentences:
        piece = doc.text[sentence.start:sentence.end]
        assert [doc.text[s:e] for s, e in _clauses(doc, sentence)] == piece.split(";")


def test_topic_words_grouped_by_first_letter_are_found_where_the_plain_list_finds_them():
    from tdkt.extract.matcher import grouped_by_first_letter
    from tdkt.extract.relevance import _rules
    from tdkt.extract.resources import json_rules
    plain = json_rules("relevance.json")["topic"]
    assert _rules()[0].pattern != plain  # the fast form is the one read
    lowered = tuple(text.lower() for text in _texts()) + ("khen thưởng thi đua, huy chương huy hiệu đảng",)
    plain_re = re.compile(plain)
    for text in lowered:
        assert [m.span() for m in _rules()[0].finditer(text)] == [m.span() for m in plain_re.finditer(text)], text
    # earlier phrases of one first letter still win; a list with regex syntax is left as written
    assert re.compile(grouped_by_first_letter("huy chương|huy")).findall("huy chương") == ["huy chương"]
    assert grouped_by_first_letter("hội thi(?! đua)|huy") == "hội thi(?! đua)|huy"


def test_counts_are_found_where_the_number_pattern_without_its_look_aheads_finds_them():
    from tdkt.extract.awards import _rules
    fast = _rules().number
    # without the look-ahead for the words a count opens with, and without those for digits
    opener = re.match(r"\(\?=\\d\|.*?\)\)(?=\(\?:\()", fast.pattern)
    assert opener and "khoảng" not in opener.group()
    plain = re.compile(fast.pattern[opener.end():].replace("(?=[\\d])(?<!", "(?<!").replace("|(?=\\d)(?<!", "|(?<!"))
    assert plain.pattern != fast.pattern and not plain.pattern.startswith("(?=")
    texts = tuple(text.lower() for text in _texts()) + (
        "tặng 05 tập thể, hơn 1.200 cá nhân và 21/24 tổ, hai hộ", "an nhơn 3 hộ, mười hai cá nhân, khoảng chừng ba đơn vị")
    for text in texts:
        assert [m.groups() + m.span() for m in fast.finditer(text)] == \
            [m.groups() + m.span() for m in plain.finditer(text)], text
