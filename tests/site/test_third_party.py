"""Zero requests to any other host, on any page.

A static scan of the built HTML, CSS and JavaScript for absolute URLs that a browser would
fetch, and a real browser loading every page with every request logged. The second also
checks scripts/page_weight.py: what the browser loads on first view is what it weighs.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
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
# documentation (lunr's Japanese and Thai segmenters, which the site does not load) and a
# link in an error message of the search worker; and the placeholder host Pagefind's script
# resolves result URLs against (pagefind/pagefind.js: "https://example.com${anchored_url}").
NOT_FETCHED = ("http://chasen.org/~taku/software/TinySegmenter/LICENCE.txt",
               "http://en.wikipedia.org/wiki/", "http://msdn.microsoft.com/", "http://narwhaljs.org",
               "http://wiki.commonjs.org/", "https://bit.ly/2s3ChXG", "https://example.com${")


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

@dataclass
class _Visit:
    """What loading one page with an empty cache made the browser do."""

    requests: list = field(default_factory=list)       # playwright Request objects
    failed: list = field(default_factory=list)         # (status, url) of answers >= 400
    console_errors: list = field(default_factory=list)


@pytest.fixture(scope="module")
def visits(browser, site, base_url) -> dict[str, _Visit]:
    """Every page (and the 404 page) loaded once in a fresh context, every request logged."""
    found = {}
    for path in published_pages() + ["/404.html"]:
        visit = found[path] = _Visit()
        context = browser.new_context()
        context.on("request", lambda request, visit=visit: visit.requests.append(request))
        context.on("response", lambda response, visit=visit: response.status >= 400
                   and visit.failed.append((response.status, response.url)))
        serve_as_published(context, site, base_url)
        page = context.new_page()
        page.on("console", lambda message, visit=visit: message.type == "error"
                and visit.console_errors.append(message.text))
        page.goto(base_url + path, wait_until="networkidle")
        page.wait_for_timeout(200)
        context.close()
    return found


@pytest.mark.browser
def test_no_page_makes_a_request_to_another_host(visits, site, base_url):
    local = urlsplit(base_url).netloc
    published = page_weight.Site(site)
    other_hosts = {}
    for path, visit in visits.items():
        hosts = {urlsplit(r.url).netloc for r in visit.requests} - {local, published.host}
        if hosts:
            other_hosts[path] = sorted(r.url for r in visit.requests if urlsplit(r.url).netloc in hosts)
    assert len(visits) > 40 and not other_hosts


@pytest.mark.browser
def test_what_the_browser_loads_is_what_page_weight_weighs(visits, site):
    published = page_weight.Site(site)
    unweighed = {}
    for path, visit in visits.items():
        weighed = {r.url for r in page_weight.first_view(published, path).resources}
        loaded = {published.site_path(r.url, path) for r in visit.requests
                  if r.resource_type in ("document", "stylesheet", "script", "image", "font", "xhr", "fetch")}
        if loaded - weighed:
            unweighed[path] = sorted(loaded - weighed)
        assert not [url for url in loaded if "/pagefind/" in url], path  # the search loads when opened
    assert not unweighed


@pytest.mark.browser
def test_no_page_asks_for_anything_missing_or_logs_an_error(visits):
    """Material would look for a sitemap.xml beside each language link and log the 404s
    (hooks/upstream_patches.py stops it): every request is answered, no console error.
    The 404 page is itself served with a 404."""
    failed = {path: visit.failed for path, visit in visits.items()
              if [f for f in visit.failed if not (path == "/404.html" and f[1].endswith("/404.html"))]}
    errors = {path: visit.console_errors for path, visit in visits.items()
              if [e for e in visit.console_errors if not (path == "/404.html" and "404" in e)]}
    assert not failed and not errors
