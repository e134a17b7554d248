"""tdkt's extraction engine: Vietnamese award news → structured records.

    from tdkt.extract import extract_article
    record = extract_article(text, id="a1", url="https://kimboi.hoabinh.gov.vn/...")

The record follows shared/gold/GUIDE.md; every fact carries its raw character
span, the sentence it came from, a confidence and the extractor version.
"""
from tdkt.extract.version import __version__, engine_version


def extract_article(text, **meta):
    """See extract.pipeline.extract_article (imported lazily: rule files load once)."""
    from tdkt.extract.pipeline import extract_article as _extract
    return _extract(text, **meta)


__all__ = ["extract_article", "engine_version", "__version__"]
