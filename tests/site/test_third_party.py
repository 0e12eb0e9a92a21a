"""Zero requests to any other host, on any page.

A static scan of the built HTML, CSS and JavaScript for absolute URLs that a browser would
fetch, and a real browser loading every page with every request logged. The second also
checks scripts/page_weight.py: what the browser loads on first view is what it weighs.
"""
from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import PROJECT

sys.path.insert(0, str(PROJECT / "scripts"))
sys.path.insert(0, str(PROJECT / "tests" / "browser"))
import page_weight  # noqa: E402
from _site import published_pages, serve_as_published  # noqa: E402

ABSOLUTE = re.compile(r"^(?:https?:)?//", re.IGNORECASE)
CSS_URL = re.compile(r"""url\(\s*["']?([^"')]+)|@import\s+["']([^"']+)""", re.IGNORECASE)
JS_URL = re.compile(r"""https?://[^\s"'`)]*""", re.IGNORECASE)
JS_COMMENT = re.compile(r"/\*[\s\S]*?\*/")
FETCHING_RELS = {"stylesheet", "icon", "apple-touch-icon", "mask-icon", "preload", "modulepreload",
                 "prefetch", "preconnect", "dns-prefetch", "manifest", "prerender"}

# Absolute URLs in Material's own scripts, and what would make it fetch them. None of these
# may be true of our pages; a new URL in any script fails the test until it is looked at.
MATERIAL_FETCHES = {
    "https://api.github.com/": 'data-md-component="source"',   # repository facts
    "https://${": 'data-md-component="source"',                # GitLab repository facts
    "https://unpkg.com/mermaid": 'class="mermaid"',            # diagrams
    # Only for browsers without ResizeObserver (none that Material supports today).
    "https://unpkg.com/resize-observer-polyfill": None,
}
# Addresses in the text of Material's vendored scripts that are never fetched: licences and
# documentation (lunr's Japanese and Thai segmenters, which our search does not load
# anyway) and a link in an error message of the search worker.
NOT_FETCHED = ("http://chasen.org/~taku/software/TinySegmenter/LICENCE.txt",
               "http://en.wikipedia.org/wiki/", "http://msdn.microsoft.com/", "http://narwhaljs.org",
               "http://wiki.commonjs.org/", "https://bit.ly/2s3ChXG")


class _Fetches(HTMLParser):
    """URLs that the HTML makes a browser fetch by itself."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = {name: value or "" for name, value in attrs}
        rel = set(a.get("rel", "").lower().split())
        if tag == "link" and rel & FETCHING_RELS:
            self.urls.append(a.get("href", ""))
        for name in ("src", "poster", "data", "background"):
            if name in a and tag in ("script", "img", "iframe", "embed", "object", "audio", "video",
                                     "source", "track", "input", "frame", "body", "table", "td"):
                self.urls.append(a[name])
        for name in ("srcset", "imagesrcset"):
            self.urls += [part.split()[0] for part in a.get(name, "").split(",") if part.strip()]
        self.urls += [m[0] or m[1] for m in CSS_URL.findall(a.get("style", ""))]

    def handle_data(self, data):
        if self.lasttag == "style":
            self.urls += [m[0] or m[1] for m in CSS_URL.findall(data)]


def _other_host(url: str, own_host: str) -> bool:
    url = url.strip()
    return bool(ABSOLUTE.match(url)) and urlsplit(url if "://" in url else "https:" + url).netloc != own_host


@pytest.fixture(scope="module")
def own_host(site) -> str:
    return page_weight.Site(site).host


def test_html_fetches_nothing_from_another_host(site, own_host):
    found = {}
    for path in sorted(site.rglob("*.html")):
        parser = _Fetches()
        parser.feed(path.read_text(encoding="utf-8"))
        others = [url for url in parser.urls if _other_host(url, own_host)]
        if others:
            found[path.relative_to(site).as_posix()] = others
    assert not found


def test_css_fetches_nothing_from_another_host(site, own_host):
    found = {}
    for path in sorted(site.rglob("*.css")):
        css = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
        urls = [m[0] or m[1] for m in CSS_URL.findall(css)]
        others = [url for url in urls if not url.startswith("data:") and _other_host(url, own_host)]
        if others:
            found[path.relative_to(site).as_posix()] = others
    assert not found


def test_scripts_fetch_nothing_from_another_host(site):
    pages = "\n".join(path.read_text(encoding="utf-8") for path in site.rglob("*.html"))
    unknown, triggered = {}, {}
    for path in sorted(site.rglob("*.js")):
        for url in set(JS_URL.findall(JS_COMMENT.sub("", path.read_text(encoding="utf-8")))):
            if url.startswith(NOT_FETCHED):
                continue
            known = next((prefix for prefix in MATERIAL_FETCHES if url.startswith(prefix)), None)
            if known is None:
                unknown.setdefault(path.relative_to(site).as_posix(), []).append(url)
            elif MATERIAL_FETCHES[known] and MATERIAL_FETCHES[known] in pages:
                triggered[url] = MATERIAL_FETCHES[known]
    assert not unknown, "a script may fetch from another host"
    assert not triggered, "a page makes Material's script fetch from another host"


def test_our_own_scripts_and_styles_have_no_absolute_url():
    for path in sorted((PROJECT / "docs/assets").rglob("*")):
        if path.suffix in (".js", ".css"):
            text = re.sub(r"/\*.*?\*/|//[^\n]*\n", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
            assert not re.search(r"https?://", text), path


# ---------------------------------------------------------------- in a browser

@pytest.mark.browser
def test_no_page_makes_a_request_to_another_host(browser, site, base_url):
    """Load every page (and the 404 page) with an empty cache, logging every request."""
    local = urlsplit(base_url).netloc
    published = page_weight.Site(site)
    pages = published_pages() + ["/404.html"]
    other_hosts, unweighed = {}, {}
    for path in pages:
        context = browser.new_context()
        requests: list = []
        context.on("request", lambda request: requests.append(request))
        serve_as_published(context, site, base_url)
        page = context.new_page()
        page.goto(base_url + path, wait_until="networkidle")
        page.wait_for_timeout(200)
        context.close()
        hosts = {urlsplit(r.url).netloc for r in requests} - {local, published.host}
        if hosts:
            other_hosts[path] = sorted(r.url for r in requests if urlsplit(r.url).netloc in hosts)
        # What the browser loaded is what page_weight.py weighs for this page.
        weighed = {r.url for r in page_weight.first_view(published, path).resources}
        loaded = {published.site_path(r.url, path) for r in requests
                  if r.resource_type in ("document", "stylesheet", "script", "image", "font", "xhr", "fetch")}
        if loaded - weighed:
            unweighed[path] = sorted(loaded - weighed)
    assert not other_hosts
    assert not unweighed
