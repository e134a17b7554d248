"""A text with highlighted spans, in the markup and style of spaCy's displaCy ``style="span"``.

displaCy draws each token inside a span as an inline block with one coloured
bar per span over it, stacked when spans overlap, and the span's label (and
a link, ``kb_url``) on its first token. The article page needs the same
picture from spans stored as character offsets, without spaCy installed, with
the text's own line breaks kept as paragraphs: so the markup is made here,
from ``Highlight``s, with displaCy's templates and offsets.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from html import escape

# displaCy's span renderer (spacy/displacy/templates.py, render.py), with the sizes it uses.
TOP_OFFSET, LABEL_OFFSET, OFFSET_STEP = 40, 20, 17
DEFAULT_COLOR = "#ddd"
TPL_SPANS = '<div class="spans" style="line-height: 2.5; direction: ltr">{content}</div>'
TPL_SPAN = ('<span class="tdkt-token" style="font-weight: bold; display: inline-block; position: relative; '
            'height: {total_height}px;"{attrs}>{text}{slices}{starts}</span>')
TPL_SLICE = ('<span style="background: {bg}; top: {top}px; height: 4px; left: -1px; width: calc(100% + 2px); '
             'position: absolute;"></span>')
TPL_START = ('<span style="background: {bg}; top: {top}px; height: 4px; border-top-left-radius: 3px; '
             'border-bottom-left-radius: 3px; left: -1px; width: calc(100% + 2px); position: absolute;">'
             '<span class="tdkt-label" data-label="{label}" style="background: {bg}; z-index: 10; color: #000; '
             'top: -0.5em; padding: 2px 3px; position: absolute; font-size: 0.6em; font-weight: bold; '
             'line-height: 1; border-radius: 3px; white-space: nowrap">{label}{kb_link}</span></span>')
TPL_KB_LINK = ' <a style="text-decoration: none; color: inherit; font-weight: normal" href="{url}">{kb_id}</a>'
_TOKENS = re.compile(r"\s+|\S+")


@dataclass
class Highlight:
    start: int
    end: int
    label: str
    kb_id: str = ""      # shown after the label, as the link's text
    url: str = ""        # where the label links (the fact's row)
    anchor: str = ""     # id given to the first token, so a page can link to the highlight
    title: str = ""      # tooltip


def render(text: str, highlights: list[Highlight], colors: dict[str, str] | None = None) -> str:
    """The whole text as displaCy span markup, one ``div.spans`` per line of the text.

    Highlights outside the text or empty are ignored (the caller lists them apart). One pass over
    the text: the highlights covering a word are kept as the words go by."""
    colors = colors or {}
    spans = sorted((h for h in highlights if 0 <= h.start < h.end <= len(text)),
                   key=lambda h: (h.start, -(h.end - h.start), h.label))
    slots = _slots(spans)
    anchored: set[str] = set()
    paragraphs, current, active, following = [], [], [], 0
    for start, end in _pieces(text, spans):
        piece = text[start:end]
        if piece.isspace():
            if "\n" in piece:
                paragraphs.append("".join(current))
                current = []
            else:
                current.append(" ")
            continue
        while following < len(spans) and spans[following].start <= start:
            active.append(following)
            following += 1
        active = [i for i in active if spans[i].end > start]
        covering = [(spans[i], slots[i]) for i in active]
        current.append(_token(piece, start, covering, colors, anchored) if covering else escape(piece))
    paragraphs.append("".join(current))
    return "\n".join(TPL_SPANS.format(content=p) for p in paragraphs if p.strip())


def _pieces(text: str, spans: list[Highlight]) -> list[tuple[int, int]]:
    """Words and runs of white space, cut again at every highlight's start and end."""
    cuts = sorted({h.start for h in spans} | {h.end for h in spans})
    pieces = []
    for match in _TOKENS.finditer(text):
        start, end = match.span()
        for cut in cuts[bisect_right(cuts, start):bisect_left(cuts, end)]:
            pieces.append((start, cut))
            start = cut
        pieces.append((start, end))
    return pieces


def _slots(spans: list[Highlight]) -> list[int]:
    """The row (1, 2, ...) of each span's bar: the lowest free among the earlier spans it overlaps."""
    slots: list[int] = []
    open_spans: list[int] = []  # earlier spans not yet ended
    for i, span in enumerate(spans):
        open_spans = [j for j in open_spans if spans[j].end > span.start]
        taken = {slots[j] for j in open_spans}
        slots.append(next(n for n in range(1, len(taken) + 2) if n not in taken))
        open_spans.append(i)
    return slots


def _token(piece: str, start: int, covering: list[tuple[Highlight, int]], colors: dict[str, str],
           anchored: set[str]) -> str:
    covering.sort(key=lambda item: item[1])
    slices, starts, ids = [], [], []
    for highlight, slot in covering:
        bg = colors.get(highlight.label, DEFAULT_COLOR)
        top = TOP_OFFSET + OFFSET_STEP * (slot - 1)
        slices.append(TPL_SLICE.format(bg=bg, top=top))
        if highlight.start == start:
            link = TPL_KB_LINK.format(url=escape(highlight.url), kb_id=escape(highlight.kb_id)) if highlight.kb_id else ""
            starts.append(TPL_START.format(bg=bg, top=top, label=escape(highlight.label), kb_link=link))
            if highlight.anchor and highlight.anchor not in anchored:
                anchored.add(highlight.anchor)
                ids.append(highlight.anchor)
    titles = "; ".join(h.title for h, _ in covering if h.title)
    attrs = f' title="{escape(titles)}"' if titles else ""
    targets = "".join(f'<span id="{escape(anchor)}"></span>' for anchor in ids)
    height = TOP_OFFSET + LABEL_OFFSET + OFFSET_STEP * (max(slot for _, slot in covering) - 1)
    return TPL_SPAN.format(total_height=height, attrs=attrs, text=targets + escape(piece), slices="".join(slices),
                           starts="".join(starts))
