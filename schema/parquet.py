"""``tdkt export --format parquet``: the facts as Parquet shards, for archives that outgrow one SQLite file.

One directory per table (``awards/part-00000.parquet``, ...), each shard of at
most ``shard_rows`` rows, written as rows are read, so memory stays flat however
large the database. Column types come from the table's declared SQLite types
(a view's undeclared columns from its first rows). DuckDB, Polars or Spark
read a whole table with a glob: ``read_parquet('export/awards/*.parquet')``.

pyarrow is an optional dependency (``pip install 'tdkt[parquet]'``).
"""
from __future__ import annotations

import os
from pathlib import Path

from tdkt.schema.query import QueryError, names, run

# The facts and what they point at: enough to answer every view's question without the database.
FACT_TABLES = ("articles", "events", "places", "awards", "award_recipients", "units", "unit_names", "officials",
               "official_mentions", "campaigns", "campaign_mentions", "taxonomy", "sources")
SHARD_ROWS = 500_000
_READ_ROWS = 10_000  # rows turned into one Arrow batch


class MissingPyarrow(Exception):
    """Parquet asked for without pyarrow installed."""


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise MissingPyarrow("Parquet export needs pyarrow: pip install 'tdkt[parquet]'") from None
    return pyarrow


def export_parquet(path: str | os.PathLike, out_dir: str | os.PathLike, tables: list[str] | None = None, *,
                   shard_rows: int = SHARD_ROWS) -> dict[str, int]:
    """Write each table (default: ``FACT_TABLES``) as Parquet shards under ``out_dir/<table>/``;
    returns the rows written per table."""
    pa = _pyarrow()
    if shard_rows < 1:
        raise ValueError("shard_rows must be at least 1")
    known_tables, known_views = names(path)
    chosen = list(tables) if tables else [t for t in FACT_TABLES if t in known_tables]
    unknown = [t for t in chosen if t not in known_tables + known_views]
    if unknown:
        raise QueryError(f"no table or view {', '.join(map(repr, unknown))} in {path}; choose among: "
                         f"{', '.join(known_tables + known_views)}")
    out_dir = Path(out_dir)
    return {name: _export_one(pa, path, name, out_dir / name, shard_rows) for name in chosen}


def _export_one(pa, path, name: str, directory: Path, shard_rows: int) -> int:
    import pyarrow.parquet as pq

    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("part-*.parquet"):  # a shard left from an earlier, larger export would be read too
        old.unlink()
    declared = _declared_types(path, name)
    columns, rows = run(path, f'SELECT * FROM "{name}"', time_limit=None)
    rows = iter(rows)
    schema, writer, shard, in_shard, total = None, None, 0, 0, 0
    try:
        while True:
            chunk = [row for _, row in zip(range(min(_READ_ROWS, shard_rows - in_shard)), rows)]
            if not chunk:
                break
            if schema is None:
                schema = pa.schema([(c, _arrow_type(pa, declared.get(c), [r[i] for r in chunk]))
                                    for i, c in enumerate(columns)])
            if writer is None:
                writer = pq.ParquetWriter(directory / f"part-{shard:05d}.parquet", schema, compression="zstd")
            writer.write_table(_table(pa, schema, columns, chunk))
            in_shard += len(chunk)
            total += len(chunk)
            if in_shard >= shard_rows:
                writer.close()
                writer, shard, in_shard = None, shard + 1, 0
        if total == 0:  # an empty table still gets its columns, so a reader finds the table
            schema = pa.schema([(c, _arrow_type(pa, declared.get(c), [])) for c in columns])
            pq.write_table(schema.empty_table(), directory / "part-00000.parquet")
    finally:
        if writer is not None:
            writer.close()
    return total


def _declared_types(path, name: str) -> dict[str, str]:
    columns, rows = run(path, f'SELECT name, type FROM pragma_table_info("{name}")')
    return {n: (t or "").upper() for n, t in rows}


def _arrow_type(pa, declared: str | None, sample: list):
    """SQLite's declared type (its affinity rules) or, undeclared, the values' own type."""
    declared = declared or ""
    if "INT" in declared:
        return pa.int64()
    if any(word in declared for word in ("REAL", "FLOA", "DOUB")):
        return pa.float64()
    if any(word in declared for word in ("CHAR", "CLOB", "TEXT")):
        return pa.string()
    values = [v for v in sample if v is not None]
    if values and all(isinstance(v, int) for v in values):
        return pa.int64()
    if values and all(isinstance(v, (int, float)) for v in values):
        return pa.float64()
    if values and all(isinstance(v, bytes) for v in values):
        return pa.binary()
    return pa.string()


def _table(pa, schema, columns: list[str], chunk: list[tuple]):
    arrays = []
    for i, field in enumerate(schema):
        try:
            arrays.append(pa.array([_fit(row[i], field.type, pa) for row in chunk], type=field.type))
        except (TypeError, ValueError) as exc:
            raise QueryError(f"column {field.name} cannot be written as {field.type}: {exc}") from None
    return pa.Table.from_arrays(arrays, schema=schema)


def _fit(value, kind, pa):
    """A value as the column's type: SQLite lets any value into any column, Parquet does not."""
    if value is None:
        return None
    if kind == pa.string():
        return value if isinstance(value, str) else (value.hex() if isinstance(value, bytes) else str(value))
    if kind == pa.int64():
        return value if isinstance(value, int) else _number(value, int)
    if kind == pa.float64():
        return float(value) if isinstance(value, (int, float)) else _number(value, float)
    return value


def _number(value, kind):
    """Text in a numeric column (SQLite allows it): written when it is a number, refused otherwise."""
    try:
        return kind(value)
    except (TypeError, ValueError):
        raise ValueError(f"{value!r} is not a number") from None
