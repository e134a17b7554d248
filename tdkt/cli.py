"""The `tdkt` command: one entry point registering the command modules of ``tdkt.commands``.

Each module there exposes ``register(subparsers)`` and owns its commands'
options, handlers and output; this file only wires them together and turns
Ctrl-C and a closed pipe into the usual exit statuses.
"""
from __future__ import annotations

import argparse
import sys

from tdkt import __version__
from tdkt.commands import crawl, database, extract, load, pipeline, process
from tdkt.commands.errors import USAGE_ERROR
from tdkt.commands.interrupts import INTERRUPTED_STATUS

COMMAND_MODULES = (extract, crawl, load, database, pipeline, process)  # in the order `tdkt --help` lists them


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tdkt",
        description="Vietnamese thi đua, khen thưởng news → structured, queryable records.",
    )
    parser.add_argument("--version", action="version", version=f"tdkt {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
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
