"""Database speed: load throughput, search latency and the district comparison, on generated articles.

    .venv/bin/python bench/db_bench.py [--articles 100000] [--db PATH] [--queries 300]

Generates articles with their extraction records (text of a realistic length,
an event and its place drawn from the gazetteer's districts, officials,
campaigns and award statements, each fact with its span and sentence) into a
JSON Lines file, then times, on one core:

* ``tdkt load --records``: articles/s with their facts (target ≥ 2,000/s),
  one transaction per article, full-text index included;
* ``tdkt search``: median and p95 latency of queries typed without
  diacritics, each returning 10 ranked hits with snippets (target p95 ≤ 50 ms);
* the district comparison: the whole view, and the canned query for one province.

Not part of the test suite.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tdkt.extract.resources import data_rows  # noqa: E402
from tdkt.schema.db import connect  # noqa: E402
from tdkt.schema.fold import fold_query  # noqa: E402
from tdkt.schema.inputs import records_from_jsonl  # noqa: E402
from tdkt.schema.load import Loader  # noqa: E402
from tdkt.schema.metadata import QUERIES  # noqa: E402
from tdkt.schema.search import search  # noqa: E402

DATA = REPO / "data"
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Lò", "Giàng", "Hà", "Đinh"]
MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Thanh", "Quốc", "Ngọc", "Hữu", "Thu", "Xuân", "A", "Công"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hoa", "Hùng", "Lan", "Long", "Mai", "Nam", "Phong",
         "Quang", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vinh", "Yến", "Khánh", "Lực", "Sáu"]
TITLES = ["Chủ tịch UBND huyện", "Phó Chủ tịch UBND huyện", "Bí thư Huyện ủy", "Phó Bí thư Thường trực Huyện ủy",
          "Trưởng phòng Nội vụ huyện", "Chủ tịch Hội đồng Thi đua - Khen thưởng huyện", "Giám đốc Sở Nội vụ"]
KINDS = [("tong_ket", "tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm {year}"),
         ("so_ket", "tổ chức sơ kết phong trào thi đua 6 tháng đầu năm {year}"),
         ("trao_tang", "tổ chức lễ trao tặng các danh hiệu thi đua năm {year}"),
         ("hop_xet", "họp Hội đồng Thi đua - Khen thưởng xét khen thưởng năm {year}"),
         ("phat_dong", "phát động phong trào thi đua năm {year}")]
RECIPIENTS = [("ca_nhan", "cá nhân"), ("tap_the", "tập thể"), ("ho_gia_dinh", "hộ gia đình")]
FILLER = [
    "Năm qua, các phong trào thi đua được triển khai rộng khắp, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị.",
    "Công tác khen thưởng cơ bản bảo đảm kịp thời, đúng người, đúng thành tích, chú trọng người lao động trực tiếp.",
    "Hội nghị cũng chỉ ra một số hạn chế, như việc phát hiện, bồi dưỡng điển hình tiên tiến ở cơ sở còn chậm.",
    "Nhiều mô hình hay, cách làm sáng tạo được nhân rộng, góp phần hoàn thành các chỉ tiêu kinh tế - xã hội.",
    "Đại biểu đã thảo luận, đóng góp ý kiến về giải pháp nâng cao chất lượng phong trào thi đua trong năm tới.",
    "Khối thi đua các xã, thị trấn ký kết giao ước thi đua, cam kết thực hiện thắng lợi nhiệm vụ được giao.",
    "Các đơn vị đã quan tâm tuyên truyền gương người tốt, việc tốt trên hệ thống thông tin cơ sở.",
    "Lãnh đạo huyện đề nghị các cấp, các ngành tiếp tục đổi mới nội dung, hình thức tổ chức phong trào thi đua.",
]


class Generator:
    """Articles and their records, built piece by piece so every span is known exactly."""

    def __init__(self, seed: int = 7):
        self.rng = random.Random(seed)
        provinces = {(r["era"], r["code"]): r for r in data_rows(DATA / "gazetteer" / "provinces.csv")}
        self.districts = []
        for row in data_rows(DATA / "gazetteer" / "districts.csv"):
            province = provinces[("legacy_63", row["province_code"])]
            reform = provinces.get(("reform_2025", province["code_2025"]), {})
            self.districts.append({"province": province["name"], "district": row["name"], "commune": None,
                                   "province_code": province["code"], "district_code": row["code"],
                                   "commune_code": None, "era": "legacy_63", "province_2025": reform.get("name"),
                                   "province_2025_code": province["code_2025"], "type": row["type"]})
        self.awards = [r for r in data_rows(DATA / "taxonomy.csv")]
        self.campaigns = data_rows(DATA / "rules" / "campaigns.csv")

    def person(self) -> str:
        rng = self.rng
        return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"

    def record(self, number: int) -> dict:
        rng = self.rng
        place = rng.choice(self.districts)
        year = rng.randint(2015, 2025)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        kind, action = rng.choice(KINDS)
        unit = f"{place['type']} {place['district']}"
        parts: list[str] = []
        cursor = 0

        def add(piece: str) -> tuple[int, int]:
            nonlocal cursor
            start = cursor
            parts.append(piece)
            cursor += len(piece)
            return start, cursor

        def fact(sentence_span, phrase_start, phrase, confidence=0.8):
            """Provenance of a phrase; its sentence text is filled in once the article is complete."""
            return {"span": [phrase_start, phrase_start + len(phrase)], "text": phrase,
                    "sentence_span": list(sentence_span), "confidence": confidence}

        title = f"{unit[0].upper()}{unit[1:]} {action.format(year=year)}"
        add(title + "\n")
        date_text = f"Sáng {day}/{month}/{year}"
        organizer = f"UBND {unit}"
        lead = f"{date_text}, {organizer} {action.format(year=year)}."
        lead_span = add(lead + " ")
        lead_span = (lead_span[0], lead_span[1] - 1)
        facts_out = {"date": fact(lead_span, lead_span[0], date_text),
                     "organizer": fact(lead_span, lead_span[0] + len(date_text) + 2, organizer)}

        officials = []
        for _ in range(rng.randint(1, 3)):
            name, titles = self.person(), rng.sample(TITLES, rng.randint(1, 2))
            sentence = f"Tham dự có đồng chí {name}, {', '.join(titles)}."
            span = add(sentence + " ")
            officials.append({"name": name, "titles": titles,
                              **fact((span[0], span[1] - 1), span[0] + len("Tham dự có đồng chí "), name)})
            officials[-1]["mentions"] = [officials[-1]["span"]]
        add("\n")
        for _ in range(rng.randint(2, 4)):
            add(rng.choice(FILLER) + " ")

        awards = []
        for _ in range(rng.randint(2, 6)):
            award = rng.choice(self.awards)
            recipient, noun = rng.choice(RECIPIENTS)
            count = rng.randint(1, 300)
            status = "awarded" if rng.random() < 0.8 else "proposed"
            verb = "tặng" if status == "awarded" else "đề nghị tặng"
            phrase = f"{award['official_vi']} cho {count} {noun}"
            sentence = f"Dịp này, {verb} {phrase} có thành tích xuất sắc năm {year}."
            span = add(sentence + " ")
            start = span[0] + len(f"Dịp này, {verb} ")
            awards.append({"code": award["code"], "recipient": recipient, "count": count, "status": status,
                           "period": str(year), "issuer": None, "kind": award["kind"], "level": award["level"],
                           **fact((span[0], span[1] - 1), start, phrase, 0.9)})
        campaigns = []
        if rng.random() < 0.6:
            campaign = rng.choice(self.campaigns)
            sentence = f"Phong trào “{campaign['name']}” tiếp tục được đẩy mạnh."
            span = add(sentence + " ")
            campaigns.append({"name": campaign["name"], "canonical_id": campaign["id"],
                              **fact((span[0], span[1] - 1), span[0] + len("Phong trào “"), campaign["name"])})
        for _ in range(rng.randint(3, 6)):
            add(rng.choice(FILLER) + " ")
        text = "".join(parts)
        for item in [*facts_out.values(), *officials, *awards, *campaigns]:
            item["sentence"] = text[item["sentence_span"][0]:item["sentence_span"][1]]
        slug = fold_query(place["district"]).replace(" ", "")
        return {
            "id": f"gen{number:07d}", "url": f"https://{slug}.gov.vn/tin-tuc/{number}",
            "title": title, "published": f"{year}-{month:02d}-{day:02d}", "text": text,
            "extractor_version": "bench", "relevant": True, "relevance": 1.0,
            "event": {"kind": kind, "date": f"{year}-{month:02d}-{day:02d}", "organizer": organizer,
                      "evidence": facts_out},
            "place": {k: v for k, v in place.items() if k != "type"},
            "officials": officials, "campaigns": [c["name"] for c in campaigns], "campaign_mentions": campaigns,
            "awards": awards, "author": self.person(),
        }


def generate(path: Path, count: int) -> float:
    started = time.perf_counter()
    generator = Generator()
    with open(path, "w", encoding="utf-8") as out:
        for number in range(count):
            out.write(json.dumps(generator.record(number), ensure_ascii=False) + "\n")
    return time.perf_counter() - started


def queries(conn, count: int, rng: random.Random) -> list[str]:
    """Queries a reader types without diacritics: places, people, awards, phrases."""
    districts = [r[0] for r in conn.execute("SELECT DISTINCT district FROM places WHERE level = 'district' "
                                            "ORDER BY random() LIMIT 200")]
    people = [r[0] for r in conn.execute("SELECT name FROM officials ORDER BY random() LIMIT 200")]
    awards = [r[0] for r in conn.execute("SELECT official_vi FROM taxonomy WHERE official_vi IS NOT NULL")]
    shapes = [lambda: f"thi dua khen thuong {rng.choice(districts)}",
              lambda: rng.choice(districts),
              lambda: rng.choice(people),
              lambda: f"{rng.choice(awards)} {rng.choice(districts)}",
              lambda: f'"{rng.choice(awards)}"',
              lambda: f"tong ket {rng.choice(districts)} {rng.randint(2015, 2025)}"]
    return [fold_query(rng.choice(shapes)()) for _ in range(count)]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--db", help="database to build (default: a temporary file, removed afterwards)")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="tdkt-db-bench-"))
    records = workdir / "records.jsonl"
    db_path = Path(args.db) if args.db else workdir / "tdkt.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)

    seconds = generate(records, args.articles)
    size_mb = records.stat().st_size / 1e6
    print(f"generated {args.articles:,} articles with their records ({size_mb:,.0f} MB JSON Lines) in {seconds:.1f} s")

    db = connect(db_path)
    loader = Loader(db)  # reference tables are filled here, outside the timing
    started, cpu_started = time.perf_counter(), time.process_time()
    report = loader.load(records_from_jsonl(str(records)))
    load_seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    facts = sum(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("events", "awards", "official_mentions", "campaign_mentions"))
    print(f"load: {report.added:,} articles and {facts:,} fact rows in {load_seconds:.1f} s = "
          f"{report.added / load_seconds:,.0f} articles/s (target ≥ 2,000/s); {cpu_seconds:.1f} s of CPU = "
          f"{report.added / cpu_seconds:,.0f} articles per CPU-second; {report.problems} problems")
    again = time.perf_counter()
    second = Loader(db).load(records_from_jsonl(str(records)))
    print(f"second load of the same records: {second.unchanged:,} unchanged, {second.added + second.updated} written, "
          f"{time.perf_counter() - again:.1f} s")
    db.conn.execute("PRAGMA optimize")
    db.conn.close()

    import sqlite3
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    rng = random.Random(11)
    asked = queries(conn, args.queries, rng)
    for query in asked[:20]:  # warm the page cache as a running server would be
        search(conn, query, limit=10)
    latencies, hits = [], 0
    for query in asked:
        started = time.perf_counter()
        hits += len(search(conn, query, limit=10))
        latencies.append((time.perf_counter() - started) * 1000)
    print(f"search: {len(asked)} queries without diacritics, 10 hits with snippets each "
          f"({hits / len(asked):.1f} on average): median {statistics.median(latencies):.1f} ms, "
          f"p95 {percentile(latencies, 0.95):.1f} ms (target ≤ 50 ms), max {max(latencies):.1f} ms")

    from tdkt.schema.search import register_functions
    register_functions(conn)
    started = time.perf_counter()
    rows = conn.execute("SELECT * FROM district_comparison").fetchall()
    whole = (time.perf_counter() - started) * 1000
    province = conn.execute("SELECT province FROM places WHERE level = 'province' AND era = 'legacy_63' "
                            "ORDER BY random() LIMIT 1").fetchone()[0]
    started = time.perf_counter()
    canned = conn.execute(QUERIES["compare_districts"]["sql"], {"province": fold_query(province), "year": ""}).fetchall()
    one = (time.perf_counter() - started) * 1000
    print(f"district comparison: whole view {len(rows):,} rows (district × year) in {whole:.0f} ms; "
          f"canned query for {province}: {len(canned)} districts in {one:.0f} ms")
    conn.close()

    size = sum(Path(str(db_path) + s).stat().st_size for s in ("", "-wal") if Path(str(db_path) + s).exists())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"database {size / 1e6:,.0f} MB; peak memory of this process {peak:,.0f} MB")
    if not args.db:
        for path in workdir.iterdir():
            path.unlink()
        workdir.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
