"""The page cache of `tdkt serve`: a page is computed once per version of the database, never stale."""
from __future__ import annotations

import asyncio
import sqlite3

import httpx

from tdkt.schema.page_cache import PageCache
from tdkt.schema.serve import build_datasette


class CountingApp:
    """An ASGI app that answers after a short wait and counts the requests that reach it."""

    def __init__(self, status: int = 200, set_cookie: bool = False):
        self.calls, self.status, self.set_cookie = 0, status, set_cookie

    async def __call__(self, scope, receive, send):
        self.calls += 1
        number = self.calls
        await asyncio.sleep(0.05)
        headers = [(b"content-type", b"text/plain")] + ([(b"set-cookie", b"a=b")] if self.set_cookie else [])
        await send({"type": "http.response.start", "status": self.status, "headers": headers})
        await send({"type": "http.response.body", "body": f"answer {number}".encode()})


def fetch_all(app, paths: list[str], headers: dict | None = None) -> list[httpx.Response]:
    async def run():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            return await asyncio.gather(*(client.get(p, headers=headers) for p in paths))
    return asyncio.run(run())


def test_twenty_readers_of_one_page_cost_one_computation(tmp_path):
    db = tmp_path / "x.db"
    db.write_bytes(b"")
    app = CountingApp()
    cache = PageCache(app, [db])
    first = fetch_all(cache, ["/-/dashboards/awards"] * 20)
    again = fetch_all(cache, ["/-/dashboards/awards", "/other?x=1"])
    assert {r.text for r in first + again[:1]} == {"answer 1"} and app.calls == 2
    assert again[1].text == "answer 2"


def test_errors_cookies_and_pages_setting_cookies_are_never_kept(tmp_path):
    db = tmp_path / "x.db"
    db.write_bytes(b"")
    for app in (CountingApp(status=500), CountingApp(set_cookie=True)):
        cache = PageCache(app, [db])
        fetch_all(cache, ["/p"]), fetch_all(cache, ["/p"])
        assert app.calls == 2 and not cache.pages
    failing = CountingApp(status=500)
    at_once = fetch_all(PageCache(failing, [db]), ["/p"] * 10)   # those waiting share the failure, not retry it
    assert failing.calls == 1 and {r.status_code for r in at_once} == {500}
    app = CountingApp()
    cache = PageCache(app, [db])
    fetch_all(cache, ["/p"], headers={"cookie": "ds_actor=x"}), fetch_all(cache, ["/p"], headers={"cookie": "ds_actor=x"})
    assert app.calls == 2


def test_a_change_to_the_database_shows_at_once(loaded_db):
    datasette = build_datasette(loaded_db)
    asyncio.run(datasette.invoke_startup())
    cache = PageCache(datasette.app(), [loaded_db])
    path = "/tdkt.json?sql=select+title+from+articles+order+by+id+limit+1&_shape=array"
    before = fetch_all(cache, [path, path])
    assert before[0].json() == before[1].json() and len(cache.pages) == 1
    with sqlite3.connect(loaded_db) as conn:
        conn.execute("UPDATE articles SET title = 'Tiêu đề đã sửa' WHERE id = (SELECT min(id) FROM articles)")
    assert fetch_all(cache, [path])[0].json() == [{"title": "Tiêu đề đã sửa"}]
