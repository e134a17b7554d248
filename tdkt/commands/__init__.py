"""Command-line layer: argparse, exit codes and terminal output over the libraries and the glue.

One module per group of commands (``extract``, ``crawl``, ``load``, ``database``,
``pipeline``), each with ``register(subparsers)``; what they share lives in
``options`` (argument types), ``errors``, ``interrupts``, ``progress`` (status
lines) and ``summaries`` (closing summaries). ``tdkt.cli`` registers them.
"""
