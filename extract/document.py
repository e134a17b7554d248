"""Stage 2: the one document object every extractor reads.

A `Document` keeps the raw text, its normalised twin (same meaning, one
spelling), a lower-cased copy for matching, the lines and sentences with their
offsets, and which lines are page furniture (headers, share bars, related-news
tails) so that no fact is taken from them. All offsets here are into the
normalised text; `Document.evidence` maps them back to the raw text.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from underthesea import sent_tokenize

from tdkt.extract.normalize import UPPER, Normalized, fold_case, join_hard_wrapped_lines, normalize
from tdkt.extract.resources import lexicon, lexicon_pattern
from tdkt.portal.furniture import engine_furniture


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    kind: str  # "body", "junk", "tail", "caption", "title", "header", "byline"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    line: int  # index into Document.lines


_UNREAD = object()  # `Document.shared`'s mark of a key not read yet


@dataclass
class Document:
    id: str | None
    norm: Normalized
    lower: str
    lines: list[Line]
    sentences: list[Sentence]
    title: str | None = None          # normalised title (given or first line)
    title_line: int | None = None     # index of the title line inside the text
    url: str | None = None
    published: str | None = None
    facts: dict = field(default_factory=dict)  # what the stages found, by name (extract.pipeline.STAGES)
    scans: dict = field(default_factory=dict, repr=False, compare=False)  # see `shared`
    # raw span and text of each sentence that evidence was given for (see `evidence`)
    _raw_sentences: dict = field(default_factory=dict, repr=False, compare=False)

    # cached: every stage reads `doc.text` at every fact it finds
    @cached_property
    def text(self) -> str:
        return self.norm.text

    @cached_property
    def raw(self) -> str:
        return self.norm.raw

    def shared(self, key, build):
        """`build()`, computed once per document: a scan of the whole text that many
        clauses (or several stages) read, instead of one scan per clause."""
        value = self.scans.get(key, _UNREAD)  # most keys are asked for once: no exception raised for them
        if value is _UNREAD:
            value = self.scans[key] = build()
        return value

    def body_sentences(self, include_captions: bool = True):
        """Sentences on article lines: not junk, not the related-news tail."""
        return list(self._article_sentences[include_captions])

    def sentences_of_kind(self, kind: str) -> list[Sentence]:
        """The sentences on lines of one kind ("body", "title" ...), in text order."""
        return list(self._sentences_by_kind.get(kind, ()))

    def sentence_at(self, pos: int) -> Sentence | None:
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        return self.sentences[i] if i >= 0 and pos < self.sentences[i].end else None

    def sentence_from(self, pos: int) -> Sentence | None:
        """The first sentence that starts at or after `pos`."""
        i = bisect.bisect_left(self._sentence_starts, pos)
        return self.sentences[i] if i < len(self.sentences) else None

    def line_index_at(self, pos: int) -> int | None:
        """The index of the line holding `pos` (its end included), None between lines."""
        i = bisect.bisect_right(self._line_starts, pos) - 1
        return i if i >= 0 and pos <= self.lines[i].end else None

    def line_kind_at(self, pos: int) -> str:
        """The kind of the line holding `pos` (its end, where the newline stands, included)."""
        i = self.line_index_at(pos)
        return "junk" if i is None else self.lines[i].kind

    # Lines and sentences are in text order and do not overlap, and no stage changes
    # them after `make_document`: a look-up by position is a binary search, not a scan
    # (stages ask for every place, date and award they find), and the sentences of each
    # kind of line are sorted out once, not by every stage that reads them.
    @cached_property
    def _sentences_by_kind(self) -> dict[str, list[Sentence]]:
        by_kind: dict[str, list[Sentence]] = {}
        for s in self.sentences:
            by_kind.setdefault(self.lines[s.line].kind, []).append(s)
        return by_kind

    @cached_property
    def _article_sentences(self) -> dict[bool, list[Sentence]]:
        """The body sentences with (True) and without (False) the captions."""
        with_captions = [s for s in self.sentences if self.lines[s.line].kind in ("body", "title", "caption")]
        return {True: with_captions, False: [s for s in with_captions if self.lines[s.line].kind != "caption"]}

    @cached_property
    def title_sentences(self) -> list[Sentence]:
        """The sentences of the headline's line (more than one: it is a lead paragraph)."""
        return [s for s in self.sentences if s.line == self.title_line]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _line_starts(self) -> list[int]:
        return [line.start for line in self.lines]

    def written(self, start: int, end: int) -> str:
        """The raw text of a span as a value: a hard-wrapped line break inside it ("Tống\\nThị Thấm") a space."""
        raw = self.norm.raw_text(start, end)
        return " ".join(raw.split()) if "\n" in raw else raw

    def evidence(self, start: int, end: int, confidence: float, sentence: Sentence | None = None) -> dict:
        """Provenance of a fact: raw span, raw text, its sentence and a confidence."""
        sentence = sentence or self.sentence_at(start)
        rs, re_, text = self.norm.raw_span_text(start, end)
        ev = {"span": [rs, re_], "text": text}
        if sentence is not None:
            # a sentence gives evidence for several facts (its awards, officials, dates ...): mapped once;
            # a fact read over several ("Giấy khen:" and the table below it) gives all of them
            key = (min(sentence.start, start), max(sentence.end, end))
            raw = self._raw_sentences.get(key)
            if raw is None:
                raw = self._raw_sentences[key] = self.norm.raw_span_text(*key)
            ev["sentence"] = raw[2]
            ev["sentence_span"] = [raw[0], raw[1]]
        ev["confidence"] = round(confidence, 2)
        return ev


