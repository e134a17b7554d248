"""Stage 4: award statements ("Bằng khen ... cho 02 tập thể") → award entries.

The rules come from data files: award names and their codes
(data/rules/awards.csv), recipient nouns (recipients.csv), ranks (ranks.csv)
and context words (award_context.json). The code here only binds them:

* an *anchor* is an award form ("Giấy khen", "Lao động tiên tiến") or a
  generic commendation cue ("khen thưởng"), which becomes `khen_thuong`;
* a *count* is a number with a recipient noun ("05 hộ gia đình");
* inside one clause (sentences cut at ";") a count belongs to the form right
  after its number ("265 lao động tiên tiến"), else to a form reached through
  a short passive verb ("24 cá nhân đạt danh hiệu Chiến sĩ thi đua cấp tỉnh"),
  else to the nearest anchor before it ("Giấy khen: 63 cá nhân, 05 hộ ...");
* a form that a verb gives to one named unit or person, or to a list of
  named ones ("cho: UBND xã Ea Wer và Trường THCS ..."), counts them and
  names them (`named`, read by extract/recipients.py), one entry per kind;
* a form's giver decides some codes: the Prime Minister's Bằng khen and Cờ,
  a local mass organisation's own forms (`other_org_award`), the items of a
  decision ("Tặng Bằng khen cho ...") take the decision's giver;
* the status comes from the verbs of the statement's clause, its sentence,
  the line that introduces a list, or a council's "thống nhất:".

Headlines, leads and photo captions repeat the body: their statements count
only when the body does not already have them (the same form with one of its
counts or their sum). A sentence printed twice is read once. Two different
statements in the body are two entries, even when they are equal (a year's
tally and the ceremony).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations

from tdkt.extract import dates, tables
from tdkt.extract.document import Document, Sentence
from tdkt.extract.matcher import PhraseMatcher, grouped_by_first_letter, look_behind_after_first_letter, needs_digit, opening_characters, opening_literals
from tdkt.extract.normalize import UPPER, fold_case
from tdkt.extract.numbers import STANDALONE_NUMBER_PATTERN, names_something, number_words, parse_count, within_a_name
from tdkt.extract.officials import has_person_name
from tdkt.extract.recipients import Named, as_written, full_name_before, looks_like_person, names_its_unit, people_called_by_first_name_honorific, people_in_paragraphs_after, people_listed_at, listed_right_after_count, named_among_count, role_then_person, person_right_after, names_listed_with_roles, unit_right_after, named_after, named_after_grant_again, listed_below_count, listed_after_description, listed_in_closing_bracket, named_in_apposition, named_in_listing_sentence, named_in_second_list, named_in_next_sentence, restating_lead, name_of_subject, names_of_subject, opens_names, restates, unit_referred_back, unit_whose_form, name_right_after_count, trailing_person, given_names_after_count
from tdkt.extract.resources import csv_rules, expand_lexicons, json_rules, lexicon, taxonomy

MAX_LISTED_BELOW = 60     # a count of more is no list of names below it (a table is read elsewhere)
FORWARD_GAP = 150         # characters between a count and a form it reaches by a verb ("... có thành tích ... được X tặng")
FORWARD_GAP_CUE = 160     # "... 22.922 cá nhân có nhiều thành tích ..., được các cấp khen thưởng"
CUE_BEFORE_FORM = 4       # "tặng thưởng Huân chương": the cue belongs to the form
DATELINE_CHARS = 80         # a page's stamp line is short
LIST_TITLE_REACH = 60      # characters back from a list's "gồm các" within which the form it follows is read
COUNCIL_NAME_REACH = 90    # characters back from a form within which a council named after it is read
HELD_TITLE_COUNT_REACH = 8  # characters back from a personal title within which the number counting its holders is read
LATER_LIST_REACH = 4       # sentences after a count within which a sentence repeating it may list its names
FEW_PEOPLE = 4            # people counted few enough to be the ones an article calls "anh", "chị", "em" by name
TIMES = "times"           # the recipient label of "N lần": one recipient, N times
GRANT_BEFORE_REACH = 140  # characters back from a form within which "trao tặng cho X" names its recipient first
REFUSAL_REACH = 100       # characters after a count within which "xin rút, không nhận" declines its form
SUBSET_REACH = 20         # characters back from a count within which "trong đó có" makes it a part of a total
BACKWARD_GAP_CUE = 60     # "Khen thưởng tổng kết năm 2023: đối với 304 tập thể"


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    code: str
    default_recipient: str | None
    generic: bool = False          # a "khen thưởng" cue, not a named form
    issuer: str | None = None
    ranks_of: str | None = None    # one of several ranks written together ("hạng Nhất, Nhì, Ba"): the unranked form


@dataclass(frozen=True)
class Count:
    start: int
    end: int
    value: int
    recipient: str | None          # None: a bare number followed by a title
    qualifier: str | None = None


@dataclass(frozen=True)
class _Rules:
    context: dict            # compiled regexes of award_context.json, by name
    forms: PhraseMatcher     # award names → (code, default recipient, ranked)
    recipients: PhraseMatcher
    ranks: dict[str, str]
    number: re.Pattern       # a count: qualifier, digits or a number word
    qualifiers: dict[str, str]
    cue_openers: tuple[str, ...]  # the words a "khen thưởng" cue opens with ("khen", "tặng")
    words_before_kin: frozenset[str]  # number words that are also a kin word's neighbour ("ba mẹ", "năm")


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    ctx = json_rules("award_context.json")
    compiled = {k: re.compile(look_behind_after_first_letter(v))  # the same matches, scanned fast
                for k, v in ctx.items() if isinstance(v, str) and not k.startswith("_")}
    # with whether a match needs a digit (a year): most windows `_period` reads have none
    compiled["period"] = [(regex, template, needs_digit(regex))
                          for regex, template in ((re.compile(p), t) for p, t in ctx["period"])]
    forms = PhraseMatcher(
        (row["pattern"], (row["code"], row["recipient"] or None, row["ranked"] == "yes"))
        for row in csv_rules("awards.csv")
    )
    recipients = PhraseMatcher((row["pattern"], row["recipient"]) for row in csv_rules("recipients.csv"))
    ranks = {row["word"]: row["rank"] for row in csv_rules("ranks.csv")}
    words = json_rules("numbers.json")
    before_count = [*words["qualifiers"], *words["total_words"]]
    qualifiers = r"(?:(%s)\s+)?" % "|".join(sorted(before_count, key=len, reverse=True))
    number_words = [w for w, v in words["digit_words"].items() if v] + [words["ten_word"]]
    # "21/24 tổ dân phố đạt danh hiệu ...": 21 of them
    # (each number form is led by a look-ahead for its first characters, so that its look-behinds are
    # tried only there, not at every letter a qualifier or number word may open with)
    ratio = r"(?=\d)(?<![\w/.,:])(\d{1,5})/\d{1,5}(?![\w/])"
    # a count opens with a digit, a qualifier or a number word: a look-ahead for those words first (grouped
    # by first letter) turns away at once the many letters inside words that open none of them
    # (this is scanned over every clause with a form)
    openers = grouped_by_first_letter("|".join(sorted({re.escape(w.split()[0]) for w in [*before_count, *number_words]})))
    # a number written in words may take more words ("mười hai", "hai mươi lăm"), never "năm" after a ten
    # ("mười năm" is ten years)
    more_words = [w for w in number_words if w not in words["not_after_tens"]] + [
        words["tens_word"], words["hundred_word"], *words["ones_only"], *words["zero_tens_words"]]
    after_zero = r"(?:%s)\s+(?:%s)" % ("|".join(words["zero_tens_words"]), "|".join(number_words))  # "linh năm"
    spoken = r"(?:%s)(?:\s+(?:%s|%s))*" % ("|".join(number_words), after_zero,
                                         "|".join(sorted(set(more_words), key=len, reverse=True)))
    number = re.compile(r"(?=\d|%s)" % openers + qualifiers
                        + r"(?:(%s)|%s|\b(%s)\b)\s+" % (_led_by_its_openers(STANDALONE_NUMBER_PATTERN), ratio, spoken))
    return _Rules(compiled, forms, recipients, ranks, number, words["qualifiers"],
                  opening_literals(compiled["khen_thuong_cue"]), frozenset(words["kin_number_words"]))


def _state_form_quoted(forms, lower: str, m):
    """An organisation's title in quotes ('danh hiệu "Đơn vị huấn luyện giỏi"') is `other_org_award`, unless the
    quotes hold a form of its own ('danh hiệu "Chiến sĩ thi đua cơ sở"'): then that form."""
    if m.label[0] != _OTHER_AWARD:
        return m
    quote = lower.find('"', m.start, m.end)
    if quote < 0:
        return m
    inner = next(forms.finditer(lower, quote + 1, m.end), None)
    return inner if inner is not None and inner.label[0] != _OTHER_AWARD else m


def _led_by_its_openers(source: str) -> str:
    """`source` led by a look-ahead for the characters its matches open with (the same matches), when
    those can be read off it."""
    opener = opening_characters(re.compile(source))
    return source if opener is None else f"(?={opener.pattern}){source}"


def _clauses(doc: Document, sentence: Sentence) -> list[tuple[int, int]]:
    """Cut a sentence at semicolons: each clause usually holds one award form."""
    if doc.text.find(";", sentence.start, sentence.end) < 0:
        return [(sentence.start, sentence.end)]  # most sentences: one clause
    spans, start = [], sentence.start
    cut = doc.text.find(";", start, sentence.end)
    while cut >= 0:
        spans.append((start, cut))
        start = cut + 1
        cut = doc.text.find(";", start, sentence.end)
    spans.append((start, sentence.end))
    return spans


def _issuer_upgrade(doc: Document, clause_start: int, anchor: Anchor) -> Anchor:
    """"Thủ tướng ... tặng Cờ thi đua ..., Bằng khen cho ..." : the Prime Minister's forms.

    A clause that opens with the granting verb alone ("Tặng Bằng khen cho ...;")
    is an item of the decision before it, so the giver is looked for there too.
    """
    if anchor.code not in _PRIME_MINISTERS or anchor.issuer:
        return anchor
    start = _giver_window_start(doc, clause_start, anchor, bound=0)
    issuers = list(_rules().context["issuer_context"].finditer(doc.lower, start, anchor.start))
    presents = not issuers and _rules().context["prime_minister_presents"].search(doc.lower, start, anchor.start)
    if issuers and _is_prime_minister(issuers[-1]) or presents:  # "Thủ tướng X trao bằng khen cho A": his
        return replace(anchor, code=_PRIME_MINISTERS[anchor.code])
    return anchor


def _giver_window_start(doc: Document, clause_start: int, anchor: Anchor, bound: int) -> int:
    """Where to look for the giver of `anchor`: its clause, or, for a clause that opens with the granting verb
    alone ("...; tặng Bằng khen cho ..."), back into the decision or clause before it (not before `bound`)."""
    if _rules().context["decision_item"].match(doc.lower, clause_start, anchor.end):
        return max(bound, clause_start - ISSUER_LOOKBACK)
    return clause_start


def _is_prime_minister(giver: re.Match) -> bool:
    """Is an `issuer_context` match the Prime Minister?"""
    return giver.group(1).startswith(("thủ tướng", "chính phủ"))


ISSUER_LOOKBACK = 600  # characters a decision's list items look back for its giver

# A province's (or ministry's) Bằng khen and Cờ, and the Prime Minister's form of each
_PRIME_MINISTERS = {"bang_khen_bo_tinh": "bang_khen_thu_tuong_chinh_phu", "co_thi_dua_bo_tinh": "co_thi_dua_chinh_phu"}


FOREIGN_GIVER_AFTER = 80  # characters after a form within which "do Chủ tịch nước CHDCND Lào trao" names its giver


def _foreign(doc: Document, clause_start: int, clause_end: int, anchor: Anchor) -> Anchor:
    """A form a foreign state gives ("được Chủ tịch nước CHDCND Lào tặng Huân chương Lao động") is
    `other_org_award`: the taxonomy's forms are Vietnam's own."""
    if anchor.code == "other_org_award" or not doc.shared(("a foreign giver",), lambda: _names_a_foreign_giver(doc)):
        return anchor  # most articles name no foreign state at all
    end = min(clause_end, anchor.end + FOREIGN_GIVER_AFTER)
    if _rules().context["foreign_giver"].search(doc.lower, clause_start, end):
        return replace(anchor, code="other_org_award")
    return anchor


def _names_a_foreign_giver(doc: Document) -> bool:
    """Does the article name a foreign state as a giver anywhere? A plain look for the states' names first."""
    states = json_rules("award_context.json")["foreign_states"]
    return any(state in doc.lower for state in states) and _rules().context["foreign_giver"].search(doc.lower) is not None


def _mass_org_upgrade(doc: Document, clause_start: int, anchor: Anchor) -> Anchor:
    """A provincial (or lower) mass organisation's own Bằng khen or Cờ is `other_org_award`, and so is a
    corporation's.

    The giver is written after the form ("Bằng khen của LĐLĐ tỉnh") or is the
    last giver named before it in the clause ("Hội Nông dân tỉnh tặng Bằng khen").
    """
    if anchor.code not in _PRIME_MINISTERS:
        return anchor
    ctx = _rules().context
    if anchor.issuer:
        giver = fold_case(anchor.issuer)
    else:
        sentence = doc.sentence_at(clause_start)  # "X tặng Cờ cho A; tặng Bằng khen ...": X's, in its sentence
        start = _giver_window_start(doc, clause_start, anchor, bound=sentence.start if sentence else 0)
        before = doc.lower[start:anchor.start]
        givers = sorted((m.start(), m.end(), key) for key in ("local_mass_issuer", "state_issuer")
                        for m in ctx[key].finditer(before) if not _receives(before, m))
        giver = before[givers[-1][0]:givers[-1][1]] if givers else ""
        if ctx["enterprise_gives"].search(before) or _enterprise_grants_again(before, givers):
            return replace(anchor, code="other_org_award")  # "VRG tặng Cờ thi đua ...": a corporation's own
        joint = len(givers) > 1 and givers[-2][2] == "state_issuer" \
            and ctx["joint_givers"].fullmatch(before, givers[-2][1], givers[-1][0])
        if joint or _state_among_listed_givers(before, givers):
            return anchor  # "UBND tỉnh và LĐLĐ tỉnh tặng Bằng khen": joint givers, the state's form
    if (ctx["local_mass_issuer"].match(giver) or anchor.issuer and ctx["enterprise_issuer"].match(giver)) \
            and not ctx["state_issuer"].search(giver):
        return replace(anchor, code="other_org_award")  # a union's, a women's union's, a corporation's own
    return anchor


def _receives(before: str, giver: re.Match) -> bool:
    """Is an organisation named before a form its recipient rather than its giver: granted to ("tặng cờ thi đua cho
    Hội CCB tỉnh A; tặng bằng khen cho ...") or the subject of a passive verb ("Hội LHPN tỉnh A ... được tặng")?"""
    ctx = _rules().context
    return ctx["granted_to_before"].search(before, 0, giver.start()) is not None \
        or ctx["passive_after_subject"].match(before, giver.end()) is not None


def _enterprise_grants_again(before: str, givers: list[tuple[int, int, str]]) -> bool:
    """Does an enterprise group that granted a form before go on to grant this one, its subject left out ("VRG tặng
    Cờ thi đua cho A; tặng Bằng khen cho B"), with no other giver named between?"""
    if not _rules().context["grant_again"].search(before):
        return False
    grants = list(_rules().context["enterprise_grant"].finditer(before))
    return bool(grants) and not any(start >= grants[-1].start() for start, *_ in givers)


