"""The extraction engine handed to the loader.

The database stage does not import the extraction stage: its ``Loader``
takes an ``extract`` callable and the engine's version. This glue gives it
tdkt's own engine, for ``tdkt load``, ``tdkt run`` and ``tdkt reextract``.
"""
from __future__ import annotations

from tdkt.extract import engine_version, extract_article
from tdkt.schema.load import Loader


def engine_loader(db, *, extract_again: bool = False, **options) -> Loader:
    """A loader that extracts article texts with tdkt's engine; ``options`` are the Loader's.

    ``extract_again``: no stored record counts as current, so every article is extracted again."""
    version = None if extract_again else engine_version()
    return Loader(db, extract=extract_article, extractor_version=version, **options)
