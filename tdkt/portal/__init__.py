"""What tdkt knows about the portals it reads: one home for the crawler and the engine.

* ``tdkt.portal.sources``: the source registry (``data/sources.csv``).
* ``tdkt.portal.platforms``: the CMS platforms portals run (``data/portal/platforms.json``).
* ``tdkt.portal.urls``: host names and the date a URL spells.
* ``tdkt.portal.furniture``: the page furniture (menus, share bars, related news).
"""
