#!/usr/bin/env python3
"""Fit the weights of the `relevant` decision (data/rules/relevance.json) on real text.

The signals stay those of `tdkt.extract.relevance`; only their weights move. A
logistic regression is fitted on the opened parts of tests/realworld (never
fresh8 to fresh13) and on the written examples (tests/corpus and
tests/test_relevance.py, counted `--written-weight` times each), with an L2
penalty pulling the weights towards the ones in the rules file. Each capped
signal keeps its cap in its own units. The script prints, for each of three
groups of parts, the F1 of the current weights and of weights fitted on the
other two groups, then the weights fitted on everything, ready to paste into
the rules file. Needs the git-ignored cache of the texts and numpy.

    python tests/realworld/fit_relevance.py [--l2 30] [--written-weight 5]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

import tdkt.extract.relevance as relevance_module
from tdkt.extract import extract_article
from tdkt.extract.resources import json_rules

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from check_cache import CACHE, read_sources  # noqa: E402

NEVER_OPENED = {f"fresh{n}" for n in range(8, 14)}
GROUPS = {"fresh3-7": {f"fresh{n}" for n in range(3, 8)}, "dev43-55": {f"dev{n}" for n in range(43, 56)}}
LINEAR = ("title_topic", "title_negative", "lead_topic", "body_topic_per_1000_chars", "award_statements",
          "event_kind", "negative", "listing_title", "listing", "title_off_topic", "reference_page")
CAPS = {"body_topic_per_1000_chars": "body_topic_cap", "award_statements": "award_cap", "negative": "negative_cap"}


def features_of(text: str, url: str | None = None) -> dict[str, float]:
    """The signals the engine computed for one article (read as it extracts the whole record)."""
    seen = {}
    original = relevance_module.relevance_features

    def keep(doc, n_awards, kind):
        seen.update(original(doc, n_awards, kind))
        return seen

    relevance_module.relevance_features = keep
    try:
        extract_article(text, url=url)
    finally:
        relevance_module.relevance_features = original
    return seen


def design_row(features: dict[str, float], weights: dict[str, float]) -> list[float]:
    """The signals as the score uses them: a capped one is cut where its weight reaches its cap."""
    row = []
    for name in LINEAR:
        value = features[name]
        if name in CAPS:
            value = min(value, weights[CAPS[name]] / weights[name])
        row.append(value)
    return row


def fit(x: np.ndarray, y: np.ndarray, counts: np.ndarray, l2: float, prior: np.ndarray) -> np.ndarray:
    """Weights (bias first) of a logistic regression with an L2 pull towards `prior`, by damped Newton steps."""
    a = np.hstack([np.ones((len(x), 1)), x])
    w = prior.copy()

    def loss(v):
        z = a @ v
        return np.sum(counts * (np.logaddexp(0, z) - y * z)) + 0.5 * l2 * np.sum((v - prior) ** 2)

    for _ in range(100):
        p = 1 / (1 + np.exp(-np.clip(a @ w, -50, 50)))
        grad = a.T @ (counts * (p - y)) + l2 * (w - prior)
        hess = a.T @ (a * (counts * p * (1 - p))[:, None]) + l2 * np.eye(len(w))
        step, t, before = np.linalg.solve(hess, grad), 1.0, loss(w)
        while loss(w - t * step) > before and t > 1e-6:
            t /= 2
        w = w - t * step
    return w


def f1(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    predicted = (w[0] + x @ w[1:]) >= 0
    tp, fp, fn = np.sum(predicted & (y == 1)), np.sum(predicted & (y == 0)), np.sum(~predicted & (y == 1))
    return 2 * tp / max(1, 2 * tp + fp + fn)


def written_examples() -> list[tuple[str, bool]]:
    """The hand-written articles whose relevance is known: the corpora's gold and the relevance tests' lists."""
    out = []
    for part in ("dev_a", "dev_b", "test_c", "test_d"):
        folder = HERE.parent / "corpus" / part
        gold = {r["id"]: r for r in map(json.loads, (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()) if r}
        for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines():
            article = json.loads(line)
            if "relevant" in gold.get(article["id"], {}):
                out.append((article["text"], bool(gold[article["id"]]["relevant"])))
    import test_relevance  # noqa: E402  (the lists of examples, not the tests)
    for name, label in (("RELEVANT", True), ("EXCERPT_RELEVANT", True), ("NOT_RELEVANT", False),
                        ("HARD_NEGATIVES", False), ("REFERENCE_AND_CONTEST_PAGES", False)):
        out.extend((text, label) for text in getattr(test_relevance, name))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--l2", type=float, default=30.0)
    ap.add_argument("--written-weight", type=float, default=5.0)
    args = ap.parse_args()
    rules = json_rules("relevance.json")
    weights = rules["weights"]
    prior = np.array([weights["bias"]] + [weights[name] for name in LINEAR], dtype=float)
    gold = {r["id"]: r for r in map(json.loads, (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines()) if r}
    rows, labels, groups = [], [], []
    for source in read_sources():
        path = CACHE / f"{source['id']}.txt"
        if source["split"] in NEVER_OPENED or not path.exists() or source["id"] not in gold:
            continue
        rows.append(design_row(features_of(path.read_text(encoding="utf-8"), source.get("url")), weights))
        labels.append(bool(gold[source["id"]].get("relevant")))
        groups.append(next((g for g, parts in GROUPS.items() if source["split"] in parts), "older"))
    written = written_examples()
    wx = np.array([design_row(features_of(text), weights) for text, _ in written])
    wy = np.array([label for _, label in written], dtype=float)
    x, y, groups = np.array(rows), np.array(labels, dtype=float), np.array(groups)
    print(f"{len(y)} real excerpts ({int(y.sum())} relevant), {len(wy)} written examples")
    for group in ("fresh3-7", "dev43-55", "older"):
        train = groups != group
        w = fit(np.vstack([x[train], wx]), np.concatenate([y[train], wy]),
                np.concatenate([np.ones(train.sum()), np.full(len(wy), args.written_weight)]), args.l2, prior)
        print(f"{group}: F1 {f1(x[~train], y[~train], prior):.3f} with the rules file's weights, "
              f"{f1(x[~train], y[~train], w):.3f} fitted on the other groups")
    w = fit(np.vstack([x, wx]), np.concatenate([y, wy]),
            np.concatenate([np.ones(len(y)), np.full(len(wy), args.written_weight)]), args.l2, prior)
    fitted = {"bias": round(float(w[0]), 2)}
    for name, value in zip(LINEAR, w[1:]):
        fitted[name] = round(float(value), 2)
        if name in CAPS:
            fitted[CAPS[name]] = round(float(value) * weights[CAPS[name]] / weights[name], 2)
    wrong = int(np.sum(((w[0] + wx @ w[1:]) >= 0) != (wy == 1)))
    print(f"fitted on everything ({wrong} written examples wrong):")
    print(json.dumps(fitted, indent=2))


if __name__ == "__main__":
    main()
