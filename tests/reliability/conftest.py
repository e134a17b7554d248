"""The reliability tests: hostile servers, hostile input, concurrent and failing storage.

Everything here is bounded so that the module stays fast in CI: hypothesis
runs a fixed number of examples without deadlines, servers trickle for a
few seconds at most, and the kill -9 loops are short.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pytest  # noqa: E402

ARTICLE = ("Huyện Mường Nhé tổng kết công tác thi đua năm 2022\n"
           "Ngày 6/1/2023, UBND huyện Mường Nhé tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2022.\n"
           "Dịp này, UBND huyện tặng Giấy khen cho 12 tập thể và 25 cá nhân.\n")


def article_records(count: int) -> list[dict]:
    from tdkt.extract import extract_article

    return [extract_article(ARTICLE, id=f"a{i}", url=f"https://muongnhe.dienbien.gov.vn/tin/a{i}")
            for i in range(count)]


@pytest.fixture(scope="session")
def small_db(tmp_path_factory):
    """A tdkt database of three articles, for tests that only read."""
    from tdkt.schema.db import connect
    from tdkt.schema.inputs import Item
    from tdkt.schema.load import Loader

    path = tmp_path_factory.mktemp("small") / "tdkt.db"
    db = connect(path)
    Loader(db).load(Item(f"a{i}", record=r) for i, r in enumerate(article_records(3)))
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path
