"""tdkt's database stage: articles and their facts in SQLite, searchable and browsable.

* ``schema.db``: opening a database, its schema (sqlite-utils), version and migrations;
* ``schema.load``: the loader behind ``tdkt load`` (crawl database and/or JSON Lines → database),
  extracting article texts with the ``extract`` callable it is given;
* ``schema.totals`` and ``schema.readback``: what the database holds, counted and read back;
* ``schema.search``: full-text search with or without diacritics (``schema.fold``);
* ``schema.query``: read-only SQL and exports; ``schema.views``: the analysts' views;
* ``schema.serve``: Datasette with tdkt's metadata (``schema.metadata``).
"""
