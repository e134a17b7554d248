"""Scoring of extraction records against gold records (the GUIDE's metrics).

Same definitions and numbers as the project's reference scorer
(shared/tools/score.py): relevance accuracy and F1, accuracy of event date,
kind, province, district and author over relevant gold articles, and
precision/recall/F1 for officials (names), campaigns (loose match),
awards (strict and loose tuples) and named recipients ((code, name) pairs),
and organizer accuracy over the articles where either side names one.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from difflib import SequenceMatcher

from tdkt import jsonlines

ACCURACY_FIELDS = ("event.date", "event.kind", "place.province", "place.district", "author")


def norm(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFC", str(s)).casefold()
    s = re.sub(r"[‘’ʼ`´]", "'", s)
    return re.sub(r"\s+", " ", s).strip()


def loose(s):
    s = norm(s) or ""
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"^(phong trào( thi đua)?|cuộc vận động|thi đua)\s+", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


class ScoreInputError(ValueError):
    """A gold or system file that cannot be read as JSON Lines records."""


def load_records(path: str, problems: list[str] | None = None) -> dict[str, dict]:
    """Records by id, one per line (``tdkt.jsonlines``). A bad line raises ScoreInputError, or, when a
    ``problems`` list is given, is told there with its line number and skipped."""
    out = {}
    try:
        for line in jsonlines.read(path):
            problem = line.problem or _not_a_record(line.value)
            if problem:
                if problems is None:
                    raise ScoreInputError(f"{line.origin}: {problem}")
                problems.append(f"{line.origin}: {problem}")
                continue
            out[str(line.value.get("id"))] = line.value
    except jsonlines.CannotRead as e:
        raise ScoreInputError(str(e)) from None
    return out


def _not_a_record(value) -> str | None:
    if not isinstance(value, dict):
        return "not a JSON object; line skipped"
    if isinstance(value.get("id"), (dict, list)):
        return "the id is not a string or a number; line skipped"
    return None


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def multiset_match(gold, pred):
    g, p = Counter(gold), Counter(pred)
    tp = sum((g & p).values())
    return tp, sum(p.values()) - tp, sum(g.values()) - tp, g - p, p - g


def campaign_match(gold, pred):
    gl = [loose(x) for x in gold if loose(x)]
    pl = [loose(x) for x in pred if loose(x)]
    used, tp, missed = set(), 0, []
    for g in gl:
        hit = None
        for i, p in enumerate(pl):
            if i in used:
                continue
            if g in p or p in g or SequenceMatcher(None, g, p).ratio() >= 0.85:
                hit = i
                break
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
            tp += 1
    extra = [p for i, p in enumerate(pl) if i not in used]
    return tp, len(extra), len(missed), missed, extra


_ABBREVIATIONS = {"ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân", "mttq": "mặt trận tổ quốc",
                  "tđkt": "thi đua khen thưởng", "lđlđ": "liên đoàn lao động", "hđtđkt": "hội đồng thi đua khen thưởng",
                  "tp": "thành phố", "tx": "thị xã", "uỷ": "ủy"}


def _expand(s):
    return " ".join(_ABBREVIATIONS.get(w, w) for w in s.split())


def organizer_match(gold, pred):
    """Same unit: after dropping bracketed abbreviations, one's words all appear in the other's, or close spelling."""
    g, p = (_expand(loose(re.sub(r"\([^)]*\)", " ", x))) for x in (gold, pred))
    if not g or not p:
        return False
    gw, pw = set(g.split()), set(p.split())
    return gw <= pw or pw <= gw or SequenceMatcher(None, g, p).ratio() >= 0.85


def get(rec, path):
    cur = rec
    for key in path.split("."):
        if not isinstance(cur, dict):
            return None
        cur = cur.get(key)
    return cur


def award_tuple(a, strict):
    try:
        count = int(a.get("count"))
    except (TypeError, ValueError):
        count = None
    if strict:
        return (a.get("code"), a.get("recipient"), count, a.get("status"))
    return (a.get("recipient"), count)


def _add(acc, values):
    return [a + b for a, b in zip(acc, values)]


def score(gold: dict, system: dict, ids=None):
    """(results, diff rows) for the gold ids (all by default)."""
    ids = ids or sorted(gold)
    diff = []
    rel = Counter()
    acc = {k: [0, 0] for k in ACCURACY_FIELDS}
    organizer = [0, 0]
    sets = {k: [0, 0, 0] for k in ("officials", "campaigns", "awards", "awards_loose", "awards_named")}
    for i in ids:
        g, s = gold[i], system.get(i, {})
        gr, sr = bool(g.get("relevant")), bool(s.get("relevant"))
        rel[(gr, sr)] += 1
        if gr != sr:
            diff.append((i, "relevant", gr, sr))
        if not gr:
            for k, key in (("officials", "officials"), ("campaigns", "campaigns"), ("awards", "awards"), ("awards_loose", "awards")):
                n = len(s.get(key) or []) if sr else 0
                sets[k][1] += n
                if n:
                    diff.append((i, k, [], f"{n} extracted from an off-topic article"))
            continue
        for k in acc:
            gv, sv = norm(get(g, k)), norm(get(s, k))
            acc[k][1] += 1
            if gv == sv:
                acc[k][0] += 1
            else:
                diff.append((i, k, gv, sv))
        go, so = get(g, "event.organizer"), get(s, "event.organizer")
        if go or so:
            organizer[1] += 1
            if go and so and organizer_match(go, so):
                organizer[0] += 1
            else:
                diff.append((i, "event.organizer", norm(go), norm(so)))
        gn = [norm(o.get("name")) for o in g.get("officials") or []]
        sn = [norm(o.get("name")) for o in s.get("officials") or [] if isinstance(o, dict)]
        tp, fp, fn, miss, extra = multiset_match(gn, sn)
        sets["officials"] = _add(sets["officials"], (tp, fp, fn))
        if miss or extra:
            diff.append((i, "officials", sorted(miss.elements()), sorted(extra.elements())))
        tp, fp, fn, miss, extra = campaign_match(g.get("campaigns") or [], s.get("campaigns") or [])
        sets["campaigns"] = _add(sets["campaigns"], (tp, fp, fn))
        if miss or extra:
            diff.append((i, "campaigns", miss, extra))
        for k, strict in (("awards", True), ("awards_loose", False)):
            ga = [award_tuple(a, strict) for a in g.get("awards") or []]
            sa = [award_tuple(a, strict) for a in s.get("awards") or [] if isinstance(a, dict)]
            tp, fp, fn, miss, extra = multiset_match(ga, sa)
            sets[k] = _add(sets[k], (tp, fp, fn))
            if strict and (miss or extra):
                diff.append((i, "awards", sorted(miss.elements(), key=str), sorted(extra.elements(), key=str)))
        if any("named" in a for a in g.get("awards") or []):  # scored only where the gold lists named recipients
            gp = [(a.get("code"), loose(n)) for a in g.get("awards") or [] for n in a.get("named") or []]
            sp = [(a.get("code"), loose(n)) for a in s.get("awards") or [] if isinstance(a, dict)
                  for n in a.get("named") or [] if isinstance(n, str)]
            tp, fp, fn, miss, extra = multiset_match(gp, sp)
            sets["awards_named"] = _add(sets["awards_named"], (tp, fp, fn))
            if miss or extra:
                diff.append((i, "awards_named", sorted(miss.elements()), sorted(extra.elements())))
    res = {"articles": len(ids)}
    res["relevant"] = dict(prf(rel[(True, True)], rel[(False, True)], rel[(True, False)]),
                           accuracy=round((rel[(True, True)] + rel[(False, False)]) / max(1, len(ids)), 4))
    for k, (ok, n) in acc.items():
        res[k] = {"accuracy": round(ok / n, 4) if n else None, "n": n}
    res["event.organizer"] = {"accuracy": round(organizer[0] / organizer[1], 4) if organizer[1] else None,
                              "n": organizer[1]}
    for k, (tp, fp, fn) in sets.items():
        res[k] = prf(tp, fp, fn)
    return res, diff


def format_table(res: dict) -> str:
    lines = [f"articles: {res['articles']}"]
    for k, v in res.items():
        if k == "articles":
            continue
        if "f1" in v:
            extra = f"  accuracy {v['accuracy']:.3f}" if "accuracy" in v else ""
            lines.append(f"{k:16s} P {v['p']:.3f}  R {v['r']:.3f}  F1 {v['f1']:.3f}  (tp {v['tp']}, fp {v['fp']}, fn {v['fn']}){extra}")
        else:
            acc = v["accuracy"] if v["accuracy"] is None else format(v["accuracy"], ".3f")
            lines.append(f"{k:16s} accuracy {acc}  (n {v['n']})")
    return "\n".join(lines)
