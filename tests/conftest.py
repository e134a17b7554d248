import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip("shared/ (seed articles and gold) is not beside the repository")
    return SHARED


@pytest.fixture(autouse=True)
def _data_home(tmp_path_factory, monkeypatch):
    """The commands' default paths (TDKT_HOME) lead to a fresh directory, never to the user's own."""
    monkeypatch.setenv("TDKT_HOME", str(tmp_path_factory.mktemp("home")))
