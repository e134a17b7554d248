"""Build the gazetteer CSVs from the MIT-licensed `vietnamadminunits` 1.0.4 data.

Why a build step: the package ships a 7 MB SQLite file with coordinates,
bounds and geocoder strings we never use; the engine needs only names, types,
codes and the old→new mapping, which fit in a few hundred kB of CSV that a
reviewer can read and diff. The package is read OFFLINE: this script opens
`data/dataset.db` and `data/converter_2025.json` as files and never imports the
package (whose parser/converter paths may reach geopy).

Run from the repository root:

    .venv/bin/python data/gazetteer/build_gazetteer.py [--source DIR]

Inputs written by hand (kept in this folder): renamed.csv (province rows give
the legacy name), aliases_manual.csv, spelling_variants.csv.
Outputs: provinces.csv, districts.csv, communes.csv, aliases.csv.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import itertools
import json
import re
import sqlite3
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))  # repository root, for extract.normalize

from tdkt.extract.normalize import fold_case, normalize_text  # noqa: E402

LEGACY, REFORM = "legacy_63", "reform_2025"
MAX_VARIANTS = 16


def package_data_dir() -> Path:
    """Locate the package's data folder without importing the package."""
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("vietnamadminunits is not installed; pip install vietnamadminunits==1.0.4")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def clean(name: str | None) -> str:
    """NFC, new-style tones, single spaces: the one spelling every file uses."""
    return " ".join(normalize_text(name or "").split())


def short_name(short: str) -> str:
    """Drop the package's disambiguating suffix: 'Kỳ Anh (Thị xã)' → 'Kỳ Anh'."""
    return re.sub(r"\s*\([^)]*\)$", "", clean(short))


def type_word(full: str, short: str) -> str:
    """'Thành phố Hà Nội' with short 'Hà Nội' → 'thành phố'."""
    full, short = clean(full), clean(short)
    if short and full.endswith(short) and full != short:
        return fold_case(full[: -len(short)].strip())
    return fold_case(full.split(" ")[0])


def ascii_slug(name: str) -> str:
    """'Bà Rịa - Vũng Tàu' → 'bariavungtau' (the form used in domain names)."""
    base = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in base.lower() if c.isascii() and c.isalnum())


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [row for row in csv.DictReader(line for line in fh if not line.startswith("#"))]


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


# ---------------------------------------------------------------- provinces --

def build_provinces(db: sqlite3.Connection, converter: dict, renamed: list[dict]) -> tuple[list, dict, dict]:
    """Rows for both eras; returns (rows, legacy key → code, legacy code → 2025 code)."""
    legacy = db.execute(
        "SELECT provinceCode, province, provinceShort, provinceKey FROM admin_units_legacy "
        "GROUP BY provinceCode ORDER BY provinceCode").fetchall()
    reform = db.execute(
        "SELECT provinceCode, province, provinceShort, provinceKey FROM admin_units "
        "GROUP BY provinceCode ORDER BY provinceCode").fetchall()
    reform_by_key = {key: (code, clean(short)) for code, _, short, key in reform}
    successor = {}
    for new_key, old_keys in converter["DICT_PROVINCE"].items():
        for old_key in old_keys:
            successor[old_key] = reform_by_key[new_key]
    legacy_names = {r["province_code"]: r for r in renamed if r["level"] == "province"}
    rows, key_to_code, code_to_new = [], {}, {}
    for code, full, short, key in legacy:
        name, kind = clean(short), type_word(full, short)
        if code in legacy_names:  # e.g. Thừa Thiên Huế, a tỉnh until 31/12/2024
            name, kind = clean(legacy_names[code]["old_name"]), legacy_names[code]["old_type"]
        new_code, new_name = successor[key]
        rows.append([LEGACY, code, name, kind, new_code, new_name, ascii_slug(name)])
        key_to_code[key] = code
        code_to_new[code] = new_code
    for code, full, short, _ in reform:
        rows.append([REFORM, code, clean(short), type_word(full, short), code, clean(short), ascii_slug(clean(short))])
    return rows, key_to_code, code_to_new


# ---------------------------------------------------------------- districts --

def build_districts(db: sqlite3.Connection) -> list:
    rows = db.execute(
        "SELECT districtCode, districtType, districtShort, provinceCode FROM admin_units_legacy "
        "GROUP BY districtCode ORDER BY districtCode").fetchall()
    out = []
    for code, kind, short, province_code in rows:
        name = short_name(short)
        out.append([code, name, fold_case(clean(kind)), province_code, ascii_slug(name)])
    return out


# ----------------------------------------------------------------- communes --

def commune_successors(db: sqlite3.Connection, converter: dict) -> dict[str, str]:
    """Legacy commune code → the 2025 commune that took it (the package's default
    choice when the old commune was split)."""
    legacy = {"_".join(r[:3]): r[3] for r in db.execute(
        "SELECT provinceKey, districtKey, wardKey, wardCode FROM admin_units_legacy WHERE wardCode IS NOT NULL")}
    reform = {(r[0], r[1]): r[2] for r in db.execute("SELECT provinceKey, wardKey, wardCode FROM admin_units")}
    out: dict[str, str] = {}
    for new_province, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_ward, old_keys in wards.items():
            for old_key in old_keys:
                if old_key in legacy:
                    out[legacy[old_key]] = reform[(new_province, new_ward)]
    for new_province, olds in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old_key, choices in olds.items():
            default = next((c for c in choices if c["isDefaultNewWard"]), choices[0])
            if old_key in legacy:
                out[legacy[old_key]] = reform[(new_province, default["newWardKey"])]
    return out


