"""How a command reports what went wrong: one line on stderr and the exit status of a usage error.

Every command words its errors as ``tdkt: ...`` and exits with 2, so scripts
can tell a refused command from one that ran and found problems (1).
"""
from __future__ import annotations

import sys

USAGE_ERROR = 2


def fail(message: str) -> int:
    """Say what went wrong on stderr and give the exit status of a usage error."""
    print(f"tdkt: {message}", file=sys.stderr)
    return USAGE_ERROR


def open_registry(path, required: bool):
    """The source registry; ``None`` when it is missing but not needed, ``False`` (error told) when it is."""
    from tdkt.portal.sources import RegistryError, load_registry

    try:
        return load_registry(path)
    except RegistryError as exc:
        if required or path:
            fail(str(exc))
            return False
        return None
