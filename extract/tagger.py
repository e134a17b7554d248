"""underthesea's part-of-speech tagger, its features built in linear time.

underthesea's `pos_tag` (9.x, the CRF model) rebuilds the columns of the whole
sentence for every word and every one of its 22 feature templates, so that a
sentence of n words costs n² steps before the model runs: tens of milliseconds
for a sentence of a real article. `pos_tag` here builds the same feature
strings from the same templates once per word and hands them to the same model;
tests/test_tagger.py compares the two on the project's corpora. When the
tagger is not the one read here (another underthesea), its own `pos_tag` runs.
"""
from __future__ import annotations

import re
from functools import lru_cache

# underthesea's template syntax: T[i] or T[i,j], a column [c], a function .f
_TEMPLATE = re.compile(r"T\[(?P<index1>\-?\d+)(\,(?P<index2>\-?\d+))?\](\[(?P<column>.*)\])?(\.(?P<function>.*))?")
_UNKNOWN_TAG = "X"  # the tag column underthesea fills in before tagging


def _is_title(word: str) -> bool:
    """underthesea's `text_istitle`: every space-separated part opens with a title-case letter."""
    if not word:
        return False
    parts = word.split(" ")
    if any(not part for part in parts):
        return False  # underthesea's own test fails on an empty part ("a  b") and says False
    return all(part[0].istitle() for part in parts)


_FUNCTIONS = {"lower": str.lower, "istitle": _is_title}


@lru_cache(maxsize=1)
def _model():
    """(CRF tagger, parsed templates), or None when underthesea's tagger is not the one this follows."""
    try:
        from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor
        predictor = CRFPOSTagPredictor.Instance()
        templates = []
        for syntax in predictor.transformer.template:
            m = _TEMPLATE.match(syntax)
            function = m.group("function")
            if function is not None and function not in _FUNCTIONS:
                return None
            index2 = m.group("index2")
            templates.append((f"{syntax}=", int(m.group("index1")), int(index2) if index2 else None,
                              int(m.group("column")) if m.group("column") else 0,
                              _FUNCTIONS[function] if function else None))
        return predictor.model, tuple(templates)
    except (ImportError, AttributeError):
        return None


def _features(words: list[str], templates) -> list[list[str]]:
    """The feature strings of each word, as underthesea's `word2features` writes them."""
    n = len(words)
    columns = (words, [_UNKNOWN_TAG] * n)
    out = []
    for i in range(n):
        features = []
        for prefix, index1, index2, column, function in templates:
            if i + index1 < 0:
                features.append(prefix + "BOS")
                continue
            if i + index1 >= n or (index2 is not None and i + index2 >= n):
                features.append(prefix + "EOS")
                continue
            values = columns[column]
            word = values[i + index1] if index2 is None else " ".join(values[i + index1:i + index2 + 1])
            features.append(f"{prefix}{function(word) if function else word}")
        out.append(features)
    return out


def pos_tag(sentence: str) -> list[tuple[str, str]]:
    """(word, tag) of each word of `sentence`, as underthesea's `pos_tag` gives them."""
    from underthesea import word_tokenize
    model = _model()
    if model is None:
        from underthesea import pos_tag as underthesea_pos_tag
        return underthesea_pos_tag(sentence)
    crf, templates = model
    words = word_tokenize(sentence)
    return list(zip(words, crf.tag(_features(words, templates))))
