"""tdkt's engine as spaCy pipeline components (the optional extra ``tdkt[spacy]``).

    import spacy
    nlp = spacy.blank("xx")            # no model to download; spacy.blank("vi") needs pyvi
    nlp.add_pipe("tdkt_awards")        # found through the entry points: no import needed
    doc = nlp(text)
    doc.spans["tdkt_awards"]           # one span per award statement, label AWARD, kb_id its code
    doc._.tdkt                         # the whole extraction record (shared/gold/GUIDE.md)

One component per kind of fact, each filling its own span group, and ``tdkt``
filling one group with every kind (what ``displacy.render(doc, style="span",
options={"spans_key": "tdkt"})`` draws). The engine runs once per document,
whichever component comes first; the others read its record from
``doc._.tdkt``. A record's character spans become spans of spaCy tokens with
``alignment_mode="expand"`` (a span that starts or ends inside a token takes the
whole token), and each span's fact is in ``span._.tdkt``. Set ``doc._.tdkt_meta``
(``url``, ``title``, ``published``) before the pipeline runs to give the engine
what it knows of the page beyond its text.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from tdkt.extract import extract_article

LABELS = {"awards": "AWARD", "recipients": "RECIPIENT", "officials": "OFFICIAL", "campaigns": "CAMPAIGN",
          "dates": "DATE", "places": "PLACE", "organizers": "ORGANIZER"}
ALIGNMENT_MODES = ("strict", "contract", "expand")

for _target, _name in ((Doc, "tdkt"), (Doc, "tdkt_meta"), (Span, "tdkt")):
    if not _target.has_extension(_name):
        _target.set_extension(_name, default=None)


class TdktFacts:
    """Puts the facts of the given kinds into ``doc.spans[spans_key]``."""

    def __init__(self, name: str, kinds: list[str], spans_key: str, alignment_mode: str = "expand"):
        unknown = [k for k in kinds if k not in LABELS]
        if unknown:
            raise ValueError(f"{name}: unknown kind(s) {', '.join(unknown)}; known: {', '.join(LABELS)}")
        if alignment_mode not in ALIGNMENT_MODES:
            raise ValueError(f"{name}: alignment_mode must be one of {', '.join(ALIGNMENT_MODES)}")
        self.name, self.kinds, self.spans_key, self.alignment_mode = name, list(kinds), spans_key, alignment_mode

    def __call__(self, doc: Doc) -> Doc:
        record = doc._.tdkt
        if record is None:
            record = doc._.tdkt = extract_article(doc.text, **_meta(doc._.tdkt_meta))
        spans = []
        for kind in self.kinds:
            for (start, end), kb_id, fact in FACTS[kind](record):
                span = doc.char_span(start, end, label=LABELS[kind], kb_id=kb_id or "",
                                     alignment_mode=self.alignment_mode)
                if span is not None:
                    span._.tdkt = fact
                    spans.append(span)
        doc.spans[self.spans_key] = sorted(spans, key=lambda s: (s.start_char, -s.end_char, s.label_))
        return doc


def _meta(meta) -> dict:
    if not meta:
        return {}
    if not isinstance(meta, dict):
        raise TypeError("doc._.tdkt_meta must be a dict (url, title, published)")
    return {k: meta[k] for k in ("id", "url", "title", "published") if meta.get(k) is not None}


# -- a record's facts, with their spans ------------------------------------------------------------
def _span(value) -> tuple[int, int] | None:
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(x, int) for x in value):
        return value[0], value[1]
    return None


def _awards(record: dict) -> Iterator:
    for award in record.get("awards") or []:
        if span := _span(award.get("span")):
            yield span, award.get("code"), award


def _recipients(record: dict) -> Iterator:
    for award in record.get("awards") or []:
        for name, where in zip(award.get("named") or [], award.get("named_spans") or []):
            if span := _span(where):
                yield span, name, {"name": name, "award": award.get("code"), "status": award.get("status")}


def _officials(record: dict) -> Iterator:
    for official in record.get("officials") or []:
        spans = [s for s in map(_span, official.get("mentions") or []) if s] or [_span(official.get("span"))]
        for span in filter(None, spans):
            yield span, official.get("name"), official


def _campaigns(record: dict) -> Iterator:
    for mention in record.get("campaign_mentions") or []:
        if span := _span(mention.get("span")):
            yield span, mention.get("canonical_id") or mention.get("name"), mention


def _evidence(record: dict, part: str, key: str) -> Iterator:
    event = record.get("event") or {}
    found = (event.get("evidence") or {}).get(key)
    if isinstance(found, dict) and (span := _span(found.get("span"))):
        yield span, event.get(part), found


def _places(record: dict) -> Iterator:
    place = record.get("place") or {}
    found = place.get("evidence")
    if isinstance(found, dict) and (span := _span(found.get("span"))):
        name = place.get("commune") or place.get("district") or place.get("province")
        yield span, name, place


FACTS = {"awards": _awards, "recipients": _recipients, "officials": _officials, "campaigns": _campaigns,
         "dates": lambda r: _evidence(r, "date", "date"), "places": _places,
         "organizers": lambda r: _evidence(r, "organizer", "organizer")}


# -- the factories (registered for spaCy by the entry points in pyproject.toml) --------------------
def _factory(name: str, kinds: list[str]):
    @Language.factory(name, default_config={"spans_key": name, "kinds": kinds, "alignment_mode": "expand"})
    def make(nlp: Language, name: str, spans_key: str, kinds: list[str], alignment_mode: str) -> TdktFacts:
        return TdktFacts(name, kinds, spans_key, alignment_mode)
    make.__name__ = make.__qualname__ = f"make_{name}"
    return make


make_tdkt = _factory("tdkt", list(LABELS))
make_tdkt_awards = _factory("tdkt_awards", ["awards"])
make_tdkt_recipients = _factory("tdkt_recipients", ["recipients"])
make_tdkt_officials = _factory("tdkt_officials", ["officials"])
make_tdkt_campaigns = _factory("tdkt_campaigns", ["campaigns"])
make_tdkt_dates = _factory("tdkt_dates", ["dates"])
make_tdkt_places = _factory("tdkt_places", ["places", "organizers"])