def _state_among_listed_givers(before: str, givers: list[tuple[int, int, str]]) -> bool:
    """Is a state giver among the givers listed together right before a form ("Bộ Công Thương, Công đoàn ngành,
    UBND tỉnh, LĐLĐ tỉnh tặng Bằng khen")? Then the form is the state's, not the last organisation's own."""
    listed = givers[-1:]
    for giver in reversed(givers[:-1]):
        if not _rules().context["giver_list"].fullmatch(before, giver[1], listed[0][0]):
            break
        listed.insert(0, giver)
    return len(listed) > 1 and any(key == "state_issuer" for *_, key in listed)


def _more_ranks(lower: str, pos: int, end: int, base: str):
    """(start, end, code) of the further ranks an enumeration names after the first ("hạng Nhất, Nhì và Ba")."""
    ranks = _rules().ranks
    while (more := _rules().context["rank_more"].match(lower, pos, end)) and more.group(1) in ranks:
        yield more.start(1), more.end(1), f"{base}_hang_{ranks[more.group(1)]}"
        pos = more.end()


def _anchors(doc: Document, start: int, end: int) -> list[Anchor]:
    """The award forms and cues of [start, end), read once per span (a sentence is asked for
    again as the one before or after another); a new list each time, as callers filter it."""
    return list(doc.shared(("award anchors", start, end), lambda: _scan_anchors(doc, start, end)))


def _scan_anchors(doc: Document, start: int, end: int) -> list[Anchor]:
    rules = _rules()
    ctx, forms, ranks = rules.context, rules.forms, rules.ranks
    lower = doc.lower
    anchors = []
    index = doc.shared(forms, lambda: forms.word_index(lower))  # the article is read clause by clause
    for m in forms.finditer(lower, start, end, index):
        m = _state_form_quoted(forms, lower, m)
        code, recipient, ranked = m.label
        stop = m.end
        more_ranks, base = [], None
        if ranked:
            rank = ctx["rank_suffix"].match(lower, stop, end)
            if rank and rank.group(1) in ranks:
                base, code, stop = code, f"{code}_hang_{ranks[rank.group(1)]}", rank.end()
                more_ranks = list(_more_ranks(lower, stop, end, base))  # "hạng Nhất, Nhì": one form per rank
        if code not in taxonomy():
            continue
        if recipient == "ca_nhan" and (_title_of_a_person(doc, m.start, stop, end)
                                       or _title_opening_a_list(doc, m.start, stop)
                                       or _title_held_by_the_counted(doc, m.start, stop, end)):
            continue  # "NGƯT Lò Thị A, Hiệu trưởng ...", "xét tặng NSND, gồm các NSƯT sau: ...": a title held
        if ctx["negated"].search(lower, max(start, m.start - 30), m.start):
            continue  # "không đề nghị khen thưởng", "chưa đủ tiêu chuẩn tặng ..."
        if ctx["council_named_for"].search(lower, max(start, m.start - COUNCIL_NAME_REACH), m.start):
            continue  # "hội đồng xét tặng danh hiệu NSND và NSƯT": the council's name, no award
        if anchors and not anchors[-1].generic and recipient is not None \
                and ctx["counted_recipients_of_form"].match(lower[anchors[-1].end:m.start]):
            continue  # "Giấy khen cho 80 gia đình văn hóa tiêu biểu": the counted recipients of the Giấy khen
        if code == _BARE_BADGE and anchors and ctx["badge_of_the_form"].fullmatch(lower, anchors[-1].end, m.start):
            continue  # "Bằng công nhận Bà mẹ Việt Nam Anh hùng cùng Huy hiệu": the title's own badge, one award
        issuer = ctx["issuer"].match(lower, stop, end)
        anchor = Anchor(m.start, stop, code, recipient, issuer=doc.text[issuer.start(1):issuer.end(1)] if issuer else None,
                        ranks_of=base if more_ranks else None)
        if code == "khen_thuong" and anchors and ctx["cash_with_form"].fullmatch(lower, anchors[-1].end, m.start) \
                and ctx["cash_sum"].match(lower, m.end, end):
            continue  # "giấy khen và thưởng 20 triệu đồng cho ...": the cash goes with the form ("thưởng nóng" is one)
        anchors.append(_foreign(doc, start, end, _mass_org_upgrade(doc, start, _issuer_upgrade(doc, start, anchor))))
        anchors.extend(replace(anchor, start=s_, end=e_, code=c_) for s_, e_, c_ in more_ranks)
    anchors.extend(_forms_referred_back(doc, start, end))
    if rules.cue_openers and not _holds_any(lower, rules.cue_openers, start, end):
        return sorted(anchors, key=lambda a: a.start)  # no word a cue opens with (most clauses)
    form_starts = [a.start for a in anchors]
    for m in ctx["khen_thuong_cue"].finditer(lower, start, end):
        inside = any(a.start < m.end() and m.start() < a.end for a in anchors)  # "trao thưởng đột xuất": the form's
        before_form = any(0 <= s - m.end() <= CUE_BEFORE_FORM for s in form_starts)
        negated = ctx["negated"].search(lower, max(start, m.start() - 30), m.start())
        cash = ctx["cash_sum"].match(lower, m.end(), end) and any(  # "bằng khen và tặng thưởng 1 triệu đồng cho A"
            ctx["cash_with_form"].fullmatch(lower, a.end, m.start()) for a in anchors if a.end <= m.start())
        if not inside and not before_form and not negated and not cash:
            anchors.append(Anchor(m.start(), m.end(), "khen_thuong", None, generic=True))
    return sorted(anchors, key=lambda a: a.start)


def _forms_referred_back(doc: Document, start: int, end: int) -> list[Anchor]:
    """A form the text names again by pointing back at it ("... trao tặng danh hiệu cao quý này cho Tổng công ty
    X", under a headline "X nhận danh hiệu Anh hùng Lao động"): the form named last before it. A prize handed
    over by its bare word ("trao giải cho 5 cá nhân") is the prize named last, when the last form is one."""
    lower = doc.lower
    if not _holds_any(lower, json_rules("award_context.json")["referred_back_words"], start, end):
        return []  # most clauses point back at nothing
    forms = _rules().forms
    index = doc.shared(forms, lambda: forms.word_index(lower))  # the article's words, indexed once
    found = []
    for key in ("form_referred_back", "prize_referred_back"):
        for m in _rules().context[key].finditer(lower, start, end):
            last = None
            for last in forms.finditer(lower, 0, m.start(), index):
                pass  # the form named last before it
            if last is None or key == "prize_referred_back" and not _rules().context["prize_form"].match(lower, last.start):
                continue  # "trao giải" after a Bằng khen: a contest's prizes, no form
            last = _state_form_quoted(forms, lower, last)  # 'danh hiệu "Xã, phường tiêu biểu"', then "danh hiệu này"
            code, recipient, _ = last.label
            if code in taxonomy():
                found.append(Anchor(m.start(), m.end(), code, recipient))
    return found


def _title_of_a_person(doc: Document, start: int, stop: int, end: int) -> bool:
    """Is the personal title at [start, stop) written before a person's name ("Nhà giáo ưu tú (NGƯT) Lò Văn A",
    "Thầy thuốc Ưu tú - BSCKII. Lò Thị B") as what the person is, rather than granted ("danh hiệu ... A")?"""
    ctx = _rules().context
    gap = ctx["person_title_gap"].match(doc.text, stop, end)
    run = []
    for word in doc.text[gap.end():min(end, gap.end() + 60)].split()[:5]:
        bare = word.rstrip(",.;:")
        if not bare or bare[0] not in UPPER:
            break
        run.append(bare)
        if bare != word:
            break
    if not any(looks_like_person(" ".join(run[:k])) for k in range(len(run), 1, -1)):
        return False
    return not ctx["title_granted_before"].search(doc.lower, max(0, start - 25), start)


def _title_opening_a_list(doc: Document, start: int, stop: int) -> bool:
    """Is the personal title at [start, stop) what the people of a list are, right after the form they are
    proposed for or given ("xét tặng NSND, gồm các NSƯT sau: A, B")? Not when it is the form itself ("5 nghệ
    nhân được tặng danh hiệu này gồm các Nghệ nhân Ưu tú: A, B")."""
    ctx = _rules().context
    if not ctx["list_title_after"].match(doc.lower, stop):
        return False
    opening = ctx["list_title_before"].search(doc.lower, max(0, start - 20), start)
    if opening is None:
        return False
    form_before = _rules().forms.finditer(doc.lower, max(0, opening.start() - LIST_TITLE_REACH), opening.start())
    return any(opening.start() - m.end <= 2 for m in form_before)  # "NSND, gồm các ..."


def _title_held_by_the_counted(doc: Document, start: int, stop: int, end: int) -> bool:
    """Is the personal title at [start, stop) what the people counted right before it already are, the award
    being the title a passive verb grants them after it ("3 Nghệ sĩ Ưu tú được xét tặng danh hiệu Nghệ sĩ
    Nhân dân", "2 NGƯT được đề nghị xét tặng NGND")?"""
    ctx = _rules().context
    if not _count_right_before().search(doc.lower, max(0, start - HELD_TITLE_COUNT_REACH), start):
        return False
    grant = ctx["held_title_grant"].match(doc.lower, stop, end)
    granted = next(_rules().forms.finditer(doc.lower, grant.end(), end), None) if grant else None
    return granted is not None and granted.start == grant.end()


@lru_cache(maxsize=1)
def _count_right_before() -> re.Pattern:
    """A count, in digits or in words (data/rules/numbers.json), ending right before a position: "3 " of "3 Nghệ
    sĩ Ưu tú", "hai " of "hai NGƯT"."""
    return re.compile(rf"(?:\d+|\b(?:{'|'.join(number_words())}))\s+$")


def _holds_any(text: str, words: tuple[str, ...], start: int, end: int) -> bool:
    """Does text[start:end] hold one of `words`? (A loop, not a generator: asked for every clause.)"""
    for word in words:
        if text.find(word, start, end) >= 0:
            return True
    return False


def _counts(doc: Document, start: int, end: int, anchors: list[Anchor]) -> list[Count]:
    recipients, number = _rules().recipients, _rules().number
    lower = doc.lower
    form_starts = sorted(a.start for a in anchors if not a.generic)
    counts = []
    for m in number.finditer(lower, start, end):
        digits, word = m.group(2) or m.group(3), m.group(4)
        value = parse_count(digits or word)
        if not value or (m.group(1) is None and names_something(doc.text, m.start())):
            continue  # "Quân khu 3 tổ chức lễ ...": the number belongs to a unit's name
        if word and within_a_name(doc.text, m.start(4)):
            continue  # "Đảng bộ phường Nam Ba Đồn": a word of a name
        after = m.end()
        title_word = _rules().context["title_word"].match(lower, after)  # "39 danh hiệu Tập thể lao động xuất sắc"
        if title_word and title_word.end() in form_starts:
            after = title_word.end()
        if after in form_starts:
            counts.append(Count(m.start(), after, value, None, m.group(1)))
            continue
        # a recipient noun ends before the next form ("3 cá nhân, Tập thể lao động ...")
        limit = next((s for s in form_starts if s > after), end)
        gender = _GENDER.match(lower, after, limit)  # "2 nữ cán bộ": the noun after the women or men it counts
        after = gender.end() if gender else after
        quoted = _OPENING_QUOTE.match(lower, after, limit)  # 'cho 7 "hiệp sĩ"': the noun in quotes
        noun = recipients.match_at(lower, quoted.end() if quoted else after, limit)
        turns = _rules().context["turns"].match(lower, after, limit)
        if turns and (noun is None or noun.label == "mixed"):  # "12 lượt hộ gia đình": the households, counted in turns
            noun = recipients.match_at(lower, turns.end(), limit) or noun
        if noun and noun.label == TIMES and (_rules().context["deed_after_times"].match(lower, noun.end)
                                             or _rules().context["threshold_times_after"].match(lower, noun.end)
                                             or _rules().context["threshold_times_before"].search(
                                                 lower, max(0, m.start() - 6), m.start())):
            continue  # "cho học sinh 3 lần cứu bạn", "hiến máu từ 20 lần trở lên": a deed's times, not the form's
        if noun:
            if _rules().context["living_holders"].match(lower, noun.end) \
                    and _rules().context["subset_before"].search(lower, max(0, m.start() - SUBSET_REACH), m.start()):
                continue  # "..., trong đó có 35 mẹ còn sống": the living part of the holders, no grant
            if word and word in _rules().words_before_kin and noun.label == "ca_nhan" \
                    and _rules().context["kin_after_number_word"].match(lower, noun.start):
                continue  # "ba mẹ" (parents), not three mothers
            closing = noun.end + 1 if quoted and lower[noun.end:noun.end + 1] in "\"'" else noun.end
            counts.append(Count(m.start(), closing, value, noun.label, m.group(1)))
    return counts




def _period(doc: Document, start: int, end: int, near: int, after_first: bool = True) -> str | None:
    """The achievement period written for a statement inside [start, end).

    A period written after the award form ("Khen thưởng tổng kết năm 2023: ...")
    wins over one before it ("... phương hướng năm 2024, Khen thưởng ...").
    Read once per span: the entries of one clause or sentence ask for the same.
    """
    return doc.shared(("award period", start, end, near, after_first),
                      lambda: _find_period(doc, start, end, near, after_first))


def _find_period(doc: Document, start: int, end: int, near: int, after_first: bool) -> str | None:
    best = None
    has_digit = _DIGIT.search(doc.lower, start, end) is not None
    for regex, template, digit in _rules().context["period"]:
        if digit and not has_digit:
            continue
        for m in regex.finditer(doc.lower, start, end):
            distance = m.start() - near
            rank = (0 if distance >= 0 else 1) if after_first else 0, abs(distance)
            value = template.format(*[None] + list(m.groups()))
            if best is None or rank < best[0]:
                best = (rank, value)
    return best[1] if best else None


_DIGIT = re.compile(r"\d")


def _status(doc: Document, sentence_start: int, anchor: Anchor, event_kind: str | None,
            clause_start: int | None = None) -> str:
    """Proposed or awarded: the verbs of the anchor's own clause decide, else its sentence's.

    A decision introduced by a colon ("Hội đồng thống nhất: Tặng ...") starts
    after it: the proposals the sentence mentions before are another matter.
    """
    ctx = _rules().context
    decided = list(ctx["decision_colon"].finditer(doc.lower, sentence_start, anchor.start))
    if decided:
        sentence_start = decided[-1].end()
        clause_start = max(clause_start or sentence_start, sentence_start)
    windows = [(start, anchor.end) for start in ([clause_start] if clause_start is not None else []) + [sentence_start]]
    intro = _list_intro(doc, sentence_start)
    if intro is not None:  # "Hội đồng thống nhất đề nghị:" governs the items listed under it
        windows.append(intro)
    previous = next(filter(None, (doc.sentence_at(sentence_start - back) for back in (1, 2, 3))), None) \
        if _rules().context["breakdown_opening"].match(doc.lower, sentence_start) else None
    if previous is not None:  # "... có 19 trường hợp đề nghị khen thưởng. Trong đó, ...": the total's status
        windows.append((previous.start, previous.end))
    for start, end in dict.fromkeys(windows):  # a clause that is its whole sentence is read once
        before = doc.lower[start:end]
        if ctx["proposed_act"].search(before):
            return "proposed"
        if ctx["not_proposed"].search(before):
            return "awarded"
        if ctx["proposed"].search(before):
            return "proposed"
    if decided and event_kind == "hop_xet":
        return "awarded"  # "Hội đồng thống nhất: Tặng giấy khen của Chủ tịch UBND huyện ...": the council's own grant
    return "proposed" if event_kind == "hop_xet" else "awarded"


_LIST_ITEM = re.compile(r"\s*(?:[-–+•*]|\d{1,2}[.)]|[a-zđ]\)|[IVX]{1,4}\.)\s")
LIST_INTRO_LINES = 30  # how many item lines above an item its introducing line may stand
HEADING_LINES = 3  # lines of a list's heading ("DANH SÁCH", "Đề nghị tặng thưởng ...", "danh hiệu ...")


