"""Quality gate on the hand-written development corpora (tests/corpus).

They are not the real test set (that one is unseen); a drop here means a change
broke behaviour that used to work.
"""
import json
from pathlib import Path

import pytest

from tdkt.extract import extract_article
from tdkt.extract.scoring import score

CORPORA = sorted(p.parent for p in (Path(__file__).parent / "corpus").glob("dev_*/gold.jsonl"))


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.mark.parametrize("corpus", CORPORA, ids=[c.name for c in CORPORA])
def test_development_corpus_scores(corpus):
    gold = {r["id"]: r for r in load(corpus / "gold.jsonl")}
    system = {}
    for article in load(corpus / "articles.jsonl"):
        text = article.pop("text")
        system[article["id"]] = extract_article(text, **article)
    results, diff = score(gold, system)
    report = "\n".join(map(str, diff))
    assert results["relevant"]["accuracy"] >= 0.9, report
    assert results["awards"]["f1"] >= 0.9, report
    assert results["officials"]["f1"] >= 0.9, report
    assert results["event.date"]["accuracy"] >= 0.9, report
    assert results["place.province"]["accuracy"] >= 0.9, report
    assert results["campaigns"]["f1"] >= 0.85, report
