"""What a command writes: whole or not at all.

A command that fails leaves nothing behind: an output file (``-o FILE``) is
written beside its place and moved there only when the command succeeds, and
the databases and archive a crawl created are removed again when it fetched
nothing. (``tdkt load`` needs neither: it creates its database only once it
has an article to store.) CSV for Excel starts with a UTF-8 byte-order mark
(``--bom``).
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

BOM = "\ufeff"
_SIDE_FILES = ("-wal", "-shm", "-journal")  # what SQLite keeps beside a database


class Output:
    """Standard output, or ``path`` written whole: ``with Output(path) as out: out.write(...)``.

    The file appears only if the block ends without an exception and ``discard()`` was not called."""

    def __init__(self, path: str | os.PathLike | None, bom: bool = False):
        self.path = Path(path) if path else None
        self.bom, self.discarded = bom, False
        self._partial: Path | None = None
        self.stream = None

    def __enter__(self):
        if self.path is None:
            self.stream = sys.stdout
        else:
            self._partial = self.path.with_name(f".{self.path.name}.{os.getpid()}.partial")
            self.stream = open(self._partial, "w", encoding="utf-8", newline="")
        if self.bom:
            self.stream.write(BOM)
        return self.stream

    def discard(self) -> None:
        """Write nothing after all (the command found nothing to write, or failed)."""
        self.discarded = True

    def __exit__(self, exc_type, exc, tb) -> None:
        if self._partial is None:
            return
        self.stream.close()
        if exc_type is None and not self.discarded:
            os.replace(self._partial, self.path)
        else:
            self._partial.unlink(missing_ok=True)


class CreatedPaths:
    """Databases and directories a command may create, removed again by ``undo()`` if it created them."""

    def __init__(self, *paths: str | os.PathLike | None):
        self.new = [Path(p) for p in paths if p and not Path(p).exists()]

    def undo(self) -> None:
        for path in self.new:
            if path.is_dir():
                if not any(f.is_file() for f in path.rglob("*")):  # only a directory left empty
                    shutil.rmtree(path, ignore_errors=True)
                continue
            for side in ("",) + _SIDE_FILES:
                Path(str(path) + side).unlink(missing_ok=True)