def _list_intro(doc: Document, pos: int) -> tuple[int, int] | None:
    """The line ending with a colon that introduces the list item at `pos` (lines between are items too), else
    the heading of up to HEADING_LINES lines written above the list ("DANH SÁCH / Đề nghị tặng thưởng ...")."""
    index = doc.line_index_at(pos)
    if index is None or not _LIST_ITEM.match(doc.text, doc.lines[index].start):
        return None
    heading = []
    for line in reversed(doc.lines[max(0, index - LIST_INTRO_LINES):index]):
        text = doc.text[line.start:line.end].rstrip()
        if not text:
            continue
        if text.endswith(":") and not heading and not _LIST_ITEM.match(doc.text, line.start):
            if _rules().context["bare_list_pointer"].fullmatch(doc.lower, line.start, line.start + len(text)):
                return _paragraph_before(doc, line), line.end  # "Cụ thể:" after what the list is
            return line.start, line.end  # (an item ending in a colon, "b) Cá nhân:", heads a sub-list)
        if heading or not _LIST_ITEM.match(doc.text, line.start):
            if text.endswith(".") or len(heading) == HEADING_LINES:
                break
            heading.append(line)
    return (heading[-1].start, heading[0].end) if heading else None


def _paragraph_before(doc: Document, line) -> int:
    """Where the last non-empty line before `line` starts (`line`'s own start when there is none)."""
    index = doc.line_index_at(line.start)
    for before in reversed(doc.lines[:index] if index else []):
        if doc.text[before.start:before.end].strip():
            return before.start
    return line.start


def _has_own_object(doc: Document, anchor: Anchor, counts: list[Count]) -> bool:
    """Does a count follow the form as its object ("... cho 156 cá nhân", "Giấy khen: 63 ...")?"""
    for count in counts:
        if count.start >= anchor.end:
            return bool(_rules().context["written_object"].match(doc.lower[anchor.end:count.start]))
    return False


_GRANTED_TO = re.compile(expand_lexicons(r"\s*{lex:grant_prepositions}\s+{lex:determiners}?\s*"))
_GRANT_WORD = re.compile(expand_lexicons(r"\b{lex:grant_prepositions}\b"))
_HONORIFIC_COUNT_NOUN = re.compile(expand_lexicons(r"\b(?:{lex:honorifics})$"))  # "hai em": people called by name
_PLURAL_HONORIFIC = re.compile(expand_lexicons(  # "các đồng chí", "các ông, bà", "các đảng viên" right before the names
    r"\b(?:{lex:determiners})\s+(?:{lex:honorifics}|{lex:person_descriptors})(?:\s*,\s*(?:{lex:honorifics}))*\s*$"))
_QUOTES = re.compile(r"[\"'“”‘’]")
_GRANT_THEN_NAMES = re.compile(expand_lexicons(r"\b{lex:grant_prepositions}\s"))  # the "cho " a list of names follows
_GRANT_BEFORE = re.compile(expand_lexicons(r"\b{lex:grant_prepositions}\s+$"))  # "... cho | 200 gia đình"


def _forward(doc: Document, count: Count, later: list[Count], anchors: list[Anchor]) -> Anchor | None:
    """The form a count reaches through a passive verb: "15 tập thể được tặng Bằng khen"."""
    ctx = _rules().context
    following = [a for a in anchors if a.start >= count.end]
    if not following:
        return None
    anchor = following[0]
    between = [c for c in later if c.start < anchor.start]
    chain = [count] + between
    for a, b in zip(chain, chain[1:]):  # "296 tập thể, cá nhân, trong đó có 2 tập thể được ...": not one list
        if not ctx["chain_separator"].match(doc.lower[a.end:b.start]) and not _names_then_chained(doc, a, b):
            return None
    last = between[-1] if between else count
    gap = doc.lower[last.end:anchor.start]
    if anchor.generic:
        ok = len(gap) <= FORWARD_GAP_CUE and ctx["forward_gap_cue"].search(gap)
    else:
        ok = (len(gap) <= FORWARD_GAP and (ctx["forward_gap_form"].match(gap) or _one_of_the_group(doc, count, gap))
              or _names_then_granted(doc, last, anchor)) and not _has_own_object(doc, anchor, later)
    return anchor if ok else None


def _one_of_the_group(doc: Document, count: Count, gap: str) -> bool:
    """Is the count the group its subject is one of, that received the form after it ("X là một trong 08 tập
    thể xuất sắc của các tỉnh, thành phố nhận Cờ thi đua")? The description between may be long."""
    ctx = _rules().context
    return bool(ctx["one_of_before"].search(doc.lower, max(0, count.start - 30), count.start)
                and ctx["one_of_gap"].match(gap))


def _all_named(doc: Document, count: Count, limit: int) -> list[Named]:
    """The names a count spells out right after it, before `limit`, when there are as many as it counts; else [].
    A few people may follow their count with no word between ("2 xạ thủ A, B được ...")."""
    names = named_in_apposition(doc, count.end, limit, count.value)
    if not names and count.recipient == "ca_nhan" and 1 < count.value <= FEW_PEOPLE:
        names = listed_right_after_count(doc, count.end, limit, count.value)
    return names if len(names) == count.value else []


def _names_then_granted(doc: Document, count: Count, anchor: Anchor) -> bool:
    """Does the count spell out its names, maybe each with a word on them, before its passive verb ("2 đồng chí
    gồm A sinh hoạt tại chi bộ X, B sinh hoạt tại chi bộ Y được trao tặng ...")?"""
    names = _all_named(doc, count, anchor.start)
    if not names:
        return False
    rest = doc.lower[names[-1].end:anchor.start]
    return len(rest) <= FORWARD_GAP and bool(_rules().context["granted_at_end"].search(rest)) and not _DIGIT.search(rest)


_BRACKET = re.compile(r"\s*\)|(?:\s*\([^()]*\))?")  # the list's own closing bracket, or a last place


def _names_then_chained(doc: Document, count: Count, following: Count) -> bool:
    """Does the count spell out its names and then chain to the next count ("4 tập thể là A, B, C, D và 43 cá
    nhân nhận ...")? The list stands between the two counts of one subject."""
    names = _all_named(doc, count, following.start)
    if not names:
        return False
    after = _BRACKET.match(doc.lower, names[-1].end, following.start)  # "D (huyện Y) và 43 cá nhân"
    return bool(_rules().context["chain_separator"].match(doc.lower[after.end():following.start]))


def _bind(doc: Document, anchors: list[Anchor], counts: list[Count]) -> list[tuple[Anchor, Count]]:
    """Pair each count with the anchor it belongs to (see the module docstring)."""
    pairs = []
    for i, count in enumerate(counts):
        if count.recipient is None:
            pairs.append((next(a for a in anchors if a.start == count.end), count))
            continue
        before = [a for a in anchors if a.end <= count.start]
        restated = _restated_by_generic(doc, before)
        if restated and _object_of(doc, before[-1], count, counts[:i]):
            pairs.append((restated, count))  # "trao giấy khen, khen thưởng 2 tập thể": the giấy khen's
            continue
        if before and not before[-1].generic and _object_of(doc, before[-1], count, counts[:i]):
            pairs.append((before[-1], count))  # "Bằng khen cho 2 tập thể, 3 cá nhân và đề nghị ...": taken
            continue
        forward = _forward(doc, count, counts[i + 1:], anchors)
        if forward is not None:
            pairs.append((forward, count))
        elif before and _reaches_back(doc, before[-1], count, counts[:i]):
            pairs.append((before[-1], count))
    return pairs


def _unit_rewarded_for(doc: Document, anchor: Anchor, sentence: Sentence) -> Named | None:
    """The unit a generic reward names straight after it when the reason follows ("khen thưởng Công an huyện A vì
    đã ..."), or None: without a reason ("khen thưởng Công an tỉnh năm 2023") the words may name the event."""
    unit = unit_right_after(doc, anchor.end, sentence.end)
    if unit is None or not names_its_unit(unit):
        return None
    return unit if _rules().context["reason_after"].match(doc.lower, unit.end, sentence.end) else None


def _named_before_form(doc: Document, anchor: Anchor, clause: tuple[int, int]) -> list[Named]:
    """The recipients a granting verb names before the form it grants ("đã trao tặng cho cán bộ và nhân dân xã A
    Cờ thi đua ..."), all of one kind; [] for any other clause."""
    verb = _rules().context["grant_before_form"].search(doc.lower, max(clause[0], anchor.start - GRANT_BEFORE_REACH),
                                                        anchor.start)
    names = named_after(doc, verb.end(), anchor.start) if verb else []
    return names if names and len({n.kind for n in names}) == 1 else []


def _flag_pinned(doc: Document, anchor: Anchor, clause: tuple[int, int]) -> list[Named]:
    """[the unit] whose traditional flag the form is pinned on ("gắn Huân chương Sao Vàng lên Cờ truyền thống của
    Công an tỉnh A"), or []."""
    flag = _rules().context["pinned_on_flag"].match(doc.lower, anchor.end, clause[1])
    unit = unit_right_after(doc, flag.end(), clause[1]) if flag else None
    return [unit] if unit else []


def _restated_by_generic(doc: Document, before: list[Anchor]) -> Anchor | None:
    """The form that the last anchor before a count, a generic one written right after it, only restates ("trao
    giấy khen, khen thưởng 2 tập thể": the two units receive the giấy khen), or None."""
    if len(before) > 1 and before[-1].generic and not before[-2].generic \
            and _rules().context["chain_separator"].match(doc.lower[before[-2].end:before[-1].start]):
        return before[-2]
    return None


def _object_of(doc: Document, anchor: Anchor, count: Count, earlier: list[Count]) -> bool:
    """Is the count (or the list it ends) the object written right after the form ("... cho 2 tập thể, 3 cá nhân")?"""
    first = count
    for previous in reversed([c for c in earlier if c.start >= anchor.end]):
        if not _rules().context["chain_separator"].match(doc.lower[previous.end:first.start]):
            break
        first = previous
    return bool(_rules().context["written_object"].match(doc.lower[anchor.end:first.start]))




def _reaches_back(doc: Document, anchor: Anchor, count: Count, earlier: list[Count]) -> bool:
    """A generic "khen thưởng" governs only counts close after it (or chained to such a count); no form
    governs the count of a deed told after its recipient ("Bằng khen cho em A vì đã cứu 4 em nhỏ")."""
    chain = [c for c in earlier if c.start >= anchor.end]
    gap = doc.lower[anchor.end:(chain[0].start if chain else count.start)]
    deed = _rules().context["deed_verbs"].search(gap)
    if deed and (_GRANT_WORD.search(gap, 0, deed.start()) or _rules().context["reason_for_deed"].search(gap, 0, deed.start())):
        return False  # "cho em A vì đã cứu 4 em", "nhận Huy hiệu vì đã cứu 2 người": the count is the deed's
    if chain and _rules().context["deed_verbs"].search(doc.lower, chain[-1].end, count.start):
        return False  # "... đây là hai người hiến tạng cứu sống 8 người bệnh": after a count, the deed's
    if not anchor.generic:
        return True
    return len(gap) <= BACKWARD_GAP_CUE and not _rules().context["not_an_object"].search(gap)


def _recipient(doc: Document, anchor: Anchor, count: Count, clause_start: int) -> str:
    if count.recipient == TIMES:  # one recipient, N times: a unit unless the subject is a person or a place
        subject = _subject_before(doc, clause_start, count.start)
        return anchor.default_recipient or ("ca_nhan" if _is_person(subject) else "dia_phuong"
                                            if _rules().context["locality_subject"].search(subject) else "tap_the")
    if count.recipient:
        return count.recipient
    if anchor.default_recipient:
        return anchor.default_recipient
    m = _GRANTED_TO.match(doc.lower, anchor.end)
    if m:
        noun = _rules().recipients.match_at(doc.lower, m.end())
        if noun:
            return noun.label
    return "ca_nhan"


def _granted_to_phrase(doc: Document, anchor: Anchor, clause: tuple[int, int]) -> str | None:
    """The recipient phrase after "cho"/"tặng" that follows the form, up to what says why it was given."""
    m = _rules().context["grant_after_form"].match(doc.lower, anchor.end, clause[1])
    if not m:
        return None
    stop = _rules().context["recipient_phrase_end"].search(doc.lower, m.end(), clause[1])
    phrase = doc.text[m.end():stop.start() if stop else clause[1]].strip()
    return phrase or None


@lru_cache(maxsize=1)
def _active_verb_closing() -> re.Pattern:
    """An active granting verb that closes a window (white space after it at most): compiled once."""
    return re.compile(_rules().context["award_verbs_active"].pattern + r"\s*$")


def _single_recipient(doc: Document, anchor: Anchor, clause: tuple[int, int]) -> tuple[str, int, list[Named]] | None:
    """(recipient kind, 1, its name) when a verb gives `anchor` to one recipient.

    The recipient is the phrase after the form ("trao Bằng khen cho cán bộ và
    Nhân dân xã X") or the subject of a passive verb before it ("Trường THPT X
    được tặng ..."); None when it is plural, unnamed or not an award.
    """
    ctx = _rules().context
    lower, text = doc.lower, doc.text
    window_start = max(clause[0], anchor.start - 160)
    before = lower[window_start:anchor.start]
    after = lower[anchor.end:min(clause[1], anchor.end + 80)]
    plural = ctx["plural"].search(before) or ctx["plural"].search(after[:40])
    if ctx["not_award_context"].search(before[-40:]) or ctx["refused"].search(before[-40:]):
        return None  # "tiêu chuẩn tặng ...", "xin rút không nhận Cờ thi đua"
    anniversary = ctx["anniversary_receiving"].search(before)  # "Lễ kỷ niệm 80 năm thành lập Công ty X và đón nhận"
    unit = unit_right_after(doc, window_start + anniversary.start(1) - 1, window_start + anniversary.end(1)) \
        if anniversary else None
    if unit and names_its_unit(unit):  # not "thành lập Viện": a head alone
        return "tap_the", 1, [unit]
    one_of = ctx["one_of"].search(before)  # "Trường X vinh dự là một trong 7 đơn vị được nhận ...": X, one of them
    if one_of and ctx["award_verbs_passive"].search(before, one_of.end()):
        named = _subject_called_one_of(doc, clause, window_start + one_of.start())
        if named:
            return named.kind, 1, [named]
    passive = list(ctx["award_verbs_passive"].finditer(before))
    active = _active_verb_closing().search(before[-40:])
    phrase = _granted_to_phrase(doc, anchor, clause)
    if passive and not phrase:
        # the nearest noun phrase before the verb, else the wider window ("X, người vừa được ...")
        verb_at = window_start + passive[-1].start()
        if ctx["document_topic"].search(lower, window_start, verb_at):
            return None  # "Vụ X ban hành công văn ... về việc ... đối với cá nhân được đề nghị tặng": no recipient named
        near = _subject_before(doc, window_start, verb_at)
        owner = unit_whose_form(doc, anchor.end, clause[1]) if ctx["ceremony_receiving"].search(before) else None
        if owner and not any(ctx[giver].match(owner.text.lower()) for giver in ("state_issuer", "local_mass_issuer")):
            return "tap_the", 1, [owner]  # "lễ kỷ niệm ... và đón nhận danh hiệu Anh hùng Lao động của Ngân hàng X"
        span = (verb_at - len(near), verb_at) if _singular_subject(near) else (window_start, verb_at)
        subject = text[span[0]:span[1]]
        if not _singular_subject(subject):
            return None
        wide = _listed_across_semicolons(doc, clause)  # "A - Ủy viên ...; B - Giám đốc ... và C được tặng"
        listed = wide < clause[0] and not any(ctx[verbs].search(lower, wide, clause[0]) for verbs in
                                              ("award_verbs_active", "award_verbs_passive"))
        names = (names_listed_with_roles(doc, wide, verb_at) if listed else []) or names_of_subject(doc, clause[0], verb_at)
        if names and ctx["host_clause"].search(lower, names[-1].end, verb_at):
            after_form = unit_right_after(doc, anchor.end, clause[1])  # "UBND xã X tổ chức lễ đón nhận HCLĐ Trường Y"
            to = ctx["granted_to_later"].search(lower, anchor.end, clause[1]) if not after_form else None
            granted = named_after(doc, to.end(), clause[1]) if to else []  # "... do Chủ tịch nước trao tặng cho Trường Y"
            after_form = after_form or (granted[0] if len(granted) == 1 else None)
            names = [after_form] if after_form else names  # else the host receives ("Trường X tổ chức lễ đón nhận")
        if plural and len(names) < 2:
            return None  # "các tập thể được tặng": counted elsewhere, unless their names are the subject
    elif plural:
        return None
    elif active or phrase:
        giver = "" if phrase else _subject_before(doc, window_start, anchor.start - len(before[-40:]) + active.start())
        reach = ctx["own_predicate_end"].search(lower, anchor.end, clause[1])
        if giver and _is_person(giver) and not ctx["recipient_follows"].search(lower, anchor.end,
                                                                               reach.start() if reach else clause[1]):
            return None  # "Phó Chủ tịch nước Lò Văn A trao Huân chương ...": A gives it; who receives is unsaid
        subject = phrase or text[window_start:anchor.start]
        if not (_singular(subject) or ctx["locality_subject"].search(subject) or _one_unit(subject)):
            return None
        referred = unit_referred_back(doc, anchor.end, phrase) if phrase else None  # "... cho nhà trường"
        names = [referred] if referred else _person_after_roles(doc, anchor, phrase)
    else:
        return None
    person = all(n.kind == "ca_nhan" for n in names) if names else _is_person(subject)  # the names say best
    units = bool(names) and all(n.kind == "tap_the" for n in names)
    count = max(1, len(names))  # "Trường A và Trường B được tặng": two
    places = bool(names) and all(n.kind == "dia_phuong" and not ctx["not_a_place_name"].search(n.text) for n in names)
    if (ctx["locality_subject"].search(subject.strip()) or places) and not person and not units:
        return "dia_phuong", count, names  # "Ngày 21.1, xã A (huyện B) tổ chức lễ ... đón nhận ..."
    if anchor.default_recipient == "ca_nhan" and not person:
        return None  # an individual title given to a unit: the people are not named
    if anchor.default_recipient == "tap_the" and person and names:
        return "tap_the", 1, []  # "Chủ tịch UBND tỉnh Lò Văn A nhận Cờ thi đua": the unit's flag, received for it
    if anchor.default_recipient:
        return anchor.default_recipient, count, names
    return ("ca_nhan" if person else "tap_the"), count, names


