"""Named recipients of an award statement: "cho: Trường THCS A, UBND xã B và ông Nguyễn Văn C".

The GUIDE's `named`: the recipients a statement names, as written and in
order; units without a leading "cho"/"tặng", people without honorifics or
ranks. A list runs from the word that grants the form to the first item that
is no name; semicolons separate items as commas do ("cho A; B; C"), and the
roles written after a person (", Giám đốc Sở Y tế") belong to that person.
Each name is typed (person, unit, locality) because one statement naming both
units and people gives one entry per kind.

Where the names stand:
* after the granting word, or after "gồm:" / "là" (a "là" list only names a
  statement already counted);
* in apposition to a count ("cho 3 đơn vị: A, B và C", "4 tập thể là ...",
  "11 cá nhân ..., gồm: ..."), or in the next sentence ("Đó là ...");
* one a line below a colon: dash and numbered lists, table rows flattened
  into text ("1 | Trường A | ...");
* as the subject of a passive grant, looked for back over comma-separated
  stretches ("Sáng 5/3, Trường A và Trường B đã được tặng ...", the roles
  after a subject person skipped, "nhà trường" referring to "Tại Trường X").

What is not part of a name: a description after a dash, a common noun
before it ("thợ lò X", "đơn vị xã Y"), degrees and honorifics, the role
written before a person ("Giám đốc Bệnh viện X Lò Văn A" names Lò Văn A). A
bracket after a unit stays, as written: its place, parent, other name or
what it is now ("Trường X (huyện Y)", "Phòng Z (PC02)").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tdkt.extract.document import Document
from tdkt.extract.gazetteer import find_places, place_named_whole
from tdkt.extract.matcher import look_behind_after_first_letter, match, opening_characters
from tdkt.extract.normalize import UPPER, fold_case
from tdkt.extract.numbers import number_words, place_level_words
from tdkt.extract.officials import has_person_name
from tdkt.extract.resources import expand_lexicons, json_rules, lexicon, lexicon_pattern

MAX_ITEMS = 60           # a list longer than this is a table, read elsewhere
MAX_ITEM_CHARS = 90      # a longer piece is a clause, not a name
FEW_LISTED_ALONE = 4     # people a sentence may list on its own, with no "Đó là", after the sentence counting them

PERSON, UNIT, LOCALITY = "ca_nhan", "tap_the", "dia_phuong"


@dataclass(frozen=True)
class Named:
    text: str
    start: int
    end: int
    kind: str  # ca_nhan | tap_the | dia_phuong


@dataclass(frozen=True)
class _Patterns:
    head: re.Pattern         # the granting word after the form (and its giver): " của X cho:", " tặng"
    separator: re.Pattern    # between items
    stop: re.Pattern         # where the list ends: the reason, a new grant, a count
    honorific: re.Pattern    # leading honorifics and ranks, stripped from a person's name
    title: re.Pattern        # a role phrase opening a piece: it describes the person before it
    unit: re.Pattern         # an organisation head opening a unit's name
    locality: re.Pattern     # a locality as such ("xã X", "cán bộ và Nhân dân xã Y")
    adverbs: re.Pattern      # "đã vinh dự" between a subject and its verb
    apposition: re.Pattern   # what opens the names of a counted statement (":", "gồm", "(")
    next_sentence: re.Pattern  # a next sentence that lists them ("Đó là các bệnh viện: ...")
    second_kind_list: re.Pattern  # "... và các cá nhân: ": a list of the other kind after the first
    grant_again: re.Pattern       # "... cho A và trao tặng cho B": the grant written again, the same form
    recognized_places: re.Pattern  # "Huyện A vừa công nhận 3 thôn B, C và D đạt ...": the places, not A
    repeated_count: re.Pattern  # after a later sentence's repeated count: "tập thể này gồm: "
    listing_sentence: re.Pattern  # "Các tập thể được trao danh hiệu gồm ": a list with no count
    subject_end: re.Pattern  # where the name opening a ceremony sentence ends
    generic_head: re.Pattern  # "Đơn vị", "tập thể" before a unit's own name
    unit_description: re.Pattern  # what a text adds after a unit's name ("- dẫn đầu ...")
    credit_bracket: re.Pattern  # "(Ảnh: BYT)" after a unit's name: a photo's source
    sector_head: re.Pattern  # "ngành Y tế": a sector, no unit, when written in lower case
    group_of_people: re.Pattern  # "nhóm tác giả gồm ": a group, then its members
    person_descriptor: re.Pattern  # "nam sinh", "thợ lò" before a person's name
    subject_apposition: re.Pattern  # "Hai đơn vị là": the subject's names follow
    degree: re.Pattern       # degrees written before a name ("TS-BS.", "PGS.TS.")
    clause_verb: re.Pattern  # a verb that makes a list line a sentence
    back_reference: re.Pattern  # "nhà trường": the unit the sentence named before
    venue_unit: re.Pattern   # "Tại Trường X," opening a sentence (group 1: the unit)
    person_details: re.Pattern  # ", cư trú tại xã B": what a list says of the person before
    restating_lead: re.Pattern  # "Cụ thể, " before a count a sentence restates
    belongs_to: re.Pattern  # ", thuộc Phòng X": the body a unit belongs to, part of its name
    holding_clause: re.Pattern  # "... tổ chức lễ ...": a clause, no name
    kind_heading: re.Pattern  # "a) Tập thể:": a sub-heading of a list of names
    familiar_honorific: re.Pattern  # "anh ", "chị ", "em " before a citizen's name
    official_after: re.Pattern  # what follows an official's name: an office, a speaking or giving verb
    office_before: re.Pattern  # an office and a comma right before a person: "Bí thư Huyện đoàn X, anh A"
    count_description: re.Pattern  # " lớp 4B, " between a count of people and their names
    attending: re.Pattern  # "đến dự", "thăm": an official at the event, not its recipient
    clause_lead: re.Pattern  # "Trong đó", "Cụ thể": what opens a clause before its subject
    on_behalf: re.Pattern  # "đại diện gia đình": who receives for the person named next
    school_people: re.Pattern  # "thầy và trò" before "Trường X": the school receives
    file_name: re.Pattern  # "... .pdf": an attachment, no name
    carrying_out: re.Pattern  # "A tiến hành ... và B đón nhận": a clause before the subject B
    acting_for: re.Pattern  # "thay mặt toàn trường nhận": who receives for others
    sibling_place: re.Pattern  # "UBND các xã A (X), B (Y)": places of one level, written once
    unit_staff: re.Pattern  # "cán bộ, nhân viên Thanh tra X": a unit's staff, one collective
    sibling_name: re.Pattern  # "B (Y)": one more of them
    plural_group: re.Pattern  # "Các lãnh đạo Bộ X": a group not named one by one
    praise_before_person: re.Pattern  # "... và biểu dương anh A": words between a reward and its person
    venue_word: re.Pattern  # "tại " before a place: the venue
    belongs_to_chain: re.Pattern  # "A thuộc B, C": the bodies A belongs to
    group_heading: re.Pattern  # "các Phó chủ nhiệm Ủy ban: ": a sub-heading inside a list
    group_before_colon: re.Pattern  # the same, ending at its colon after a semicolon or "và"
    head_word: re.Pattern  # "cho", "gồm", ":": a cheap test that `head` may match
    subset_named: re.Pattern  # ", trong đó có ": some of a count's recipients named after it
    name_goes_on: re.Pattern  # "Cục cứu hộ, cứu nạn (Bộ X)": a comma inside a unit's name
    photo_position: re.Pattern  # "ông A (bìa phải)": where a photo shows the person
    granted_lead: re.Pattern  # "cho " written again before a later item of a list


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    """The rules of data/rules/named_recipients.json, and the lexicon-built ones matched case-blind."""
    rules = json_rules("named_recipients.json")
    return _Patterns(
        head=re.compile(rules["head"]),
        separator=re.compile(rules["separator"]),
        stop=re.compile(look_behind_after_first_letter(rules["stop"])),  # the same matches, scanned fast
        honorific=re.compile(rf"^(?:(?:các|những)\s+)?(?:(?:{lexicon_pattern('honorifics')})\.?\s+)+", re.IGNORECASE),
        title=re.compile(expand_lexicons(rules["title"]), re.IGNORECASE),
        # "học" after a head makes a common noun ("khoa học", "trường học"), "chống" a verb ("phòng chống"): no unit
        unit=re.compile(expand_lexicons(r"^(?:{lex:org_heads}|{lex:recipient_unit_heads}|{lex:single_unit_subjects})\b"
                                        r"(?!\s+(?:{lex:head_as_common_word})\b)"), re.IGNORECASE),
        locality=re.compile(rules["locality"]),
        adverbs=re.compile(expand_lexicons(r"(?:\s+{lex:pre_verb_adverbs})+$"), re.IGNORECASE),
        generic_head=re.compile(expand_lexicons(rf"(?i:{{lex:apposition_heads}})\s+(?=[{UPPER}])")),
        apposition=re.compile(expand_lexicons(rules["apposition"])),
        next_sentence=re.compile(rules["next_sentence"]),
        second_kind_list=re.compile(rules["second_kind_list"]),
        grant_again=re.compile(rules["grant_again"]),
        recognized_places=re.compile(expand_lexicons(rules["recognized_places"])),
        repeated_count=re.compile(rules["repeated_count"]),
        restating_lead=re.compile(r"\s*" + rules["restating_lead"]),
        listing_sentence=re.compile(rules["listing_sentence"]),
        subject_end=re.compile(rules["subject_end"]),
        unit_description=re.compile(expand_lexicons(rules["unit_description"])),
        credit_bracket=re.compile(rules["credit_bracket"], re.IGNORECASE),
        sector_head=re.compile(rules["sector_head"]),
        group_of_people=re.compile(rules["group_of_people"], re.IGNORECASE),
        subject_apposition=re.compile(rules["subject_apposition"]),
        degree=re.compile(rules["degree"]),
        clause_verb=re.compile(rules["clause_verb"]),
        back_reference=re.compile(expand_lexicons(r"(?i:{lex:unit_back_references})")),
        venue_unit=re.compile(rules["venue_unit"]),
        person_details=re.compile(rules["person_details"]),
        belongs_to=re.compile(rules["belongs_to"], re.IGNORECASE),
        holding_clause=re.compile(rules["holding_clause"]),
        kind_heading=re.compile(rules["kind_heading"], re.IGNORECASE),
        familiar_honorific=re.compile(look_behind_after_first_letter(rules["familiar_honorific"])),  # read over every body
        official_after=re.compile(rules["official_after"]),
        office_before=re.compile(expand_lexicons(rules["office_before"])),
        count_description=re.compile(rules["count_description"]),
        attending=re.compile(rules["attending"]),
        clause_lead=re.compile(rules["clause_lead"], re.IGNORECASE),
        on_behalf=re.compile(rules["on_behalf"], re.IGNORECASE),
        school_people=re.compile(rules["school_people"], re.IGNORECASE),
        file_name=re.compile(rules["file_name"], re.IGNORECASE),
        carrying_out=re.compile(rules["carrying_out"]),
        acting_for=re.compile(rules["acting_for"], re.IGNORECASE),
        sibling_place=re.compile(rules["sibling_place"]),
        unit_staff=re.compile(rules["unit_staff"]),
        sibling_name=re.compile(rules["sibling_name"]),
        plural_group=re.compile(rules["plural_group"]),
        praise_before_person=re.compile(rules["praise_before_person"]),
        venue_word=re.compile(rules["venue_word"]),
        belongs_to_chain=re.compile(rules["belongs_to_chain"]),
        group_heading=re.compile(rules["group_heading"]),
        group_before_colon=re.compile(r"(?:;|\svà)\s*" + rules["group_heading"].removesuffix(r"\s*") + "$"),
        person_descriptor=re.compile(expand_lexicons(rules["person_descriptor"]), re.IGNORECASE),
        head_word=re.compile(expand_lexicons(rules["head_word"])),
        subset_named=re.compile(rules["subset_named"]),
        name_goes_on=re.compile(rules["name_goes_on"]),
        photo_position=re.compile(rules["photo_position"], re.IGNORECASE),
        granted_lead=re.compile(rules["granted_lead"]),
    )


def as_written(doc: Document, named: Named) -> str:
    """The name as the page writes it ("Phạm Văn Hoá", "Ðặng ..."), line breaks folded; a name rebuilt
    from a shared head ("Phòng PC02" out of "Phòng PC01, PC02") as rebuilt."""
    if named.text != doc.text[named.start:named.end]:
        return named.text
    return " ".join(doc.norm.raw_text(named.start, named.end).split())


def full_name_before(doc: Document, given: Named) -> Named | None:
    """The full name the text gave before a person it then calls by the given name alone ("Trương Văn Thanh ...
    anh Thanh"), when exactly one such name was given; else None. The annotators write the full name."""
    if not _given_name_only(given.text):
        return None  # one capitalised word ("Thanh"), not "PC45" or "TTXVN"
    found: dict[str, Named] = {}
    for run in _full_names().finditer(doc.text, 0, given.start):
        words = run.group().split()
        if given.text in words[1:]:
            name = " ".join(words[:words.index(given.text, 1) + 1])
            if looks_like_person(name):
                found[name] = Named(name, run.start(), run.start() + len(name), PERSON)  # the nearest mention
    return next(iter(found.values())) if len(found) == 1 else None  # two people of that name: as written


def unit_right_after(doc: Document, pos: int, limit: int) -> Named | None:
    """A unit's name written straight after a form ("lễ đón nhận Huân chương X Trường THCS Y"), or None."""
    return _named_right_after(doc, pos, limit, _patterns().unit, UNIT)


def names_its_unit(named: Named) -> bool:
    """Does a unit's name say which unit, more than its head ("Viện", "Nhà hát": a unit named before)?"""
    head = _patterns().unit.match(named.text)
    return head is None or bool(named.text[head.end():].strip())


def person_right_after(doc: Document, pos: int, limit: int) -> Named | None:
    """A person called by an honorific straight after a reward ("khen thưởng chị Lò Thị A (32 tuổi, ...)",
    "khen thưởng đột xuất anh B-Phó Chỉ huy trưởng ...", "khen thưởng và biểu dương anh C"), or None."""
    praise = _patterns().praise_before_person.match(doc.lower, pos, limit)  # "... và biểu dương anh C": the words of praise passed over
    return _named_right_after(doc, praise.end() - 1 if praise else pos, limit, _patterns().honorific, PERSON)


def _named_right_after(doc: Document, pos: int, limit: int, opening: re.Pattern, kind: str) -> Named | None:
    """The name of `kind` written straight after `pos` when `opening` (a unit's head, an honorific) opens it."""
    piece = doc.text[pos:_list_end(doc, pos, limit)]
    if not piece[:1].isspace() or not opening.match(piece.lstrip()):
        return None
    named = _typed(_ITEM_END.split(piece.strip())[0], pos + len(piece) - len(piece.lstrip()))
    return named if named and named.kind == kind else None


def name_right_after_count(doc: Document, count_end: int, limit: int) -> Named | None:
    """The one recipient a count of one names straight after its noun ("cho 01 tập thể Vụ X và 01 cá nhân ông
    Lò Văn A, Viện trưởng ..."), or None."""
    end = _list_end(doc, count_end, limit)
    piece = doc.text[count_end:end]
    if not piece[:1].isspace():
        return None
    text = piece.strip()
    start = count_end + len(piece) - len(piece.lstrip())
    lead = _patterns().granted_lead.match(text)  # "và một cá nhân cho đ/c Lò Thị A, ...": the grant's "cho" written again
    if lead and _patterns().honorific.match(text[lead.end():]):
        text, start = text[lead.end():], start + lead.end()
    if _patterns().honorific.match(text):
        return _typed(text.split(",")[0], start)
    if _patterns().unit.match(text):
        named = _typed(text, start)
        return named if named and named.kind == UNIT else None
    return None


def listed_right_after_count(doc: Document, count_end: int, limit: int, expected: int, kind: str = PERSON) -> list[Named]:
    """The names a count lists straight after its noun, as many as it counts and all of ``kind``: people ('cho hai
    "hiệp sĩ" Lò Văn A, Vi Văn B') or units ("cho 3 tập thể Đội Xe, Đội Máy và Trạm Bơm"); else []."""
    if not doc.text[count_end:count_end + 1].isspace():
        return []
    end = _list_end(doc, count_end, limit)
    described = _patterns().count_description.match(doc.text, count_end, end)  # "2 học sinh lớp 4B, A và B"
    names = _items(doc, described.end() if described else count_end, end)
    return names if len(names) == expected and all(n.kind == kind for n in names) else []


def named_among_count(doc: Document, after: int, limit: int) -> list[Named]:
    """Some of a count's recipients, named after it ("cho 2 đơn vị, trong đó có Công an tỉnh X"): the annotators
    write them on the counted award, a list shorter than its count."""
    opening = _patterns().subset_named.match(doc.lower, after, limit)
    if opening is None:
        return []
    return _items(doc, opening.end(), _list_end(doc, opening.end(), limit))


_GIVEN_NAMES = re.compile(rf"\s+([{UPPER}][^\s,;.()]*)((?:\s*,\s*|\s+và\s+)[{UPPER}][^\s,;.()]*)*(?=[\s,;.]|$)")
_GIVEN_NAME_SPLIT = re.compile(r"\s*,\s*|\s+và\s+")


def given_names_after_count(doc: Document, count_end: int, limit: int, expected: int) -> list[Named]:
    """People a count of children or comrades names by their given names straight after it ("cho hai em Sinh và
    Phong"), when it names as many as it counts; else []."""
    m = _GIVEN_NAMES.match(doc.text, count_end, limit)
    if m is None:
        return []
    names, pos = [], m.start(1)
    for piece in _GIVEN_NAME_SPLIT.split(doc.text[m.start(1):m.end()]):
        start = doc.text.index(piece, pos)
        names.append(Named(piece, start, start + len(piece), PERSON))
        pos = start + len(piece)
    return names if len(names) == expected and all(len(n.text.split()) == 1 for n in names) else []


_OF = re.compile(r"\s+của(?=\s)")
_LOWER_TAIL = re.compile(r"(?:\s+[a-zđà-ỹ][^\s]*)+$")


def unit_whose_form(doc: Document, pos: int, limit: int) -> Named | None:
    """The unit a form is said to be of in a ceremony receiving it ("lễ đón nhận Huân chương X của Trường THCS
    Y"), or None; the caller rules out givers ("của Chủ tịch nước")."""
    of = _OF.match(doc.text, pos, limit)
    locality = _locality_with_commas(doc, of.end(), limit) if of else None
    if locality:  # "lễ đón nhận Huân chương X của Đảng bộ, chính quyền và nhân dân huyện Y": the locality
        return locality
    unit = unit_right_after(doc, of.end(), limit) if of else None
    tail = _LOWER_TAIL.search(unit.text) if unit else None  # "Trường X diễn ra trang trọng": X
    return Named(unit.text[:tail.start()], unit.start, unit.start + tail.start(), UNIT) if tail else unit


def _locality_with_commas(doc: Document, pos: int, limit: int) -> Named | None:
    """A locality written with commas straight after `pos` ("Đảng bộ, chính quyền và nhân dân huyện Y - vùng đất
    ..."), whole up to the next item or a description; None for any other text."""
    start = pos + len(doc.text[pos:limit]) - len(doc.text[pos:limit].lstrip())
    whole = _patterns().locality.match(doc.text[start:limit])  # anchored at ^
    if whole is None or "," not in whole.group():
        return None
    ends = [m.start() for m in (_ITEM_END.search(doc.text, start + whole.end(), limit),
                                _patterns().unit_description.search(doc.text, start + whole.end(), limit)) if m]
    end = min(ends + [limit])
    name = doc.text[start:end].rstrip(" .")
    return Named(name, start, start + len(name), LOCALITY)


def opens_names(doc: Document, form_end: int, limit: int) -> bool:
    """Does a granting word follow the form ("... cho", "... năm 2023 của X tặng cho")? A cheap test before `named_after`."""
    if not _patterns().head_word.search(doc.lower, form_end, min(limit, form_end + HEAD_REACH)):
        return False  # no granting word near: the costlier head pattern is spared
    return _patterns().head.match(doc.lower, form_end, limit) is not None


def restates(doc: Document, form_end: int, limit: int) -> bool:
    """Do the names after the form restate a statement rather than grant ("Tập thể được tặng Bằng khen là A")?

    Only a granting word ("cho", "tặng") or a list opened by a colon makes a
    statement of its own; "là A" names the recipients of one already counted.
    """
    head = _patterns().head.match(doc.lower, form_end, limit)
    return head is not None and ":" not in head.group() and not _GRANTS.search(head.group())


def named_after(doc: Document, form_end: int, limit: int) -> list[Named]:
    """The names listed after a form ("... Bằng khen cho A, B và C"), typed, in order; [] when none."""
    pats = _patterns()
    head = pats.head.match(doc.lower, form_end, limit)
    if head is None:
        return []
    colon = ":" in doc.text[form_end:head.end()]  # "gồm: Bình Dương, Hải Phòng": a capital opens a name
    colon_at = doc.text.rfind(":", form_end, head.end()) + 1
    if colon and _line_ends(doc, colon_at):  # "... cho các đơn vị sau:" and one name a line below
        return names_below(doc, colon_at)
    if _GRANT_AT_END.search(head.group()) and _line_ends(doc, head.end()):
        return names_below(doc, head.end())  # a printed decision: "Tặng Bằng khen ... cho" and one name a line below
    end = _list_end(doc, head.end(), limit)
    names = _items(doc, head.end(), end, capital_enough=colon, complete=colon)
    if names and _cut_by_the_text_end(doc, names[-1]):
        names = names[:-1]
    return names + _people_after_reason(doc, end, limit) if names and names[-1].kind == PERSON else names


def _cut_by_the_text_end(doc: Document, named: Named) -> bool:
    """Is `named` cut off by the end of the text, mid-word ("...; ông Lò V" as an excerpt's last words)? A name's
    last syllable is never a lone letter with nothing, not even a full stop, after it."""
    return _LONE_LETTER_END.search(named.text) is not None and _ONLY_SPACE.fullmatch(doc.text, named.end) is not None


_LONE_LETTER_END = re.compile(r"(?:^|\s)\w$")  # "Lò V": a name's last syllable cut to one letter
_ONLY_SPACE = re.compile(r"\s*")  # nothing but white space to the end of the text


def _people_after_reason(doc: Document, reason: int, limit: int) -> list[Named]:
    """People a grant names after the reason of the one before ("cho anh A, ở X, do đã ... và Đại úy B, Phó
    Trưởng Công an Y do đã ..."): each reason is followed by "và" and the next person's honorific or rank."""
    out: list[Named] = []
    while reason < limit:
        joint = _AND_HONORIFIC.search(doc.text, reason, limit)
        if joint is None or has_person_name(doc.text[reason:joint.start()]):
            break  # "vì đã cứu sống bà B và ông C": the people of the reason, not more recipients
        opening = doc.text.index("và", joint.start()) + len("và")
        end = _list_end(doc, opening, limit)
        person = _typed(doc.text[opening:end].split(",")[0], opening)
        if person is None or person.kind != PERSON:
            break
        out.append(person)
        reason = end
    return out


BACK_REFERENCE_REACH = 2  # sentences before a "cho nhà trường" within which the school may be named


def named_in_second_list(doc: Document, pos: int, limit: int) -> list[Named]:
    """The names of the other kind a list runs into ("cho các tập thể: A, B | và các cá nhân: ông C, bà D"), [] when
    no such list follows `pos`."""
    opening = _patterns().second_kind_list.match(doc.lower, pos, limit)
    if opening is None:
        return []
    return _items(doc, opening.end(), _list_end(doc, opening.end(), limit), capital_enough=True, complete=True)


def named_after_grant_again(doc: Document, pos: int, limit: int) -> list[Named]:
    """The names after a grant written again with no form of its own ("cho cố GS A | và trao tặng cho GS B"):
    more recipients of the same form; [] when no such grant follows `pos`."""
    again = _patterns().grant_again.match(doc.lower, pos, limit)
    return named_after(doc, again.end(), limit) if again else []


def unit_referred_back(doc: Document, phrase_start: int, phrase: str) -> Named | None:
    """The unit a recipient phrase like "nhà trường" or "tập thể nhà trường" refers back to: the one a sentence
    opening "Tại Trường X, ..." named, in this sentence or the two before; None when there is none."""
    pats = _patterns()
    if not pats.back_reference.fullmatch(phrase.strip().lower()):
        return None
    starts = [s.start for s in doc.sentences if s.start <= phrase_start][-(BACK_REFERENCE_REACH + 1):]
    for start in reversed(starts):
        venue = pats.venue_unit.match(doc.text, start)
        named = _typed(venue.group(1), venue.start(1)) if venue else None
        if named and named.kind == UNIT and pats.unit.match(named.text):
            return named
    return None


def people_in_paragraphs_after(doc: Document, last: Named) -> list[Named]:
    """People written a paragraph each after a list's last person ("Các cá nhân gồm: Ông A, ...", then "Bà B, ...").

    Only when the last person's sentence closes its paragraph: a list that ends
    inside a paragraph has no more names below.
    """
    sentence = doc.sentence_at(last.end)
    if last.kind != PERSON or sentence is None or not _line_ends(doc, sentence.end):
        return []
    return [n for n in names_below(doc, sentence.end) if n.kind == PERSON]


def people_called_by_first_name_honorific(doc: Document) -> list[Named]:
    """The people the article's body calls "anh", "chị", "em" or "cháu" by their full names, once each, in order:
    the citizens or pupils a reward is for ("cho 2 đoàn viên ... anh Lò Văn A và anh Vi Văn B phát hiện ...").
    A person an office or a speaking or giving verb follows is an official, left out. Read once per article."""
    return list(doc.shared(("people called by a familiar honorific",), lambda: _people_called_familiarly(doc)))


def _people_called_familiarly(doc: Document) -> list[Named]:
    pats, found = _patterns(), {}
    body = doc.body_sentences()
    body_start = body[0].start if body else 0
    for m in pats.familiar_honorific.finditer(doc.text, body_start):
        run = _CAPITALISED_RUN.match(doc.text, m.end())
        words = _SENTENCE_END.split(run.group())[0] if run else ""  # "Lò Văn A.\n\nTheo đó": A's name ends
        name = next((words[:cut] for cut in _word_ends(words) if looks_like_person(words[:cut])), None)
        if not name:
            continue
        after = doc.text[m.end() + len(name):m.end() + len(name) + 40]
        if pats.official_after.match(after) or (after.startswith(",") and pats.title.match(after[1:].strip())):
            continue
        if pats.office_before.search(doc.text, max(0, m.start() - 80), m.start()):
            continue  # "Phó Bí thư Huyện đoàn X, anh Lò Văn A, đánh giá ...": an official
        found.setdefault(name, Named(name, m.end(), m.end() + len(name), PERSON))
    return list(found.values())


def _word_ends(run: str) -> list[int]:
    """Where the words of a capitalised run end, longest first."""
    return sorted((m.end() for m in re.finditer(r"\S+", run)), reverse=True)


def names_below(doc: Document, pos: int) -> list[Named]:
    """The names of the list that the lines after `pos` hold, one a line ("- Trường A", "2. Ông Lò Văn B, Giám đốc ...").

    A line holds a name when, without its list mark, it opens with a unit's
    head, an honorific, a locality or a personal name; the first line that
    does not ends the list (a blank line does not). A table flattened into
    text ("1 | Trường A | Tập thể") gives its first cell that names one.
    """
    index = doc.line_index_at(pos)
    if index is None:
        return []
    out: list[Named] = []
    marks = set()
    for line in doc.lines[index + 1:index + 1 + MAX_ITEMS]:
        text = doc.text[line.start:line.end]
        if not text.strip() or _patterns().kind_heading.fullmatch(text):
            continue  # "a) Tập thể:", "b) Cá nhân:": the kind of the names below, which say it themselves
        heading = _patterns().kind_heading.match(text)
        if heading and ":" in heading.group():  # "- Tập thể: A, B." then "- Cá nhân: C, D."
            end = line.start + len(text.rstrip(" .;,"))
            listed = _items(doc, line.start + heading.end(), end, capital_enough=True, complete=True)
            if listed:
                out.extend(listed)
                continue
        mark = _mark_kind(text)
        if marks and mark not in marks:
            break  # "2. Bằng khen ..." after the dash lines of item 1: the next item of the list above
        several = _semicolon_line(doc, line.start, text)
        if several:  # "Thượng sĩ A, tiểu đội trưởng; Trung sĩ B, chiến sĩ; ...": one line, a name each item
            marks.add(mark)
            out.extend(several)
            continue
        named = _listed_name(text, line.start, marked_list=bool(out) and mark is not None)
        if named is not None and named.kind == PERSON and _AND_HONORIFIC.match(doc.text, named.end):
            both = _items(doc, named.start, line.start + len(text.rstrip(" .;,")))
            if len(both) > 1:  # "Cô Lò Thị A và cô Hà Thị B, giáo viên Trường X.": two people on one line
                out.extend(both)
                continue
        if named is None and not out and "|" in text:
            continue  # a table's header row
        if named is None:
            break
        marks.add(mark)
        if any(n.text == named.text for n in out):
            continue  # "Anh Lò Văn A - Trưởng thôn B": a photo's caption naming again one of the list
        out.append(named)
    return out


def _semicolon_line(doc: Document, start: int, text: str) -> list[Named]:
    """The names of a list line that holds several items between semicolons, or [] for a line of one item.

    A writer who puts the whole list on the line under "gồm:" separates it by
    semicolons; read as one item, only its first name would be kept. Each item
    must give one name.
    """
    body = text.rstrip(" .;,/")  # "./." closes the last item of a decision
    if ";" not in body or "|" in text or _patterns().clause_verb.search(body):
        return []  # "1. Trường A; đã có thành tích ...": one item and its reason
    mark = _LIST_MARK.match(body)
    pieces = [piece.strip() for piece in body[mark.end() if mark else 0:].split(";")]
    if not all(piece[:1] in UPPER or _patterns().honorific.match(piece) for piece in pieces):
        return []  # "1. Trường A; dẫn đầu Khối 01": one item and what it did
    names = _items(doc, start + (mark.end() if mark else 0), start + len(body), capital_enough=True, complete=True)
    item_of = [body.count(";", 0, name.start - start) for name in names]  # the item each name stands in
    return names if len(names) > 1 and item_of == list(range(len(pieces))) else []


def _mark_kind(line: str) -> str | None:
    """What marks a list line: a dash or bullet, a number, a letter, a Roman numeral; None for none."""
    mark = _LIST_MARK.match(line)
    if mark is None or not mark.group().strip():
        return None
    first = mark.group().strip()[0]
    return "number" if first.isdigit() else "letter" if first.islower() else "roman" if first in "IVX" else first


def _listed_name(text: str, offset: int, marked_list: bool = False) -> Named | None:
    """The name one list line holds, or None.

    ``marked_list``: the line carries a list mark and follows named lines, so a
    capitalised name is a unit even when its head is not a known one
    ("- Liên minh Hợp tác xã tỉnh A" after "- Sở Công Thương tỉnh A").
    """
    mark = _LIST_MARK.match(text)
    cells = [m for m in _CELL.finditer(text, mark.end() if mark else 0)]
    for cell in cells if "|" in text else cells[:1]:
        piece = cell.group().rstrip(" ;.,/")  # "./." closes the last item of a decision
        if _patterns().honorific.match(piece.lstrip()):
            # "1. Anh Lò Văn A, nông dân ... Anh đã ...", or a paragraph of its own: "Ông Lò Văn A, Trưởng thôn B. Ông ..."
            first = piece.split(",")[0]
            person = _typed(first, offset + cell.start())
            if person is not None and person.kind == PERSON and (
                    mark or "," in piece and person.end == offset + cell.start() + len(first.rstrip())
                    and looks_like_person(person.text)):
                return person
        if not piece.strip() or len(piece) > MAX_ITEM_CHARS * 2:
            continue
        piece = _ITEM_TAIL.split(piece)[0]
        if _patterns().clause_verb.search(piece):
            return None  # "Hội nghị cũng đã thống nhất ...": a sentence, the list is over
        named = _typed(piece, offset + cell.start())
        if named and (named.kind != UNIT or marked_list or _patterns().unit.match(named.text)):
            return named
    return None


def _line_ends(doc: Document, pos: int) -> bool:
    """Nothing but white space from `pos` to the end of its line."""
    newline = doc.text.find("\n", pos)
    return not doc.text[pos:newline if newline >= 0 else len(doc.text)].strip()


def listed_below_count(doc: Document, count_end: int, expected: int) -> list[Named]:
    """The names of the lines below a count that ends its line ("1. Đề nghị tặng Huân chương X: 02 tập thể" and
    "- A;" "- B" below), or ends it with a colon after what they are ("cho 2 tập thể ngành Giáo dục đợt 10/2022:"),
    when they are as many as it says; else []."""
    described = _DESCRIPTION_TO_COLON.match(doc.text, count_end)
    below = described.end() if described else count_end
    if not _line_ends(doc, below):
        return []
    names = names_below(doc, below)
    return names if len(names) == expected else []


def listed_after_description(doc: Document, count_end: int, limit: int, expected: int) -> list[Named]:
    """The names after a colon that closes what the counted are ("cho 3 nguyên Phó Chủ tịch Quốc hội: A, B và C"),
    when they are as many as the count says; else []."""
    described = _DESCRIPTION_TO_COLON.match(doc.text, count_end, limit)
    if described is None or _line_ends(doc, described.end()):
        return []  # a list below the line is read by `listed_below_count`
    names = _items(doc, described.end(), _list_end(doc, described.end(), limit), capital_enough=True, complete=True)
    return names if len(names) == expected else []


def listed_in_closing_bracket(doc: Document, count_end: int, sentence_end: int, expected: int) -> list[Named]:
    """The names a bracket closing a counted statement lists ("02 cô giáo được nhận Bằng khen của X (cô giáo A và cô
    giáo B)."), the bracket in the sentence or standing alone after it, when they are as many as the count; else []."""
    after = doc.sentence_from(sentence_end)
    own = _FINAL_BRACKET.search(doc.text, count_end, sentence_end)
    alone = _FINAL_BRACKET.fullmatch(doc.text, after.start, after.end) if after and not own else None
    bracket = own or alone
    if bracket is None:
        return []
    opening = doc.text.index("(", bracket.start()) + 1
    names = _items(doc, opening, doc.text.rindex(")", opening, bracket.end()), complete=True)
    return names if len(names) == expected else []


def named_in_apposition(doc: Document, count_end: int, limit: int, expected: int | None = None) -> list[Named]:
    """The names a counted statement spells out: "cho 3 đơn vị: A, B và C", "4 trường (A, B, C, D)".

    ``expected``: the count; a list of that many semicolon-separated units names one unit per item, its
    parents after commas and all ("gồm Lữ đoàn 74, Tổng cục II; Nhà máy X51, Tổng cục CNQP; ...").
    Read once per span (a new list each time): the awards stage asks again for each form and count.
    """
    return list(doc.shared(("named in apposition", count_end, limit, expected),
                           lambda: _named_in_apposition(doc, count_end, limit, expected)))


def _named_in_apposition(doc: Document, count_end: int, limit: int, expected: int | None) -> list[Named]:
    # most counts have none of the words an apposition needs ("gồm", "là", ":") before the sentence ends
    opening = match(_patterns().apposition, doc.lower, count_end, limit)
    if opening is None:
        return []
    colon_at = doc.text.rfind(":", count_end, opening.end()) + 1
    if colon_at and _line_ends(doc, colon_at):
        return names_below(doc, colon_at)  # "cho 3 đơn vị, gồm các đơn vị sau:" and a list below
    if not colon_at and _line_ends(doc, opening.end()):  # "... gồm" ending its line, no colon: as many as counted
        names = names_below(doc, opening.end())
        return names if len(names) == expected else []
    end = _list_end(doc, opening.end(), limit)
    if doc.text[count_end:opening.end()].rstrip().endswith("("):
        close = doc.text.find(")", opening.end(), end)
        end = close if close > 0 else end
    names = _items(doc, opening.end(), end, capital_enough=bool(colon_at))  # after a colon a capital opens a name
    if (opening.group("described") or opening.group("kind_named")) and len(names) != expected:
        return []  # "2 đơn vị dẫn đầu ... là A và B": a description's "là" names them only when it names them all
    if expected and len(names) < expected and len(_siblings_split(names)) == expected:
        return _siblings_split(names)  # "17 cơ quan báo chí ... gồm: Báo A, Báo B; C; ...": 17 with A and B apart
    if expected and len(names) != expected:
        return _units_a_semicolon_item_each(doc, opening.end(), end, expected) or names
    return names


def _units_a_semicolon_item_each(doc: Document, start: int, end: int, expected: int) -> list[Named]:
    """The `expected` units of a semicolon list, one whole item each, or [] when it is not such a list.

    One item at least opens with a unit's head; others may be described in lower case ("thủy thủ và thuyền viên tàu
    X", "tập thể tàu Y"): the count, matched item for item, says they are units too.
    """
    items, headed = [], 0
    for piece_start, piece_end in _last_and_split(doc.text, list(_pieces(doc.text, start, end, _SEMICOLON))):
        text = doc.text[piece_start:piece_end]
        lead = len(text) - len(text.lstrip())
        body = text.strip().rstrip(".")
        first = _typed(body.split(",")[0], 0)
        is_unit = first is not None and first.kind == UNIT and _patterns().unit.match(body) is not None
        described = body[:1].islower() and len(body) <= MAX_ITEM_CHARS and _CAPITALISED_NEXT.search(body) \
            and not _patterns().clause_verb.search(f" {body} ")
        if not body or not (is_unit or described):
            return []
        headed += is_unit
        items.append(Named(body, piece_start + lead, piece_start + lead + len(body), UNIT))
    return items if len(items) == expected and headed else []


def _last_and_split(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A semicolon list's pieces, the last split at its final "và" when a unit's head opens what follows ("A; B - C,
    D và Công an huyện E": the last two units are joined the way a list ends)."""
    if len(pieces) < 2:
        return pieces
    start, end = pieces[-1]
    joins = [m for m in _AND.finditer(text, start, end) if _patterns().unit.match(text[m.end():end])]
    if not joins:
        return pieces
    return pieces[:-1] + [(start, joins[-1].start()), (joins[-1].end(), end)]


def named_in_next_sentence(doc: Document, start: int, end: int, count: int | None = None,
                           repeated: bool = False) -> list[Named]:
    """The names a following sentence spells out for a count: "Đó là các bệnh viện: Bạch Mai, Nhi đồng I, ...";
    ``repeated``: `start` is after the count the sentence repeats ("4 | tập thể này gồm: A; B"). Without a
    colon ("Đó là A và B", "3 | thôn đạt chuẩn là thôn A, thôn B, thôn C") the names must be `count` many.
    Read once per span (a new list each time): each count of the sentence before asks for them."""
    return list(doc.shared(("named in next sentence", start, end, count, repeated),
                           lambda: _named_in_next_sentence(doc, start, end, count, repeated)))


def _named_in_next_sentence(doc: Document, start: int, end: int, count: int | None, repeated: bool) -> list[Named]:
    pattern = _patterns().repeated_count if repeated else _patterns().next_sentence
    opening = pattern.match(doc.lower, start, end)
    if opening is None:
        return _people_listed_alone(doc, start, end, count) if count and not repeated else []
    colon_at = doc.text.rfind(":", start, opening.end()) + 1
    if colon_at and _line_ends(doc, colon_at):  # "Các cá nhân gồm:" and one a line (or paragraph) below
        return names_below(doc, colon_at)
    list_end = _list_end(doc, opening.end(), end)
    names = _items(doc, opening.end(), list_end, capital_enough=True)
    if count and len(names) != count:  # "gồm: Đội A, Phòng B, Công an X; Công an Y": one unit an item
        names = _units_a_semicolon_item_each(doc, opening.end(), list_end, count) or names
    return names if colon_at or len(names) == count else []


def _people_listed_alone(doc: Document, start: int, end: int, count: int) -> list[Named]:
    """A sentence that is nothing but a list of people, each by an honorific and between semicolons, as many as
    counted ("11 cá nhân đoạt Giải thưởng X", then "Ông A, Công ty B; ông C, Công ty D; ..."), or a few opening
    the sentence ("cho 02 gia đình ...", then "Gia đình ông A và gia đình ông B, hiện ngụ tại ..."): the people."""
    text = doc.text[start:end].lstrip()
    listed = _semicolon_list(text) and _patterns().honorific.match(text) is not None
    few = not listed and count <= FEW_LISTED_ALONE and _described_person(text)
    if not listed and not few:
        return []
    names = _items(doc, start, _list_end(doc, start, end), capital_enough=True)
    if few and names and not _nothing_but_details(doc.text[names[-1].end:end]):
        return []  # "Bà A và ông B biểu dương ...": the people act in the sentence, they are not listed
    return names if len(names) == count and all(n.kind == PERSON for n in names) else []


def _nothing_but_details(rest: str) -> bool:
    """Does what follows a list of people say only where they live or who they are (", hiện ngụ tại ...")?"""
    rest = _BRACKET.sub("", rest).strip(" .")
    return not rest or rest.startswith(",") and _patterns().person_details.match(rest[1:].strip()) is not None


def restating_lead(doc: Document, start: int, end: int) -> int:
    """Where a sentence's count would start after a lead such as "Cụ thể, " (else `start`)."""
    lead = _patterns().restating_lead.match(doc.lower, start, end)
    return lead.end() if lead else start


def named_in_listing_sentence(doc: Document, start: int, end: int) -> list[Named]:
    """The names a sentence lists with no count ("Các tập thể được trao danh hiệu gồm A; B; C"), [] when it
    is no such sentence or one piece names nobody."""
    opening = _patterns().listing_sentence.match(doc.lower, start, end)
    if opening is None:
        return []
    return _items(doc, opening.end(), _list_end(doc, opening.end(), end), capital_enough=True, complete=True)


def _list_end(doc: Document, start: int, limit: int) -> int:
    """Where a list of names ends: the first stop outside brackets ("Trường X (TX. Gò Công)" is one name)."""
    for stop in _patterns().stop.finditer(doc.lower, start, limit):
        if doc.text[stop.start():stop.end()].strip()[:1].isupper():
            continue  # "bà Vì Thị Xuân": a name, not the word "vì" (because)
        if _SHARED_LEVEL.search(doc.lower, max(start, stop.start() - 30), stop.start() + 1):
            continue  # "Bộ chỉ huy BĐBP các tỉnh: Cao Bằng, Hà Giang": a head shared by the names after it
        if _patterns().group_before_colon.search(doc.text, max(start, stop.start() - 70), stop.end()):
            continue  # "...; các Phó chủ nhiệm Ủy ban: ông A, ông B": a sub-heading inside the list
        if doc.text.count("(", start, stop.start()) <= doc.text.count(")", start, stop.start()):
            return stop.start()
    return limit


def people_listed_at(doc: Document, start: int, limit: int) -> list[Named]:
    """The people a list opening at `start` names ("thầy A và thầy B"), [] unless all its names are people."""
    names = _items(doc, start, _list_end(doc, start, limit))
    return names if names and all(n.kind == PERSON for n in names) else []


def name_of_subject(doc: Document, start: int, end: int) -> Named | None:
    """The one name a passive grant's subject is ("Trường THPT X được tặng ..."), or None."""
    names = names_of_subject(doc, start, end)
    return names[0] if len(names) == 1 else None


def names_of_subject(doc: Document, start: int, end: int) -> list[Named]:
    """The names of a passive grant's subject ("Trường A và Trường B được tặng ..."), [] when it names none.

    The subject opens the last comma-separated stretch before the verb that
    holds more than the verb's own adverbs: "Sáng 15/11, Trường X", and
    "Hội X được huyện chọn làm ..., được tỉnh tặng" (the stretch before the
    verb says nothing, so the subject is the one of the stretch before).
    A locality written with commas ("Đảng bộ, chính quyền và nhân dân xã Y")
    is one subject.
    """
    pats = _patterns()
    recognized = pats.recognized_places.search(doc.lower, start, end)  # "Huyện A vừa công nhận 3 thôn B, C và D": B, C, D
    places = _shared_level_names(doc, recognized.end(), end, _COUNTED_LEVEL) if recognized else []
    if places:
        return places
    sentence = doc.sentence_at(start)  # a listed subject runs over the semicolons that cut clauses
    listed = _listed_subject(doc, min(start, sentence.start) if sentence else start, end)
    if listed:
        return listed
    people = _people_with_details(doc, start, end)
    if people:
        return people
    commas = [m.end() for m in re.finditer(",", doc.text[start:end])]
    for at in [start] + [start + c for c in commas]:  # "Cùng với A, Sở Y tế các tỉnh: B, C và D là những đơn vị được ..."
        shared = _shared_level_names(doc, at, end)
        if shared and "," not in doc.text[shared[-1].end:end]:
            return shared  # the head written once, the list running up to the verb
    starts = [start] + [start + c for c in commas]
    stops = [start + c - 1 for c in commas] + [end]
    for back, (at, stop) in enumerate(zip(reversed(starts), reversed(stops))):
        if back >= MAX_SUBJECT_STRETCHES:
            break
        text = _PLACE_BRACKET.sub(lambda m: " " * len(m.group()), doc.text[at:stop])  # "A (huyện X) và B (huyện Y)"
        cut = pats.subject_end.search(text)  # "Trường X (TP Y) long trọng tổ chức lễ ...": "Trường X"
        stretch = pats.adverbs.sub("", text[:cut.start()] if cut else text).strip().rstrip(",")
        if not stretch or _TRAILING_AND.fullmatch(" " + stretch):
            continue  # ", đã vinh dự", "(...), và đón nhận": the subject is before
        for wider in [s for s in starts if s < at][-3:]:  # "Đảng bộ, quân và dân huyện Z": one locality
            whole = doc.text[wider:at + len(text[:cut.start()] if cut else text)]
            lead = len(whole) - len(whole.lstrip())
            locality = pats.locality.match(whole.lstrip())
            if locality and wider + lead + locality.end() > at:  # its commas are the locality's own
                name = pats.adverbs.sub("", whole.strip().rstrip(","))
                return [Named(name, wider + lead, wider + lead + len(name), LOCALITY)]
        offset = at + len(text) - len(text.lstrip())
        lead = pats.clause_lead.match(stretch)  # "Trong đó đồng chí A vinh dự được nhận ...": A
        if lead and lead.end() < len(stretch):
            stretch, offset = stretch[lead.end():], offset + lead.end()
        school = pats.school_people.match(stretch)  # "thầy và trò Trường X": X
        if school:
            stretch, offset = stretch[school.end():], offset + school.end()
        outlet = _OUTLET_MARK.match(stretch)  # "Kinhtedothi - Tổng công ty X đã ...": the news outlet's mark
        if outlet and pats.unit.match(stretch[outlet.end():]):
            stretch, offset = stretch[outlet.end():], offset + outlet.end()
        named = pats.subject_apposition.search(stretch)  # "Hai phó giám đốc là A và B": the names after "là"
        if named:
            listed = _subject_list(doc, offset + named.end(), offset + len(stretch))
            if listed:
                return listed
            stretch = stretch[:named.start()]  # "Trường X là tập thể được ...": X
        if pats.acting_for.search(stretch):
            return []  # "bà A, Hiệu trưởng, thay mặt toàn trường nhận ...": she receives for the school
        after_clause = _unit_after_clause(doc, offset, stretch)  # "... thực hiện Sáu điều ... và Công an tỉnh B"
        if after_clause:
            return after_clause
        if pats.title.match(stretch):
            person = trailing_person(stretch, offset)  # "Nguyên Bộ trưởng, Chủ nhiệm VPCP Lò Văn A được nhận ..."
            if at > start and (stretch[:1] not in UPPER or _person_before(doc, starts, at)
                               or person is None and _role_before(doc, starts, at)):
                continue  # "ông Lò Văn A, giám đốc công ty, vừa được ...", "ông B, Phó Bí thư, Chủ tịch X được ...": B's roles
            if person is None or pats.attending.search(doc.text, person.end, stop):
                return []  # "Chủ tịch Quốc hội X đã tới dự lễ ... đón nhận ...": an official attending
            return [person]
        if pats.person_details.match(stretch) and _person_before(doc, starts, at):
            continue  # "đồng chí Lò Thị A (SN 1927), sinh hoạt tại chi bộ B được ...": what is said of A
        if _describes_the_unit_before(doc, starts, at, stretch):
            continue  # "Trường X (quận 1), ngôi trường mang tên Y, vinh dự đón nhận ...": what is said of X
        if pats.locality.match(stretch) and (_role_before(doc, starts, at) or _unit_before(doc, starts, at)
                                             or _placed_before(doc, starts, at)):
            continue  # "Lò Văn A, Bí thư Chi bộ thôn B, xã C được ...", "Trường X, xã Y, đón nhận ...": a place
        if pats.unit.match(stretch) and _workplace_of_role(doc, starts, at):
            continue  # "Đại úy Lò Văn A, Chỉ huy trưởng Đồn X, Tiểu đoàn Y, Quân chủng Z, được ...": A's units
        if pats.back_reference.fullmatch(stretch):  # "Tại Trường X, ..., nhà trường đã ...": X
            venue = pats.venue_unit.match(doc.text, start)
            named = _typed(venue.group(1), venue.start(1)) if venue else None
            return [named] if named and pats.unit.match(named.text) else []
        names = _subject_list(doc, offset, offset + len(stretch))
        if names:  # "Trường A, Trường B và Trường C được tặng": the stretches before may list more
            for earlier, later in zip(reversed(starts[:len(starts) - back - 1]), reversed(starts[:len(starts) - back])):
                more = _subject_list(doc, earlier, later - 1, strict=True)
                if not more:
                    break
                names = more + names
        # "Chi cục đã được Thủ tướng tặng ...": the unit the article named with that head before
        return _with_parents(doc, [_named_before(doc, n, nearest=True) if n.kind == UNIT else n for n in names])
    return []


def _unit_after_clause(doc: Document, offset: int, stretch: str) -> list[Named]:
    """The unit after the last "và" of a subject stretch that opens with a clause of its own ("Báo A phối hợp
    Công an tỉnh tiến hành livestream Lễ ... và Công an tỉnh B đón nhận ..."): [B]; [] otherwise."""
    pats = _patterns()
    joints = list(_AND.finditer(stretch))
    if not joints or not pats.carrying_out.search(stretch[:joints[-1].start()]):
        return []
    named = _typed(stretch[joints[-1].end():], offset + joints[-1].end())
    return [named] if named and named.kind == UNIT and pats.unit.match(named.text) else []


def _people_with_details(doc: Document, start: int, end: int) -> list[Named]:
    """A subject of people each called by an honorific and told where they live or what they are, between
    commas or in brackets ("ông Lò Văn A, ở thôn B và ông Hà Văn C, ở thôn D, xã E, được tặng ...", "các anh A
    và B (cùng là đoàn viên ...) đã được ..."): the people, in order; [] for a subject of another shape."""
    pats = _patterns()
    text = _BRACKET.sub(lambda m: " " * len(m.group()), doc.text[start:end])
    verb = pats.clause_verb.search(text)  # "... đã được Ban Thường vụ X quyết định tặng": the subject ends first
    text = text[:verb.start()] if verb else text
    at = len(text) - len(text.lstrip())
    lead = pats.clause_lead.match(text, at)  # "Theo đó, ", "Trước đó, "
    at = lead.end() if lead else at
    people, details = [], 0
    for piece in _BETWEEN_COMMAS.finditer(text, at):
        for joined, part in enumerate(_AND.split(piece.group())):
            body = part.strip()
            if not body:
                continue
            offset = start + piece.start() + piece.group().find(body)
            honoured = pats.honorific.match(body) or pats.person_descriptor.match(body) \
                or people and looks_like_person(body)  # "các anh A và B", "đảng viên A"
            named = _typed(body, offset) if honoured else None
            if named is not None and named.kind == PERSON and named.end == offset + len(body) \
                    and looks_like_person(named.text):
                people.append(named)  # the name ends the part: not "bà A - Chủ tịch Hội X cho biết"
            elif people and (body[:1].islower() or not joined and pats.unit.match(body)) \
                    and len(body) <= MAX_ITEM_CHARS and not pats.clause_verb.search(f" {body} "):
                details += 1  # "ở thôn B", "đặc khu E", ", Đảng bộ phường F": what is said of the person before
            else:
                return []
    return people if people and (details or len(people) > 1 or "(" in doc.text[start:end]) else []


def names_listed_with_roles(doc: Document, start: int, end: int) -> list[Named]:
    """The names of a subject that lists several people or units between semicolons, each with what it is
    ("Các đồng chí Lò Văn A - Ủy viên ...; Vi Văn B - Giám đốc ... và đồng chí Hà Văn C - Bí thư ..."), from
    its first word to its verb; [] when [start, end) is no such list."""
    text = doc.text[start:end]
    if ";" not in text:
        return []
    comma = text.find(",", 0, text.index(";"))
    openings = [start] + ([start + comma + 1] if 0 < comma and len(text[:comma].split()) <= LEAD_WORDS else [])
    for opening in openings:
        lead = _SUBJECT_LEAD.match(doc.text, opening, end)  # "Các tập thể Phòng PC03, ...": the units
        names = _items(doc, lead.end(), end)
        before_first = doc.text[lead.end():names[0].start] if names else ""
        opens_there = not before_first.strip() or _patterns().honorific.fullmatch(before_first)  # "các đồng chí A"
        if len(names) >= 2 and opens_there and all(n.kind != UNIT or _patterns().unit.match(n.text) for n in names):
            return names
    return []


def _listed_subject(doc: Document, start: int, end: int) -> list[Named]:
    """A subject written as a list after a colon, people with their roles between semicolons ("Trường A và các
    đồng chí: Lò Văn B, Hiệu trưởng ...; Lò Thị C, ... được đề nghị tặng ...") or after a short head ("Hai cá
    nhân: A và B nhận ..."), with the names before its plural head; [] when the subject is not such a list."""
    colon = doc.text.rfind(":", start, end)
    if colon < 0 or (";" not in doc.text[colon:end] and len(doc.text[start:colon].split()) > SHORT_HEAD_WORDS):
        return []  # a list with roles between semicolons, or after a short head ("Hai cá nhân: A và B nhận ...")
    listed = _items(doc, colon + 1, end, capital_enough=True)
    if not listed or not all(n.kind != UNIT or _patterns().unit.match(n.text) for n in listed):
        return []  # "Căn cứ kết quả ..., Công đoàn ngành ...": no list of names
    rest = doc.text[listed[-1].end:end].strip(" ,")
    if len(rest) > MAX_ITEM_CHARS and not _patterns().adverbs.fullmatch(" " + rest):
        return []  # "Tổng Bí thư: Tổng cục X tăng cường ..., Sáng 12/12, Tổng cục Y tổ chức ...": a headline's colon
    head = _PLURAL_HEAD.search(doc.text, start, colon)
    before = names_of_subject(doc, start, head.start()) if head and head.start() > start else []
    return before + listed


def _stretch_before(doc: Document, starts: list[int], at: int) -> str:
    earlier = [s for s in starts if s < at]
    return doc.text[earlier[-1]:at - 1].strip() if earlier else ""


def _person_before(doc: Document, starts: list[int], at: int) -> bool:
    """Does the stretch before `at` end with a person ("Lò Văn A, Bí thư ...", "Công ty X và ông Lò Văn A,
    Giám đốc ...": the role is A's)?"""
    before = _stretch_before(doc, starts, at)
    last = _AND.split(before)[-1] if before else ""
    named = _typed(last, 0) if last else None
    return named is not None and named.kind == PERSON


def _workplace_of_role(doc: Document, starts: list[int], at: int) -> bool:
    """Do the units from `at` back follow a role phrase ("..., Tổng Giám đốc Công ty X, Quân chủng Y, được
    ...")? Then they say where the person before the role works."""
    earlier = [s for s in starts if s < at]
    for begin, end in list(zip(earlier, [*earlier[1:], at]))[::-1][:MAX_SUBJECT_STRETCHES]:
        stretch = doc.text[begin:end - 1].strip()
        if _patterns().title.match(stretch):
            return True
        if not _patterns().unit.match(stretch):
            return False
    return False


def _unit_before(doc: Document, starts: list[int], at: int) -> bool:
    """Is the stretch before `at` a unit's name (whose place the stretch at `at` then says)?"""
    stretch = _stretch_before(doc, starts, at)
    named = _typed(stretch, 0) if stretch else None
    return named is not None and named.kind == UNIT and bool(_patterns().unit.match(stretch))


def _describes_the_unit_before(doc: Document, starts: list[int], at: int, stretch: str) -> bool:
    """Is the stretch at `at` what the text says of the unit named before it ("Trường X, ngôi trường mang tên Y,
    đón nhận ...")? Written in lower case, no unit, place or count of its own ("..., và 23 nữ công nhân được
    ..." counts others), after a unit's name that grants nothing itself ("UBND tỉnh tặng Bằng khen, ...")."""
    pats = _patterns()
    if not stretch[:1].islower() or pats.unit.match(stretch) or pats.locality.match(stretch) or _DIGIT.search(stretch):
        return False
    return _unit_before(doc, starts, at) and not _GRANTS.search(_stretch_before(doc, starts, at))


def _placed_before(doc: Document, starts: list[int], at: int) -> bool:
    """Does the stretch before `at` hold a place ("huyện Nậm Pồ, tỉnh X được ...", "hai thanh niên tại xã A,
    huyện B vừa được ...")? Then a place at `at` says where that one is."""
    before = _stretch_before(doc, starts, at)
    return bool(_PLACED.search(before) or _patterns().locality.match(before))


def _role_before(doc: Document, starts: list[int], at: int) -> bool:
    """Is the stretch before `at` a role phrase?"""
    return bool(_patterns().title.match(_stretch_before(doc, starts, at)))


def _subject_list(doc: Document, start: int, end: int, strict: bool = False) -> list[Named]:
    """The names of [start, end) when it is nothing but names ("A và B"), else [].

    ``strict``: each name opens with a unit's head or is a person or a
    locality ("Sáng 15/11" before a subject is no unit).
    """
    pieces = list(_pieces(doc.text, start, end, _patterns().separator))
    names: list[Named | None] = []
    for s, e in pieces:  # "Phòng PC03, PA06 và PA07": the head written once
        names.append(_elided(doc.text[s:e], s, names[-1] if names else None) or _typed(doc.text[s:e], s))
    if strict and not all(n and (n.kind != UNIT or _patterns().unit.match(n.text))
                          and _SUBJECT_LEAD.fullmatch(doc.text[s:n.start]) for n, (s, _) in zip(names, pieces)):
        return []  # each piece a name from its first word: "tại trụ sở ở thành phố X" is a venue
    return names if names and all(names) else []


def _items(doc: Document, start: int, end: int, capital_enough: bool = False, complete: bool = False) -> list[Named]:
    """Split [start, end) into names; roles after a person are skipped; the first non-name ends the list.

    ``complete``: a list opened by a colon is its statement's whole object, so
    a piece that names nobody means it was misread: no names at all (unless
    the piece opens a new clause: "...; nhiều tập thể khác được ...").
    """
    pats = _patterns()
    people = _PLURAL_PEOPLE.match(doc.text, start, end) or pats.group_of_people.match(doc.text, start, end)
    if people:  # "các nghệ nhân K’Lanh, Ya Tôn và Ma Bio", "nhóm nghiên cứu gồm kỹ sư A, B và C": people, each
        start = people.end()
    shared = _shared_level_names(doc, start, end)
    if shared:  # "Công an các huyện A, B và C": one unit a place, the head written once; then "; D và E"
        more = _NEXT_ITEM.match(doc.text, shared[-1].end, end)
        return shared + (_items(doc, more.end(), end, capital_enough, complete) if more else [])
    whole = None if _semicolon_list(doc.text[start:end]) else _locality_with_commas(doc, start, end)
    if whole:  # "Đảng bộ, chính quyền và nhân dân xã X": one locality, its commas and all
        return [whole]
    out: list[Named] = []
    pos, in_role, last_end = start, False, start
    semicolons = _semicolon_list(doc.text[start:end])
    described = False  # inside the description of a person, up to the next semicolon
    told_of_person = False  # the last piece was passed over as what is said of the person before
    titled_before = False  # the last person was named after a role ("Chủ tịch Quốc hội Lò Thị A")
    for piece_start, piece_end in _pieces(doc.text, start, end, pats.separator, capital_enough):
        sep = doc.text[last_end:piece_start]
        piece, after_comma = doc.text[piece_start:piece_end], "," in sep and ";" not in sep
        last_end = piece_end
        described = described and ";" not in sep and not (  # "...; ông B, ở số 7 và anh C" / "và thủ môn C": C is another
            _AND.fullmatch(sep) and (pats.honorific.match(piece.strip()) or pats.person_descriptor.match(piece.strip()))
            and _another_person(piece))
        bare = _PERSON_KIND.sub("", piece.strip(), 1)  # "cá nhân cố Giáo sư, Bác sĩ Lò Văn A": the kind, degrees, A
        if pats.degree.fullmatch(bare + " ") or pats.person_descriptor.fullmatch(bare + " "):
            continue  # "Phó Giáo sư, Tiến sĩ, bác sĩ Lò Văn A", "thương binh, CCB Lò Văn B": what the next piece's person is
        shared = _shared_level_names(doc, piece_start, piece_end)
        if shared:
            out.extend(shared)
            pos = piece_end
            continue
        role_then_next = titled_before and after_comma and pats.title.match(piece.strip()) is not None \
            and _person_ends_role(piece)  # "Chủ tịch Quốc hội Lò Thị A, Phó Chủ tịch Quốc hội Hà Văn B"
        if semicolons and (after_comma or described) and out and out[-1].kind == PERSON and piece.strip() \
                and (described or not _another_person(piece)) and not role_then_next:
            continue  # "bà Lò Thị A, giáo viên, Trường B; bà ...", "mẹ C, có hai con là D và E; ...": what is said of the person
        if told_of_person and _AND.fullmatch(sep) and out[-1].kind == PERSON and not _another_person(piece) \
                and pats.locality.match(piece.strip()):
            continue  # "...; anh C, Tổ bảo vệ khóm 1 và khóm 2 (thị trấn X).": the second khóm is where C serves too
        elided = _elided(piece, piece_start, out[-1] if out else None)
        if elided:
            out.append(elided)
            pos = piece_end
            continue
        places = _places_elided(_TRAILING_AND.sub("", piece), piece_start, out[-1] if out and after_comma else None)
        if places:  # "Hội CCB tỉnh A, B và C": "Hội CCB tỉnh B", "Hội CCB tỉnh C"
            out.extend(places)
            pos = piece_end
            continue
        sibling = _sibling_place(doc, out[-1], piece_start, piece_end) if semicolons and out and ";" not in sep else None
        if sibling:  # "UBND các xã A (X), B (Y); ...": "UBND xã A (X)", "UBND xã B (Y)"
            out[-1:] = sibling
            pos = piece_end
            continue
        if after_comma and out and out[-1].kind == UNIT and pats.belongs_to_chain.search(out[-1].text) \
                and _PARENT_HEAD.match(piece.strip()):
            last = out[-1]  # "tàu HQ 629 thuộc Hải đội 311, Lữ đoàn 161, Vùng C": the chain it belongs to
            out[-1] = Named(doc.text[last.start:piece_end].rstrip(), last.start, piece_end - (len(piece) - len(piece.rstrip())),
                            UNIT)
            pos = piece_end
            continue
        if after_comma and out and out[-1].kind == UNIT and "(" not in out[-1].text \
                and _patterns().name_goes_on.fullmatch(piece.strip()) and doc.text[out[-1].end:piece_start].strip() == ",":
            last = out[-1]  # "Cục cứu hộ, cứu nạn (Bộ Tổng Tham mưu), Công an ...": a comma inside the name
            stop = piece_start + len(piece.rstrip())
            out[-1] = Named(doc.text[last.start:stop], last.start, stop, UNIT)
            pos = piece_end
            continue
        if semicolons and after_comma and out and out[-1].kind in (UNIT, LOCALITY) \
                and _one_comma_item(doc.text, start, end, piece_start) \
                and not _two_of_one_level(doc.text, out[-1].start, piece_start, end):
            last = out[-1]  # "Phòng Tổ chức, Sở Nội vụ; ...", "Nhân dân xóm 6, xã A; ...": what it belongs to, part of its name
            tail = _unit_name(piece.rstrip())
            out[-1] = Named(doc.text[last.start:piece_start + len(tail)], last.start, piece_start + len(tail), last.kind)
            pos = piece_end
            continue
        if not piece.strip() or (len(_BRACKET.sub("", piece)) > MAX_ITEM_CHARS
                                 and not ((semicolons or out and out[-1].kind == PERSON) and _person_with_role(piece))
                                 and not _person_then_role(piece) and not (semicolons and _long_unit_item(piece))):
            break  # a long piece is a clause, unless a list of people gives one with roles ("A - Phó Bí thư ..., Chủ tịch ...")
        if out and out[-1].kind == PERSON and pats.title.match(piece.strip()) \
                and (_AND.fullmatch(sep) or ";" in sep or role_then_next) and trailing_person(piece, piece_start):
            # "... Lò Văn A và/; nguyên Phó Giám đốc Sở Lò Thị B": B; so after a comma when A too was named after
            # a role ("Chủ tịch Quốc hội Lò Thị A, Phó Chủ tịch Quốc hội Hà Văn B")
            out.append(trailing_person(piece, piece_start))
            pos = piece_end
            continue
        if out and out[-1].kind == PERSON and pats.title.match(piece.strip()) and not _another_person(piece):
            after_and = _AND.split(piece)[-1]  # "Giám đốc Sở Y và nguyên Phó Giám đốc Lò Văn B": B is next
            person = trailing_person(after_and, piece_end - len(after_and)) if pats.title.match(after_and) else None
            joined = len(after_and) < len(piece) or person is not None and \
                doc.text[max(0, person.start - 4):person.start].rstrip().endswith(("-", "–"))  # "trường Y – Lò Văn B"
            person = person if joined else None  # not a name ending a unit's ("giáo viên Trường THCS Kim Đồng")
            if person:
                out.append(person)
                pos = piece_end
            in_role = person is None
            continue  # ", Giám đốc Sở Y tế": the role of the person before
        if not semicolons and after_comma and out and out[-1].kind == UNIT and (_place_of(out[-1], piece)
                                                                                 or _parent_of(out[-1], piece)):
            last, tail = out[-1], _unit_name(piece.rstrip())  # "Trường A, huyện B, thành phố C": where the unit is, part of its name
            out[-1] = Named(doc.text[last.start:piece_start + len(tail)], last.start, piece_start + len(tail), UNIT)
            pos = piece_end
            continue
        if out and out[-1].kind in (PERSON, LOCALITY) and (pats.person_details.match(piece.strip())
                                                           or after_comma and _BARE_PLACE.match(piece.strip())
                                                           and not _two_of_one_level(doc.text, out[-1].start, piece_start, end)
                                                           or after_comma and out[-1].kind == PERSON
                                                           and _BARE_PLACE.match(_FINAL_BRACKET.sub("", piece).strip())):
            in_role = True
            continue  # "Lò Thị A, cư trú tại xã B, huyện C", "em D (lớp 7) trường E, huyện F", "Nhân dân xã G, huyện H",
            # "bà Lò Thị A ở thôn B, xã C (huyện D)": where the person lives (a locality's own bracket names the next)
        if in_role and (pats.locality.match(piece.strip()) or _a_district_or_province(piece.strip())):
            continue  # "Lò Văn A, Bí thư Chi bộ thôn B, xã C", "..., Đảng bộ xã D, Châu Thành": the places of A's role
        in_role = False
        described_unit = pats.person_descriptor.match(piece.strip()) if after_comma and out else None
        if described_unit and out[-1].kind == PERSON and pats.unit.match(piece.strip()[described_unit.end():]):
            in_role = True
            continue  # "bà Lò Thị A, giáo viên Trường THCS B": where the person works, no one else
        if out and out[-1].kind == PERSON and _describes_the_person_before(piece.strip()) \
                and not pats.group_heading.match(piece.strip()):
            if not _count_opening().match(piece.strip()) and _person_follows(doc.text, piece_end, end):
                in_role = True
                continue  # "bác sĩ A, phụ trách khoa ngoại, và bác sĩ B": what A does, then B
            break  # "A và B, cùng học Trường X": what the people do, the list is over
        piece = _TRAILING_AND.sub("", piece)  # "Tổng công ty X và" before the next form
        pair = _GLUED_PAIR.fullmatch(piece.rstrip())  # "Lò Văn A- Hà Thị B": two people, the dash written close
        if pair and looks_like_person(pair.group(1)) and looks_like_person(pair.group(2)):
            out.extend(Named(pair.group(k), piece_start + pair.start(k), piece_start + pair.end(k), PERSON) for k in (1, 2))
            pos = piece_end
            continue
        named = _typed(piece, piece_start, capital_enough)
        if people and (named is None or named.kind == UNIT and not pats.unit.match(named.text)):
            named = _one_of_the_people(piece, piece_start) or named
        named = _named_before(doc, named) if named and named.kind == UNIT else named
        if named is None and semicolons and out and out[-1].kind == PERSON:
            named = _person_opening(piece, piece_start)  # "...; thiếu úy Lò Văn A, cán bộ Đội X do ...": A, then a role
        if named is None and complete and not _NEW_CLAUSE.match(piece.strip()):
            return []
        if named is None:
            break
        if named.kind == UNIT and after_comma and not semicolons and out and out[-1].kind == PERSON \
                and _patterns().unit.match(named.text):
            in_role = True  # "ông Lò Văn A, Khoa Sinh học của trường": where the person works
            continue
        out.append(named)
        pos = piece_end
        told_of_person = named.kind == PERSON and semicolons and doc.text[named.end:piece_end].lstrip().startswith(",")
        in_role = named.kind == PERSON and not semicolons and _ROLE_AFTER_NAME.match(doc.text, named.end, piece_end) \
            is not None  # "Lò Văn A –Chi bộ bản B, Đảng bộ xã C": the places of A's role follow
        titled_before = named.kind == PERSON and pats.title.match(piece.strip()) is not None
        described = semicolons and _describes_person(doc.text[named.end:piece_end])
        if len(out) > MAX_ITEMS:
            return []
    return out if pos > start else []


def _long_unit_item(piece: str) -> bool:
    """Is a long piece of a list written with semicolons one unit named with what it belongs to ("5- Nhà máy
    nước X, thuộc Tổng công ty Y - Trách nhiệm hữu hạn một thành viên"), not a clause?"""
    text = piece.strip()
    mark = _INLINE_MARK.match(text)  # "5- ", "5. "
    text = text[mark.end():] if mark else text
    return len(text) <= 2 * MAX_ITEM_CHARS and _patterns().unit.match(text) is not None \
        and not _patterns().clause_verb.search(f" {text} ")


def _one_of_the_people(piece: str, offset: int) -> Named | None:
    """A capitalised name in a list opened by the plural of what the people are ("các nghệ nhân A, B"): a
    person, whatever the shape of the name ("K’Lanh", "Ya Tôn"), without what is written after it."""
    text = piece.strip()
    offset += len(piece) - len(piece.lstrip())
    role = _ROLE_AFTER_NAME.search(text)
    name = text[:role.start()] if role else text
    words = name.split()
    if not words or len(words) > MAX_NAME_WORDS or not all(w[0] in UPPER for w in words):
        return None
    return Named(name, offset, offset + len(name), PERSON)


def _another_person(piece: str) -> bool:
    """Does a comma piece in a semicolon list name one more person ("...; ông A (tên khác B), bà C, Lò Văn D (huyện
    E); ...") rather than say something of the one before?"""
    text = _BRACKET.sub("", piece).split(",", 1)[0].strip()  # "thiếu úy A, cán bộ Đội B": A
    group = _patterns().group_heading.match(text)  # "các Phó chủ nhiệm Ủy ban: ông A": a sub-heading, then A
    text = text[group.end():] if group and group.end() < len(text) else text
    honorific = _patterns().honorific.match(text)
    if honorific:  # "ông Hà Văn B cùng ngụ ấp C": B, then what is said of him
        rest = text[honorific.end():]
        return looks_like_person(_name_before_description(rest) or rest)
    described = _patterns().degree.match(text) or _patterns().person_descriptor.match(text)
    if described:  # "bác sĩ Lò Văn A – Phó Giám đốc ...": A; "giáo viên Trường X" names a school, no person
        name = _before_role(text[described.end():]).strip()
        return looks_like_person(name) and name.split()[0] in _surnames()
    return looks_like_person(_name_before_description(text) or text)  # "Lò Văn B ở xã C": B and where B lives


def _person_follows(text: str, pos: int, end: int) -> bool:
    """Does another person, introduced by an honorific or a noun for what they are, open the next piece (", và
    bác sĩ Lò Văn B"), or follow "và" after the rest of the description, within the clause ("ông A, cửa hàng X,
    thành phố Y và ông Lò Văn B")?"""
    rest = _LEADING_SEPARATOR.sub("", text[pos:end], count=1)
    pats = _patterns()
    if pats.honorific.match(rest) and _another_person(rest.split(",", 1)[0]) or _described_person(rest):
        return True
    clause = _CLAUSE_END.split(rest[:DESCRIPTION_REACH], 1)[0]
    return any(pats.honorific.match(clause[m.end():]) and _another_person(clause[m.end():].split(",", 1)[0])
               for m in _AND.finditer(clause))  # (the pattern is anchored at ^)


def _describes_the_person_before(piece: str) -> bool:
    """A lower-case piece after a person that opens with neither an honorific, nor a noun for a person, nor a
    locality ("cùng học Trường X", "hiện công tác tại Y") says something of that person."""
    pats = _patterns()
    return bool(piece) and piece[0].islower() and not (
        pats.honorific.match(piece) or pats.person_descriptor.match(piece) or pats.locality.match(piece)
        or _KIND_NOUN.match(piece) or _titled_people(piece))


def _titled_people(piece: str) -> bool:
    """Does the piece open the next people by the role they share ("các Phó Chủ tịch Quốc hội Lò Văn A")?"""
    plural = _PLURAL_LEAD.match(piece)
    rest = piece[plural.end():] if plural else ""
    return bool(rest) and _patterns().title.match(rest) is not None and trailing_person(rest, 0) is not None


def _sibling_place(doc: Document, last: Named, start: int, end: int) -> list[Named]:
    """The item before and the piece [start, end) as two places of the item's level when the level is written
    once ("UBND các xã A (X)", then "B (Y)"): [UBND xã A (X), UBND xã B (Y)], or of its head when the head is
    ("UBND huyện A và thị xã B": [UBND huyện A, UBND thị xã B]); [] when the piece is no such name."""
    pats = _patterns()
    level = pats.sibling_place.match(last.text)
    piece = doc.text[start:end].strip()
    if level is None or last.kind not in (UNIT, LOCALITY):
        return []
    at = start + doc.text[start:end].index(piece)
    own_level = pats.sibling_place.match(piece)  # "UBND huyện A và thị xã B": "UBND thị xã B"
    if level.group("head") and own_level and not own_level.group("head") and not own_level.group("plural") \
            and pats.sibling_name.fullmatch(piece[own_level.end():]):
        return [last, Named(level.group("head") + piece, at, at + len(piece), last.kind)]
    if not pats.sibling_name.fullmatch(piece):
        return []
    prefix = f"{level.group('head') or ''}{level.group('level')} "
    first = last if not level.group("plural") else Named(prefix + last.text[level.end():], last.start, last.end, last.kind)
    return [first, Named(prefix + piece, at, at + len(piece), last.kind)]


def _shared_level_names(doc: Document, start: int, end: int, head_pattern: re.Pattern | None = None) -> list[Named]:
    """The units or places of a list that writes their head once ("Bộ chỉ huy BĐBP các tỉnh: Cao Bằng, Hà Giang và
    Lào Cai", "lực lượng công an các huyện A, B và C", "các thôn A (xã X), B và C (xã Y)"): each rebuilt with the
    head and its level ("Bộ chỉ huy BĐBP tỉnh Cao Bằng", "thôn A (xã X)"), or the head alone when the list spans
    levels ("Sở GD&ĐT các tỉnh, thành phố: Hải Phòng, ..." gives "Sở GD&ĐT Hải Phòng"); [] unless it names two or more."""
    text = doc.text
    lead = start + len(text[start:end]) - len(text[start:end].lstrip())
    head = (head_pattern or _SHARED_HEAD).match(text, lead, end)  # or a count for "các": "3 thôn A, B và C"
    unit_head = head.group(1) if head else None
    if head is None or unit_head and not (unit_head[:1] in UPPER or _UNIT_HEAD.search(unit_head)):
        return []
    levels = _SHARED_LEVELS_SPLIT.split(head.group(2))
    if len(levels) > 1 and not unit_head:
        return []  # "các xã, phường: A, B": of which level each is, the text does not say
    prefix = " ".join(filter(None, (unit_head, levels[0] if len(levels) == 1 else None)))
    out, pos = [], head.end()
    for sep in [*_AND_OR_COMMA.finditer(text, pos, end), None]:
        if sep and text.count("(", pos, sep.start()) > text.count(")", pos, sep.start()):
            continue  # "A (xã X, huyện Y)": inside the bracket
        raw = text[pos:sep.start() if sep else end]
        name = _PLACE_NAME_ONLY.match(raw.strip())
        if name is None:
            break
        at = pos + len(raw) - len(raw.lstrip()) if out else lead  # the first one's span holds the head
        out.append(Named(f"{prefix} {name.group()}", at, pos + len(raw) - len(raw.lstrip()) + name.end(), UNIT))
        if sep is None or name.end() < len(raw.strip().rstrip(".")):
            break  # "..., An Giang là những đơn vị ...": the list ends inside its last piece
        pos = sep.end()
    return out if len(out) > 1 else []


def _with_parents(doc: Document, names: list[Named]) -> list[Named]:
    """Units joined to the body written after them and a comma ("Cục X, Bộ Quốc phòng" is one unit)."""
    out: list[Named] = []
    for name in names:
        last = out[-1] if out else None
        if (last is not None and last.kind == UNIT and name.kind == UNIT and _parent_of(last, name.text)
                and doc.text[last.end:name.start].strip() == ","):
            out[-1] = Named(doc.text[last.start:name.end], last.start, name.end, UNIT)
        else:
            out.append(name)
    return out


def _parent_of(unit: Named, piece: str) -> bool:
    """Is the piece the body the unit belongs to ("Cục X, Bộ Quốc phòng"), of another head than the unit's?"""
    belongs = _patterns().belongs_to.match(piece.strip())  # "Đội A, thuộc Phòng PC08 - Công an tỉnh B"
    if belongs:
        return piece.strip()[belongs.end():][:1] in UPPER
    if _SUBUNIT.match(unit.text) and _SUBUNIT_PARENT.match(piece.strip()) and piece.strip()[:1] in UPPER \
            and not _SUBUNIT_PARENT.search(unit.text) and not _NUMBERED_UNIT.fullmatch(piece.strip()):
        return True  # "Phòng Cảnh sát hình sự, Công an tỉnh X": the section of that force; "Vụ 7, Cục 3": two units
    parent = _PARENT_HEAD.match(piece.strip())
    if parent is None or _PARENT_HEAD.match(unit.text) or piece.strip()[:1] not in UPPER:
        return False
    own = _UNIT_HEAD.match(piece.strip())  # "Bộ Chỉ huy Bộ đội Biên phòng tỉnh": a unit of its own, not a ministry
    return own is None or len(own.group()) <= len(parent.group(1))


def _place_of(unit: Named, piece: str) -> bool:
    """Is the piece a bare place ("huyện An Lão", "thành phố Y") of a level the unit's name does not hold
    ("UBND xã A, xã B" lists two communes)?"""
    place = _BARE_PLACE.match(piece.strip())
    level = place and (place.group(1) or "thành phố")  # "Công an quận Tân Phú, TP.HCM": the city
    return place is not None and not re.search(rf"(?i:\b{level}\b)", unit.text)


def _describes_person(rest: str) -> bool:
    """Does what follows a person's name in a list item say who the person is (", sinh năm 1925, có hai con
    là A và B")? Then the names in it, up to the next semicolon, are kin, not recipients."""
    return any(_patterns().person_details.match(part.strip()) for part in rest.split(",")[1:])


def _named_before(doc: Document, unit: Named, nearest: bool = False) -> Named:
    """A unit written by its head alone ("cho tập thể Công ty và ...") is the one the article named with that
    head before ("Công ty cổ phần X tổ chức lễ ..."); else it stays as written. Its fullest spelling, or with
    ``nearest`` (a subject pointing back: "Chi cục đã được ...") the spelling nearest before it."""
    head = _patterns().unit.match(unit.text)
    if head is None or head.end() != len(unit.text):
        return unit
    spellings = []
    for earlier in re.finditer(rf"(?i:{re.escape(unit.text)})\s+[^,.;:()\n]+", doc.text[:unit.start]):
        if _CAPITALISED_WORD_BEFORE.search(doc.text, 0, earlier.start()):
            continue  # "Tổng Công ty X": the head inside a larger unit's name, not a "Công ty" of its own
        text = earlier.group()
        cut = _patterns().subject_end.search(text)  # "Công ty X tổ chức lễ ...": "Công ty X"
        text = text[:cut.start()] if cut else text
        verb = _patterns().stop.search(text.lower())  # "Sư đoàn 7 trao thưởng cho ...": "Sư đoàn 7"
        full = _typed(text[:verb.start()] if verb else text, earlier.start())
        if full and full.kind == UNIT and len(full.text) > len(unit.text):
            spellings.append(full.text)
    if not spellings:
        return unit
    return Named(spellings[-1] if nearest else max(spellings, key=len), unit.start, unit.end, UNIT)


def _one_comma_item(text: str, start: int, end: int, at: int) -> bool:
    """Is the semicolon-separated item holding `at` two names joined by one comma ("Phòng X, Sở Y")?

    A second comma makes the item a list of its own ("A (Bộ X), B (Bộ X), C; D").
    """
    item_start = text.rfind(";", start, at) + 1 or start
    item_end = text.find(";", at, end)
    return _BRACKET.sub("", text[item_start:item_end if item_end >= 0 else end]).count(",") == 1  # "(A, B)" aside


def _person_opening(piece: str, offset: int) -> Named | None:
    """The person a comma-separated piece opens with, when another person's name opens it."""
    head = piece.split(",", 1)[0]
    named = _typed(head, offset) if "," in piece and _another_person(piece) else None
    return named if named and named.kind == PERSON else None


def _person_with_role(piece: str) -> bool:
    named = _typed(piece, 0)
    return named is not None and named.kind == PERSON and len(named.text) <= MAX_ITEM_CHARS


def _person_ends_role(piece: str) -> bool:
    """Does a role phrase end with a person's name after a lower-case word ("Phó Chủ tịch Quốc hội Hà Văn B"), not
    with a capitalised run that may end a unit's name ("giáo viên trường THCS Lạc Long")?"""
    person = trailing_person(piece, 0)
    before = piece[:person.start].split() if person else []
    return bool(before) and before[-1][:1].islower()


def _person_then_role(piece: str) -> bool:
    """A person written with a long role after a dash or comma ("ông Lò Văn A – Giám đốc Trung tâm phối hợp tìm
    kiếm cứu nạn hàng hải khu vực IV"): one item, however long its role."""
    named = _typed(piece, 0)
    if named is None or named.kind != PERSON:
        return False
    return _patterns().title.match(_ROLE_SEPARATOR.sub("", piece[named.end:], 1)) is not None


def _pieces(text: str, start: int, end: int, separator: re.Pattern, capital_enough: bool = False):
    """(start, end) of the stretches between separators, parentheses kept whole.

    A semicolon always separates; a bare "và" only when a new item opens after
    it ("Phòng Giáo dục và Đào tạo" is one unit, "Phòng Nội vụ và Trường
    Tiểu học A" two), and so does a comma in a list written with semicolons
    ("Sở Văn hóa, Thể thao và Du lịch; Hội Nhà báo").
    """
    semicolons = _semicolon_list(text[start:end])
    piece_start, depth, i = start, 0, start
    jump = opening_characters(separator, "()")  # only where a separator or a bracket can open does anything happen
    while i < end:
        if jump is not None:
            found = jump.search(text, i, end)
            if found is None:
                break
            i = found.start()
        char = text[i]
        depth += char == "("
        depth -= char == ")" and depth > 0
        sep = separator.match(text, i, end) if depth == 0 else None
        if sep and sep.end() > i:
            mark = sep.group()
            always = ";" in mark or ("," in mark and not semicolons)
            capital = capital_enough and not _holds_unit_head(text[piece_start:i])  # "Trường Tiểu học và Trung học ..." is one
            if (always or (_opens_item(text[sep.end():end], capital) and not _one_locality(text, piece_start, sep.end()))
                    or _patterns().group_heading.match(text, sep.end(), end)  # "A và các Ủy viên Thường trực: ông B"
                    or _shares_head(text, piece_start, i, sep.end(), end)
                    or _next_role_and_person(text, piece_start, i, sep.end(), end)
                    or semicolons and "," in mark and _next_of_one_level(text, piece_start, i, sep.end(), end)
                    or semicolons and "," in mark and _two_of_one_level(text, piece_start, sep.end(), end)):
                yield piece_start, i
                piece_start = i = sep.end()
                continue
        i += 1
    yield piece_start, end


def _next_of_one_level(text: str, piece_start: int, sep_start: int, after: int, end: int) -> bool:
    """After a place of a level written once ("UBND các xã A (X)", "thôn C (A)"), does the comma open one more
    bare name of that level ("B (Y)")? Then it separates, as `_sibling_place` rebuilds the name."""
    pats = _patterns()
    if not pats.sibling_place.match(text[piece_start:sep_start].strip()):
        return False
    nxt = _NEXT_SEPARATOR.search(text, after, end)
    return pats.sibling_name.fullmatch(text[after:nxt.start() if nxt else end].strip()) is not None


def _two_of_one_level(text: str, piece_start: int, after: int, end: int) -> bool:
    """In a list written with semicolons, does the comma stand between two places each written with the same
    level ("bản A, bản B - xã X; ...")? Then it separates two names, not a name and where it lies."""
    before, following = _LEVEL_THEN_NAME.match(text, piece_start, end), _LEVEL_THEN_NAME.match(text, after, end)
    return bool(before and following) and before.group(1).lower() == following.group(1).lower()


def _siblings_split(names: list[Named]) -> list[Named]:
    """The names with each item that joins two units of one head by a comma ("Báo A, Báo B" in a semicolon list)
    split in two; the caller keeps the split only when it makes the count, as a unit and its parent may share a
    head too ("Trung tâm A, Trung tâm B quốc gia")."""
    unit, out = _patterns().unit, []
    for name in names:
        comma = name.text.find(", ")
        first, second = name.text[:comma], name.text[comma + 2:]
        heads = (unit.match(first), unit.match(second)) if comma > 0 and second[:1] in UPPER else (None, None)
        if name.kind == UNIT and all(heads) and heads[0].group().lower() == heads[1].group().lower() \
                and "," not in second and _LEVEL_THEN_NAME.match(second, heads[1].end()) is None:
            out += [Named(first, name.start, name.start + comma, UNIT),
                    Named(second, name.start + comma + 2, name.end, UNIT)]
        else:
            out.append(name)
    return out


def _next_role_and_person(text: str, piece_start: int, sep_start: int, after: int, end: int) -> bool:
    """Two people each written after their role ("Giám đốc Sở Y tế Lò Văn A và nguyên Phó Giám đốc Sở Lò Thị B"):
    the "và" between them separates, as a role opens neither a unit nor a person by its first word."""
    title = _patterns().title
    piece, rest = text[piece_start:sep_start].strip(), text[after:end]
    if not (title.match(piece) and title.match(rest)) or trailing_person(piece, 0) is None:
        return False  # the patterns are anchored at ^
    return trailing_person(_before_separator(rest), 0) is not None


def _before_separator(text: str) -> str:
    """The text up to its first comma, semicolon or "và": one piece of a list."""
    return _AND_OR_COMMA.split(text.replace(";", ","), 1)[0]


def _holds_unit_head(piece: str) -> bool:
    """Does an organisation's head open one of the piece's words ("2.Đài Phát thanh", "ông A, chuyên viên Sở
    Giáo dục")? Then a capital after its "và" goes on with that name ("... và Đào tạo")."""
    unit = _patterns().unit
    return any(unit.match(piece[m.start():]) for m in _WORD_OPENING.finditer(piece))


def _semicolon_list(text: str) -> bool:
    """Are the items separated by semicolons? Not for one inside a bracket ("A (quê X; tạm trú Y), B") or
    closing the list ("A, B và C; vì ...")."""
    return ";" in _BRACKET.sub("", text).rstrip().rstrip(";")


def _shares_head(text: str, piece_start: int, sep_start: int, after: int, end: int) -> bool:
    """A code after a unit named by a code: "Phòng PC01, PC02" lists two units, the head written once."""
    return bool(_CODE_TAIL.search(text, piece_start, sep_start) and _CODE.match(text, after, end))


def _elided(piece: str, offset: int, before: Named | None) -> Named | None:
    """"PC02" after "Phòng PC01", "V" after "Xí nghiệp IV": the unit "Phòng PC02", "Xí nghiệp V", its head
    repeated from the name before (a code after a code, a number after a number, a numeral after a numeral)."""
    code = piece.strip()
    if before is None or before.kind != UNIT or not _CODE.fullmatch(code):
        return None
    tail = _CODE_TAIL.search(before.text)
    if tail is None or tail.start() == 0 or before.text[:tail.start()].rstrip()[-1:] in "-–" \
            or _code_shape(tail.group().strip()) != _code_shape(code):
        return None  # "Phòng 5 - C50, A69": C50 is the department's parent, A69 a unit of its own
    start = offset + len(piece) - len(piece.lstrip())
    return Named(before.text[:tail.start()].rstrip() + " " + code, start, start + len(code), UNIT)


def _places_elided(piece: str, offset: int, before: Named | None) -> list[Named]:
    """Bare place names after a unit named by its place ("Hội CCB tỉnh Vĩnh Long, Bến Tre và Trà Vinh"): the units
    of those places, the head and level repeated ("Hội CCB tỉnh Bến Tre", ...); [] for any other piece."""
    placed = _UNIT_OF_PLACE.fullmatch(before.text) if before is not None and before.kind == UNIT else None
    if placed is None or not _UNIT_HEAD.match(placed.group(1)):
        return []
    out, pos = [], 0
    for cut in [*_AND.finditer(piece), None]:
        raw = piece[pos:cut.start() if cut else len(piece)]
        text = raw.strip()
        if not _PROPER_NAME_ONLY.fullmatch(text) or looks_like_person(text):
            return []  # "..., Lò Văn A": a person after the unit
        at = offset + pos + len(raw) - len(raw.lstrip())
        out.append(Named(f"{placed.group(1)} {text}", at, at + len(text), UNIT))
        pos = cut.end() if cut else pos
    return out


def _code_shape(code: str) -> str:
    """"number", "numeral" or "code": "5" follows "4", "V" follows "IV", "PC02" follows "PC01"."""
    return "number" if code.isdigit() else "numeral" if set(code) <= set("IVX") else "code"


def _one_locality(text: str, piece_start: int, after: int) -> bool:
    """Does the piece run on as one locality past the separator ("Nhân dân và cán bộ huyện X", "3. Nhân dân và ...")?"""
    mark = _INLINE_MARK.match(text, piece_start)
    start = mark.end() if mark else piece_start
    whole = _patterns().locality.match(text[start:after + MAX_ITEM_CHARS])  # the pattern is anchored at ^
    return whole is not None and start + whole.end() > after


def _opens_item(text: str, capital_enough: bool = False) -> bool:
    pats = _patterns()
    if capital_enough and text[:1] in UPPER:
        return True
    head = _KIND_NOUN.match(text)  # "Công ty X và cá nhân ông Lò Văn A": a new item after its kind
    if head:
        text = text[head.end():]
    run = _CAPITALISED_RUN.match(text)  # "ông A (huyện X) và Lò Văn B": a personal name opens one too
    return bool(pats.honorific.match(text) or pats.unit.match(text) or pats.locality.match(text)
                or run and looks_like_person(run.group()) or _described_person(text)
                or _APOSTROPHE_NAME.match(text) is not None  # "..., K’Then (huyện B)": one more person
                or _degree_and_person(text))  # "... và Thạc sĩ Lò Thị B"


def _degree_and_person(text: str) -> bool:
    """A degree written before a person's name opens the text ("Tiến sĩ Lò Văn A", "PGS.TS Hà Thị B")."""
    degree = _patterns().degree.match(text)
    run = _CAPITALISED_RUN.match(text, degree.end()) if degree else None
    return run is not None and looks_like_person(run.group())


def _described_person(text: str) -> bool:
    """A person introduced by a noun for what they are ("nguyên điều dưỡng Lò Thị A", "thợ lò Cầm Văn B"), an
    honorific after it too ("gia đình ông Lò Văn C")."""
    described = _patterns().person_descriptor.match(text)
    if described is None:
        return False
    honorific = _patterns().honorific.match(text[described.end():])  # "gia đình ông Lò Văn B" (anchored at ^)
    after = described.end() + (honorific.end() if honorific else 0)
    craft = None if honorific else _CRAFT_WORDS.match(text, after)  # "nghệ nhân hát then Lò Thị C": her craft, then C
    run = _CAPITALISED_RUN.match(text, after) or craft and _CAPITALISED_RUN.match(text, craft.end())
    return run is not None and looks_like_person(run.group())


def _typed(piece: str, offset: int, capital_enough: bool = False) -> Named | None:
    """A name with its kind, or None when the piece names nobody.

    ``capital_enough``: in a list a colon opens after a head noun ("các bệnh
    viện: Bạch Mai, Bỏng quốc gia"), a capital first letter makes a name.
    """
    pats = _patterns()
    text = _SENTENCE_FULL_STOP.sub("", piece.strip())  # "... và Thanh tra TP.": the abbreviation's dot ends the sentence
    offset += len(piece) - len(piece.lstrip())
    quoted = _QUOTED_WHOLE.fullmatch(text)  # '“Đội SOS thị xã A”': a unit's name the text puts in quotes
    if quoted:
        text, offset = quoted.group(1), offset + quoted.start(1)
    proxy = pats.on_behalf.match(text)  # "đại diện gia đình thiếu tá A": A, through the family's representative
    if proxy:
        text, offset = text[proxy.end():], offset + proxy.end()
    if pats.unit_staff.match(text):  # "cán bộ, nhân viên Thanh tra X": a unit's staff, one collective, as written
        return Named(text, offset, offset + len(text), UNIT)
    group = pats.group_heading.match(text)  # "...; các Phó chủ nhiệm Ủy ban: ông A, ông B": the group's first person
    if group and group.end() < len(text):
        text, offset = text[group.end():], offset + group.end()
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return None  # 'ông A khẳng định "Việc đón nhận ...': a quoted speech opens, no name ('"hiệp sĩ" Lò Văn A' is one)
    if text.count(")") > text.count("(") or pats.holding_clause.search(text) or pats.file_name.search(text):
        return None  # "tỉnh X), UBND ...": the end of a bracket; "UBND X tổ chức lễ công bố ...": a clause
    mark = _INLINE_MARK.match(text)  # "...: 1.Trường A; 2. Trường B": a numbered list run into one line
    if mark:
        text, offset = text[mark.end():], offset + mark.end()
    person = _PERSON_KIND.match(text)  # "cá nhân ngư dân Lò Văn A", "cá nhân Hiệu trưởng X Lò Văn B": the kind, then the person
    rest = text[person.end():] if person else ""
    if rest and (pats.person_descriptor.match(rest) and not pats.honorific.match(rest) or pats.title.match(rest)):
        text, offset = text[person.end():], offset + person.end()
    described = pats.person_descriptor.match(text)  # "gia đình cố Giáo sư, Viện sỹ Lò Văn A": the degrees, then A
    degrees = pats.degree.match(text[described.end():]) if described else None
    if degrees and looks_like_person(_before_role(text[described.end() + degrees.end():])):
        text, offset = text[described.end():], offset + described.end()
    elif described and not pats.honorific.match(text) and _ROLE_AFTER_NAME.search(text) \
            and looks_like_person(_before_role(text[described.end():])):
        text, offset = text[described.end():], offset + described.end()  # "VĐV Lò Thị A (môn bơi)": A, what she is aside
    degree = pats.degree.match(text)  # "TS-BS.Lò Văn A", "cố Giáo sư Lò Văn B": the name after the degrees
    if degree and looks_like_person(_before_role(text[degree.end():])):
        text, offset = text[degree.end():], offset + degree.end()
    honorific = pats.honorific.match(text)
    described_as = pats.person_descriptor.match(text, honorific.end()) if honorific else None
    if described_as and text[described_as.end():described_as.end() + 1] in UPPER:
        text, offset = text[described_as.end():], offset + described_as.end()  # "em học sinh Lò Văn A": A
        honorific = _NOTHING.match(text)
    initials = _INITIALS.match(text, honorific.end()) if honorific else None
    if initials and _NOTHING_OR_BRACKET.fullmatch(text, initials.end()):  # "ông N.V.C (phường X)": initials only
        return Named(initials.group(), offset + initials.start(), offset + initials.end(), PERSON)
    if honorific and _given_name_only(text[honorific.end():]):  # "em Quyền": a person named by the given name
        return Named(text[honorific.end():], offset + honorific.end(), offset + len(text), PERSON)
    given = _GIVEN_NAME.match(text, honorific.end()) if honorific else None
    if given and _NOTHING_OR_BRACKET.fullmatch(text, given.end()) \
            and not _patterns().photo_position.search(text, given.end()):  # "ông Ivan (32 tuổi, quốc tịch Nga)": Ivan
        return Named(given.group(), offset + given.start(), offset + given.end(), PERSON)
    if honorific and pats.title.match(text[honorific.end():]):  # "đồng chí Giám đốc Lò Văn A": the name after the role
        person = trailing_person(_before_role(text[honorific.end():]), offset + honorific.end())
        if person is not None:
            return person
    if honorific and (has_person_name(text[honorific.end():]) or _honoured_run(text[honorific.end():])):
        role = _ROLE_AFTER_NAME.search(text, honorific.end())  # "Đỗ Thị Lan, Chủ tịch Hội ...": the name alone
        glued = _GLUED_DASH.search(text, honorific.end(), role.start() if role else len(text))
        after = text[glued.end():] if glued else ""
        role = glued if glued and (pats.title.match(after) or pats.person_descriptor.match(after)) else role  # "A-Phó Chỉ huy trưởng", "A-nguyên ...", not "Park Hang-seo"
        stop = role.start() if role else len(text)
        described = _name_before_description(text[honorific.end():stop])  # "mẹ Lò Thị A ở xã B": A
        stop = honorific.end() + len(described) if described else stop
        return Named(text[honorific.end():stop], offset + honorific.end(), offset + stop, PERSON)
    if pats.plural_group.match(text):
        return None  # "Các lãnh đạo Bộ Quốc phòng": a group the text does not name one by one
    if _titled_people(text):  # "các Phó Chủ tịch Quốc hội Lò Văn A, Hà Văn B": A, the first of them
        plural = _PLURAL_LEAD.match(text)
        text, offset = text[plural.end():], offset + plural.end()
    if pats.locality.match(text):
        text = _unit_name(text)  # "huyện X đạt chuẩn nông thôn mới": the place, not what it did
        return Named(text, offset, offset + len(text), LOCALITY)
    role = _ROLE_AFTER_NAME.search(text)  # "Lò Văn A (lớp 7B)", "Lò Văn A, Giám đốc ...": the name alone
    if role and looks_like_person(text[:role.start()]) and (
            not pats.unit.match(text) or pats.title.match(text[role.end():].lstrip())):  # "Đoàn Văn A, Phó Giám đốc"
        return Named(text[:role.start()], offset, offset + role.start(), PERSON)
    if pats.title.match(text):  # "Giám đốc Bệnh viện X Lò Văn A": the person the role is written before
        person = trailing_person(text, offset)
        if person is None and "(" in text:  # "Nguyên Chính ủy Trung đoàn X Lò Văn A (nay là ...), Quân khu Y"
            person = trailing_person(text[:text.index("(")], offset)
        if person is not None or not pats.person_descriptor.match(text):
            return person  # else a noun for a person that is also a role ("già làng A (làng B)"): read below
    generic = pats.generic_head.match(text)  # "Đơn vị Báo Bắc Kạn": the unit is "Báo Bắc Kạn"
    if generic:
        text, offset = text[generic.end():], offset + generic.end()
    head = pats.unit.match(text) if text[:1] not in UPPER and not pats.sector_head.match(text) else None
    if head and (_CAPITALISED_NEXT.match(text, head.end()) or not pats.person_descriptor.match(text)
                 and _lower_words_then_name().match(text, head.end())):  # not "đoàn viên Lò Văn A": a person
        # "trường Tiểu học X", "phòng Chính trị", "trường mầm non Hoa Sen", "đội tuyển nữ Việt Nam": as written
        text = _unit_name(text)
        return Named(text, offset, offset + len(text), UNIT)
    if text[:1] not in UPPER or pats.person_descriptor.match(text):
        return _after_descriptor(text, offset)  # "thợ lò Phạm Văn A", "Nông dân Lò Thị B", "đơn vị xã C"
    described = None if pats.unit.match(text) else _name_before_description(text)
    if described:  # "Lò Thị A quê ở xã B", "Lò Văn C sinh năm 1950": the person, not what the text says of her
        return Named(described, offset, offset + len(described), PERSON)
    if _ROMAN_NUMERAL.fullmatch(_BRACKET.sub("", text).strip()):
        return None  # "khóa XIII, XIV (quê quán xã A)": the numeral of a term, whatever the bracket says
    if pats.unit.match(text) or _PROPER_NAME.match(text) or capital_enough or _APOSTROPHE_NAME.fullmatch(text):
        if not pats.unit.match(text) and looks_like_person(text):
            return Named(text, offset, offset + len(text), PERSON)
        person = None if pats.unit.match(text) else trailing_person(text, offset)
        before = text[:person.start - offset].split() if person is not None else []
        if before and not pats.honorific.match(before[-1] + " "):  # not "Theo ông Lò Văn A": a speaker
            return person  # "[Bộ Văn hóa,] Thể thao và Du lịch Lò Văn A": the tail of a role, then the person
        text = _unit_name(text)
        return Named(text, offset, offset + len(text), LOCALITY if _a_place_alone(text) else UNIT)
    return None


def _a_district_or_province(text: str) -> bool:
    """Is `text` the name of a district or province, bare ("Châu Thành", "Tân Uyên") or after its level
    ("H.Nhơn Trạch")? The gazetteer reads a bare name only with its level written, so each is tried in turn."""
    return any(place_named_whole(f"{level} {text}" if level else text) is not None
               for level in ("", *lexicon("district_levels")))


def _a_place_alone(text: str) -> bool:
    """Is a name without a head word a place the gazetteer knows, whole ("Hưng Yên", "Lai Châu")? Then it is a
    locality receiving, not an organisation."""
    if _patterns().unit.match(text) or len(text.split()) > MAX_PLACE_WORDS:
        return False
    return place_named_whole(text) is not None


def trailing_person(text: str, offset: int) -> Named | None:
    """The personal name that ends a role phrase ("Giám đốc Bệnh viện Hà Nội Lò Văn A" → "Lò Văn A"), or None.

    The name opens with a family name and is not the place or unit its role
    names ("Chủ tịch UBND huyện Lâm Hà" names no person); a place's name may
    end in a unit's head ("Chủ tịch TP Hải Phòng Lò Văn A": A).
    """
    text = text.rstrip(" ,;.")
    words = list(_WORD.finditer(text))
    found = None
    for size in (4, 3, 2):
        if len(words) <= size:
            continue
        first, before = words[-size], words[-size - 1].group()
        name = text[first.start():]
        place_end = size + 2 <= len(words) and place_named_whole(f"{words[-size - 2].group()} {before}") is not None
        if first.group() in _surnames() and (place_end or not _names_a_place_or_unit(before)
                                             or _person_after_bare_level(before, name)) and looks_like_person(name):
            if found is None:
                found = Named(name, offset + first.start(), offset + len(text), PERSON)
                if size < 4 or not before[:1].isupper():
                    return found
                continue  # "Đồn Biên phòng Cửa Lò Trần Văn A": "Lò" ends the unit's name when "Trần Văn A" is a name too
            return Named(name, offset + first.start(), offset + len(text), PERSON)
    return found


def _person_after_bare_level(level: str, name: str) -> bool:
    """Does a role ending in a bare level word run into a person ("Giám đốc Công an tỉnh Lò Văn A", "Chủ tịch UBND
    huyện Hà Thị B")? Only a name of three words or more that no place of that level bears: "huyện Lâm Hà" and
    "huyện Hoàng Su Phì" are places."""
    return fold_case(level) in place_level_words() and len(name.split()) >= 3 \
        and not find_places(f"{level} {name}") and not find_places(name)


def role_then_person(text: str) -> Named | None:
    """The person a phrase of roles ends with ("nguyên Ủy viên Trung ương Đảng, nguyên Bí thư Tỉnh ủy Lò Văn A (tên
    thường gọi B)" → "Lò Văn A"), or None: the phrase must open with a role, so a unit named after a person
    ("Trường THCS Lò Văn A") is none."""
    text = _FINAL_BRACKET.sub("", text).rstrip(" ,;.")
    return trailing_person(text, 0) if _patterns().title.match(text) else None


def _before_title(text: str) -> str:
    """A name with its role written after it, no comma between ("Lò Văn A Cục trưởng Cục X"): the name alone."""
    for m in list(_WORD_START.finditer(text))[1:MAX_NAME_WORDS + 1]:
        if text[m.start()] in UPPER and _patterns().title.match(text[m.start():]):  # the pattern is anchored at ^
            return text[:m.start()].rstrip()
    return text


def _before_role(text: str) -> str:
    role = _ROLE_AFTER_NAME.search(text)
    return text[:role.start()] if role else text


def _name_before_description(text: str) -> str | None:
    """The personal name opening `text` when lower-case words describing the person follow it
    ("Lò Thị A quê ở xã B", "Lò Văn C sinh năm 1950"), else None. A capitalised title may come first
    ("Lò Thị D Tổng Biên tập được tặng ..."): the name ends before it."""
    titled = _before_title(text)
    if titled != text and _CAPITALISED_RUN.fullmatch(titled):
        return titled if looks_like_person(titled) else None
    run = _CAPITALISED_RUN.match(text)
    if run is None or not text[run.end():].lstrip()[:1].islower():
        return None
    name = run.group().rstrip()
    last = name.rsplit(None, 1)[-1]
    if _patterns().person_descriptor.match(last + text[run.end():] + " "):  # "Lò Văn A Diễn viên, Đoàn X": A, an actor
        name = name[:len(name) - len(last)].rstrip()
    return name if looks_like_person(name) else None


MAX_HONOURED_WORDS = 6  # a Lao or Khmer name may run to six words ("ông Xổm Phăn Vi La Văn Đy")


def _honoured_run(text: str) -> bool:
    """After an honorific or rank, two to six capitalised words are a person's name even when the family
    name is a rare one ("Trung tá Lều Minh Tiến (trái)") or the name a foreign one."""
    name = _before_role(text).strip()
    return 2 <= len(name.split()) <= MAX_HONOURED_WORDS and _CAPITALISED_RUN.fullmatch(name) is not None


def _given_name_only(text: str) -> bool:
    """One capitalised word and nothing else: a person named by the given name ("em Quyền")."""
    return bool(_GIVEN_NAME.fullmatch(text.strip()))


@lru_cache(maxsize=1)
def _count_opening() -> re.Pattern:
    """A digit or a number word of data/rules/numbers.json opening a piece ("hai “nghệ nhân ...” là"): a new count."""
    return re.compile(rf"(?i:\d|(?:{'|'.join(number_words())})\b)")


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(lexicon("surnames"))


@lru_cache(maxsize=1)
def _full_names() -> re.Pattern:
    """A family name as written (capitalised) and the capitalised words after it: where full names are."""
    surnames = "|".join(re.escape(s) for s in sorted(_surnames(), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{surnames})(?:\s+[{UPPER}]\w*){{1,4}}")


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Place levels and unit heads: the word before a place's name ("huyện Lâm Hà"), never before a person's."""
    return frozenset(w for name in ("place_levels", "org_heads") for w in lexicon(name) if " " not in w)


def _names_a_place_or_unit(word: str) -> bool:
    """Does `word`, right before a capitalised run, make the run a place's, a street's or a unit's name ("huyện
    Lâm Hà", "đường Lê Lợi", "Hội Lê Lợi")? A unit's head does so only capitalised, as it opens the name: in
    "Chủ tịch Quốc hội Lò Thị A" the "hội" ends a title."""
    folded = fold_case(word)
    return folded in place_level_words() or folded in _street_words() \
        or (folded in _place_words() and word[:1].isupper())


@lru_cache(maxsize=1)
def _lower_words_then_name() -> re.Pattern:
    """A few lower-case words, none of them a break of data/lexicons/unit_name_breaks.txt, then a capital: what
    follows a unit's head written in lower case in a name ("trường| mầm non Hoa Sen"; not "ban| chuyên án 20
    triệu đồng")."""
    breaks = "|".join(sorted(lexicon("unit_name_breaks"), key=len, reverse=True))
    return re.compile(rf"(?:\s+(?!(?:{breaks})\b)[^\W\d{UPPER}][\w-]*){{1,{MAX_LOWER_NAME_WORDS}}}\s+[{UPPER}]")


@lru_cache(maxsize=1)
def _street_words() -> frozenset[str]:
    return frozenset(lexicon("street_words"))


def _after_descriptor(text: str, offset: int) -> Named | None:
    """The name a few lower-case words introduce ("em Lò Văn A", "thợ mỏ B", "đơn vị xã C", "năm 2020 Hội X").

    Only a whole personal name, a locality or an organisation's name counts:
    "ban, ngành" and other common nouns name nobody.
    """
    pats = _patterns()
    descriptor = pats.person_descriptor.match(text)  # "Nông dân Lò Thị A": not "dân Lò Thị A", a locality
    nationality = None
    for m in _WORD_START.finditer(text):
        if m.start() == 0 or descriptor and m.start() < descriptor.end() or nationality and m.start() < nationality.end():
            continue
        if m.start() - (len(nationality.group()) if nationality else 0) > MAX_DESCRIPTOR_CHARS:
            return None
        nationality = _NATIONALITY.match(text, m.start()) or nationality
        if nationality and nationality.start() == m.start():
            continue  # "chuyên gia người Hàn Quốc - Park A": where the person is from, not the name
        rest = text[m.start():]
        if pats.locality.match(rest):
            if pats.venue_word.search(text, 0, m.start()):
                return None  # "cho đảng viên tại xã A": where it was given, not to whom
            if descriptor and m.start() == descriptor.end() and not pats.locality.match(text):
                return None  # "đến đảng viên xã A": people of the commune, unnamed, not the commune
            return Named(rest, offset + m.start(), offset + len(text), LOCALITY)
        if rest[:1] in UPPER and pats.honorific.match(rest):
            return _typed(rest, offset + m.start())  # "có NGƯT Lò Thị A": the person the title is written before
        if rest[:1] in UPPER:
            role = _ROLE_AFTER_NAME.search(rest)  # "em Lò Văn A (trú tại ...), học sinh lớp 9": the name alone
            person = _before_title(rest[:role.start()] if role else rest)
            person = _name_before_description(person) or person  # "Lò Thị B huyện C": B
            if pats.unit.match(rest) and not descriptor:  # "các tập thể Trường THCS Lê Lợi": a unit, whatever it is named after
                rest = _unit_name(rest)
                return Named(rest, offset + m.start(), offset + m.start() + len(rest), UNIT)
            lead = _place_before_name(person)  # "nghệ nhân ca Huế Lò Thị D": D, the art form's place aside
            if lead:
                return Named(person[lead:], offset + m.start() + lead, offset + m.start() + len(person), PERSON)
            if looks_like_person(person):
                return Named(person, offset + m.start(), offset + m.start() + len(person), PERSON)
            alone = _CAPITALISED_RUN.match(person) or _APOSTROPHE_NAME.match(person)  # "lực sĩ K’Then của đội X": K’Then
            alone = alone.group() if alone and person[alone.end():].lstrip()[:1].islower() else person
            introduced = descriptor and m.start() == descriptor.end() or nationality and m.start() == nationality.end()
            works_at = _UNIT_BRACKET.match(rest, len(alone)) is not None  # "nghệ sỹ Khánh Hòa (Đoàn Ca múa X)"
            if introduced and (_STAGE_NAME.fullmatch(alone) or _APOSTROPHE_NAME.fullmatch(alone)) \
                    and not pats.unit.match(alone) and (place_named_whole(alone) is None or works_at):
                # "diễn viên Quế Trân": a stage name, no family name, right after what the person is
                return Named(alone, offset + m.start(), offset + m.start() + len(alone), PERSON)
            if pats.person_descriptor.match(text):
                return None  # "nam sinh Trường THPT X": a person from the unit, not the unit
            if pats.unit.match(rest):
                rest = _unit_name(rest)
                return Named(rest, offset + m.start(), offset + m.start() + len(rest), UNIT)
            return None
    return None


def _place_before_name(run: str) -> int:
    """Where a personal name starts after a place of one or two words that opens a capitalised run ("Huế Lò Thị
    D" after "nghệ nhân ca"), or 0 when the run opens with no such place."""
    words = list(_WORD_START.finditer(" " + run))[1:3]
    for word in words:
        place, rest = run[:word.start() - 1].strip(), run[word.start() - 1:]
        found = find_places(place) if place else []
        if found and (found[0].start, found[-1].end) == (0, len(place)) and looks_like_person(rest):
            return word.start() - 1
    return 0


def _unit_name(text: str) -> str:
    """A unit's name without a description the text adds after a dash ("Hội X - dẫn đầu cụm 2"); a bracket after it
    stays, as written: the unit's place, parent or other name ("Trường X (huyện Y)", "Phòng X (PV05)")."""
    credit = _patterns().credit_bracket.search(text)
    if credit:
        text = text[:credit.start()]  # "Trường X (Ảnh: BYT)": the photo's source, not the school's
    masked = _BRACKET.sub(lambda m: " " * len(m.group()), text)  # "(nay là Phòng Y)": what a bracket says stays
    described = _patterns().unit_description.search(masked)
    if described:
        text = text[:described.start()]
    return text.rstrip(" ,;|-–")


MAX_PLACE_WORDS = 4  # a bare place name read as a locality has at most four words ("Thừa Thiên Huế")
HEAD_REACH = 240  # characters after a form within which its granting word stands (giver, period, description)
_AND = re.compile(r"\s(?:và|cùng)\s")
_CLAUSE_END = re.compile(r"[;:.!?\n]")
_LEADING_SEPARATOR = re.compile(r"^\s*[,;]?\s*(?:và\s+)?")
_AND_HONORIFIC = re.compile(expand_lexicons(r"\s+và\s+(?i:{lex:honorifics})\s"))
_TRAILING_AND = re.compile(r"\s+(?:và|cùng)(?:\s+(?:danh hiệu|giải thưởng))?\s*[\"“]?\s*$")  # "... và danh hiệu “X”": the next form
_SUBJECT_LEAD = re.compile(expand_lexicons(r"\s*(?:(?i:(?:các|những)\s+{lex:apposition_heads})\s+)?"))
_NEW_CLAUSE = re.compile(r"(?i:nhiều|các|những|một số|hàng|còn|ngoài ra)\s")  # "...; nhiều tập thể khác được ..."
_GRANTS = re.compile(expand_lexicons(r"\b(?:{lex:grant_prepositions}|thưởng)\b"))  # "... và thưởng em A": a grant too
_GRANT_AT_END = re.compile(expand_lexicons(r"\b{lex:grant_prepositions}\s*$"))
_LIST_MARK = re.compile(r"\s*(?:[-–+•*]|\(\d{1,3}\)|\d{1,3}\s*[.)/]|\d{1,3}\s+(?=\|)|[a-zđ]\)|[IVX]{1,4}\.)\s*\|?\s*")
_INLINE_MARK = re.compile(rf"\d{{1,3}}\s*[.)\-–]\s*(?=[{UPPER}])")  # "...: 1.Trường A; 2- Trường B": an item's number
_CODE = re.compile(rf"(?:[{UPPER}]{{1,4}}\d{{1,3}}[{UPPER}]?|\d{{1,3}}|[IVX]{{1,5}})(?=\s*(?:[,;.]|\s(?:và|cùng)\s|$))")
# ... "PC02", "PK20"; a number or a roman numeral alone ("Đội 1, 2 và 3", "Xí nghiệp IV, V")
_CODE_TAIL = re.compile(rf"(?<=\s)(?:[{UPPER}]{{1,4}}\d{{1,3}}[{UPPER}]?|\d{{1,3}}|[IVX]{{1,5}})\s*$")
_KIND_NOUN = re.compile(r"(?i:cá nhân|tập thể)\s+")
_PERSON_KIND = re.compile(r"(?i:cá nhân)\s+")
_CELL = re.compile(r"[^|\t]+")
_ITEM_TAIL = re.compile(r"[;:]")
_WORD = re.compile(r"[^\s,;()]+")
_CAPITALISED_RUN = re.compile(rf"(?:[{UPPER}][^\s,;()]*\s+){{1,{MAX_HONOURED_WORDS - 1}}}?[{UPPER}][^\s,;()]*(?=\s+\S|[,;]|$)(?!\s+[{UPPER}])")
_NOTHING = re.compile("")  # an empty match: the honorific already read
# the word after a head opens a name, a place's level maybe first ("công an phường X")
_CAPITALISED_NEXT = re.compile(expand_lexicons(rf"\s+(?:(?:{{lex:place_levels}})\s+)?[{UPPER}0-9]"))
_CAPITALISED_WORD_BEFORE = re.compile(rf"(?<![\w])[{UPPER}]\w*\s+$")  # "Tổng " right before a unit's head
_APOSTROPHE_NAME = re.compile(rf"[{UPPER}][’'][{UPPER}][^\s\d{UPPER}]+")  # "K’Brel", "Y’Sao"
_STAGE_NAME = re.compile(rf"[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*){{1,2}}")  # "Quế Trân", "Park Hang Seo"
_NATIONALITY = re.compile(rf"người\s+[{UPPER}]\w*(?:\s+[{UPPER}]\w*)*(?:\s*[-–]\s*)?")  # "người Hàn Quốc - "
_PLURAL_LEAD = re.compile(expand_lexicons(r"(?i:{lex:determiners})\s+"))  # "các", "những"
_QUOTED_WHOLE = re.compile(r'[“"]([^“”"]+)[”"]')  # a piece that is nothing but a quoted name
_SENTENCE_FULL_STOP = re.compile(r"(?<=\w)\.$")  # a name never ends with a full stop
_INITIALS = re.compile(rf"[{UPPER}](?:\.[{UPPER}]){{1,3}}(?![\w.])")  # "N.V.C": a person the page will not name
_NOTHING_OR_BRACKET = re.compile(r"\s*(?:\([^()]*\))?\s*")
_GIVEN_NAME = re.compile(rf"[{UPPER}][^\s\d{UPPER}]+")
MAX_NAME_WORDS = 5  # words of a personal name
LEAD_WORDS = 4  # words of what may open a sentence before its subject and a comma: "Theo đó,", "Sáng 12/7,"
SHORT_HEAD_WORDS = 4  # words before the colon of a listed subject's head: "Hai cá nhân:", "Các đồng chí:"
MAX_SUBJECT_STRETCHES = 5  # comma-separated stretches a subject is looked for in, back from its verb
MAX_LOWER_NAME_WORDS = 4  # lower-case words between a unit's head and the capitalised rest of its name
MAX_CRAFT_WORDS = 3  # lower-case words between a noun for a person and the name: what the person does ("vẽ hoa")
_CRAFT_WORDS = re.compile(rf"(?:[^\W\d{UPPER}][\w-]*\s+){{1,{MAX_CRAFT_WORDS}}}")
DESCRIPTION_REACH = 120   # characters of what is said of a person within which the next person may follow "và"
MAX_DESCRIPTOR_CHARS = 30  # lower-case words before a name: "em", "thợ lò", "đơn vị", "năm 2020"
_WORD_START = re.compile(r"(?<=\s)\S")
_WORD_OPENING = re.compile(rf"(?<![^\s.(])[{UPPER}]")  # a capitalised word's first letter (also after "2." or "(")
_PLURAL_HEAD = re.compile(r"(?:,\s*|\s+)(?:và\s+)?(?i:các|những)\s+[^,;:]{0,30}\Z")  # "... và các đồng chí" before a colon
_LEVELS = r"(?i:{lex:place_levels}|{lex:village_levels})(?:\s*,\s*(?i:{lex:place_levels}|thành))*"  # "tỉnh", "tỉnh, thành phố", "tỉnh, thành"
_SHARED_LEVEL = re.compile(expand_lexicons(r"\scác\s+" + _LEVELS + ":$"))
_SHARED_HEAD = re.compile(expand_lexicons(r"(?:([^:;,()]{2,60}?)\s+)?(?i:các)\s+(" + _LEVELS + r")(?:\s*:\s*|\s+(?=[" + UPPER + "]))"))
_COUNTED_LEVEL = re.compile(expand_lexicons(r"()\d+\s+(" + _LEVELS + r")\s+(?=[" + UPPER + "])"))  # "3 thôn A, B và C"
_SHARED_LEVELS_SPLIT = re.compile(r"\s*,\s*")
_NUMBERED_UNIT = re.compile(rf"[{UPPER}]\w*(?:\s+\w+)?\s+(?:\d{{1,3}}|[IVX]{{1,5}}|[{UPPER}]{{1,4}}\d{{1,3}})")  # "Cục 3", "Vụ II"
_DESCRIPTION_TO_COLON = re.compile(r"[^\n:;.]{0,80}:")  # what the counted are, up to the colon opening their list
_UNIT_OF_PLACE = re.compile(expand_lexicons(rf"(.+?\s(?:{{lex:place_levels}}))\s+[{UPPER}][\w'-]*(?:\s+[{UPPER}][\w'-]*){{0,3}}"))
_ROLE_SEPARATOR = re.compile(r"^\s*[,–-]\s*")
_NEXT_ITEM = re.compile(r"\s*[,;]\s*(?:và\s+)?|\s+và\s+")  # what opens the next item of a list
_PROPER_NAME_ONLY = re.compile(rf"[{UPPER}][\w'-]*(?:\s+[{UPPER}0-9][\w'-]*){{0,3}}")  # "Hà Giang", "Bà Rịa - Vũng Tàu" not
_PLACE_NAME_ONLY = re.compile(_PROPER_NAME_ONLY.pattern + r"(?:\s*\([^()]*\))?")  # "Bình Long (xã Lương Điền)"
_AND_OR_COMMA = re.compile(r"\s*,\s*|\s+và\s+")
_SEMICOLON = re.compile(r"\s*;\s*")
_NEXT_SEPARATOR = re.compile(r"[,;]")
_BETWEEN_COMMAS = re.compile(r"[^,]+")
_DIGIT = re.compile(r"\d")
_PARENT_HEAD = re.compile(expand_lexicons(r"(?i:({lex:parent_unit_heads}))\s+[^\s,;]"))
_PLACED = re.compile(expand_lexicons(r"\b(?:ở|tại|thuộc)\s+(?:{lex:place_levels}|{lex:village_levels})\s"), re.IGNORECASE)
_SUBUNIT = re.compile(expand_lexicons(r"(?i:{lex:subunit_heads})\s"))
_SUBUNIT_PARENT = re.compile(expand_lexicons(r"\b(?i:{lex:subunit_parent_heads})[\s.]"))  # "Công an TP.X"
_UNIT_HEAD = re.compile(expand_lexicons(r"(?i:{lex:org_heads}|{lex:recipient_unit_heads})\b"))
_UNIT_BRACKET = re.compile(r"\s*\(\s*" + _UNIT_HEAD.pattern)  # where one works: "(Đoàn Ca múa X)"
_LEVEL_THEN_NAME = re.compile(expand_lexicons(rf"\s*((?i:{{lex:place_levels}}|{{lex:village_levels}}))\s+[{UPPER}]"))
_BARE_PLACE = re.compile(expand_lexicons(rf"(?:({{lex:place_levels}}|{{lex:village_levels}})\s+|TP\.\s*|TP\s+)[{UPPER}][^,;()]*$"))
_BRACKET = re.compile(r"\([^()]*\)")  # what a bracket says of a name does not make it a clause
_FINAL_BRACKET = re.compile(r"\s*" + _BRACKET.pattern + r"[\s.]*$")  # one closing a phrase or a sentence
_PLURAL_PEOPLE = re.compile(expand_lexicons(r"(?i:(?:các|những)\s+(?:{lex:person_descriptors}|{lex:honorifics}))\s+"
                                            rf"(?=[{UPPER}])"))
_PLACE_BRACKET = re.compile(rf"\((?![{UPPER}0-9.&/-]+(?: \d+)?\))[^()]*\)")  # a bracket that is no abbreviation: "(TP Y)", not "(PC02)", "(PC 02)"
_ITEM_END = re.compile(r"\s*[,;(]|\s+và\s")
_OUTLET_MARK = re.compile(r"[^\s,;]{2,30}(?:\s[^\s,;]{1,15})?\s*[-–—]\s*")  # a news outlet's mark opening a lead
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_GLUED_DASH = re.compile(r"[-–](?=\S)")  # "A-Phó Chỉ huy trưởng": a role glued to the name by a dash
_ROLE_AFTER_NAME = re.compile(rf"\s*(?:,|\s[-–]\s|[-–]\s+(?=[{UPPER}])|\s[-–](?=[{UPPER}])|\()")  # "Lò Thị A- Hiệu trưởng", "A –Chi bộ X"
_GLUED_PAIR = re.compile(r"\s*(\S+(?:\s+\S+){1,4})\s?[-–]\s+(\S+(?:\s+\S+){1,4})")  # "A- B": two names, close
_ROMAN_NUMERAL = re.compile(r"[IVXLC]+")
# A name: a capital first, and another capitalised word or a number within it ("Liên hiệp các Tổ chức ...").
_PROPER_NAME = re.compile(rf"[{UPPER}][\w'.-]*(?:\s+[\w'.&()-]+)*?\s+[{UPPER}0-9]")


def looks_like_person(text: str) -> bool:
    """A personal name and nothing else: "Nguyễn Văn An" (two to five capitalised words, a family name first),
    or a highland name of one word, its prefix joined by an apostrophe ("K’Brel", "H’Hen")."""
    words = text.split()
    if len(words) == 1:
        return _APOSTROPHE_NAME.fullmatch(text) is not None
    return 2 <= len(words) <= 5 and all(w[0] in UPPER for w in words) and has_person_name(text)
