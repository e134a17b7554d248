"""The reliability tests: hostile servers, hostile input, concurrent and failing storage.

Everything here is bounded so that the module stays fast in CI: hypothesis
runs a fixed number of examples without deadlines, servers trickle for a
few seconds at most, and the kill -9 loops are short.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