_JUST_AND = re.compile(r"[\"”]?[\s,]*(?:và|cùng)?\s*")  # '“Đội A” và 6 cá nhân': a quoted name's closing quote too
_BRACKET_AFTER_NAME = re.compile(r"^\s*\([^()]*\)")  # what a bracket says of a name: its age, home, unit
_ROLE_AFTER_PERSON = re.compile(r"\s*(?:,|-|–)[^,;:.()\d]{2,80}?(?=\s+(?:và|cùng)\s)")  # "A, Trưởng Công an huyện X"
_WITH_OTHERS = re.compile(r"\s*cùng\s")  # "cho A cùng 3 tập thể": A besides the three


def _joint_before(doc: Document, last: Named, count_start: int) -> int:
    """Where the joint between the last name and the count that follows it starts: past a bracket about the name
    ("A (33 tuổi) và") and, for a person, past the role after a comma or dash ("Thượng tá A, Trưởng Công an huyện
    X cùng 3 tập thể")."""
    gap = doc.text[last.end:count_start]
    bracket = _BRACKET_AFTER_NAME.match(gap)
    at = last.end + (bracket.end() if bracket else 0)
    role = _ROLE_AFTER_PERSON.match(doc.text, at, count_start) if last.kind == "ca_nhan" else None
    return role.end() if role else at


def _joined_to_the_count(doc: Document, last: Named, count_start: int) -> bool:
    """Is the last name joined straight to the count after it ("A và 5 cá nhân", "A, Giám đốc X cùng 3 tập thể")?"""
    return _JUST_AND.fullmatch(doc.text, _joint_before(doc, last, count_start), count_start) is not None
_CAPITALISED_PAIR = re.compile(rf"(?:^|[\s,(])[{UPPER}][\w']*\s+[{UPPER}]")


_CALLED_PERSON = re.compile(expand_lexicons(rf"(?:^|[\s,(])(?i:{{lex:honorifics}}|{{lex:person_descriptors}})\s+[{UPPER}]"))
_ACRONYM_UNIT = re.compile(expand_lexicons(rf"(?:^|[\s,(])[{UPPER}]{{2,}}\s+(?:{{lex:district_levels}}|[{UPPER}])"))


_SUBJECT_BOUNDARY = re.compile(r"[,;:(“”\"]|\s[-–]\s")


def _subject_called_one_of(doc: Document, clause: tuple[int, int], subject_end: int) -> Named | None:
    """The one recipient a subject ending at `subject_end` names before "là một trong ...", or None."""
    names = names_of_subject(doc, clause[0], subject_end)  # "Bệnh viện Đa khoa Sơn Tây": a unit, no person
    if len(names) == 1:
        return names[0]
    subject_start = max(clause[0], doc.text.rfind(",", clause[0], subject_end) + 1)
    return trailing_person(doc.text[subject_start:subject_end], subject_start)  # "Chủ tịch Hội X Lò Văn A"


_BY_GIVER = re.compile(r"\sđược(?:\s+[^\s,;]+){1,6}\s*$")  # "được Tỉnh ủy" right before the form: passive, a giver named


def _one_of_the_counted(doc: Document, clause: tuple[int, int], anchor: Anchor, count: Count) -> Named | None:
    """The recipient a sentence singles out of a count it is "one of": "Công ty X vinh dự là một trong bảy doanh
    nghiệp được nhận Cờ thi đua ..." states the seven, X named among them (as a count naming some of its own)."""
    ctx = _rules().context
    if count.end > anchor.start or not (ctx["award_verbs_passive"].search(doc.lower, count.end, anchor.start)
                                        or _BY_GIVER.search(doc.lower, count.end, anchor.start)):
        return None  # "... được nhận Cờ", "... được Tỉnh ủy khen thưởng": the form granted to them
    before = doc.lower[max(clause[0], count.start - 40):count.start]
    one_of = ctx["one_of"].search(before)
    if one_of is None or one_of.end() != len(before):
        return None
    return _subject_called_one_of(doc, clause, count.start - len(before) + one_of.start())


def _sentence_holder(doc: Document, sentence: Sentence, before: int) -> Named | None:
    """The one unit or locality a passive grant before `before` is told of ("Xã A vinh dự 2 lần được phong tặng
    ...; 1 Huân chương ..., 4 Huân chương ..."): the holder of the forms the sentence then counts; else None."""
    verb = _rules().context["award_verbs_passive"].search(doc.lower, sentence.start, before)
    names = names_of_subject(doc, sentence.start, verb.start()) if verb else []
    return names[0] if len(names) == 1 and names[0].kind != "ca_nhan" else None


def _mixed_if_both_told(doc: Document, sentence: Sentence, recipient: str) -> str:
    """`mixed` for forms counted without a recipient of their own in a sentence that gives them to units and
    people together ("trao 23 Bằng khen, 21 Bằng khen ... cho các tập thể và cá nhân"), else `recipient`."""
    if recipient == "ca_nhan" and _rules().context["mixed_recipients"].search(doc.lower, sentence.start, sentence.end):
        return "mixed"
    return recipient


def _listed_across_semicolons(doc: Document, clause: tuple[int, int]) -> int:
    """Where a passive's subject may start: back over the clauses before it that hold no form, since a subject
    listing people with their roles runs over semicolons ("A - Ủy viên ...; B - Giám đốc ... và C được tặng")."""
    sentence = doc.sentence_at(clause[0])
    start = clause[0]
    for before in reversed([c for c in _clauses(doc, sentence) if c[1] <= clause[0]] if sentence else []):
        if _anchors(doc, *before):
            break
        start = before[0]
    return start


def _subject_before(doc: Document, start: int, end: int) -> str:
    """The noun phrase a verb's subject is: the text after the last clause boundary before `end`."""
    text = doc.text[start:end]
    cuts = list(_SUBJECT_BOUNDARY.finditer(text))
    return text[cuts[-1].end():] if cuts else text


def _one_unit(phrase: str) -> bool:
    """A phrase opening with a unit or locality noun and no number: "tổ công tác", "đơn vị bạn"."""
    noun = _rules().recipients.match_at(fold_case(phrase), 0)
    return noun is not None and noun.label in ("tap_the", "dia_phuong")


def _person_after_roles(doc: Document, anchor: Anchor, phrase: str | None) -> list[Named]:
    """[the person] a recipient phrase of roles ends with ("cho nguyên Ủy viên Trung ương Đảng, nguyên Bí thư Tỉnh
    ủy Lò Văn A"), placed in the text; [] for any other phrase."""
    person = role_then_person(phrase) if phrase else None
    if person is None:
        return []
    start = doc.text.find(phrase, anchor.end) + person.start
    return [Named(person.text, start, start + len(person.text), person.kind)]


def _is_person(subject: str) -> bool:
    """A person, not a unit: an honorific, or a personal name outside a unit's name."""
    ctx = _rules().context
    if ctx["person_cue"].search(fold_case(subject)) or role_then_person(subject.strip()):
        return True  # "ông A", "nguyên Bí thư Tỉnh ủy Lò Văn A"
    if ctx["org_subject"].search(fold_case(subject)):
        return False
    return has_person_name(subject)


def _singular(subject: str) -> bool:
    """A named unit or person: "Công an tỉnh", "Trường THCS Võ Thị Sáu", "Báo Bắc Kạn"."""
    return bool(_rules().context["singular_subject"].search(fold_case(subject)) or _CAPITALISED_PAIR.search(subject)
                or _ACRONYM_UNIT.search(subject))


def _singular_subject(subject: str) -> bool:
    """A passive verb's subject that names one recipient: a named unit or person, or a person called by one name
    after an honorific or what the person is ("Hôm qua, anh Tuấn được tặng", "lực sĩ K’Then được nhận")."""
    return _singular(subject) or _CALLED_PERSON.search(subject) is not None


def _table_awards(doc: Document, span: tuple[int, int], event_kind, default_period) -> list[dict]:
    """One entry per number in a recipient column of a flattened award table."""
    recipients = _rules().recipients

    def recipient_of(cell):
        noun = recipients.match_at(doc.lower, cell.start, cell.end)
        return noun.label if noun and noun.end == cell.end else None

    out = []
    line = next(i for i, line in enumerate(doc.lines) if line.start == span[0])
    sentence = Sentence(span[0], span[1], line)  # the whole table is the statement's context
    before = doc.sentence_at(max(0, span[0] - 2))  # the sentence that introduces the table
    for row, header in tables.rows(doc, *span, recipient_of):
        anchor = next((a for c in row for a in _anchors(doc, c.start, c.end) if not a.generic), None)
        if anchor is None:
            continue
        for cell, recipient in zip(row, header):
            value = tables.number_in(doc, cell) if recipient else None
            if value:
                entry = _entry(doc, sentence, span, anchor, value, recipient, row[0].start, row[-1].end,
                               event_kind, default_period, confidence=0.8)
                if before is not None:
                    entry["status"] = _status(doc, before.start, replace(anchor, end=before.end), event_kind)
                out.append(entry)
    return out


def extract_awards(doc: Document, *, event_kind: str | None = None,
                   default_period: str | None = None) -> list[dict]:
    """All award entries of the article, in text order, with provenance."""
    body, repeats = [], []
    table_spans = tables.table_spans(doc)
    for span in table_spans:
        body.extend(_table_awards(doc, span, event_kind, default_period))
    read: set[str] = set()
    for sentence in doc.body_sentences():
        if table_spans and any(s <= sentence.start < e for s, e in table_spans):
            continue  # read as a table above
        said = doc.lower[sentence.start:sentence.end].strip()
        if said in read:
            continue  # the same sentence printed again (a page repeating its lead)
        line = doc.lines[sentence.line]
        restating = line.kind == "caption" or (line.kind == "title" and not _reads_as_lead(doc, line))
        if not restating:
            read.add(said)  # a headline printed again as a sub-heading is read there too: its names may follow it
        target = repeats if restating else body
        granting = None  # the clause whose form the next clauses' bare counts take
        for clause in _clauses(doc, sentence):
            found = _clause_awards(doc, sentence, clause, event_kind, default_period, singles=target is body)
            carried = [] if found or granting is None else \
                _carried_awards(doc, sentence, clause, granting, event_kind, default_period)
            target.extend(found or carried)
            granting = clause if found else granting if carried else None
        if target is body:
            body.extend(_continued_statement(doc, sentence, event_kind, default_period)
                        or _listed_after_vague_grant(doc, sentence, event_kind, default_period)
                        or _named_breakdown(doc, sentence, event_kind, default_period))
    body = _without_restating_subheadings(doc, _without_restating_lead(doc, body))
    seen = {_key(a) for a in body}
    restated = _restated_counts([a["count"] for a in body])
    extra = [a for a in repeats if a.get("_names_only") or _key(a) not in seen and a["count"] not in restated]
    # a headline "8 tập thể được công nhận ..." named by the lead ("Đó là các trường: A, B, ..."): its names go to
    # the body's statement of the same count
    extra += [dict(a, _names_only=True) for a in repeats if a["named"] and _key(a) in seen and a not in extra]
    awards = [_without_half_hidden_names(_brackets_closed(_given_names_in_full(doc, a)))
              for a in sorted(body + extra, key=lambda a: a["span"][0])]
    awards = _without_restated_singles(_with_the_articles_giver(doc, _localities_as_such(awards)))
    awards = _without_repeated_statements(_without_unranked_restatements(_with_the_articles_badge(awards)))
    return _without_guessed_singles_of_a_told_form(awards)


def _without_guessed_singles_of_a_told_form(awards: list[dict]) -> list[dict]:
    """Drop a form told with neither a count nor a recipient's name ("đã trao Bằng khen ..., động viên gia
    đình", "lễ trao tặng Huân chương X", "cho các cán bộ này") when the article states that form, or a rank
    of it, elsewhere with a count or a name: the guessed single recipient restates that statement, or stands
    for a plural the text never counts (GUIDE: a restatement is no entry; vague amounts are none)."""
    guessed = [a.pop("_unwritten", False) and not a["named"] and a["count"] == 1 for a in awards]
    told = {a["code"] for a, g in zip(awards, guessed) if not g}
    told |= {code.rsplit("_hang_", 1)[0] for code in told if "_hang_" in code}
    return [a for a, g in zip(awards, guessed) if not (g and a["code"] in told)]


def _localities_as_such(awards: list[dict]) -> list[dict]:
    """Recipients named only as a locality's people ("Đảng bộ, chính quyền và nhân dân huyện A", "Nhân dân và
    cán bộ xã B") are the locality as such (`dia_phuong`), though the Đảng bộ that opens the name is a unit; not when the text counts them as units."""
    locality, written = _rules().context["locality_people"], _rules().context["units_counted"]
    for award in awards:
        if award["recipient"] == "tap_the" and award["named"] and award["count"] == len(award["named"]) \
                and all(locality.search(name) for name in award["named"]) \
                and not written.search(award["text"].lower()):  # "02 tập thể ... là Nhân dân và cán bộ xã A, ..."
            award["recipient"] = "dia_phuong"
    return awards


