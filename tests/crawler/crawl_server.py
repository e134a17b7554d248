"""The fixture server of the crawler tests is the demo portal's server (one copy, in crawler.demo)."""
from tdkt.crawler.demo.server import Reply, Request, RequestLog, SiteServer

FixtureServer = SiteServer

__all__ = ["FixtureServer", "Reply", "Request", "RequestLog", "SiteServer"]
