"""The Scrapy item pipeline, in a real crawl of a small site served on 127.0.0.1."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import readme_blocks

pytest.importorskip("scrapy", reason="Scrapy is an optional extra: pip install 'cleaner[scrapy]'")

ARTICLE = """<html><head><title>{title}</title></head><body>
<ul class="nav"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul>
<div class="languages">English | Deutsch | Français | Español | Italiano | 日本語 | 中文</div>
<h1>{title}</h1>
<p>{first}&nbsp;&nbsp;The council met on Tuesday evening and voted to extend the library's opening hours.</p>
<p>Residents had asked for longer hours for two years, and the new timetable starts next month.</p>
<div class="ticker"><h3>Live</h3>
<span>14:05</span><a>Rail strike called off after late talks</a>
<span>13:52</span><a>Storm warning issued for the coast</a>
<span>13:40</span><a>Stocks close higher on tech rally</a>
<span>13:31</span><a>New bridge opens to traffic</a>
<a>More</a></div>
<footer>© 2024 Example Gazette. All rights reserved.</footer>
</body></html>"""

SPIDER = """
import scrapy

class Site(scrapy.Spider):
    name = "site"
    start_urls = ["{base}/index.html"]
    custom_settings = {{
        **{settings!r},
        "CLEANER_LOG": {log!r},
        "ROBOTSTXT_OBEY": False,
        "LOG_LEVEL": "WARNING",
        "TELNETCONSOLE_ENABLED": False,
    }}

    def parse(self, response):
        for href in response.css("a.article::attr(href)").getall():
            yield response.follow(href, self.parse_article)

    def parse_article(self, response):
        lines = [t.strip() for t in response.xpath("//body//text()").getall() if t.strip()]
        yield {{"url": response.url, "title": response.css("h1::text").get(), "text": "\\n".join(lines)}}
"""


@pytest.fixture
def site(tmp_path: Path):
    """A three-page site on a free port of 127.0.0.1; yields its base URL."""
    root = tmp_path / "site"
    root.mkdir()
    (root / "index.html").write_text(
        '<html><body><a class="article" href="a.html">A</a> <a class="article" href="b.html">B</a></body></html>',
        encoding="utf-8",
    )
    for name, title, first in (("a", "Library hours extended", "Good news."), ("b", "Council votes", "Finally.")):
        (root / f"{name}.html").write_text(ARTICLE.format(title=title, first=first), encoding="utf-8")
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep the test output clean
        pass


def test_crawl_cleans_item_fields_and_logs_changes(site: str, tmp_path: Path) -> None:
    log = tmp_path / "changes.jsonl"
    spider = tmp_path / "spider.py"
    settings: dict = {}
    exec(readme_blocks("python")[-1], settings)  # the README's settings.py example
    settings = {k: v for k, v in settings.items() if k.isupper()}
    assert settings["ITEM_PIPELINES"] == {"cleaner.contrib.scrapy.CleanerPipeline": 300}
    spider.write_text(SPIDER.format(base=site, log=str(log), settings=settings), encoding="utf-8")
    feed = tmp_path / "items.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "runspider", str(spider), "-o", str(feed)],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    items = [json.loads(line) for line in feed.read_text(encoding="utf-8").splitlines()]
    assert len(items) == 2
    for item in items:
        text = item["text"]
        assert "The council met on Tuesday evening" in text and "next month." in text
        assert "\u00a0" not in text and "  " not in text
        assert "Deutsch | Français" not in text  # the language menu
        assert "14:05" not in text and "Storm warning issued" not in text  # the ticker
        codes = {change["code"] for change in item["cleaner_changes"]}
        assert {"UN002", "WS003"} <= codes
        assert any(code.startswith("LM") for code in codes) and any(code.startswith("TK") for code in codes)
        assert all(change["file"] == f"{item['url']}#text" for change in item["cleaner_changes"])
    logged = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert len(logged) == sum(len(item["cleaner_changes"]) for item in items)