def _given_names_in_full(doc: Document, award: dict) -> dict:
    """The award with each recipient called by the given name alone ("cho anh Thanh") under the full name the
    text gave before ("Trương Văn Thanh"), its span there; unchanged when there is no such name."""
    named, spans = list(award["named"]), [list(s) for s in award["named_spans"]]
    for i, (raw_start, raw_end) in enumerate(spans):
        if " " in named[i]:
            continue  # a full name, or a unit's
        start, end = doc.norm.text_offset(raw_start), doc.norm.text_offset(raw_end)
        full = full_name_before(doc, Named(doc.text[start:end], start, end, "ca_nhan"))
        if full is not None:
            named[i], spans[i] = as_written(doc, full), list(doc.norm.raw_span(full.start, full.end))
    return dict(award, named=named, named_spans=spans) if named != award["named"] else award


def _brackets_closed(award: dict) -> dict:
    """The award with each name that opens a bracket it does not close ("Làng A (xã B" where the list's end
    cut the bracket) cut before that bracket: what is inside was read only in part, the name before it is whole."""
    named, spans = list(award["named"]), [list(s) for s in award["named_spans"]]
    for i, name in enumerate(named):
        if name.count("(") > name.count(")"):
            cut = name[:name.rindex("(")].rstrip(" ,;-–")
            if cut:
                named[i], spans[i] = cut, [spans[i][0], spans[i][0] + len(cut)]
    return dict(award, named=named, named_spans=spans) if named != award["named"] else award


_HALF_HIDDEN = re.compile(rf"[{UPPER}][^\s.]+(?:\s+[{UPPER}][^\s.]+)*\s+(?![IVX]\b)[A-ZĐ](?:\.[A-ZĐ])*\.?")  # an initial carries no tone ("Lò Văn Ả" is a name)


def _without_half_hidden_names(award: dict) -> dict:
    """The award without the people the page half hides ("Nguyễn Thị H.", "Lò T.T"): the press writes so the
    victim or the suspect of a case, not whom it rewards (a recipient is named in full, or by initials alone)."""
    kept = [(n, s) for n, s in zip(award["named"], award["named_spans"])
            if not (_HALF_HIDDEN.fullmatch(n) and n.split()[0] in lexicon("surnames"))]
    if len(kept) == len(award["named"]):
        return award
    return dict(award, named=[n for n, _ in kept], named_spans=[s for _, s in kept])


def _without_unranked_restatements(awards: list[dict]) -> list[dict]:
    """A single award named without its rank where another statement gives the rank to the same recipient
    ("đón nhận Huân chương Bảo vệ Tổ quốc" over "... Huân chương Bảo vệ Tổ quốc hạng Nhì"): one award."""
    ranked = {(a["code"].rsplit("_hang_", 1)[0], a["recipient"]) for a in awards if "_hang_" in a["code"]}
    return [a for a in awards if not (a["count"] == 1 and "_hang_" not in a["code"]
                                      and (a["code"], a["recipient"]) in ranked)]


def _one_item_more(doc: Document, count: Count, names: list[Named]) -> bool:
    """A long list whose items stand between semicolons, one name each, one more than its count: the writer
    miscounted ("10 đơn vị ... gồm: A; B; ...; K", eleven units), the names are still theirs."""
    if count.value < ONE_MORE_FROM or len(names) != count.value + 1:
        return False
    gaps = [doc.text[a.end:b.start] for a, b in zip(names, names[1:])]
    return all(gap.strip() == ";" for gap in gaps)


ONE_MORE_FROM = 5  # the least count whose list may hold one item more than it says


_PEOPLE_PER_RECIPIENT = {"ho_gia_dinh": 2}  # a household named by its head couple: "3 gia đình: ông A - bà B, ..."
_GENDER = re.compile(r"(?:nữ|nam)\s+(?!sinh\b)(?=\S)")  # not "nam sinh", "nữ sinh": schoolboys, schoolgirls
_BARE_BADGE, _PARTY_BADGE = "huy_hieu_legacy", "huy_hieu_dang"
_OTHER_AWARD = "other_org_award"


def _with_the_articles_badge(awards: list[dict]) -> list[dict]:
    """A bare "huy hiệu" in an article about Party badges is a Party badge ("14 đảng viên được trao tặng huy
    hiệu. Trong đó 2 đồng chí ... huy hiệu 65 năm tuổi Đảng")."""
    if not any(a["code"] == _PARTY_BADGE for a in awards):
        return awards
    info = taxonomy().get(_PARTY_BADGE, {})
    return [dict(a, code=_PARTY_BADGE, kind=info.get("kind"), level=info.get("level")) if a["code"] == _BARE_BADGE else a
            for a in awards]


def _without_repeated_statements(awards: list[dict]) -> list[dict]:
    """One entry for a statement a later sentence makes again word for word in its facts: the same form, kind,
    count, status and names ("... công bố quyết định tặng Huân chương cho 4 cá nhân. ... trao Huân chương
    cho 4 cá nhân"). A single unnamed recipient is left alone: two of them may be two awards."""
    told: dict[tuple, tuple] = {}
    named = {(a["code"], a["recipient"], a["count"], a["status"]) for a in awards if a["named"]}
    out = []
    for award in awards:
        key = (award["code"], award["recipient"], award["count"], award["status"], tuple(award["named"]))
        if key in told and told[key] != tuple(award["sentence_span"]) and (award["count"] > 1 or award["named"]):
            continue
        if _names_listed_before(award, out):
            continue  # "10 nghệ nhân ..., đó là: A, B, ..., J" then "B, ..., J được phong tặng ...": the same list
        if not award["named"] and award["count"] > 1 and key[:4] in named:
            continue  # "... có 4 cá nhân được phong tặng ..." told again where the four are named
        told.setdefault(key, tuple(award["sentence_span"]))
        out.append(award)
    return out


def _names_listed_before(award: dict, before: list[dict]) -> bool:
    """Are the several names of `award`, as many as it counts, all among those of an earlier entry of the same
    form and status that names all it counts? Then it tells part of that list again ("10 nghệ nhân, đó là: A,
    ..., J" and "B, ..., J được phong tặng ..."); a breakdown of a count named in part is not ("15 mẹ" and "6
    mẹ ... gồm: A, ..., F")."""
    names = {fold_case(n) for n in award["named"]}
    return 1 < len(names) == award["count"] and any(
        a["code"] == award["code"] and a["status"] == award["status"] and len(a["named"]) == a["count"]
        and names <= {fold_case(n) for n in a["named"]} for a in before)


def _with_the_articles_giver(doc: Document, awards: list[dict]) -> list[dict]:
    """A Bằng khen or Cờ whose giver the text leaves unsaid, in an article that names the Prime Minister as
    the only giver of that form ("... được Thủ tướng tặng Bằng khen. ... 7 cá nhân được tặng Bằng khen gồm:
    ..."), or under a headline where he commends, is the Prime Minister's too, unless it stands beside
    his in one sentence."""
    unsaid = [a for a in awards if a["code"] in _PRIME_MINISTERS and not _giver_said(doc, a)]
    headline = _prime_minister_commends(doc)
    for own, prime in _PRIME_MINISTERS.items():
        said = [a for a in awards if a["code"] in (own, prime) and not any(a is u for u in unsaid)]
        if {a["code"] for a in said} == {prime} or (headline and not said):
            for award in unsaid:  # one beside the Prime Minister's is set apart: "... của Thủ tướng cho A; Bằng khen cho B"
                if award["code"] == own and all(a["sentence_span"] != award["sentence_span"] for a in said):
                    award["code"] = prime
                    award.update(kind=taxonomy()[prime].get("kind"), level=taxonomy()[prime].get("level"))
    return awards


def _prime_minister_commends(doc: Document) -> bool:
    """Does the headline say the Prime Minister commends ("Thủ tướng Chính phủ khen thưởng các tập thể ...")?"""
    ctx = _rules().context
    for sentence in doc.title_sentences:
        givers = list(ctx["issuer_context"].finditer(doc.lower, sentence.start, sentence.end))
        if givers and _is_prime_minister(givers[0]) \
                and ctx["khen_thuong_cue"].search(doc.lower, givers[0].end(1), sentence.end):
            return True
    return False


def _giver_said(doc: Document, award: dict) -> bool:
    """Does the award's own sentence name who gives it ("của UBND tỉnh", "Chủ tịch UBND tỉnh tặng ...")?"""
    sentence = doc.sentence_at(award["span"][0])
    start = sentence.start if sentence else 0
    return bool(award["issuer"] or _rules().context["issuer_context"].search(doc.lower, start, award["span"][0]))


def _listed_after_vague_grant(doc: Document, sentence: Sentence, event_kind, default_period) -> list[dict]:
    """The entries of a form a sentence before granted "cho các tập thể, cá nhân", listed here with no count
    ("Các tập thể được trao danh hiệu gồm A; B; C"): one entry per kind, counted by its names."""
    names = named_in_listing_sentence(doc, sentence.start, sentence.end)
    own = _anchors(doc, sentence.start, sentence.end)
    if not names or any(not a.generic for a in own):
        return []
    anchor = _vague_grant_before(doc, sentence, names)
    if anchor is None and own and not _counted_before(doc, sentence):
        anchor = own[0]  # "Các tập thể được khen thưởng gồm: A; B" after an uncounted "thưởng cho các tập thể": khen_thuong
    if anchor is None:
        return []
    clause = (sentence.start, sentence.end)
    kinds = dict.fromkeys(n.kind for n in names)
    return [_entry(doc, sentence, clause, anchor, len(group), kind, names[0].start, group[-1].end, event_kind,
                   default_period, confidence=0.7, named=group)
            for kind in kinds for group in [[n for n in names if n.kind == kind]]]


def _counted_before(doc: Document, sentence: Sentence) -> bool:
    """Do the sentences just before `sentence` count recipients of a form (whose names it would list)?"""
    index = doc.sentences.index(sentence)
    for before in doc.sentences[max(0, index - VAGUE_GRANT_REACH):index]:
        anchors = _anchors(doc, before.start, before.end)
        if anchors and _counts(doc, before.start, before.end, anchors):
            return True
    return False


def _vague_grant_before(doc: Document, sentence: Sentence, listed: list[Named] = ()) -> Anchor | None:
    """The one form the nearest sentence with a form before `sentence` (a caption between allowed) grants
    to "các tập thể, cá nhân" without a count. A sentence between that shows one of the `listed` receiving
    ("Ông A (thứ 2 trái qua) đón nhận Kỷ niệm chương", a photo's caption without its credit) is passed over."""
    index = doc.sentences.index(sentence)
    for before in reversed(doc.sentences[max(0, index - VAGUE_GRANT_REACH):index]):
        anchors = [a for a in _anchors(doc, before.start, before.end) if not a.generic]
        if not anchors:
            continue
        vague = len(anchors) == 1 and _rules().context["vague_grant"].search(doc.lower[anchors[0].end:before.end])
        if vague and not _counts(doc, before.start, before.end, anchors):
            return anchors[0]
        if not any(n.text in doc.text[before.start:before.end] for n in listed):
            return None
    return None


VAGUE_GRANT_REACH = 3  # sentences back from a list to the sentence granting its form


def _carried_awards(doc: Document, sentence: Sentence, clause, before, event_kind, default_period) -> list[dict]:
    """Counts a clause opens with and no form, after a clause that granted one: the same form
    ("Thủ tướng tặng Bằng khen cho 14 cá nhân thuộc Bộ A; 1 cá nhân thuộc B; 79 tập thể và 86 cá nhân thuộc C")."""
    if not _CLAUSE_OPENS_WITH_COUNT.match(doc.text, clause[0], clause[1]) or _anchors(doc, *clause):
        return []
    anchors = _anchors(doc, *before)
    counted = [c.start for c in _counts(doc, *before, [a for a in anchors if not a.generic]) if c.recipient]
    forms = [a for a in anchors if not a.generic or _counts_straight_after(doc, a, counted)]
    if not forms or not counted or forms[-1].start > min(counted):
        return []  # "...; 142 cá nhân Lao động tiên tiến; 141 cá nhân có sáng kiến": a title after its count grants none
    form = forms[-1]
    counts = [c for c in _counts(doc, *clause, []) if c.recipient and c.recipient != TIMES]
    return [_entry(doc, sentence, clause, form, c.value, c.recipient, c.start, c.end, event_kind, default_period,
                   confidence=0.7, named=_all_named(doc, c, clause[1])) for c in counts]  # "; 03 nghệ nhân xã A: B, C, D"


def _counts_straight_after(doc: Document, cue: Anchor, counted: list[int]) -> bool:
    """Does a generic "khen thưởng" grant the first count of its clause, written straight after it ("khen thưởng
    3 tập thể gồm ...")? Then the bare counts of the next clauses are its too ("...; 12 cá nhân là ...")."""
    after = [start for start in counted if start >= cue.end]
    return bool(after) and after[0] == min(counted) and _GENERIC_GRANTS_COUNT.fullmatch(doc.lower, cue.end, after[0]) is not None


_GENERIC_GRANTS_COUNT = re.compile(r"\s*(?:cho\s+|đối với\s+)?")
_OPENING_QUOTE = re.compile(r"\s*[\"']")
_CLAUSE_OPENS_WITH_COUNT = re.compile(r"\s*(?:và\s+)?\d")


def _continued_statement(doc: Document, sentence: Sentence, event_kind, default_period) -> list[dict]:
    """The entry of a form the sentence before granted "cho các tập thể", counted and named here.

    "... tặng Bằng khen cho các tập thể có thành tích ... Theo đó, có 39 tập thể
    ... gồm: A; B; ...": the count and its names belong to that form.
    """
    ctx = _rules().context
    opening = ctx["continued"].match(doc.lower, sentence.start, sentence.end)
    index = doc.sentences.index(sentence) if opening else 0
    if not opening or index == 0 or _anchors(doc, sentence.start, sentence.end):
        return []
    before = doc.sentences[index - 1]
    anchors = [a for a in _anchors(doc, before.start, before.end) if not a.generic]
    if len(anchors) != 1 or not ctx["vague_grant"].search(doc.lower[anchors[0].end:before.end]):
        return []
    counts = _counts(doc, opening.end(), sentence.end, [])
    if len(counts) != 1 or counts[0].start != opening.end() or not counts[0].recipient:
        return []
    anchor, count = anchors[0], counts[0]
    clause = (sentence.start, sentence.end)
    entry = _entry(doc, sentence, clause, anchor, count.value, _recipient(doc, anchor, count, sentence.start),
                   count.start, count.end, event_kind, default_period, confidence=0.7)
    names = named_in_apposition(doc, count.end, sentence.end)
    if 0 < len(names) <= count.value:
        entry["named"] = [as_written(doc, n) for n in names]
        entry["named_spans"] = [list(doc.norm.raw_span(n.start, n.end)) for n in names]
    return [entry]


def _named_breakdown(doc: Document, sentence: Sentence, event_kind, default_period) -> list[dict]:
    """The parts of the total the sentence before counted, each counted and named here with no form ("... có 17
    Nghệ nhân ưu tú. Trong đó, dân ca Quan họ có 10 nghệ nhân ở huyện X, gồm: A, B, ..."): the same form, one
    entry per part whose names are all written."""
    if not _rules().context["breakdown_opening"].match(doc.lower, sentence.start, sentence.end):
        return []
    index = doc.sentences.index(sentence)
    if index == 0 or _anchors(doc, sentence.start, sentence.end):
        return []
    before = doc.sentences[index - 1]
    forms = [a for a in _anchors(doc, before.start, before.end) if not a.generic]
    if len({a.code for a in forms}) != 1 or not _counts(doc, before.start, before.end, forms):
        return []
    clause = (sentence.start, sentence.end)
    entries = []
    for count in _counts(doc, sentence.start, sentence.end, []):
        names = _all_named(doc, count, sentence.end) if count.recipient else []
        if names:
            entries.append(_entry(doc, sentence, clause, forms[0], count.value, count.recipient, count.start,
                                  names[-1].end, event_kind, default_period, confidence=0.6, named=names))
    return entries


