"""How a command reports what went wrong: one line on stderr and an exit status scripts can rely on.

Every command words its errors as ``tdkt: ...`` and exits with one of:

====  ==============================================================================
0     done: everything asked for was done (a crawl's few failed pages are in its summary)
1     done with problems: some input was skipped or failed, each reported on stderr
2     refused: bad options, a missing parameter or input file, not a tdkt database
3     nothing fetched: a crawl or run reached no page (every request failed, was
      refused by robots.txt or its host was paused); the reason is printed
130   interrupted (Ctrl-C or SIGTERM); run the same command again to resume
====  ==============================================================================
"""
from __future__ import annotations

import sys
from collections import Counter

from tdkt.commands.interrupts import INTERRUPTED_STATUS

OK = 0
PROBLEMS = 1
USAGE_ERROR = 2
NOTHING_FETCHED = 3

EXIT_CODES_EPILOG = (f"exit status: {OK} done · {PROBLEMS} done, some input skipped (reported) · "
                     f"{USAGE_ERROR} refused (bad option, missing input) · {NOTHING_FETCHED} nothing could be "
                     f"fetched · {INTERRUPTED_STATUS} interrupted")

# What a crawl's request can end as, apart from failing (tdkt.crawler's page outcomes).
_REACHED = ("article", "listing", "duplicate", "not_modified", "redirect", "sitemap", "feed", "skipped")


def fail(message: str) -> int:
    """Say what went wrong on stderr and give the exit status of a usage error."""
    print(f"tdkt: {message}", file=sys.stderr)
    return USAGE_ERROR


def nothing_fetched(summary: dict | None) -> str | None:
    """Why a crawl that tried reached no page at all, or None when it reached one (or tried nothing)."""
    if not summary:
        return None
    stats = Counter(summary.get("stats") or {})
    failures = summary.get("failures") or []
    parked = summary.get("parked") or {}
    tried = stats["pages"] or stats["robots"] or failures or parked
    if not tried or any(stats[outcome] for outcome in _REACHED):
        return None
    reasons = [f"{count} × {reason}" for reason, count in failures[:3]]
    reasons += [f"robots.txt refused {stats['robots']} URL(s)"] if stats["robots"] else []
    reasons += [f"host {host} paused: {why}" for host, why in list(parked.items())[:3]]
    return "nothing could be fetched: " + ("; ".join(reasons) or "every request failed")


def report_nothing_fetched(summary: dict | None) -> int | None:
    """Tell why nothing was fetched and give its exit status; None when something was."""
    reason = nothing_fetched(summary)
    if reason is None:
        return None
    print(f"tdkt: {reason}", file=sys.stderr)
    return NOTHING_FETCHED


def open_registry(path, required: bool):
    """The source registry; ``None`` when it is missing but not needed, ``False`` (error told) when it is."""
    from tdkt.portal.sources import RegistryError, load_registry

    try:
        return load_registry(path)
    except RegistryError as exc:
        if required or path:
            fail(str(exc))
            return False
        return None
