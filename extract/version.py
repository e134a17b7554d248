"""The extraction engine's version, stamped on every record and fact it makes.

Its own module so that the engine's stages can read it without importing the
package's front door (``tdkt.extract``), which imports the engine in turn.
The version that facts carry is the package version plus a hash of every data
file the engine reads (``engine_version``), so editing a rule re-extracts
stored articles on the next ``tdkt load`` or ``tdkt run``.
"""
__version__ = "0.1.0"


def engine_version() -> str:
    """The package version plus the rules' fingerprint: "0.1.0+rules.3f2a9c01de"."""
    from tdkt.extract.resources import extractor_version
    return extractor_version(__version__)