def _of_the_kind_counted(count: Count, names: list[Named]) -> list[Named]:
    """`names`, or [] when they are all of the other kind than counted ("6 cá nhân là thành viên của Đội": the
    unit they belong to), so that the people may be looked for further on ("6 cá nhân của Đội gồm: A, B, ...")."""
    return [] if names and _of_the_other_kind(count.recipient, names) else names


def _of_the_other_kind(counted: str | None, names: list[Named]) -> bool:
    """People counted and only units named, or units counted and only people named: the names are another count's."""
    if counted == "ca_nhan":
        return all(n.kind != "ca_nhan" for n in names)
    return counted == "tap_the" and all(n.kind == "ca_nhan" for n in names)


def _of_its_kind(count: Count, names: list[Named]) -> list[Named]:
    """The names of the counted kind, when a list below names both kinds and exactly as many of this one
    ("... cho 3 tập thể, 2 cá nhân gồm:" then "3 tập thể: A; B; C" and "2 cá nhân: D; E"); else `names`."""
    if count.recipient not in ("ca_nhan", "tap_the") or len(names) <= count.value:
        return names
    mine = [n for n in names if (n.kind == "ca_nhan") == (count.recipient == "ca_nhan")]
    return mine if len(mine) == count.value else names


def _told_with_a_form(awards: list[dict], generic: dict) -> bool:
    """Does a statement of a named form grant what a generic "khen thưởng" names: the same people, as many?"""
    return any(a is not generic and a["code"] != "khen_thuong" and a["recipient"] == generic["recipient"]
               and a["count"] == generic["count"] and a["named"] == generic["named"] for a in awards)


def _unnamed_form_told_before(awards: list[dict], generic: dict) -> dict | None:
    """The one earlier statement of a named form, unnamed, that a generic "khen thưởng" naming as many
    recipients of its kind tells again ("3 doanh nghiệp được tặng Bằng khen", then "đã khen thưởng 3 doanh
    nghiệp gồm: A, B, C"); None when there is not exactly one."""
    told = [a for a in awards if a is not generic and a["code"] != "khen_thuong" and not a["named"]
            and a["span"][0] < generic["span"][0] and a["recipient"] == generic["recipient"]
            and a["count"] == generic["count"] and a["status"] == generic["status"]]
    return told[0] if len(told) == 1 else None


def _without_restated_singles(awards: list[dict]) -> list[dict]:
    """One entry per single recipient's form: a lead and a body often tell the same award twice.

    The kept entry takes the names of a restatement that names the recipient,
    and so does an unnamed body statement those of a headline or caption.
    """
    kept: dict[tuple, dict] = {}       # the first single statement of each (form, status, kind)
    first_of_form: dict[tuple, dict] = {}  # and of each (form, status), whatever its kind
    unnamed: dict[tuple, dict] = {}
    out, lenders = [], []
    stated = {a["code"] for a in awards if not a.get("_restating") and not a.get("_names_only")}
    for award in awards:
        if award.pop("_names_only", False):
            lenders.append(award)
            continue
        single = award.pop("_single", False)
        listed = award.pop("_listed", False)
        restating = award.pop("_restating", False)
        singled_out = award.pop("_singled_out", False)
        award.pop("_line", None)
        generic = award.pop("_generic", False) and award["named"]
        if generic and _told_with_a_form(awards, award):
            continue  # "Ba nông dân được khen thưởng gồm: A, B, C" after "tặng giấy khen cho 3 nông dân": the same
        told = _unnamed_form_told_before(awards, award) if generic else None
        if told is not None:  # "3 doanh nghiệp được tặng Bằng khen. ... đã khen thưởng 3 doanh nghiệp gồm: A, B, C"
            told["named"], told["named_spans"] = award["named"], award["named_spans"]
            continue
        same = (award["code"], award["recipient"], award["count"], award["status"])
        if listed and same in unnamed:  # "cho 2 em học sinh. ... gồm: A và B": the names of that statement
            first = unnamed.pop(same)
            first["named"], first["named_spans"] = award["named"], award["named_spans"]
            continue
        if restating and (award["code"] in stated or singled_out):
            continue  # "Tập thể được tặng Bằng khen là A": names a statement not found, makes none
        if not award["named"]:
            unnamed.setdefault(same, award)
        key = (award["code"], award["status"], award["recipient"])  # a unit's award and a person's are two
        first = kept.get(key)
        guessed = first_of_form.get(key[:2])  # its kind guessed when it names nobody
        if single and first is None and guessed is not None and not guessed["named"] and award["named"] \
                and guessed["count"] == award["count"]:
            guessed.update(named=award["named"], named_spans=award["named_spans"], recipient=award["recipient"])
            continue  # "Lò Văn A được tặng Bằng khen" told again: the names say who, and so what kind
        if (single and first is not None and first["named"] and award["named"] and first["named"] != award["named"]
                and (first["sentence_span"] == award["sentence_span"] or not _same_names(first, award))):
            out.append(award)  # "... cho A; đồng thời trao Bằng khen cho B": two recipients, two statements
            continue
        if single and first is not None:
            if not first["named"] and award["named"] and first["count"] == award["count"] \
                    or _its_people_named(first, award):
                first["named"], first["named_spans"] = award["named"], award["named_spans"]
            continue
        if single:
            kept[key] = award
            first_of_form.setdefault(key[:2], award)
        out.append(award)
    told = {(a["code"], a["status"], a["recipient"]) for a in out}
    for lender in lenders:  # a headline's or caption's names go to the unnamed body statement they restate
        for private in ("_single", "_listed", "_restating", "_singled_out", "_line", "_generic"):
            lender.pop(private, None)
        same = (lender["code"], lender["recipient"], lender["count"], lender["status"])
        if lender["named"] and same in unnamed and not unnamed[same]["named"]:
            unnamed[same]["named"], unnamed[same]["named_spans"] = lender["named"], lender["named_spans"]
        elif lender["named"] and lender["recipient"] == "ca_nhan" and all(map(looks_like_person, lender["named"])) \
                and (lender["code"], lender["status"], lender["recipient"]) not in told:
            out.append(lender)  # a caption naming a person the body does not: "... cho tập thể Công ty và ông A"
        elif _only_statement(lender, out):
            out.append(lender)  # "Hội X đón nhận Huân chương Y" over a body that never states the order
    return sorted(out, key=lambda a: a["span"][0])


def _its_people_named(first: dict, again: dict) -> bool:
    """Does a later statement of a locality's award name it by its people where the first named the place alone
    ("huyện A đón nhận Huân chương X", then "trao Huân chương X cho Đảng bộ, chính quyền và nhân dân huyện A")?
    The grant's own words name the recipient (GUIDE: the recipients the statement names)."""
    locality = _rules().context["locality_people"]
    return first["recipient"] == again["recipient"] == "dia_phuong" and len(first["named"]) == len(again["named"]) == 1 \
        and not locality.search(first["named"][0]) and locality.search(again["named"][0]) is not None \
        and _same_names(first, again)


def _only_statement(lender: dict, stated: list[dict]) -> bool:
    """Does a headline or caption state a state form the body never states, for recipients no loosely told
    award of the body names? Then it is the article's only statement of that award (GUIDE: only a restatement
    is no entry). A generic reward or an organisation's own prize is often a form told loosely ("Bằng khen" in
    a headline, "Bằng khen của Hội X" in the body): neither counts as a statement of its own."""
    loose = (_OTHER_AWARD, "khen_thuong")
    if not lender["named"] or lender["code"] in loose:
        return False
    named_elsewhere = {fold_case(n) for a in stated if a["code"] in loose for n in a["named"]}
    return all(a["code"] != lender["code"] for a in stated) and \
        not any(fold_case(n) in named_elsewhere for n in lender["named"])


_NOT_A_WORD = re.compile(r"[^\w]+")
_NOT_COMPARED = re.compile(expand_lexicons(r"(?i:\b(?:{lex:place_levels}|và)\b)"))


def _same_names(one: dict, other: dict) -> bool:
    """May two single statements name the same recipient? Yes when every word of one name is in the other
    ("Trường Lê Lợi", "Trường THCS Lê Lợi"), place levels aside, or when one abbreviates the other ("Sở GD&ĐT
    Đắk Lắk", "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk"); not "Trường THPT Trần Phú" and "Trường THPT Trung Phú"."""
    compared = [_NOT_COMPARED.sub(" ", " ".join(a["named"])) for a in (one, other)]  # place levels, "và" aside
    words = [set(_NOT_A_WORD.split(fold_case(name))) - {""} for name in compared]
    if words[0] <= words[1] or words[1] <= words[0]:
        return True  # "tỉnh Quảng Nam", "Đảng bộ, chính quyền và nhân dân Quảng Nam"
    tokens = [[w for w in _NOT_A_WORD.split(name) if w] for name in compared]
    return _abbreviates(*tokens)


def _abbreviates(one: list[str], other: list[str]) -> bool:
    """Are two names the same words, where an abbreviation in either stands for a run of words in the other
    whose first letters it spells ("GD" for "Giáo dục")?"""
    if not one or not other:
        return not one and not other
    if one[0].casefold() == other[0].casefold():
        return _abbreviates(one[1:], other[1:])
    for short, long in ((one, other), (other, one)):
        if short[0].isupper() and len(short[0]) > 1:
            letters = short[0].casefold()
            run = len(letters)
            if "".join(w[:1] for w in long[:run]).casefold() == letters and _abbreviates(short[1:], long[run:]):
                return True
    return False


HEADLINE_MAX_CHARS = 160  # a longer first line is the lead of an excerpt without its headline


def _reads_as_lead(doc: Document, line) -> bool:
    """A first line that is a paragraph (long, or closed by a full stop) states, it does not restate."""
    text = doc.text[line.start:line.end].rstrip()
    return len(text) > HEADLINE_MAX_CHARS or text.endswith(".")


def _without_restating_lead(doc: Document, body: list[dict]) -> list[dict]:
    """Drop the lead's statements that the body states again (GUIDE: a lead restating the body is no entry).

    The lead is the first paragraph of the body; a statement there restates
    when a later paragraph gives the same form with the same count, or counts
    of that form adding up to it.
    """
    lead_line = next((i for i, line in enumerate(doc.lines) if line.kind == "body"), None)
    lead = [a for a in body if a["_line"] == lead_line]
    later = [a for a in body if a["_line"] != lead_line and not a.get("_restating")]
    dropped = []
    for award in lead:
        counts = [a["count"] for a in later if a["code"] == award["code"] and _kinds_agree(a, award)]
        if award["count"] in counts or (len(counts) > 1 and award["count"] == sum(counts)):
            dropped.append(id(award))
            same = next((a for a in later if a["code"] == award["code"] and a["count"] == award["count"]), None)
            if same is not None and award["named"] and not same["named"]:  # the names go to the statement kept
                same["named"], same["named_spans"] = award["named"], award["named_spans"]
    return [a for a in body if id(a) not in dropped]


def _reads_as_subheading(doc: Document, index: int) -> bool:
    """A short line inside the body that no full stop closes and that is no list item: a caption or sub-heading
    printed between paragraphs ("43 cá nhân được nhận Bằng khen của Thủ tướng Chính phủ")."""
    line = doc.lines[index]
    text = doc.text[line.start:line.end].rstrip()
    later = any(other.kind == "body" for other in doc.lines[index + 1:])
    return (line.kind == "body" and later and len(text) <= HEADLINE_MAX_CHARS and text[-1:] not in ".:;!?"
            and not _LIST_ITEM.match(" " + text))


def _without_restating_subheadings(doc: Document, body: list[dict]) -> list[dict]:
    """Drop what a sub-heading says when a paragraph states the same form, kind and count (it restates it);
    its names go to the paragraph's statement when that names nobody."""
    subheading_lines = {line for line in {a["_line"] for a in body} if _reads_as_subheading(doc, line)}
    dropped = set()
    for award in [a for a in body if a["_line"] in subheading_lines]:
        same = next((a for a in body if a["_line"] not in subheading_lines and _key(a) == _key(award)
                     and a["status"] == award["status"]), None)
        if same is None:
            continue
        dropped.add(id(award))
        if award["named"] and not same["named"]:
            same["named"], same["named_spans"] = award["named"], award["named_spans"]
    return [a for a in body if id(a) not in dropped]


def _kinds_agree(one: dict, other: dict) -> bool:
    """May two statements be about the same recipients? Not a unit's and a named person's, nor two that
    name different recipients."""
    if one["named"] and other["named"]:
        return one["recipient"] == other["recipient"] and _same_names(one, other)
    return True


def _restated_counts(counts: list[int]) -> set[int]:
    """Counts a headline or caption restates: one of the body's counts, or the sum of two or three of them
    ("117 đơn vị nhận cờ thi đua và bằng khen" over a body of 48 and 69)."""
    sums = set(counts)
    for size in (2, 3):
        if len(counts) <= 12:
            sums.update(sum(group) for group in combinations(counts, size))
    sums.add(sum(counts))
    return sums


def _key(award: dict) -> tuple:
    return award["code"], award["recipient"], award["count"]


