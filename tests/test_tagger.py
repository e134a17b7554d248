"""The engine's part-of-speech tagger (its features built in linear time) gives underthesea's tags."""
import json
import random
from pathlib import Path

import underthesea

from tdkt.extract import tagger

CORPUS = Path(__file__).resolve().parent / "corpus"


def _sentences(count: int) -> list[str]:
    """Lines of the project's corpora (our own words), a seeded sample, the longest among them."""
    lines = [line.strip() for path in sorted(CORPUS.glob("*/articles.jsonl"))
             for text in (json.loads(row)["text"] for row in path.read_text(encoding="utf-8").splitlines() if row.strip())
             for line in text.split("\n") if line.strip()]
    rng = random.Random(7)
    sample = rng.sample(lines, min(count, len(lines)))
    return sample + sorted(lines, key=len)[-3:]


def test_the_tagger_follows_underthesea():
    assert tagger._model() is not None  # underthesea's tagger is the one the engine follows
    texts = _sentences(40) + [" ".join(_sentences(0)[-3:]), "Ông  Lò Văn Á phát biểu.", "Ông Zờ Anh Tú, Phó Chủ tịch UBND tỉnh", "A", "x y"]
    for text in texts:
        assert tagger.pos_tag(text) == underthesea.pos_tag(text), text

