"""The extraction engine's version, stamped on every record and fact it makes.

Its own module so that the engine's stages can read it without importing the
package's front door (``tdkt.extract``), which imports the engine in turn.
Bump it when a change of rules or code changes what the engine extracts:
``tdkt load`` and ``tdkt run`` then extract stored articles again.
"""
__version__ = "0.1.0"
