"""Build ``provinces_2025.csv``: one point (latitude, longitude) per 2025 province, for the dashboard's map.

    .venv/bin/pip install vietnamadminunits==1.0.4    # the build only reads its data file
    .venv/bin/python data/geo/build_province_points.py [--source PATH/TO/vietnamadminunits/data]

Reads the package's ``dataset.db`` (table ``admin_units``: provinceCode,
provinceLat, provinceLon) as a plain SQLite file, and names each province as
the gazetteer does (``../gazetteer/provinces.csv``, era reform_2025), joining
on the GSO code so that a spelling difference cannot lose a province.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def default_source() -> Path:
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("vietnamadminunits is not installed: pip install vietnamadminunits==1.0.4, or pass --source")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, help="the package's data folder (holding dataset.db)")
    args = parser.parse_args()
    source = (args.source or default_source()) / "dataset.db"
    with open(HERE.parent / "gazetteer" / "provinces.csv", encoding="utf-8", newline="") as fh:
        names = {r["code"]: r["name"] for r in csv.DictReader(fh) if r["era"] == "reform_2025"}
    conn = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    points = conn.execute("SELECT DISTINCT provinceCode, provinceLat, provinceLon FROM admin_units "
                          "ORDER BY provinceCode").fetchall()
    if {code for code, _, _ in points} != set(names):
        sys.exit(f"{source}: its 2025 provinces differ from the gazetteer's; rebuild the gazetteer first")
    with open(HERE / "provinces_2025.csv", "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["code", "name", "latitude", "longitude"])
        for code, lat, lon in points:
            writer.writerow([code, names[code], f"{lat:.4f}", f"{lon:.4f}"])
    print(f"wrote {len(points)} provinces to {HERE / 'provinces_2025.csv'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
