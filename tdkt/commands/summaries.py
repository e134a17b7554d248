"""The closing summaries commands print: what a crawl or a run did, what the database now holds,
what went wrong, and what to try next after ``tdkt demo``.

The libraries and the pipeline return plain results (dicts, dataclasses);
only here do they become text for a person.
"""
from __future__ import annotations

import textwrap
from collections import Counter

from tdkt.schema.totals import DatabaseTotals


# -- tdkt crawl --------------------------------------------------------------------------------
def format_crawl_summary(summary: dict) -> str:
    """Human summary of a crawl (the dict returned by ``Crawl.run``)."""
    stats = Counter(summary["stats"])
    elapsed = summary["elapsed"]
    lines = [
        f"Crawl {summary['status']} in {elapsed:.1f} s: {stats['pages']:,} requests "
        f"({stats['pages'] / max(elapsed, 1e-6):.1f}/s), {stats['article']:,} new articles.",
        f"  listings {stats['listing']:,} · duplicates {stats['duplicate']:,} · not modified {stats['not_modified']:,}"
        f" · redirects {stats['redirect']:,} · sitemaps/feeds {stats['sitemap'] + stats['feed']:,}"
        f" · skipped {stats['skipped']:,} · retries {stats['retry']:,} · failed {stats['failed']:,}",
        f"  robots.txt refused {stats['robots']:,} · new URLs queued {stats['discovered']:,}",
    ]
    frontier = summary.get("frontier") or {}
    if frontier:
        lines.append("  frontier: " + ", ".join(f"{state} {count:,}" for state, count in sorted(frontier.items())))
    for reason, count in summary.get("failures", [])[:8]:
        lines.append(f"  failed: {count:,} × {reason}")
    for host, reason in summary.get("parked", {}).items():
        lines.append(f"  paused host {host}: {reason} (its URLs stay queued)")
    for host, reason in summary.get("capped", {}).items():
        lines.append(f"  capped host {host}: {reason}")
    if summary.get("warc_files"):
        lines.append(f"  WARC: {len(summary['warc_files'])} file(s) in {summary['warc_dir']}")
    lines.append(f"  database: {summary['db']}")
    return "\n".join(lines)


# -- tdkt run, tdkt demo and tdkt reextract ----------------------------------------------------
def format_run(result, max_codes: int = 12) -> str:
    """The closing summary of a run (``tdkt.pipeline.RunResult``): what it did, what the database now
    holds, what went wrong."""
    lines = [f"{result.label} finished in {result.elapsed:.1f} s."]
    crawl = result.crawl
    if crawl:
        stats = crawl["stats"]
        lines.append(f"  crawl ({crawl['status']}): {stats.get('pages', 0):,} pages requested, "
                     f"{stats.get('article', 0):,} new articles, {stats.get('not_modified', 0):,} not modified, "
                     f"{stats.get('failed', 0):,} failed")
    else:
        lines.append("  crawl: nothing to crawl (no URL or source given and no unfinished crawl)")
    lines.append("  extract + load: " + result.load.summary())
    lines += format_totals(result.totals, result.paths.db, max_codes)
    lines += format_errors(result.errors)
    return "\n".join(lines)


def format_reextract(result, db: str, max_codes: int = 12) -> str:
    """The closing summary of ``tdkt reextract`` (``tdkt.pipeline.ReextractResult``)."""
    unchanged = result.load.extracted - result.changed - result.new
    lines = [f"Re-extracted from {result.source} in {result.elapsed:.1f} s (no network).",
             (f"  {result.load.extracted:,} articles extracted: {result.changed:,} with changed facts, "
              f"{max(unchanged, 0):,} unchanged, {result.new:,} new to the database"),
             "  load: " + result.load.summary()]
    lines += format_totals(result.totals, db, max_codes)
    lines += format_errors([f"load: {m}" for m in result.load.messages])
    return "\n".join(lines)


def format_totals(totals: DatabaseTotals, db: str, max_codes: int = 12) -> list[str]:
    lines = [(f"Database {db}: {totals.articles:,} articles ({totals.relevant:,} relevant), {totals.events:,} "
              f"events, {sum(a[1] for a in totals.awards):,} awards, {totals.officials:,} officials, "
              f"{totals.campaigns:,} campaigns")]
    if totals.awards:
        lines.append("  awards by code (entries; recipients awarded, and proposed beside them, each counted once):")
        width = max(len(code or "?") for code, *_ in totals.awards[:max_codes])
        lines += [f"    {code or '?':<{width}}  {entries:>5,}  {awarded:>8,} awarded  {proposed:>6,} proposed"
                  for code, entries, awarded, proposed in totals.awards[:max_codes]]
        if len(totals.awards) > max_codes:
            lines.append(f"    … and {len(totals.awards) - max_codes} more codes (`tdkt query` the awards table)")
    if totals.provinces:
        lines.append(f"  provinces covered: {len(totals.provinces)} as named then, "
                     f"{len(totals.provinces_2025)} after the 2025 merger:")
        lines += textwrap.wrap(", ".join(totals.provinces), width=100, initial_indent="    ",
                               subsequent_indent="    ")
    return lines


def format_errors(errors: list[str], limit: int = 8) -> list[str]:
    if not errors:
        return ["  errors: none"]
    lines = [f"  errors: {len(errors)}"] + [f"    {e}" for e in errors[:limit]]
    if len(errors) > limit:
        lines.append(f"    … and {len(errors) - limit} more")
    return lines


def next_steps(db: str, default_db: str = "data/tdkt.db") -> str:
    """What to try after ``tdkt demo``, with the database it wrote."""
    option = "" if db == default_db else f" --db {db}"
    return "\n".join([
        "Browse it (Datasette, full-text search, canned queries):",
        f"    .venv/bin/tdkt serve{option}          # then open http://127.0.0.1:8001",
        "Try next:",
        f"    .venv/bin/tdkt search{option} thi dua khen thuong kim boi",
        (f"    .venv/bin/tdkt query{option} \"SELECT year, code, sum(recipients) AS awarded FROM award_trends "
         "WHERE status = 'awarded' GROUP BY 1, 2 ORDER BY 1, 3 DESC\""),
        (f"    .venv/bin/tdkt query{option} \"SELECT province_2025, district, recipients_awarded, "
         "recipients_proposed FROM district_comparison ORDER BY 3 DESC LIMIT 10\""),
        (f"    .venv/bin/tdkt query{option} \"SELECT flag, detail, sentence FROM data_quality\""),
        "    notebooks/award_trends.ipynb, district_comparison.ipynb, archive_search.ipynb (read the same database)",
        "    .venv/bin/tdkt demo --source ID       # a real portal instead (ids: .venv/bin/tdkt sources)",
    ])
