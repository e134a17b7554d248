"""Where tdkt's files live: the rules it ships with, and the user's own databases.

Two settings, not to be confused:

* ``TDKT_DATA``: the *rules* (rules, lexicons, gazetteer, source registry, demo
  content). They ship inside the package as ``tdkt.data`` (the repository's
  ``data/`` folder, mapped in pyproject.toml), so an installed wheel finds them
  as an editable checkout does. Set ``TDKT_DATA`` to a folder of the same layout
  to run on other rules (being edited, a trimmed registry) without touching the
  installed copy.
* ``TDKT_HOME`` (or ``tdkt --data-dir DIR``): the *user's data directory*, where
  the commands put the tdkt database, the crawl database and the WARC archive
  when no path is given. Its default is the platform's user-data directory
  (``~/.local/share/tdkt`` on Linux, or ``$XDG_DATA_HOME/tdkt``;
  ``~/Library/Application Support/tdkt`` on macOS; ``%LOCALAPPDATA%\\tdkt`` on
  Windows), so a command finds the same files from whatever directory it is run.
"""
from __future__ import annotations

import os
import sys
from importlib.util import find_spec
from pathlib import Path

DATA_ENV = "TDKT_DATA"
HOME_ENV = "TDKT_HOME"

# The files of the user's data directory, by the name the commands give them.
HOME_FILES = {"db": "tdkt.db", "crawl_db": "crawl.db", "warc_dir": "warc"}


def package_data_dir() -> Path:
    """The ``tdkt.data`` folder as installed (site-packages) or mapped (editable install)."""
    spec = find_spec("tdkt.data")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("tdkt.data is not installed; reinstall tdkt (pip install -e .)")
    return Path(next(iter(spec.submodule_search_locations)))


DATA_DIR = Path(os.environ.get(DATA_ENV) or package_data_dir())


def platform_data_dir() -> Path:
    """The platform's directory for a user's application data (where ``tdkt`` makes its own folder)."""
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    if sys.platform == "darwin":
        return home / "Library" / "Application Support"
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")


def user_data_dir(override: str | os.PathLike | None = None) -> Path:
    """The user's data directory: ``override`` (``--data-dir``), else ``TDKT_HOME``, else the platform's."""
    chosen = override or os.environ.get(HOME_ENV)
    return Path(chosen).expanduser() if chosen else platform_data_dir() / "tdkt"


def user_file(name: str, override: str | os.PathLike | None = None) -> Path:
    """A default file of the user's data directory: ``name`` is a key of ``HOME_FILES``."""
    return user_data_dir(override) / HOME_FILES[name]
