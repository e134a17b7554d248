"""The `tdkt` command: one entry point registering the command modules of ``tdkt.commands``.

Each module there exposes ``register(subparsers)`` and owns its commands'
options, handlers and output; this file only wires them together, reads the
global ``--data-dir`` (which the commands' default paths depend on, so it is
read before they register) and turns Ctrl-C and a closed pipe into the usual
exit statuses.
"""
from __future__ import annotations

import argparse
import sys

from tdkt import __version__
from tdkt.commands import crawl, database, extract, load, pipeline, process
from tdkt.commands.errors import USAGE_ERROR
from tdkt.commands.interrupts import INTERRUPTED_STATUS
from tdkt.commands.options import DATA_DIR_HELP, set_data_dir, with_examples

COMMAND_MODULES = (extract, crawl, load, database, pipeline, process)  # in the order `tdkt --help` lists them

EXAMPLES = """
tdkt demo                                   # the whole pipeline on the sample portal
tdkt run --source daknong                   # crawl a source, extract and load what is new
tdkt search "Lê Quang Vinh"                 # full-text search (diacritics optional)
tdkt query "select * from award_trends where province = :p" -p p="Đắk Nông" --format csv --bom
tdkt --data-dir /srv/tdkt serve             # browse another data directory in Datasette
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tdkt",
        description="Vietnamese thi đua, khen thưởng news → structured, queryable records.",
    )
    parser.add_argument("--version", action="version", version=f"tdkt {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help=DATA_DIR_HELP)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return with_examples(parser, EXAMPLES, notes="`tdkt COMMAND --help` shows each command's options and examples.")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    set_data_dir(_data_dir_option(argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return USAGE_ERROR
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        print("tdkt: interrupted", file=sys.stderr)
        return INTERRUPTED_STATUS
    except BrokenPipeError:
        return 0


def _data_dir_option(argv: list[str]) -> str | None:
    """``--data-dir`` given before the command (the commands' default paths are built from it)."""
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--data-dir")
    known, _ = pre.parse_known_args(argv)
    return known.data_dir
