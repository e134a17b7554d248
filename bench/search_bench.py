"""Search at scale: 100 k or 1 M distinct generated articles, a realistic query mix, p50/p95/p99 per class.

    .venv/bin/python bench/search_bench.py [--articles 1000000] [--db PATH] [--queries 360] [--rebuild]

Builds (once: a database already at ``--db`` with as many articles is reused)
a database with the tables ``tdkt load`` creates, made by the project's own
migrations (``schema.db.connect``), and fills what search reads: ``articles``
and the full-text index, written as the loader writes them (batches of 2,000
articles, the index fed ``fold_for_index``). The articles are streamed from a
generator (memory stays flat), each one distinct: people, units, communes,
districts and provinces of the gazetteer, award forms of the taxonomy,
campaigns, numbers, dates, decisions and the order and choice of sentences all
vary, 2 to 4 kB of text each, so that a posting list is as long as a word's
real frequency makes it (a bench that repeats a sample of texts makes every
word of the sample as common as "thi đua").

Then times ``schema.search.search`` (10 hits with snippets) over a query mix
of eleven classes (names and places with and without diacritics, award forms,
common words, long queries, phrases, rare words, prefixes, words whose folded
form is common and typed form rare): each query once on a new connection
("cold": SQLite's page cache empty; the operating system's may hold the
file) and once more ("warm"). Prints p50/p95/p99 per class and overall, wall
and CPU, with the machine's load average, the database size and build time.

Not part of the test suite. Wall-clock figures: quote them with the machine.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tdkt.extract.resources import data_rows  # noqa: E402
from tdkt.schema.db import connect  # noqa: E402
from tdkt.schema.fold import fold_for_index, fold_query  # noqa: E402
from tdkt.schema.search import search  # noqa: E402
from tdkt.schema import search_pairs  # noqa: E402

DATA = REPO / "data"
BATCH = 2000
DEFAULT_DIR = Path("/tmp/tdkt-search-bench")

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Lò", "Giàng", "Hà", "Đinh", "Trương", "Mai", "Lương", "Cao", "Tạ", "Quách",
            "Thái", "Kiều", "Triệu", "Vi", "Nông", "Y", "Ksor", "Rơ Châm", "Đoàn", "Châu", "Lâm", "Tô"]
MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Thanh", "Quốc", "Ngọc", "Hữu", "Thu", "Xuân", "A", "Công", "Đình",
          "Hồng", "Kim", "Bá", "Trọng", "Thế", "Duy", "Mạnh", "Quang", "Anh", "Phương", "Bảo", "Tiến", "Khắc"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hoa", "Hùng", "Lan", "Long", "Mai", "Nam", "Phong",
         "Quang", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vinh", "Yến", "Khánh", "Lực", "Sáu", "Thắng", "Hiếu",
         "Nghĩa", "Phúc", "Lộc", "Toàn", "Thủy", "Hằng", "Nhung", "Oanh", "Quyên", "Trang", "Vân", "Giang",
         "Hưng", "Kiên", "Tùng", "Đạt", "Định", "Hòa", "Huệ", "Liên", "Ngân", "Phượng", "Sang", "Thịnh", "Tú"]
OFFICES = ["Chủ tịch UBND {d}", "Phó Chủ tịch UBND {d}", "Bí thư {D} ủy", "Phó Bí thư Thường trực {D} ủy",
           "Trưởng phòng Nội vụ {d}", "Chủ tịch Hội đồng Thi đua - Khen thưởng {d}", "Giám đốc Sở Nội vụ tỉnh {p}",
           "Trưởng ban Thi đua - Khen thưởng tỉnh {p}", "Chủ tịch Ủy ban MTTQ Việt Nam {d}",
           "Chủ tịch Liên đoàn Lao động tỉnh {p}", "Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh {p}",
           "Chủ tịch UBND xã {c}", "Bí thư Đảng ủy xã {c}"]
EVENTS = ["hội nghị tổng kết công tác thi đua, khen thưởng năm {y}",
          "hội nghị sơ kết phong trào thi đua 6 tháng đầu năm {y}",
          "lễ trao tặng các danh hiệu thi đua năm {y}",
          "phiên họp Hội đồng Thi đua - Khen thưởng xét khen thưởng năm {y}",
          "lễ phát động phong trào thi đua năm {y}",
          "hội nghị điển hình tiên tiến giai đoạn {y0}-{y}",
          "lễ tuyên dương gương người tốt, việc tốt năm {y}",
          "hội nghị ký kết giao ước thi đua khối {k} năm {y}",
          "đại hội thi đua yêu nước lần thứ {n}",
          "lễ đón nhận {award}"]
UNITS = ["Trường Tiểu học {c}", "Trường THCS {c}", "Trường Mầm non {c}", "Trạm Y tế xã {c}", "Công an xã {c}",
         "Hội Nông dân xã {c}", "Hội Cựu chiến binh xã {c}", "Đoàn Thanh niên xã {c}", "Hội Liên hiệp Phụ nữ xã {c}",
         "Hợp tác xã nông nghiệp {c}", "UBND xã {c}", "Đảng ủy xã {c}", "Phòng Giáo dục và Đào tạo {d}",
         "Phòng Tài chính - Kế hoạch {d}", "Trung tâm Y tế {d}", "Ban Chỉ huy Quân sự {d}", "Công an {d}",
         "Chi cục Thuế khu vực {d}", "Bệnh viện Đa khoa {d}", "Trường THPT {d}", "thôn {v}, xã {c}",
         "Ban Công tác Mặt trận khu dân cư {v}", "Công ty cổ phần {v} {d}"]
VILLAGES = ["Tân Lập", "Đồng Tâm", "Bình Minh", "Quyết Thắng", "Tiền Phong", "Hòa Bình", "Đoàn Kết", "Thống Nhất",
            "Phú Cường", "Trung Tâm", "Nà Lừa", "Bản Phố", "Khe Mo", "Buôn Ja", "Ea Kênh", "Sơn Thủy", "Làng Mới",
            "Xuân Sơn", "Hợp Nhất", "Đông Hưng", "Tổ dân phố 3", "Tổ dân phố 7", "Ấp Mỹ Lợi", "Ấp Bến Đò"]
VERBS = ["tặng", "trao tặng", "đề nghị tặng", "công nhận", "đề nghị Thủ tướng Chính phủ tặng",
         "đề nghị Chủ tịch nước tặng", "khen thưởng", "biểu dương"]
RECIPIENTS = ["tập thể", "cá nhân", "hộ gia đình", "đơn vị", "học sinh", "giáo viên", "đoàn viên", "hội viên",
              "chiến sĩ", "cán bộ, công chức", "doanh nghiệp"]
SECTORS = ["giáo dục", "y tế", "nông nghiệp", "xây dựng nông thôn mới", "cải cách hành chính", "chuyển đổi số",
           "giảm nghèo bền vững", "quốc phòng, an ninh", "bảo vệ môi trường", "phòng chống dịch", "văn hóa",
           "thể dục thể thao", "phòng cháy chữa cháy", "an toàn giao thông", "khuyến học", "thu ngân sách",
           "sản xuất kinh doanh", "đền ơn đáp nghĩa", "xóa nhà tạm", "du lịch cộng đồng"]
# Sentences in our own words, with slots; each article draws some of them in its own order.
SENTENCES = [
    "Năm {y}, toàn {dtype} có {n} tập thể và {m} cá nhân được các cấp khen thưởng.",
    "Các phong trào thi đua được triển khai rộng khắp, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị.",
    "Công tác khen thưởng bảo đảm kịp thời, đúng người, đúng thành tích, chú trọng người lao động trực tiếp.",
    "Hội nghị chỉ ra một số hạn chế, như việc phát hiện, bồi dưỡng điển hình tiên tiến ở cơ sở còn chậm.",
    "Nhiều mô hình hay, cách làm sáng tạo trong lĩnh vực {s} được nhân rộng.",
    "Đại biểu đã thảo luận, góp ý về giải pháp nâng cao chất lượng phong trào thi đua năm {y1}.",
    "Khối thi đua các xã, thị trấn ký kết giao ước thi đua, cam kết hoàn thành nhiệm vụ được giao.",
    "Các đơn vị quan tâm tuyên truyền gương người tốt, việc tốt trên hệ thống thông tin cơ sở.",
    "Lãnh đạo {d} đề nghị các cấp, các ngành đổi mới nội dung, hình thức tổ chức phong trào thi đua.",
    "Tỷ lệ hộ nghèo của {d} giảm còn {pct}%, thu nhập bình quân đạt {money} triệu đồng/người/năm.",
    "Đến nay, {n} xã đạt chuẩn nông thôn mới, {m} xã đạt chuẩn nông thôn mới nâng cao.",
    "Thu ngân sách trên địa bàn đạt {money} tỷ đồng, bằng {pct2}% dự toán.",
    "Phong trào “{campaign}” tiếp tục được đẩy mạnh, huy động {money} tỷ đồng từ nhân dân.",
    "Theo Quyết định số {dec}/QĐ-UBND ngày {dd}/{mm}/{y}, {n} tập thể được công nhận danh hiệu {title_award}.",
    "Ông {person}, {office}, phát biểu chỉ đạo hội nghị.",
    "Bà {person}, {office}, đánh giá cao kết quả {d} đạt được trong lĩnh vực {s}.",
    "Phát biểu tại buổi lễ, đồng chí {person} ghi nhận những đóng góp của {unit}.",
    "{unit} là một trong những đơn vị dẫn đầu phong trào thi đua {s} của tỉnh {p}.",
    "Năm học {y0}-{y}, {unit} có {n} giáo viên đạt danh hiệu Chiến sĩ thi đua cơ sở.",
    "Anh {person} ở {village}, xã {c} đã hiến {m}m² đất để mở đường giao thông nông thôn.",
    "Gia đình chị {person} được {d} khen thưởng vì có thành tích trong phát triển kinh tế hộ.",
    "Lực lượng công an {d} đã phát hiện, xử lý {n} vụ việc, bảo đảm an ninh trật tự trên địa bàn.",
    "Hội đồng đã bỏ phiếu kín, thống nhất đề nghị {n} cá nhân xét tặng danh hiệu {title_award}.",
    "Dịp này, {verb} {award} cho {n} {recip} có thành tích xuất sắc trong phong trào thi đua {s}.",
    "{verb_cap} {award} cho {unit} vì đã có thành tích xuất sắc năm {y}.",
    "Chủ tịch UBND tỉnh {p} tặng Bằng khen cho {n} tập thể, {m} cá nhân tiêu biểu.",
    "Tại hội nghị, {n} tập thể và {m} cá nhân được nhận Giấy khen của Chủ tịch UBND {d}.",
    "Giai đoạn {y0}-{y}, {d} đã huy động trên {money} tỷ đồng cho xây dựng kết cấu hạ tầng.",
    "Trên {pct2}% hồ sơ thủ tục hành chính được giải quyết trước và đúng hạn.",
    "Mỗi cán bộ, đảng viên cần phát huy tinh thần trách nhiệm, nêu gương trong công tác {s}.",
    "Ngày {dd}/{mm}/{y}, đoàn công tác của tỉnh {p} đã đến thăm, tặng quà {n} gia đình chính sách ở xã {c}.",
    "Kết quả chấm điểm thi đua, {unit} xếp thứ {rank} trong khối.",
    "Toàn tỉnh {p} có {n} sáng kiến được công nhận, làm lợi hàng chục tỷ đồng.",
    "Xã {c} vận động người dân đóng góp {money} triệu đồng, {m} ngày công làm đường bê tông.",
    "Các tấm gương điển hình được biểu dương đã lan tỏa tinh thần đoàn kết, sáng tạo trong nhân dân.",
    "Phát động đợt thi đua cao điểm chào mừng Đại hội Đảng bộ {d} lần thứ {ord}.",
    "Nhân dịp kỷ niệm {ann} năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc, {d} tổ chức gặp mặt.",
    "Việc bình xét, suy tôn được thực hiện công khai, dân chủ từ cơ sở, có sự tham gia của nhân dân.",
    "Năm {y1}, {d} phấn đấu có thêm {n} thôn đạt chuẩn khu dân cư kiểu mẫu.",
    "Thay mặt lãnh đạo tỉnh, ông {person} chúc mừng các tập thể, cá nhân được khen thưởng.",
    "Đường liên xã từ {c} đi {c2} dài {km} km đã hoàn thành, đưa vào sử dụng.",
    "Hợp tác xã {village} có {n} thành viên, doanh thu năm {y} đạt {money} tỷ đồng.",
]
TITLES = ["{D} {event}", "{p}: {event_cap}", "{unit} đón nhận {award}", "{D} khen thưởng {n} tập thể, cá nhân",
          "Xã {c} ({d}) {event}", "Tuyên dương {n} điển hình tiên tiến {s}", "{person}: tấm gương {s} ở {c}",
          "{D} sơ kết phong trào thi đua {s}"]


class ArticleMaker:
    """Distinct articles (title, text, date) in the words of this domain, from the gazetteer and taxonomy."""

    def __init__(self, seed: int = 41):
        self.rng = random.Random(seed)
        provinces = {r["code"]: r for r in data_rows(DATA / "gazetteer" / "provinces.csv") if r["era"] == "legacy_63"}
        communes: dict[str, list[str]] = defaultdict(list)
        for row in data_rows(DATA / "gazetteer" / "communes.csv"):
            if row["era"] == "legacy_63":
                communes[row["district_code"]].append(row["name"])
        self.districts = [(f"{r['type']} {r['name']}", provinces[r["province_code"]]["name"], communes[r["code"]])
                          for r in data_rows(DATA / "gazetteer" / "districts.csv")
                          if r["province_code"] in provinces and communes[r["code"]]]
        self.awards = [r["official_vi"] for r in data_rows(DATA / "taxonomy.csv") if r["official_vi"]]
        self.title_awards = [a for a in self.awards if a.startswith(("Chiến sĩ", "Lao động", "Tập thể", "Đơn vị"))]
        self.campaigns = [r["name"] for r in data_rows(DATA / "rules" / "campaigns.csv")]

    def person(self) -> str:
        rng = self.rng
        return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"

    def article(self) -> tuple[str, str, str]:
        """(title, text, published)."""
        rng = self.rng
        district, province, communes = rng.choice(self.districts)
        year = rng.randint(2012, 2025)
        slots = {"d": district, "D": district[0].upper() + district[1:], "p": province, "y": year,
                 "y0": year - rng.choice((1, 3, 5)), "y1": year + 1, "dtype": district.split()[0],
                 "k": rng.choice(["các xã", "cơ quan Đảng", "doanh nghiệp", "trường học", "nội chính"]),
                 "ord": rng.choice(["XX", "XXI", "XXII", "XXIII"]), "ann": rng.choice((70, 75, 76, 77, 78, 80))}
        picks = rng.sample(SENTENCES, rng.randint(13, 20))
        title = self._fill(rng.choice(TITLES), slots, communes)
        lead = self._fill("Ngày {dd}/{mm}/{y}, UBND {d} tổ chức {event}.", slots, communes)
        body = [self._fill(s, slots, communes) for s in picks]
        cut = rng.randint(3, len(body) - 2)
        text = " ".join([lead, *body[:cut]]) + "\n" + " ".join(body[cut:])
        return title, text, f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    def _fill(self, template: str, slots: dict, communes: list[str]) -> str:
        rng = self.rng
        values = dict(slots)
        for key in ("person", "office", "unit", "award", "c", "c2", "village", "event", "event_cap"):
            if "{" + key in template:
                values[key] = self._slot(key, slots, communes)
        fresh = {"n": rng.randint(2, 300), "m": rng.randint(1, 900), "pct": round(rng.uniform(0.5, 9.9), 2),
                 "pct2": rng.randint(85, 130), "money": rng.randint(3, 2500), "dec": rng.randint(100, 9999),
                 "dd": rng.randint(1, 28), "mm": rng.randint(1, 12), "rank": rng.randint(1, 12),
                 "km": round(rng.uniform(1, 25), 1), "s": rng.choice(SECTORS), "recip": rng.choice(RECIPIENTS),
                 "campaign": rng.choice(self.campaigns), "title_award": rng.choice(self.title_awards)}
        verb = rng.choice(VERBS)
        fresh.update(verb=verb, verb_cap=verb[0].upper() + verb[1:])
        values.update({k: v for k, v in fresh.items() if "{" + k in template})
        return template.format(**values)

    def _slot(self, key: str, slots: dict, communes: list[str]) -> str:
        rng = self.rng
        if key == "person":
            return self.person()
        if key in ("c", "c2"):
            return rng.choice(communes)
        if key == "village":
            return rng.choice(VILLAGES)
        if key == "award":
            return rng.choice(self.awards)
        if key == "office":
            return rng.choice(OFFICES).format(d=slots["d"], D=slots["D"].split()[0], p=slots["p"],
                                              c=rng.choice(communes))
        if key == "unit":
            return rng.choice(UNITS).format(c=rng.choice(communes), d=slots["d"], v=rng.choice(VILLAGES))
        event = rng.choice(EVENTS).format(y=slots["y"], y0=slots["y0"], k=slots["k"], n=rng.choice(["II", "III",
                                          "IV", "V", "VI"]), award=rng.choice(self.awards))
        return event[0].upper() + event[1:] if key == "event_cap" else event


# -- building ---------------------------------------------------------------------------------
def article_count(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        with conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def build(path: Path, articles: int) -> None:
    """``articles`` distinct articles into a new database, streamed in batches as the loader writes them."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = connect(path)  # the project's migrations: the same tables and index as `tdkt load` makes
    conn = db.conn
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")
    maker = ArticleMaker()
    started, cpu = time.perf_counter(), time.process_time()
    pairs_cpu = 0.0
    for first in range(0, articles, BATCH):
        rows = []
        for number in range(first, min(articles, first + BATCH)):
            title, text, published = maker.article()
            rows.append((number + 1, f"bench{number:07d}", f"https://bench.example/tin/{number}", title, published,
                         text))
        with conn:
            conn.executemany("INSERT INTO articles (id, key, url, title, published, text, relevant) "
                             "VALUES (?, ?, ?, ?, ?, ?, 1)", rows)
            conn.executemany("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
                             ((r[0], fold_for_index(r[3]), fold_for_index(r[5])) for r in rows))
            pairs_started = time.process_time()
            search_pairs.index(conn, ((r[0], (r[3], r[5])) for r in rows))
            pairs_cpu += time.process_time() - pairs_started
        done = first + len(rows)
        if done % 100_000 == 0 or done == articles:
            print(f"  {done:,} articles, {time.perf_counter() - started:,.0f} s", flush=True)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    conn.close()
    text_bytes = path.stat().st_size
    print(f"built {articles:,} articles in {wall:,.0f} s ({cpu:,.0f} s CPU, {articles / wall:,.0f} articles/s); "
          f"database {text_bytes / 1e9:,.2f} GB; peak memory "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB; the pair index "
          f"{pairs_cpu:,.0f} s of that CPU ({pairs_cpu / articles * 1e6:,.0f} µs an article)", flush=True)