def build_communes(db: sqlite3.Connection, converter: dict, code_to_new: dict) -> list:
    successors = commune_successors(db, converter)
    out = []
    for code, kind, short, district_code, province_code in db.execute(
            "SELECT wardCode, wardType, wardShort, districtCode, provinceCode FROM admin_units_legacy "
            "WHERE wardCode IS NOT NULL ORDER BY wardCode"):
        out.append([LEGACY, code, short_name(short), fold_case(clean(kind)), district_code, province_code,
                    code_to_new[province_code], successors.get(code, "")])
    for code, kind, short, province_code in db.execute(
            "SELECT wardCode, wardType, wardShort, provinceCode FROM admin_units ORDER BY wardCode"):
        out.append([REFORM, code, short_name(short), fold_case(clean(kind)), "", province_code, province_code, ""])
    return out


# ------------------------------------------------------------------ aliases --

def spelling_variants(name: str, table: dict[str, list[str]]) -> list[str]:
    """Other common spellings of a name: 'Đắk Nông' → 'Đắc Nông', 'Dak Nông', ...

    Matching is case-folded, so variants are produced in lower case; names with
    apostrophes ("Đắk R'Lấp") also get the apostrophe-less form.
    """
    tokens = fold_case(name).split(" ")
    options = []
    for token in tokens:
        opts = [token] + table.get(token, [])
        if "'" in token:
            opts.append(token.replace("'", ""))
        options.append(opts)
    out = []
    for combo in itertools.islice(itertools.product(*options), MAX_VARIANTS + 1):
        variant = " ".join(combo)
        if variant != fold_case(name):
            out.append(variant)
    return out


def build_aliases(provinces: list, districts: list, communes: list, manual: list[dict],
                  variants: dict[str, list[str]], renamed: list[dict]) -> list:
    """Rows: alias, level, era, code, province_code, name (the unit's own), bare, source."""
    rows: list[list] = []
    by_name = {}
    for era, code, name, *_ in provinces:
        by_name.setdefault(("province", fold_case(name), None), []).append((era, code, code, name))
    for code, name, _, province_code, _ in districts:
        by_name.setdefault(("district", fold_case(name), province_code), []).append(
            (LEGACY, code, province_code, name))
    for row in manual:
        key = (row["level"], fold_case(clean(row["target_name"])),
               row["province_code"] or None if row["level"] != "province" else None)
        targets = by_name.get(key)
        if not targets:
            raise SystemExit(f"aliases_manual.csv: no {row['level']} named {row['target_name']!r}")
        for era, code, province_code, name in targets:
            if row["era"] in ("", era):
                rows.append([clean(row["alias"]), row["level"], era, code, province_code, name,
                             row["bare"], "manual"])
    seen = set()

    def add_variants(level: str, era: str, code: str, province_code: str, written: str, name: str,
                     bare: str) -> None:
        """Variants of `written`, pointing at the unit whose own name is `name`."""
        for variant in spelling_variants(written, variants):
            key = (level, era, code, variant)
            if key not in seen:
                seen.add(key)
                rows.append([variant, level, era, code, province_code, name, bare, "variant"])

    for era, code, name, *_ in provinces:
        add_variants("province", era, code, code, name, name, "yes")
    for code, name, _, province_code, _ in districts:
        add_variants("district", LEGACY, code, province_code, name, name, "yes")
    for era, code, name, _, _, province_code, *_ in communes:
        add_variants("commune", era, code, province_code, name, name, "no")
    for row in renamed:
        if row["level"] == "district":
            old = clean(row["old_name"])
            add_variants("district", LEGACY, row["successor_code"], row["province_code"], old, old, "yes")
    for alias, level, era, code, province_code, name, bare, source in list(rows):
        if source == "manual":
            add_variants(level, era, code, province_code, alias, name, bare)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=None,
                        help="the package's data folder (default: the installed vietnamadminunits)")
    args = parser.parse_args(argv)
    source = args.source or package_data_dir()
    db = sqlite3.connect(f"file:{source / 'dataset.db'}?mode=ro", uri=True)
    converter = json.loads((source / "converter_2025.json").read_text(encoding="utf-8"))
    renamed = read_csv(HERE / "renamed.csv")
    manual = read_csv(HERE / "aliases_manual.csv")
    variants: dict[str, list[str]] = {}
    for row in read_csv(HERE / "spelling_variants.csv"):
        variants.setdefault(fold_case(clean(row["syllable"])), []).append(fold_case(clean(row["variant"])))

    provinces, _, code_to_new = build_provinces(db, converter, renamed)
    districts = build_districts(db)
    communes = build_communes(db, converter, code_to_new)
    aliases = build_aliases(provinces, districts, communes, manual, variants, renamed)

    write_csv(HERE / "provinces.csv",
              ["era", "code", "name", "type", "code_2025", "name_2025", "slug"], provinces)
    write_csv(HERE / "districts.csv", ["code", "name", "type", "province_code", "slug"], districts)
    write_csv(HERE / "communes.csv",
              ["era", "code", "name", "type", "district_code", "province_code", "province_2025_code",
               "code_2025"], communes)
    write_csv(HERE / "aliases.csv",
              ["alias", "level", "era", "code", "province_code", "name", "bare", "source"], aliases)
    print(f"provinces {len(provinces)}, districts {len(districts)}, communes {len(communes)}, "
          f"aliases {len(aliases)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
