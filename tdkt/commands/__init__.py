"""Command-line layer: argparse, exit codes and terminal output over the libraries."""