# -- the query mix ----------------------------------------------------------------------------
def query_mix(count: int, seed: int = 13) -> list[tuple[str, str]]:
    """(class, query): what a reader types, drawn from the same vocabulary as the articles."""
    maker = ArticleMaker(seed)
    rng = maker.rng

    def place():
        district, province, communes = rng.choice(maker.districts)
        return rng.choice([district.split(" ", 1)[1], province, "xã " + rng.choice(communes), district])

    def typed_lower(text):
        return text.lower()

    classes = {
        "name, diacritics": lambda: maker.person(),
        "name, folded": lambda: fold_query(maker.person()),
        "place, diacritics": lambda: place(),
        "place, folded": lambda: fold_query(place()),
        "award form": lambda: rng.choice([rng.choice(maker.awards), fold_query(rng.choice(maker.awards)),
                                          f'"{fold_query(rng.choice(maker.awards))}"']),
        "common words": lambda: rng.choice(["thi đua", "thi dua", "khen thưởng", "khen thuong", "phong trào thi đua",
                                            "thi dua khen thuong", "tập thể cá nhân", "bang khen", "nông thôn mới",
                                            "điển hình tiên tiến", "Thi đua", "năm 2023"]),
        "long query": lambda: rng.choice([f"thi dua khen thuong {fold_query(place())}",
                                          f"tổng kết thi đua {place()} {rng.randint(2012, 2025)}",
                                          f"{rng.choice(maker.awards)} {place()}",
                                          f"tong ket {fold_query(place())} {rng.randint(2012, 2025)}"]),
        "phrase": lambda: rng.choice(['"' + typed_lower(rng.choice(SECTORS)) + '"', '"gương người tốt việc tốt"',
                                      '"' + fold_query(rng.choice(maker.campaigns)) + '"',
                                      '"xa ' + fold_query(place().split()[-1]) + '"']),
        "rare": lambda: rng.choice([f"{rng.randint(100, 9999)}/QĐ-UBND", f"quyet dinh {rng.randint(100, 9999)}",
                                    f"{rng.randint(3, 2500)} ty dong {fold_query(place())}",
                                    f"{maker.person()} {place()}", f"hiến {rng.randint(1, 900)}m²"]),
        "prefix": lambda: rng.choice(["khen*", "huan chuong*", "thi dua nong*", f"{fold_query(place())[:4]}*",
                                      "chiến sĩ thi*"]),
        "typed rare, folded common": lambda: rng.choice(["thì đua", "khen thương", "Thi Đùa", "tặp thể", "phòng trao",
                                                         "nông thồn mới", "Lễ Quang", "danh hiêu"]),
    }
    names = list(classes)
    return [(names[i % len(names)], classes[names[i % len(names)]]()) for i in range(count)]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def run_queries(path: Path, count: int) -> None:
    mix = query_mix(count)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    results: dict[str, dict[str, list[tuple[float, float]]]] = {"cold": defaultdict(list), "warm": defaultdict(list)}
    hits = 0
    for round_name in ("cold", "warm"):
        for kind, query in mix:
            started, cpu = time.perf_counter(), time.process_time()
            found = search(conn, query, limit=10)
            results[round_name][kind].append(((time.perf_counter() - started) * 1000,
                                              (time.process_time() - cpu) * 1000))
            hits += len(found) if round_name == "cold" else 0
    conn.close()
    print(f"search: {len(mix)} queries, 10 hits with snippets ({hits / len(mix):.1f} hits on average); "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores at the end")
    print(f"  {'class':<28} {'round':<5} {'n':>4}  wall p50/p95/p99 ms    CPU p50/p95/p99 ms  max wall")
    for round_name, by_class in results.items():
        everything = [v for values in by_class.values() for v in values]
        for kind, values in [*by_class.items(), ("overall", everything)]:
            wall, cpu = [v[0] for v in values], [v[1] for v in values]
            print(f"  {kind:<28} {round_name:<5} {len(values):>4}  "
                  f"{statistics.median(wall):6.1f} {percentile(wall, .95):6.1f} {percentile(wall, .99):6.1f}    "
                  f"{statistics.median(cpu):6.1f} {percentile(cpu, .95):6.1f} {percentile(cpu, .99):6.1f}  "
                  f"{max(wall):7.1f}")


def index_sizes(path: Path) -> str:
    """The full-text index's and the pair index's sizes (the pages of their tables)."""
    shadows = ("data", "idx", "docsize", "config")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        sizes = [conn.execute(f"SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name IN "
                              f"({','.join('?' * len(shadows))})", [f"{table}_{s}" for s in shadows]).fetchone()[0]
                 for table in ("articles_fts", search_pairs.TABLE)]
    except sqlite3.Error:  # no dbstat in this SQLite
        return "index sizes unknown"
    finally:
        conn.close()
    return f"full-text index {sizes[0] / 1e9:,.2f} GB, pair index {sizes[1] / 1e6:,.0f} MB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--db", help=f"the database (default {DEFAULT_DIR}/search-ARTICLES.db; kept for later runs)")
    parser.add_argument("--queries", type=int, default=363)
    parser.add_argument("--rebuild", action="store_true", help="build the database again even if it exists")
    parser.add_argument("--build-only", action="store_true")
    args = parser.parse_args()
    path = Path(args.db) if args.db else DEFAULT_DIR / f"search-{args.articles}.db"
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start; database {path}")
    if args.rebuild or article_count(path) != args.articles:
        build(path, args.articles)
    else:
        print(f"reusing {path} ({args.articles:,} articles)")
    connect(path).conn.close()  # an older bench database is brought to the current schema
    size = sum(Path(str(path) + s).stat().st_size for s in ("", "-wal") if Path(str(path) + s).exists())
    print(f"database {size / 1e9:,.2f} GB = {size / args.articles / 1e3:,.1f} kB per article; " + index_sizes(path))
    if not args.build_only:
        run_queries(path, args.queries)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