@lru_cache(maxsize=1)
def _line_rules():
    rules = engine_furniture()
    tail = re.compile(r"(?:%s)\s*[:.…]*" % "|".join(rules["tail_markers"]))
    junk = re.compile(r"(?:%s)" % "|".join(rules["junk_lines"]))
    header = re.compile(r"(?:%s)\s*[:.]?" % "|".join(rules["header_lines"]))
    byline = re.compile(rules["byline_cue"])
    return tail, junk, header, byline, re.compile(rules["photo_credit"])


_IMAGE_LINE = re.compile(r"\S+\.(?:jpe?g|png|gif|webp|bmp)\b", re.I)


def _split_lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in re.finditer(r"\n", text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


MENU_PARTS, MENU_WORDS = 3, 4
EARLY_REPEAT = 3  # a line repeated within the first body lines is a doubled headline or lead
NAME_WORDS = 4  # a line this short printed twice is a name (an author's), never a list of linked titles


def _is_bar(content: str, junk_re: re.Pattern) -> bool:
    """A menu, share bar or dateline strip: "Thời sự | Chính trị | Kinh tế", "10/06/2023 | Lượt xem: 98"."""
    if " | " not in content:
        return False
    parts = [p.strip() for p in content.split(" | ")]
    if all(junk_re.fullmatch(p) for p in parts):
        return True
    return len(parts) >= MENU_PARTS and all(len(p.split()) <= MENU_WORDS for p in parts)


SITE_NAME_WORDS = 6


def _is_site_name(text: str) -> bool:
    """A short all-capitals line before the article: "UBND HUYỆN CHƯ PĂH", "SỞ Y TẾ TỈNH PHÚ YÊN"."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(text.split()) <= SITE_NAME_WORDS


PROSE_WORDS, LONG_PROSE_WORDS, PROSE_LINES = 15, 40, 2
_SENTENCE_END = re.compile(r"[.!?…:;\"”)]\Z")


def _is_prose(line: str) -> bool:
    """A paragraph: a long line that ends a sentence, or one longer than any headline."""
    words = len(line.split())
    return words >= LONG_PROSE_WORDS or (words >= PROSE_WORDS and _SENTENCE_END.search(line) is not None)


def _prose_follows(text: str, following: list[tuple[int, int]]) -> bool:
    """The next lines (two, or the one left) are the article's own paragraphs, so a line
    printed twice before them is a doubled caption, not the start of a list of linked
    titles (short and unpunctuated, each maybe with one summary paragraph)."""
    nxt = following[:PROSE_LINES]
    return bool(nxt) and all(_is_prose(text[s:e]) for s, e in nxt)


def _classify_lines(text: str, lower: str) -> list[Line]:
    """Label each non-empty line: title/body/caption/junk/tail/header.

    The related-news tail starts at a marker line ("Tin cùng chuyên mục") or at
    the first line that repeats the line before it (lists of linked titles), once
    some article text has been seen.
    """
    tail_re, junk_re, header_re, byline_re, credit_re = _line_rules()
    lines: list[Line] = []
    in_tail = seen_prose = False
    seen_body = 0
    previous = None
    after_image = False
    spans = [span for span in (_strip_span(text, s, e) for s, e in _split_lines(text)) if span[0] < span[1]]
    for index, (start, end) in enumerate(spans):
        content = lower[start:end]
        if in_tail:
            kind = "tail"
        elif seen_prose and tail_re.fullmatch(content):
            kind, in_tail = "tail", True  # not "Bình luận" in a share bar above the article's first paragraph
        elif junk_re.fullmatch(content) or _is_bar(content, junk_re):
            kind = "junk"
        elif byline_re.match(content) and len(content) < 120:
            kind = "byline"
        elif seen_body >= 2 and content == previous and len(content) < 300:
            if seen_body <= EARLY_REPEAT or len(content.split()) <= NAME_WORDS or credit_re.search(content) \
                    or content.endswith(".") or _prose_follows(text, spans[index + 1:]):  # a title ends in no full stop
                kind = "junk"  # a headline, lead, caption or byline printed twice, not a list of links
            else:
                kind, in_tail = "tail", True
                if lines:
                    lines[-1] = Line(lines[-1].start, lines[-1].end, "tail")
        elif after_image or (content.startswith("(") and content.endswith(")")):
            kind = "caption"
        elif not seen_body and (header_re.fullmatch(content) or _is_site_name(text[start:end])):
            kind = "header"
        else:
            kind = "body"
        after_image = _IMAGE_LINE.fullmatch(content) is not None
        if kind == "body":
            seen_body += 1
            seen_prose = seen_prose or seen_body > 1 and len(content.split()) > NAME_WORDS  # after the headline
        previous = content
        lines.append(Line(start, end, kind))
    return lines


def _title_line(lines: list[Line], lower: str, title: str | None) -> int | None:
    """The line holding the headline: the given title, else the first body line."""
    if title:
        key = fold_case(title).strip()
        for i, line in enumerate(lines[:8]):
            if line.kind in ("body", "header") and lower[line.start:line.end].strip() == key:
                return i
        return None
    for i, line in enumerate(lines[:6]):
        following = lines[i + 1] if i + 1 < len(lines) else None
        if any(_is_prose(lower[b.start:b.end]) for b in lines[:i] if b.kind == "body"):
            break  # the article has begun: a line printed twice below is a doubled caption
        if line.kind == "body" and following is not None and following.kind == "junk" \
                and lower[line.start:line.end] == lower[following.start:following.end]:
            return i  # the line printed twice at the top is the headline, below the page's own header
    for i, line in enumerate(lines[:6]):
        if line.kind == "body":
            return i
    return None


@lru_cache(maxsize=1)
def _abbreviation_end() -> tuple[re.Pattern, int | None]:
    """An abbreviation with its full stop ending the text ("UBND TX.", "và TT."), and how
    many characters such a match spans at most (None when an entry holds a space)."""
    words = lexicon("dotted_abbreviations")
    pattern = re.compile(r"(?:^|[\s(,;:.])(?:%s)\.\Z" % lexicon_pattern("dotted_abbreviations"), re.IGNORECASE)
    reach = None if any(" " in w for w in words) else max(map(len, words), default=0) + 2
    return pattern, reach


def _after_abbreviation(chunk: str, bound: int) -> bool:
    """The tokenizer cut right after "TX." or "ThS.": the sentence goes on with the name.

    Only the last few characters can hold the abbreviation, so only they are searched
    (a search over the whole paragraph before each cut would cost O(n) per sentence).
    """
    if bound <= 0:
        return False
    pattern, reach = _abbreviation_end()
    before = chunk[:bound].rstrip()
    return pattern.search(before, max(0, len(before) - reach) if reach else 0) is not None


def _sentences(text: str, lines: list[Line]) -> list[Sentence]:
    """Sentences inside each kept line, via underthesea's tokenizer.

    underthesea returns strings; they are located back in the line in order so
    every sentence keeps exact offsets.
    """
    out: list[Sentence] = []
    for index, line in enumerate(lines):
        if line.kind in ("junk",):
            continue
        chunk = text[line.start:line.end]
        cursor = 0
        pieces = _sentence_pieces(chunk) if len(chunk) > 40 else [chunk]
        bounds = []
        for piece in pieces:
            piece = piece.strip()
            if not piece:
                continue
            found = chunk.find(piece[:30], cursor)
            if found < 0:
                continue
            cursor = found + 1
            if chunk[found].islower():
                continue  # "(Baohatinh.vn) - ...", "TP. Hà Tĩnh": the tokenizer cut inside a name
            bounds.append(found)
        bounds = [b for b in bounds if b == 0 or not _after_abbreviation(chunk, b)  # nothing stands before 0
                  and not _LIST_NUMBER.search(chunk, max(0, b - 8), b) and not _GLUED_ABBREVIATION.search(chunk, max(0, b - 6), b)
                  and not (_GLUED_CODE.search(chunk, max(0, b - 6), b) and chunk[b:b + 1].isalpha())]
        if not bounds or bounds[0] != 0:
            bounds.insert(0, 0)
        bounds.append(len(chunk))
        for a, b in zip(bounds, bounds[1:]):
            for s, e in _cap_length(text, line.start + a, line.start + b):
                s, e = _strip_span(text, s, e)
                if s < e:
                    out.append(Sentence(s, e, index))
    return out


_TOKENIZER_CUT_MARK = re.compile(r"[.?!]")
# "...: 1.Trường A; 2. Trường B": the number of an item run into the line, not a sentence's end
_LIST_NUMBER = re.compile(r"[:;]\s*\d{1,3}\.\s*\Z")
# "Phó Chánh VP.UBND tỉnh", "TP.HCM": an upper-case abbreviation glued by its stop to the next word
_GLUED_ABBREVIATION = re.compile(rf"(?<![\w])[{UPPER}]{{1,4}}\.\Z")
# "Ban chuyên án 216.P - Công an huyện X": a code's stop glued between a number and a letter
_GLUED_CODE = re.compile(r"\d\.\Z")


def _sentence_pieces(chunk: str) -> list[str]:
    """underthesea's sentences of one line.

    The tokenizer only cuts after ".", "?" or "!", so a line whose only such
    marks close it (a headline, a one-sentence paragraph: two lines in three)
    is one sentence, and the tokenizer's walk over every character is spared.
    """
    if not _TOKENIZER_CUT_MARK.search(chunk.rstrip().rstrip(".?!")):
        return [chunk.strip()]
    abbreviations = _tokenizer_abbreviations()
    return sent_tokenize(chunk) if abbreviations is None else _punkt_sentences(chunk, abbreviations)


@lru_cache(maxsize=1)
def _tokenizer_abbreviations() -> frozenset[str] | None:
    """The abbreviations underthesea's sentence tokenizer keeps a full stop after (None when its
    tokenizer is not the one `_punkt_sentences` follows: underthesea's own is used then)."""
    try:
        from underthesea.pipeline.sent_tokenize import PunktSentenceTokenizer, _load_model
        import underthesea.pipeline.sent_tokenize as tokenizer
        _load_model()
        if not isinstance(tokenizer.sentence_tokenizer, PunktSentenceTokenizer):
            return None
        return frozenset(tokenizer.sentence_tokenizer.abbrev_types)
    except (ImportError, AttributeError):
        return None


_SENTENCE_END_MARK = re.compile(r"[.?!]")


def _close_sentence(text: str, start: int, end: int, sentences: list[str]) -> int:
    """Add text[start:end] as a sentence (unless blank); where the next one starts, after the white space."""
    sentence = text[start:end].strip()
    if sentence:
        sentences.append(sentence)
    while end < len(text) and text[end] in " \t\n\r":
        end += 1
    return end


def _punkt_sentences(text: str, abbreviations: frozenset[str]) -> list[str]:
    """underthesea's `sent_tokenize` (its Punkt-style walk, version 9.5), the same sentences.

    The walk acts only at ".", "?" and "!" and steps over every other character in
    Python; here a regex jumps from mark to mark (a fifth of the cost).
    tests/test_document.py compares the two on the project's corpora.
    """
    if not text or not text.strip():
        return []
    sentences, start, n = [], 0, len(text)
    i = 0
    while True:
        mark = _SENTENCE_END_MARK.search(text, i)
        if mark is None:
            break
        i = mark.start()
        if text[i] == ".":
            dot_end = i
            while dot_end < n and text[dot_end] == ".":
                dot_end += 1
            if dot_end - i >= 3:  # an ellipsis ends a sentence at the text's end or before a capital
                after = dot_end
                while after < n and text[after] in " \t":
                    after += 1
                if after >= n or text[after].isupper():
                    start = dot_end = _close_sentence(text, start, dot_end, sentences)
                i = dot_end
                continue
        if _is_sentence_boundary(text, i, abbreviations):
            end = i + 1
            while end < n and text[end] in ".?!":
                end += 1
            start = i = _close_sentence(text, start, end, sentences)
            continue
        i += 1
    final = text[start:].strip()
    if final:
        sentences.append(final)
    return sentences


def _is_sentence_boundary(text: str, pos: int, abbreviations: frozenset[str]) -> bool:
    """Every mark ends a sentence except a full stop between digits ("1.500") or after an abbreviation."""
    if text[pos] != ".":
        return True
    if pos > 0 and text[pos - 1].isdigit() and pos + 1 < len(text) and text[pos + 1].isdigit():
        return False
    start = pos - 1
    while start >= 0 and (text[start].isalnum() or text[start] == "."):
        start -= 1
    word = text[start + 1:pos]
    return not (word and word.lower() in abbreviations)


MAX_SENTENCE = 2000


def _cap_length(text: str, start: int, end: int):
    """Cut a run-on "sentence" into pieces of at most MAX_SENTENCE characters.

    Real sentences are far shorter; this only bounds the cost of rules on
    hostile or broken input (a page of text with no punctuation at all).
    """
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        yield start, cut
        start = cut
    yield start, end


def make_document(text: str, *, id: str | None = None, url: str | None = None,
                  title: str | None = None, published: str | None = None) -> Document:
    """Normalise, segment and label one article."""
    norm = normalize(text)
    unwrapped = join_hard_wrapped_lines(norm.text)
    if unwrapped is not norm.text:
        norm = replace(norm, text=unwrapped)  # one character for one: the offsets back to the raw text hold
    lower = fold_case(norm.text)
    lines = _classify_lines(norm.text, lower)
    norm_title = normalize(title).text.strip() if title else None
    title_index = _title_line(lines, lower, norm_title)
    if title_index is not None:
        for i in range(title_index):  # what stands above the headline is the page's header
            if lines[i].kind == "body":
                lines[i] = Line(lines[i].start, lines[i].end, "header")
        line = lines[title_index]
        lines[title_index] = Line(line.start, line.end, "title")
        if norm_title is None:
            norm_title = norm.text[line.start:line.end]
    sentences = _sentences(norm.text, lines)
    return Document(id=id, norm=norm, lower=lower, lines=lines, sentences=sentences,
                    title=norm_title, title_line=title_index, url=url, published=published)
