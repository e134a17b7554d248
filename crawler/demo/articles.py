"""The articles a demo site serves, and the demo's content read from ``data/demo/``.

``PortalArticle`` is what the site templates (``crawler.demo.sites``) render:
a title, a date and time, paragraphs, and optionally an author and a photo
caption. The demo content is the project's hand-written development articles
(``data/demo/articles.jsonl``) plus the five real seed articles
(``data/demo/seeds/``), each assigned to a portal by the data files.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from tdkt.paths import DATA_DIR

DEMO_DIR = DATA_DIR / "demo"
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


@dataclass
class PortalArticle:
    id: int
    title: str
    date: dt.date
    paragraphs: list[str]
    author: str
    caption: str
    slug: str
    time: str = "09:15"
    extra: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def lead(self) -> str:
        return self.paragraphs[0]


def weekday(date: dt.date) -> str:
    return WEEKDAYS[date.weekday()]


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFD", text.lower()).replace("đ", "d")
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return "-".join("".join(c if c.isalnum() else " " for c in text).split())[:80]


# -- the demo's content ------------------------------------------------------------------------
@dataclass(frozen=True)
class DemoItem:
    """One article of the demo and the portal that publishes it."""
    key: str  # the id in data/demo (a corpus id or a seed id)
    portal: str
    article: PortalArticle
    seed: bool = False


def load_demo_items(demo_dir: Path = DEMO_DIR) -> list[DemoItem]:
    """Every article of the demo: the hand-written ones, then the seeds."""
    items = [_corpus_item(number, row) for number, row in enumerate(_jsonl(demo_dir / "articles.jsonl"), 1)]
    with open(demo_dir / "seeds.csv", encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), 1001):
            text = (demo_dir / "seeds" / f"{row['id']}.txt").read_text(encoding="utf-8")
            items.append(_item(number, row["id"], row["portal"], row["title"], row["published"], row["time"],
                               _body_from(text, int(row["body_from"])), seed=True))
    _unique_slugs(items)
    return items


def _unique_slugs(items: list[DemoItem]) -> None:
    """Two titles with the same slug: the later article's slug gets its number, as CMSs do."""
    seen: set[str] = set()
    for item in items:
        if item.article.slug in seen:
            item.article.slug = f"{item.article.slug}-{item.article.id}"
        seen.add(item.article.slug)


def _corpus_item(number: int, row: dict) -> DemoItem:
    return _item(number, row["id"], row["portal"], row["title"], row["published"], row.get("time") or "08:30",
                 _body_after_title(row["text"], row["title"]))


def _item(number: int, key: str, portal: str, title: str, published: str, time: str, paragraphs: list[str],
          seed: bool = False) -> DemoItem:
    article = PortalArticle(id=number, title=title, date=dt.date.fromisoformat(published), paragraphs=paragraphs,
                            author="", caption="", slug=slugify(title)[:70].rstrip("-"), time=time)
    return DemoItem(key, portal, article, seed)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _body_after_title(text: str, title: str) -> list[str]:
    """The text below its headline: lines above it are the source page's header, which the demo
    portal draws itself."""
    lines = _lines(text)
    for index, line in enumerate(lines[:8]):
        if line == title.strip():
            return lines[index + 1:]
    return lines


def _body_from(text: str, first_line: int) -> list[str]:
    """A seed's text from its ``first_line``-th non-blank line (1-based): the headline and the lines
    above it are drawn by the portal."""
    return _lines(text)[first_line - 1:]


def _jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
