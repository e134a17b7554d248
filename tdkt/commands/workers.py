"""The option that sets how many processes extract: ``--workers N`` (``--extract-workers`` in ``tdkt run``,
whose ``--workers`` counts the hosts crawled at once). One definition, so every command says the same."""
from __future__ import annotations

import argparse

from tdkt.commands.options import positive_int
from tdkt.parallel import usable_cores


def add_workers_option(parser: argparse.ArgumentParser, flag: str = "--workers",
                       what: str = "output keeps the input order") -> None:
    parser.add_argument(flag, type=positive_int, default=None, metavar="N",
                        help=f"extraction processes (default: every usable core, here {usable_cores()}; "
                             f"1 extracts in this process); {what}")