def _clause_awards(doc, sentence, clause, event_kind, default_period, singles: bool) -> list[dict]:
    anchors = _anchors(doc, *clause)
    if not anchors:
        return []
    counts = _counts(doc, *clause, anchors)
    bound = _bind(doc, anchors, counts)
    used = {id(a) for a, _ in bound}
    shared = {a.ranks_of for a, _ in bound if a.ranks_of}  # "hạng Nhất, Nhì, Ba cho 16 học sinh": 16 of the order
    used |= {id(a) for a in anchors if a.ranks_of in shared}
    bound = [(replace(a, code=a.ranks_of) if a.ranks_of else a, c) for a, c in bound]
    joined = _forms_written_together(doc, anchors, used)
    used |= {id(a) for pair in joined.values() for a in pair}
    bound = [pair for a, c in bound for pair in _counted_forms(a, c, joined.get(id(a)))]
    counted = {id(a) for a, c in bound if c.recipient != TIMES}
    bound = [(a, c) for a, c in bound if c.recipient != TIMES or id(a) not in counted]  # "cho 8 tổ chức ... 5 năm liền": 8
    out = []
    first_entry: dict[int, dict] = {}  # each anchor's entry for its first count
    medals_for = _medals_for(doc, bound)
    if medals_for is None:
        bound = _without_counts_of_the_form_given_to_a_count(doc, bound)
    holder = None
    for anchor, count in bound:
        if _rules().context["refused"].search(doc.lower, count.end, min(sentence.end, count.end + REFUSAL_REACH)):
            continue  # "Hai đơn vị A và B xin rút không nhận Cờ thi đua": declined
        recipient = medals_for.recipient if medals_for and count.recipient is None else \
            _recipient(doc, anchor, count, clause[0])
        if count.recipient is None and not medals_for and not anchor.default_recipient \
                and not _GRANTED_TO.match(doc.lower, anchor.end):
            holder = holder or _sentence_holder(doc, sentence, count.start)  # "Xã A 2 lần được phong tặng ...; 4 HC ..."
            recipient = holder.kind if holder else _mixed_if_both_told(doc, sentence, recipient)
        if medals_for and count is medals_for:  # "cho 200 gia đình": the recipients of every order listed
            anchor = replace(anchor, code="khen_thuong")
        entry = _entry(doc, sentence, clause, anchor, count.value, recipient,
                       min(anchor.start, count.start), max(anchor.end, count.end),
                       event_kind, default_period, confidence=0.8 if anchor.generic else 0.9)
        if count.qualifier in _rules().qualifiers:  # "hơn 700 cá nhân": at least 700
            entry["qualifier"] = _rules().qualifiers[count.qualifier]
        # "cho 3 đơn vị: A, B và C"; "11 cá nhân được phong tặng danh hiệu X, gồm: A, B, ..."
        out.extend(_rank_breakdown(doc, sentence, clause, anchor, entry, event_kind, default_period))
        names = (_of_the_kind_counted(count, named_in_apposition(doc, count.end, sentence.end, count.value))
                 or _of_the_kind_counted(count, named_in_apposition(doc, max(anchor.end, count.end), sentence.end,
                                                                    count.value))
                 or _named_next(doc, sentence, count.value) or _named_later(doc, sentence, count)) if count.recipient \
            else (named_in_apposition(doc, anchor.end, sentence.end, count.value)  # "06 Nghệ nhân nhân dân, gồm: A, ..."
                  or _granted_as_many(doc, anchor, sentence, count)  # "tặng 2 Cờ thi đua cho A và B"
                  or _named_next(doc, sentence, count.value))  # "... có 7 NSƯT. Cụ thể: NSƯT A, NSƯT B, ..."
        if not names and count.recipient and _rules().context["counted_before"].match(doc.lower, count.end):
            names = _named_where_first_counted(doc, count)  # "cho 4 công dân này": the four named before
        if not names and count.recipient and count.value <= MAX_LISTED_BELOW:
            names = listed_below_count(doc, count.end, count.value)  # "X: 02 tập thể" and "- A;" "- B" below
        if 0 < len(names) < count.value and count.recipient == "mixed":  # "... gồm: units. Các cá nhân gồm: ..."
            names = names + _named_next(doc, doc.sentence_at(names[-1].end) or sentence)
        if 0 < len(names) < count.value and names[-1].kind == "ca_nhan":  # "Các cá nhân gồm: Ông A, ...", then B, C a paragraph each
            names = names + people_in_paragraphs_after(doc, names[-1])[:count.value - len(names)]
        if not names and count.recipient == "ca_nhan" and _HONORIFIC_COUNT_NOUN.search(doc.lower, count.start, count.end):
            names = given_names_after_count(doc, count.end, sentence.end, count.value)  # "cho hai em Sinh và Phong"
        if not names and count.value == 1 and count.recipient in ("tap_the", "ca_nhan"):
            named = name_right_after_count(doc, count.end, sentence.end)  # "cho 01 tập thể Vụ X và 01 cá nhân ..."
            names = [named] if named and named.kind == count.recipient else []
        if not names and count.recipient in ("ca_nhan", "tap_the") and 1 < count.value <= MAX_LISTED_BELOW:
            # "02 cô giáo ... (cô A và cô B).", "cho 3 nguyên Phó Chủ tịch QH: A, B và C; Huân chương ..."
            names = listed_in_closing_bracket(doc, count.end, sentence.end, count.value) \
                or listed_after_description(doc, count.end, _next_form(doc, anchor, sentence), count.value)
        if not names and count.recipient in ("ca_nhan", "ho_gia_dinh") and 1 < count.value <= FEW_PEOPLE:
            # 'cho hai "hiệp sĩ" A, B'; "cho 2 gia đình ông A và ông B": a household named by its head
            names = listed_right_after_count(doc, count.end, sentence.end, count.value)
        if not names and count.recipient == "tap_the" and 1 < count.value <= MAX_LISTED_BELOW:
            names = listed_right_after_count(doc, count.end, sentence.end, count.value, kind="tap_the")  # "cho 2 tập thể A, B"
        if not names and count.recipient == "ca_nhan" and count.value <= FEW_PEOPLE:
            people = people_called_by_first_name_honorific(doc)  # "cho 2 đoàn viên ..." and "anh A", "anh B" below
            names = people if len(people) == count.value else []
        if not names and count.recipient and count.recipient != TIMES and count.value > 1:
            following = doc.sentence_from(sentence.end)  # ", trong đó có A"; ". Trong đó có A, ..."
            names = named_among_count(doc, max(anchor.end, count.end), following.end if following else sentence.end)
            names = names[:count.value - 1]
        if count.recipient == TIMES and not names:  # "Công an tỉnh X đã 2 lần được tặng ...": X, twice
            names = [n for n in [name_of_subject(doc, sentence.start, count.start)] if n and n.end <= anchor.start]
        if not names and count.recipient and count.end < anchor.start and restates(doc, anchor.end, sentence.end):
            names = named_after(doc, anchor.end, sentence.end)  # "02 tập thể được tặng Bằng khen của X là A, B"
            names = names if len(names) == count.value else []
        if names and any(n.start <= a.start < n.end for a in _anchors(doc, names[0].start, names[-1].end)
                         for n in names):
            names = []  # "7 trường hợp (Huân chương Lao động hạng Nhất đối với 1 tập thể; ...)": forms, not names
        if names and _of_the_other_kind(count.recipient, names):
            names = []  # "3 tập thể và 5 cá nhân ... Các tập thể gồm: A, B, C": the units name no person
        names = _of_its_kind(count, names)
        if 0 < len(names) < count.value and any(c is not count and c.value == len(names) for _, c in bound):
            names = []  # "cho 15 mẹ, trong đó huyện A có 6 mẹ." and six named after: the six's, not the fifteen's
        if not names and holder and count.recipient is None and recipient == holder.kind:
            names = [holder]  # the unit or place whose awards the sentence counts
        if 0 < len(names) <= count.value * _PEOPLE_PER_RECIPIENT.get(count.recipient, 1) \
                or _one_item_more(doc, count, names):  # "cho 3 đơn vị: A, B và C"
            entry["named"] = [as_written(doc, n) for n in names]
            entry["named_spans"] = [list(doc.norm.raw_span(n.start, n.end)) for n in names]
        out.append(entry)
        first_entry.setdefault(id(anchor), entry)
        one = None if names else _one_of_the_counted(doc, clause, anchor, count)
        if one:  # "X là một trong 7 đơn vị được nhận ...": X, named among the seven
            entry["named"] = [as_written(doc, one)]
            entry["named_spans"] = [list(doc.norm.raw_span(one.start, one.end))]
    for rank, named in _ranks_named_in_turn(doc, sentence, anchors, used).items():
        out.append(_entry(doc, sentence, clause, rank, 1, named.kind, rank.start, rank.end, event_kind,
                          default_period, confidence=0.7, named=[named]))
        used.add(id(rank))
    for anchor in anchors:  # in a headline or caption, only to name a body statement ("Trường X đón nhận ...")
        if anchor.generic:
            ceremony = _rules().context["ceremony_named"].search(doc.lower, max(0, anchor.start - 12), anchor.start)
            person = None if id(anchor) in used or ceremony else person_right_after(doc, anchor.end, sentence.end)
            if person:  # "vừa ký quyết định khen thưởng chị Lò Thị A vì ...": one person, named, or more ("anh A và anh B")
                listed = people_listed_at(doc, anchor.end, sentence.end)
                people = listed if listed and listed[0] == person else [person]
                entry = _entry(doc, sentence, clause, anchor, len(people), "ca_nhan", anchor.start, people[-1].end,
                               event_kind, default_period, confidence=0.6, named=people)
                entry.update(_single=len(people) == 1, _names_only=not singles)
                out.append(entry)
            unit = None if id(anchor) in used or person else _unit_rewarded_for(doc, anchor, sentence)
            if unit:  # "khen thưởng Công an huyện A vì ...", "lễ trao thưởng Đội B vì ...": the unit, rewarded
                entry = _entry(doc, sentence, clause, anchor, 1, "tap_the", anchor.start, unit.end,
                               event_kind, default_period, confidence=0.6, named=[unit])
                entry.update(_single=True, _names_only=not singles)
                out.append(entry)
                continue
            deed = None if id(anchor) in used or ceremony or person else \
                _rules().context["deed_of"].match(doc.lower, anchor.end, sentence.end)
            doers = people_listed_at(doc, deed.end(), sentence.end) if deed else []
            if doers:  # "khen thưởng ... về hành động dũng cảm của thầy A và thầy B": theirs
                entry = _entry(doc, sentence, clause, anchor, len(doers), "ca_nhan", anchor.start, doers[-1].end,
                               event_kind, default_period, confidence=0.6, named=doers)
                entry.update(_single=len(doers) == 1, _names_only=not singles)
                out.append(entry)
            elif not person and id(anchor) not in used and not ceremony \
                    and _rules().context["reward_for"].match(doc.lower, anchor.end):
                for recipient, names in _named_groups(doc, anchor, sentence, anchors):  # "khen thưởng cho A và B"
                    entry = _entry(doc, sentence, clause, anchor, len(names), recipient, anchor.start, names[-1].end,
                                   event_kind, default_period, confidence=0.6, named=names)
                    entry.update(_single=len(names) == 1, _names_only=not singles)
                    out.append(entry)
            continue
        if id(anchor) in used:  # "cho Trung tâm Y tế X và 5 cá nhân": the unit named before the count
            first = min((c.start for a, c in bound if a is anchor and c.start > anchor.end), default=None)
            groups = [(kind, [n for n in names if n.end <= first]) for kind, names in
                      _named_groups(doc, anchor, sentence, anchors)] if first is not None else []
            counted = first_entry.get(id(anchor))
            for kind, names in groups:  # "cho bà A (ở X) và ông B (ở Y), đây là hai người ...": the two counted
                gap = _BRACKET_AFTER_NAME.sub("", doc.text[names[-1].end:first], 1) if names else ""
                if names and counted and not counted["named"] and len(names) == counted["count"] \
                        and _rules().context["counted_after_names"].fullmatch(gap):
                    counted["named"] = [as_written(doc, n) for n in names]
                    counted["named_spans"] = [list(doc.norm.raw_span(n.start, n.end)) for n in names]
            groups = [(kind, names) for kind, names in groups  # not "A là hai địa phương"; "A (33 tuổi) và": yes
                      if names and _joined_to_the_count(doc, names[-1], first)]
            for kind, names in groups:
                if counted and kind == counted["recipient"] and len(counted["named"]) == counted["count"] > 0:
                    _name_first(doc, counted, names)  # "cho anh A và hai em B, C": three people, all named
            groups = [(kind, names) for kind, names in groups if kind not in {c.recipient for a, c in bound if a is anchor}
                      or _WITH_OTHERS.match(doc.lower, _joint_before(doc, names[-1], first))]
            groups = groups or _named_beside_subject_count(doc, clause, anchor, bound, counts, anchors)
        else:
            groups = _named_groups(doc, anchor, sentence, anchors) or _named_with_next_form(doc, anchor, sentence, anchors)
        listed = sum(len(names) for _, names in groups)
        restating = bool(groups) and restates(doc, anchor.end, sentence.end) \
            and not any(c.value == listed and c.end <= anchor.start for c in counts)  # "15 VĐV ... được nhận X gồm A, ..."
        for recipient, names in groups:
            entry = _entry(doc, sentence, clause, anchor, len(names), recipient, anchor.start, names[-1].end,
                           event_kind, default_period, confidence=0.7, named=names)
            entry["_single"] = len(groups) == 1 and len(names) == 1
            entry["_listed"] = len(names) > 1 or restating
            entry["_restating"] = restating
            entry["_singled_out"] = restating and bool(  # "Người cao tuổi nhất nhận ... là cụ A": one of a count
                _rules().context["singled_out"].search(doc.lower, sentence.start, anchor.start))
            entry["_names_only"] = not singles
            out.append(entry)
            used.add(id(anchor))
        if id(anchor) in used:
            continue
        granted = _named_before_form(doc, anchor, clause) or _flag_pinned(doc, anchor, clause)
        if granted:  # "trao tặng cho Trường X Bằng khen ...": the recipient written before the form
            entry = _entry(doc, sentence, clause, anchor, len(granted), granted[0].kind, granted[0].start, anchor.end,
                           event_kind, default_period, confidence=0.6, named=granted)
            entry.update(_single=len(granted) == 1, _names_only=not singles)
            out.append(entry)
            continue
        found = _single_recipient(doc, anchor, clause)
        if found is None:
            continue
        recipient, value, names = found
        if not names and value == 1:  # "X đã được tặng 25 Bằng khen, ..., được tặng Huân chương Y (năm 2005)": X's
            holder = _sentence_holder(doc, sentence, anchor.start)  # when X holds the forms the sentence counts too
            told = holder is not None and any(e["named"] == [as_written(doc, holder)] for e in out)
            names = [holder] if told and holder.kind == recipient else names
        kinds = {n.kind for n in names}
        if len(kinds) > 1 and not anchor.default_recipient and "dia_phuong" not in kinds:
            groups = [(kind, [n for n in names if n.kind == kind]) for kind in dict.fromkeys(n.kind for n in names)]
        else:  # "Công ty X và ông Lò Văn A được tặng ...": one entry per kind, as for a list after the form
            groups = [(recipient, names)]
        for recipient, names in groups:
            value = len(names) if len(groups) > 1 else value
            entry = _entry(doc, sentence, clause, anchor, value, recipient, anchor.start, anchor.end,
                           event_kind, default_period, confidence=0.6, named=names)
            entry["_single"] = value == 1
            entry["_unwritten"] = value == 1 and not names  # neither a count nor a name written: one guessed
            entry["_names_only"] = not singles
            out.append(entry)
    return out


def _ranks_named_in_turn(doc: Document, sentence: Sentence, anchors: list[Anchor], used: set[int]) -> dict:
    """The ranks of one order, listed, then as many names, each of its rank in turn ("Huân chương Lao động hạng
    Nhì, hạng Ba cho Giám đốc A và nguyên Phó Giám đốc B": A the second class, B the third): {rank: name}."""
    ranks = [a for a in anchors if a.ranks_of and id(a) not in used]
    if len(ranks) < 2 or len({a.ranks_of for a in ranks}) > 1:
        return {}
    groups = _named_groups(doc, ranks[-1], sentence, anchors)
    names = groups[0][1] if len(groups) == 1 else []
    return {rank: name for rank, name in zip(ranks, names)} if len(names) == len(ranks) else {}


def _name_first(doc: Document, entry: dict, names: list[Named]) -> None:
    """Add the people or units a text names before a count of the same kind to the count's entry, whose own
    names it lists in full: "cho anh A và hai em B, C" gives three, A first."""
    entry["named"] = [as_written(doc, n) for n in names] + entry["named"]
    entry["named_spans"] = [list(doc.norm.raw_span(n.start, n.end)) for n in names] + entry["named_spans"]
    entry["count"] += len(names)


def _forms_written_together(doc: Document, anchors: list[Anchor], used: set[int]) -> dict[int, tuple[Anchor, Anchor]]:
    """Two forms joined by a comma or "và" of which only one takes a count ("phong tặng danh hiệu Nghệ nhân Nhân
    dân, Nghệ nhân ưu tú cho 628 người"): the count is written for both. Keyed by the counted one."""
    joined = {}
    for first, second in zip(anchors, anchors[1:]):
        if first.generic or second.generic or first.ranks_of or second.ranks_of or first.code == second.code:
            continue
        if not _rules().context["chain_separator"].match(_QUOTES.sub("", doc.lower[first.end:second.start])):
            continue  # "danh hiệu “Nghệ nhân nhân dân”, “Nghệ nhân ưu tú” cho 628 nghệ nhân"
        counted = [a for a in (first, second) if id(a) in used]
        if len(counted) == 1:
            joined[id(counted[0])] = (first, second)
    return joined


def _counted_forms(anchor: Anchor, count: Count, together: tuple[Anchor, Anchor] | None) -> list[tuple[Anchor, Count]]:
    """What one count written for two forms counts: titles of one family that exclude each other ("danh hiệu Nghệ
    nhân Nhân dân, Nghệ nhân ưu tú cho 628 người") a commendation in all; two forms given together ("tặng Bằng khen
    và Kỷ niệm chương cho 11 cá nhân") each."""
    if together is None:
        return [(anchor, count)]
    first, second = together
    if first.code.split("_")[:2] == second.code.split("_")[:2]:
        return [(replace(anchor, code="khen_thuong"), count)]
    return [(first, count), (second, count)]


