"""Reference tables read from the project's data files: taxonomy, sources, places.

Facts point at these rows (an award at its taxonomy code, an article at its
source, an event at its place), so analysts can group by a form's kind and
level, a source's province, or a place's 2025 province without re-reading
the CSVs. The rows are refreshed only when the files change, so a second
``tdkt load`` writes nothing.
"""
from __future__ import annotations

import csv
import hashlib
import itertools
from pathlib import Path
from typing import Iterator

from tdkt.paths import DATA_DIR
from tdkt.portal.sources import load_registry

LEGACY, REFORM = "legacy_63", "reform_2025"
PLACE_COLUMNS = ("key", "level", "era", "name", "type", "code", "province", "province_code", "district",
                 "district_code", "commune", "commune_code", "province_2025", "province_2025_code", "code_2025",
                 "label")


def _csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


def reference_files(data_dir: Path = DATA_DIR) -> list[Path]:
    gazetteer = data_dir / "gazetteer"
    return [data_dir / "taxonomy.csv", data_dir / "sources.csv", data_dir / "rules" / "campaigns.csv",
            gazetteer / "provinces.csv", gazetteer / "districts.csv", gazetteer / "communes.csv"]


def fingerprint(data_dir: Path = DATA_DIR) -> str:
    """A hash of the reference files: when it changes, the tables are refreshed."""
    digest = hashlib.sha1()
    for path in reference_files(data_dir):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def taxonomy_rows(data_dir: Path = DATA_DIR) -> list[dict]:
    return [{k: row.get(k) or None for k in ("code", "kind", "official_vi", "variants_in_news", "recipients",
                                              "level", "note")}
            for row in _csv(data_dir / "taxonomy.csv")]


def source_rows(data_dir: Path = DATA_DIR) -> list[dict]:
    return [{"id": s.id, "name": s.name, "kind": s.kind or None, "province": s.province or None,
             "district": s.district or None, "base_url": s.base_url or None, "domains": " ".join(s.domains) or None}
            for s in load_registry(data_dir / "sources.csv")]


def campaign_rows(data_dir: Path = DATA_DIR) -> list[dict]:
    """The national campaigns the extractor recognises (``canonical_id`` of a mention)."""
    return [{"id": row["id"], "name": row["name"], "canonical": 1}
            for row in _csv(data_dir / "rules" / "campaigns.csv")]


def place_key(era: str | None, level: str, code: str) -> str:
    """The stable key of a gazetteer unit: codes repeat across eras (52 is Bình Định, then Gia Lai)."""
    return f"{era}/{level}/{code}"


def place_rows(data_dir: Path = DATA_DIR) -> Iterator[dict]:
    """Every administrative unit of both eras, with its parents and its 2025 province."""
    gazetteer = data_dir / "gazetteer"
    provinces = {(row["era"], row["code"]): row for row in _csv(gazetteer / "provinces.csv")}
    districts = {row["code"]: row for row in _csv(gazetteer / "districts.csv")}

    def province_2025(code_2025: str) -> tuple[str | None, str | None]:
        row = provinces.get((REFORM, code_2025))
        return (row["name"], code_2025) if row else (None, code_2025 or None)

    for (era, code), row in provinces.items():
        name_2025, code_2025 = province_2025(row["code_2025"])
        yield _place(level="province", era=era, name=row["name"], type=row["type"], code=code,
                     province=row["name"], province_code=code, province_2025=name_2025,
                     province_2025_code=code_2025, label=row["name"])
    for code, row in districts.items():
        province = provinces[(LEGACY, row["province_code"])]
        name_2025, code_2025 = province_2025(province["code_2025"])
        yield _place(level="district", era=LEGACY, name=row["name"], type=row["type"], code=code,
                     province=province["name"], province_code=province["code"], district=row["name"],
                     district_code=code, province_2025=name_2025, province_2025_code=code_2025,
                     label=f"{row['name']}, {province['name']}")
    for row in _csv(gazetteer / "communes.csv"):
        era = row["era"]
        province = provinces.get((era, row["province_code"]), {})
        district = districts.get(row["district_code"], {}) if era == LEGACY else {}
        name_2025, code_2025 = province_2025(row["province_2025_code"])
        parents = [p for p in (district.get("name"), province.get("name")) if p]
        yield _place(level="commune", era=era, name=row["name"], type=row["type"], code=row["code"],
                     province=province.get("name"), province_code=row["province_code"] or None,
                     district=district.get("name"), district_code=row["district_code"] or None,
                     commune=row["name"], commune_code=row["code"], province_2025=name_2025,
                     province_2025_code=code_2025, code_2025=row.get("code_2025") or None,
                     label=", ".join([row["name"], *parents]))


def _place(**values) -> dict:
    row = {column: values.get(column) for column in PLACE_COLUMNS}
    row["key"] = place_key(values["era"], values["level"], values["code"])
    return row


# -- writing them ----------------------------------------------------------------------------
def refresh(db, data_dir: Path = DATA_DIR) -> bool:
    """Bring the reference tables in line with the data files; False when they already were."""
    stamp = fingerprint(data_dir)
    row = db.execute("SELECT value FROM meta WHERE key = 'reference_fingerprint'").fetchone()
    if row and row[0] == stamp:
        return False
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        _upsert(conn, "taxonomy", "code", taxonomy_rows(data_dir))
        _upsert(conn, "sources", "id", source_rows(data_dir))
        _upsert(conn, "campaigns", "id", campaign_rows(data_dir))
        _upsert(conn, "places", "key", place_rows(data_dir))
        conn.execute("INSERT INTO meta (key, value) VALUES ('reference_fingerprint', ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (stamp,))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # a full disk rolls back by itself: a second ROLLBACK would hide why
            conn.execute("ROLLBACK")
        raise
    return True


def _upsert(conn, table: str, key: str, rows) -> None:
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return
    columns = list(first)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != key)
    sql = (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)}) "
           f"ON CONFLICT({key}) DO UPDATE SET {updates}")
    conn.executemany(sql, ([row[c] for c in columns] for row in itertools.chain([first], rows)))
