"""Crawler throughput: fetch + parse + extract + archive, pages per second on one core.

Serves N generated article pages (with the fixture portals' full boilerplate:
menus, breadcrumbs, related news, sidebar, footer) from loopback servers in a
separate process, then crawls them with the delay set to 0 while the crawler
process is pinned to a single CPU core.

    .venv/bin/python bench/crawl_bench.py            # 1,000 articles on 4 hosts
    .venv/bin/python bench/crawl_bench.py -n 2000 --hosts 1 --style aspnet
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "crawler")]

STYLES = {"liferay": "LiferaySite", "wordpress": "WordPressSite", "aspnet": "AspNetSite"}


def serve(style: str, counts: list[int], page_size: int, pipe, core: int | None) -> None:
    """Child process: one fixture portal per host, until terminated."""
    if core is not None:
        os.sched_setaffinity(0, {core})
    import crawl_sites
    from crawl_corpus import make_corpus
    from crawl_server import FixtureServer

    base = getattr(crawl_sites, STYLES[style])

    class BenchSite(base):
        """Pages are rendered once: the server must not be the bottleneck of the measurement."""

        calendar = False

        def respond(self, request):
            cache = self.__dict__.setdefault("cache", {})
            if request.path not in cache:
                cache[request.path] = super().respond(request)
            return cache[request.path]

    urls, first = [], 1
    for count in counts:
        server = FixtureServer(BenchSite(make_corpus(count, first=first), page_size=page_size))
        urls.append(server.url + "/")
        first += count
    pipe.send(urls)
    while True:
        time.sleep(3600)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--articles", type=int, default=1000)
    parser.add_argument("--hosts", type=int, default=4, help="portals served (crawled in parallel)")
    parser.add_argument("--style", choices=sorted(STYLES), default="liferay")
    parser.add_argument("--page-size", type=int, default=50, help="articles per listing page")
    parser.add_argument("--workers", type=int, default=8)
    args = parser.parse_args(argv)

    cores = sorted(os.sched_getaffinity(0))
    crawler_core, server_core = cores[0], (cores[1] if len(cores) > 1 else None)
    counts = [args.articles // args.hosts + (1 if i < args.articles % args.hosts else 0) for i in range(args.hosts)]
    receiver, sender = multiprocessing.Pipe(duplex=False)
    server = multiprocessing.Process(target=serve, args=(args.style, counts, args.page_size, sender, server_core),
                                     daemon=True)
    server.start()
    urls = receiver.recv()
    os.sched_setaffinity(0, {crawler_core})

    from tdkt.crawler.crawl import crawl

    with tempfile.TemporaryDirectory() as work:
        started, cpu_started = time.perf_counter(), time.process_time()
        summary = crawl(urls, db_path=f"{work}/crawl.db", warc_dir=f"{work}/warc", delay=0.0, allow_private=True,
                        workers=args.workers, timeout=10)  # no on_progress: the crawler draws nothing
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started  # all crawler threads, all on the one pinned core
        warc_bytes = sum(p.stat().st_size for p in Path(work, "warc").iterdir())
    server.terminate()

    stats = summary["stats"]
    print(f"style={args.style} hosts={args.hosts} crawler core={crawler_core} (server on core {server_core})")
    print(f"requests {stats['pages']:,}  articles {stats.get('article', 0):,}  listings {stats.get('listing', 0):,}  "
          f"failed {stats.get('failed', 0):,}  WARC {warc_bytes / 1e6:.1f} MB")
    print(f"elapsed {elapsed:.2f} s  →  {stats['pages'] / elapsed:.1f} pages/s "
          f"(fetch + parse + extract + archive, one core)")
    print(f"crawler CPU {cpu:.2f} s  →  {stats['pages'] / cpu:.1f} pages per CPU-second "
          f"(unaffected by other load on the machine)")
    return 0 if stats.get("article", 0) >= args.articles else 1


if __name__ == "__main__":
    raise SystemExit(main())