def _without_counts_of_the_form_given_to_a_count(doc: Document, bound: list[tuple[Anchor, Count]]) \
        -> list[tuple[Anchor, Count]]:
    """A form counted before it and given to counted recipients right after it ("trao 4 Cờ thi đua cho 4 tập
    thể", "18 Cờ thi đua cho 25 tập thể") is one statement, of the recipients: the count of the form goes."""
    given = {id(a) for a, c in bound if c.recipient not in (None, TIMES) and c.start >= a.end
             and _rules().context["written_object"].match(doc.lower[a.end:c.start])
             and _GRANT_WORD.search(doc.lower, a.end, c.start)}
    return [(a, c) for a, c in bound if not (c.recipient is None and id(a) in given)]


def _medals_for(doc: Document, bound: list[tuple[Anchor, Count]]) -> Count | None:
    """The count of recipients a list of counted orders is given to ("trao 1 Huân chương X, 6 Huân chương Y,
    30 Huân chương Z cho 200 gia đình"), or None: each order's count takes its kind, and it counts them all."""
    titles = [(a, c) for a, c in bound if c.recipient is None and c.end <= a.start]
    if len({id(a) for a, _ in titles}) < 2:
        return None
    last = max(a.end for a, _ in titles)
    objects = [c for _, c in bound if c.recipient not in (None, TIMES) and c.start >= last
               and _GRANT_BEFORE.search(doc.lower, max(0, c.start - 12), c.start)]
    return objects[0] if len(objects) == 1 else None


def _named_beside_subject_count(doc: Document, clause, anchor: Anchor, bound, counts: list[Count],
                                anchors: list[Anchor]) -> list[tuple[str, list[Named]]]:
    """The unit or person a passive grant's subject names beside its count ("Trung tâm Y tế X và 2 cá nhân
    được tặng ..."): one group of the kind the count is not. Only when nothing else is counted or granted
    before it in the clause ("4 tập thể là A, B và 43 cá nhân": A and B are the four's)."""
    own = [c for a, c in bound if a is anchor and c.end <= anchor.start]
    if not own:
        return []
    first = min(c.start for c in own)
    if any(c.start < first for c in counts) or any(a.start < first for a in anchors):
        return []
    joined = re.search(r"\s(?:và|cùng)\s*$", doc.text[clause[0]:first])
    if joined is None:
        return []
    names = names_of_subject(doc, clause[0], clause[0] + joined.start())
    kinds = {n.kind for n in names}
    if not names or len(kinds) > 1 or kinds & {c.recipient for c in own}:
        return []
    return [(names[0].kind, names)]


def _rank_breakdown(doc, sentence, clause, anchor, total: dict, event_kind, default_period) -> list[dict]:
    """The ranks a bracket after an unranked count gives: "13 Huân chương X (3 hạng nhất, 1 hạng nhì, 9 hạng ba)"."""
    ctx, ranks = _rules().context, _rules().ranks
    bracket = ctx["rank_breakdown"].match(doc.lower, anchor.end, clause[1])
    if bracket is None or "_hang_" in anchor.code:
        return []
    parts = []
    for m in ctx["rank_part"].finditer(doc.lower, bracket.start(1), bracket.end(1)):
        code = f"{anchor.code}_hang_{ranks.get(m.group(2), '')}"
        if code in taxonomy():
            parts.append(_entry(doc, sentence, clause, replace(anchor, code=code), int(m.group(1)), total["recipient"],
                                m.start(), m.end(), event_kind, default_period, confidence=0.85))
    return parts


_FIRST_WORD = re.compile(r"\s*(\S+)(?=\s)")


def _same_count_within(doc: Document, sentence: Sentence, count: Count) -> int | None:
    """Where the noun of the count written again inside a later sentence starts ("4 học sinh", "hai học sinh"),
    its number matched."""
    words = doc.lower[count.start:count.end].split()
    at = next((i for i, word in enumerate(words) if parse_count(word) == count.value), None)
    noun = " ".join(words[at + 1:]) if at is not None else ""
    if not noun:
        return None
    plain = _rules().context["people_said_plainly"].search(noun) is not None \
        or _rules().context["units_said_plainly"].search(noun) is not None  # "2 người" later "2 công an viên"
    for number in _DIGITS_THEN.finditer(doc.lower, sentence.start, sentence.end):  # one pattern for every count
        after = number.end() + len(noun)
        if int(number.group(1)) != count.value:
            continue
        if plain and doc.lower[number.end():number.end() + 1].isalpha() or \
                doc.lower.startswith(noun, number.end()) and not doc.lower[after:after + 1].isalnum():
            return number.end()
    return _same_noun_after_word_number(doc, sentence, noun, count.value)


def _same_noun_after_word_number(doc: Document, sentence: Sentence, noun: str, value: int) -> int | None:
    """The noun again after its number written in words ("hai học sinh gồm A, lớp 7 và B")."""
    at = doc.lower.find(f" {noun}", sentence.start, sentence.end)
    while at >= 0:
        word_start = doc.lower.rfind(" ", sentence.start, at) + 1
        after = at + 1 + len(noun)
        if parse_count(doc.lower[max(word_start, sentence.start):at]) == value and not doc.lower[after:after + 1].isalnum():
            return at + 1
        at = doc.lower.find(f" {noun}", after, sentence.end)
    return None


# the word start tested after the first digit: the scan skips to digits (a look-behind first is tried everywhere)
_DIGITS_THEN = re.compile(r"(\d(?<![\w.,]\d)\d*)\s+")


def _named_where_first_counted(doc: Document, count: Count) -> list[Named]:
    """The names given where the text first counted the recipients a later count points back to ("tặng 4 công
    dân ... Đó là các ông: A, B, C và D", then "cho 4 công dân này"); [] when not as many are named there."""
    counted = doc.lower[count.start:count.end]
    first = doc.lower.find(counted, 0, count.start)
    sentence = doc.sentence_at(first) if first >= 0 else None
    if sentence is None or first + len(counted) > sentence.end:
        return []
    end = first + len(counted)
    names = named_in_apposition(doc, end, sentence.end, count.value) or _named_next(doc, sentence, count.value)
    return names if len(names) == count.value else []


def _named_next(doc: Document, sentence: Sentence, count: int | None = None) -> list[Named]:
    """The names the sentence after a counted statement lists ("Đó là các bệnh viện: ..."), a page's dateline
    between them passed over (a headline, then "Thứ Hai, 12/3/2030 08:10", then "Đó là ..."), and so a photo's
    caption and its credit ("A, một trong 13 cá nhân ...", "Ảnh: X"), when the list then names as many as counted."""
    following = doc.sentence_from(sentence.end)
    if following is not None and _is_dateline(doc, following):
        following = doc.sentence_from(following.end)
    if following is None:
        return []
    names = named_in_next_sentence(doc, following.start, following.end, count)
    after = following
    for _ in range(CAPTION_SENTENCES if not names and count else 0):  # a photo's caption and credit between them
        after = doc.sentence_from(after.end)
        if after is None:
            break
        names = named_in_next_sentence(doc, after.start, after.end, count)
        if names:
            return names if len(names) == count else []  # and they list as many as the statement counts
    return names


CAPTION_SENTENCES = 2  # sentences a list of names may stand below its statement: a caption and its credit


def _is_dateline(doc: Document, sentence: Sentence) -> bool:
    """A short line that is only the page's stamp ("Đời sống - Ngày đăng: 21:31, 11/08/2017")."""
    text = doc.text[sentence.start:sentence.end]
    if len(text) > DATELINE_CHARS:
        return False
    found = dates.find_dates(text)
    return bool(found) and all(m.role == "dateline" for m in found)


def _same_kind(doc: Document, noun_at: int, end: int, count: Count) -> bool:
    """Is the noun after a repeated number of the counted kind ("20 tập thể: ..." repeats "20 tập thể", not
    "20 cá nhân")? A noun of no kind the rules know ("3 thôn này") may repeat any."""
    noun = _rules().recipients.match_at(doc.lower, noun_at + 1, end)
    return noun is None or noun.label == count.recipient or "mixed" in (noun.label, count.recipient)


def _named_later(doc: Document, sentence: Sentence, count: Count) -> list[Named]:
    """The names a later sentence gives for the count it repeats ("... cho 4 tập thể. [a caption] 4 tập thể
    này gồm: A; B; C; D"), a few sentences on at most. A later sentence that names the form again is a
    statement of its own (merged with this one where it restates it)."""
    following = sentence
    for _ in range(LATER_LIST_REACH):
        following = doc.sentence_from(following.end)
        if following is None:
            return []
        lead = restating_lead(doc, following.start, following.end)  # "Cụ thể, 3 thôn ... là ..."
        same = _FIRST_WORD.match(doc.text, lead, following.end)  # "3 thôn", "Hai thôn"
        same = same if same and parse_count(same.group(1).lower()) == count.value \
            and _same_kind(doc, same.end(), following.end, count) else None
        has_form = any(not a.generic for a in _anchors(doc, following.start, following.end))
        if same and not has_form:
            names = named_in_next_sentence(doc, same.end(), following.end, count.value, repeated=True)
            if names:
                return names
            continue  # a caption repeating the count ("3 nông dân được khen thưởng."): the names may come below
        if same:
            return []  # "8 Sở được nhận Cờ gồm: ...": a statement of its own, merged with this one later
        within = None if has_form else _same_count_within(doc, following, count)
        names = named_in_next_sentence(doc, within, following.end, count.value, repeated=True) if within is not None else []
        if names:  # "Trước đó, ..., 4 học sinh lớp 7A gồm: A, B, C và D phát hiện ..."
            return names
    return []


def _granted_as_many(doc: Document, anchor: Anchor, sentence: Sentence, count) -> list[Named]:
    """The recipients a grant names after forms it counts ("tặng 1 Cờ thi đua cho Trường A", "trao 2 Bằng khen
    cho A và B"): as many as the forms, one each; [] when the count is not the forms' own or the names differ."""
    if count.end > anchor.start or not opens_names(doc, anchor.end, sentence.end):
        return []
    names = [n for _, group in _named_groups(doc, anchor, sentence, _anchors(doc, sentence.start, sentence.end))
             for n in group]
    return names if len(names) == count.value else []


def _named_groups(doc: Document, anchor: Anchor, sentence: Sentence,
                  anchors: list[Anchor]) -> list[tuple[str, list[Named]]]:
    """The names listed after a form, one group per kind of recipient (people, units, localities).

    The list may run past the clause's semicolon ("cho A; B; C") up to the
    sentence's next form.
    """
    if _rules().context["ranks_listed"].match(doc.lower, anchor.end):
        return []  # "Huân chương Lao động các hạng: Nhất, Nhì, Ba": its ranks, not its recipients
    form_end = _past_its_quoted_title(doc, anchor, sentence.end)
    if not opens_names(doc, form_end, sentence.end):
        if anchor.code == "khen_thuong" and not anchor.generic:  # "khen thưởng đột xuất Phòng X vì ...": a verb
            person = person_right_after(doc, anchor.end, sentence.end)  # "... đột xuất anh A-Phó Chỉ huy trưởng"
            unit = None if person else unit_right_after(doc, anchor.end, sentence.end)
            return [("ca_nhan", [person])] if person else [("tap_the", [unit])] if unit else []
        return []  # no "cho"/"tặng" after the form: it names nobody (and the costlier look-ahead is spared)
    praise = _rules().context["praise_between"]  # "giấy khen, biểu dương và khen thưởng cho A": the form's names
    limit = min([a.start for a in anchors if a.start > anchor.end
                 and not (a.generic and praise.match(doc.lower[anchor.end:a.start]))] + [_next_form(doc, anchor, sentence)])
    names = named_after(doc, form_end, limit)
    names = names + named_in_second_list(doc, names[-1].end, limit) if names else names  # "... và các cá nhân: C, D"
    names = names + named_after_grant_again(doc, names[-1].end, limit) if names else names  # "... và trao tặng cho C"
    between = doc.lower[form_end:names[0].start] if names else ""
    granted = list(_GRANT_THEN_NAMES.finditer(between))
    between = between[granted[-1].start():] if granted else between  # not "cờ nhất khối các trường ... cho A"
    # "cho các tập thể": counted or vague, unless a colon or "gồm" ("các tập thể: A", "các cá nhân gồm A") or the people's own honorific or what
    # they are ("cho các đồng chí Lò Văn A, Hà Văn B", "cho các đảng viên Lò Văn C và Hà Văn D") opens their names
    if not names or (not _rules().context["list_opened"].search(between) and _rules().context["plural"].search(between)
                     and not (_PLURAL_HONORIFIC.search(between) and names[0].kind == "ca_nhan")):
        return []
    groups: dict[str, list[Named]] = {}
    for name in names:
        kind = anchor.default_recipient if anchor.default_recipient and name.kind != "ca_nhan" else name.kind
        groups.setdefault(kind, []).append(name)
    return list(groups.items())


TITLE_REACH = 100  # characters within which a quoted title the form's pattern opened must close


def _past_its_quoted_title(doc: Document, anchor: Anchor, limit: int) -> int:
    """Where the form ends once the rest of a quoted title its pattern opened is read ('cờ "Đơn vị xuất sắc trong
    phong trào thi đua| năm 2030" cho X'): the names come after the closing quote."""
    if doc.text.count('"', anchor.start, anchor.end) % 2 == 0:
        return anchor.end
    closing = doc.text.find('"', anchor.end, min(limit, anchor.end + TITLE_REACH))
    return closing + 1 if closing >= 0 else anchor.end


def _named_with_next_form(doc: Document, anchor: Anchor, sentence: Sentence,
                          anchors: list[Anchor]) -> list[tuple[str, list[Named]]]:
    """The names of the next form when another giver's grant of it follows this form at once ("Tỉnh đoàn X
    trao tặng bằng khen, Sở Y trao tặng giấy khen cho em A và em B"): both were given to A and B."""
    following = next((a for a in anchors if a.start > anchor.end and not a.generic), None)
    if following is None or not _rules().context["another_giver"].fullmatch(doc.lower, anchor.end, following.start):
        return []
    return _named_groups(doc, following, sentence, anchors)


def _next_form(doc: Document, anchor: Anchor, sentence: Sentence) -> int:
    """Where the sentence's next award form starts (or the sentence's end)."""
    later = [a.start for a in _anchors(doc, sentence.start, sentence.end) if not a.generic and a.start >= anchor.end]
    return min(later + [sentence.end])


@lru_cache(maxsize=1)
def _collective_codes() -> dict[str, str]:
    return {row["code"]: row["collective_code"] for row in csv_rules("collective_forms.csv")}


def _code_for(code: str, recipient: str) -> str:
    """A title shared by people and units takes its collective code when units receive it."""
    return _collective_codes().get(code, code) if recipient == "tap_the" else code


def _entry(doc, sentence, clause, anchor, value, recipient, start, end, event_kind, default_period, confidence,
           named: list[Named] | tuple = ()):
    code = _code_for(anchor.code, recipient)
    if code != anchor.code:
        anchor = replace(anchor, code=code)
    info = taxonomy().get(anchor.code, {})
    period = _period(doc, anchor.start, min(clause[1], end + 60), anchor.start) \
        or _period(doc, clause[0], clause[1], anchor.start, after_first=False) \
        or _period(doc, sentence.start, sentence.end, anchor.start, after_first=False) or default_period
    return {
        "code": anchor.code,
        "recipient": recipient,
        "count": value,
        "status": _status(doc, sentence.start, anchor, event_kind, clause[0]),
        "period": period,
        "issuer": anchor.issuer,
        "_line": sentence.line,
        "_generic": anchor.generic,
        "named": [as_written(doc, n) for n in named],
        "named_spans": [list(doc.norm.raw_span(n.start, n.end)) for n in named],
        "kind": info.get("kind"),
        "level": info.get("level"),
        **doc.evidence(start, end, confidence, sentence),
    }
