"""Where tdkt's data files live: one setting for every library.

The rules, lexicons, gazetteer, source registry and demo content ship inside
the package as ``tdkt.data`` (the repository's ``data/`` folder, mapped in
pyproject.toml), so an installed wheel finds them as an editable checkout does.
Set ``TDKT_DATA`` to a folder of the same layout to run on other data (rules
being edited, a trimmed registry) without touching the installed copy.
"""
from __future__ import annotations

import os
from importlib.util import find_spec
from pathlib import Path

DATA_ENV = "TDKT_DATA"


def package_data_dir() -> Path:
    """The ``tdkt.data`` folder as installed (site-packages) or mapped (editable install)."""
    spec = find_spec("tdkt.data")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("tdkt.data is not installed; reinstall tdkt (pip install -e .)")
    return Path(next(iter(spec.submodule_search_locations)))


DATA_DIR = Path(os.environ.get(DATA_ENV) or package_data_dir())
