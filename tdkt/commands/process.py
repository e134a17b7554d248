"""``tdkt process``: article shards → record shards with completion markers, locally or on Dask."""
from __future__ import annotations

import sys

from tdkt.commands.errors import fail
from tdkt.commands.interrupts import sigterm_as_interrupt
from tdkt.commands.options import add_option, with_examples
from tdkt.commands.workers import add_workers_option


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "process", help="turn article shards into record shards (resumable; local processes or a Dask cluster)",
        description="Extract every article shard (a .jsonl file of articles, as `tdkt extract --jsonl` reads them, "
                    "or a .warc/.warc.gz file, its pages cleaned again offline) into DIR/<name>.records.jsonl (the "
                    "records, in input order, with their article text) and a completion marker DIR/<name>.done. A "
                    "shard whose marker names the same input and extractor version is skipped, so a killed run is "
                    "resumed by running it again. Then load the records with `tdkt load --records DIR`.")
    with_examples(p, """
        tdkt process shards/ --out records/
        tdkt process shards/*.warc.gz --out records/ --workers 4
        tdkt process shards/ --out records/ --scheduler local --workers 4
        tdkt process /shared/shards --out /shared/records --scheduler tcp://10.0.0.5:8786
        tdkt load --records records/""",
                  notes="Exit status 1 when a shard failed or had lines skipped (each is reported); the other "
                        "shards are written.")
    p.add_argument("shards", nargs="+", metavar="SHARD", help="shard files, or directories of them")
    p.add_argument("--out", required=True, metavar="DIR", help="where record shards and markers go")
    add_workers_option(p, what="each runs one shard at a time (with --scheduler local: the cluster's processes)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="run the shards on a Dask cluster (its scheduler's address, e.g. tcp://host:8786; the "
                        "paths must be the same on every worker), or `local` for a local Dask cluster of "
                        "--workers processes; needs the extra: pip install 'tdkt[dask]'")
    add_option(p, "--sources")
    add_option(p, "--quiet")
    p.set_defaults(handler=run_process)


def run_process(args) -> int:
    from tdkt.parallel import WorkerFailed
    from tdkt.shards import ShardError, find_shards, plan, run_shards

    try:
        todo, done = plan(find_shards(args.shards), args.out)
        if args.scheduler and todo:
            _check_dask()
        with sigterm_as_interrupt():
            outcomes = list(_report(run_shards(todo, args.out, workers=args.workers, scheduler=args.scheduler,
                                               registry_path=args.registry), args.quiet))
    except (ShardError, WorkerFailed) as exc:
        return fail(str(exc))
    failed = [o for o in outcomes if o.error]
    records = sum(o.marker["records"] for o in outcomes if o.marker)
    problems = sum(o.marker["problems"] for o in outcomes if o.marker)
    print(f"tdkt process: {len(outcomes) - len(failed)} shards processed ({records:,} records, {problems} "
          f"problems), {len(done)} already done, {len(failed)} failed → {args.out}", file=sys.stderr)
    return 1 if failed or problems else 0


def _check_dask() -> None:
    from tdkt.shards import DASK_EXTRA, ShardError

    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        raise ShardError(f"--scheduler needs Dask, an optional extra: {DASK_EXTRA}") from None


def _report(outcomes, quiet: bool):
    """Each shard's outcome as it finishes: a line on stderr (problems and failures always)."""
    for outcome in outcomes:
        name = outcome.shard.path.name
        if outcome.error:
            print(f"tdkt process: {name}: failed ({outcome.error}); no output written", file=sys.stderr)
        else:
            marker = outcome.marker
            for message in marker["problem_messages"]:
                print(f"tdkt process: {message}", file=sys.stderr)
            if not quiet:
                print(f"tdkt process: {name}: {marker['records']:,} records in {marker['seconds']:.1f} s",
                      file=sys.stderr)
        yield outcome
