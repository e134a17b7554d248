"""The `tdkt` command: one entry point, one sub-command module per stage.

Each stage package (extract, crawler, schema) exposes ``register(subparsers)``
in its own ``cli`` module, so a stage owns its commands and this file only
wires them together.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from tdkt import __version__

STAGE_CLIS = ("tdkt.extract.cli", "tdkt.crawler.cli", "tdkt.schema.cli", "tdkt.pipeline_cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tdkt",
        description="Vietnamese thi đua, khen thưởng news → structured, queryable records.",
    )
    parser.add_argument("--version", action="version", version=f"tdkt {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in STAGE_CLIS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:  # stage not built yet
                continue
            raise
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        print("tdkt: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
