"""Helpers shared by the browser tests: which pages exist, and serving them as published."""
from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Error as PlaywrightError

from conftest import PROJECT
from built_site import SITE

sys.path.insert(0, str(PROJECT / "scripts"))
import page_weight  # noqa: E402


def published_pages() -> list[str]:
    """URL paths of every page of docs/ in both languages, as MkDocs writes them."""
    docs = PROJECT / "docs"
    urls = []
    for path in sorted(docs.rglob("*.md")):
        relative = path.relative_to(docs).as_posix()
        if relative.startswith("includes/"):
            continue
        page, lang = SITE.page_and_language(relative)
        stem = page[: -len(".md")]
        stem = stem[: -len("index")] if stem == "index" or stem.endswith("/index") else stem + "/"
        urls.append(("/" if lang == SITE.default else f"/{lang}/") + stem)
    return urls


def other_html_pages(site: Path) -> list[str]:
    """Built pages that are not in docs/ (404 pages, redirects ...)."""
    known = set(published_pages())
    return [page for page in page_weight.Site(site).pages() if page not in known]


def published_tab(browser, site: Path, base_url: str, **context_options):
    """A tab in a fresh browser context that reaches the site as published; yields it, then closes."""
    context = browser.new_context(**context_options)
    serve_as_published(context, site, base_url)
    yield context.new_page()
    context.close()


def serve_as_published(context, site: Path, base_url: str) -> None:
    """Answer requests for the published host (site_url's, e.g. https://dossier.test) from the
    loopback server, which serves the site under the same path as GitHub Pages would
    (tests/conftest.py): absolute links and Material's sitemap look-ups use that host."""
    published = page_weight.Site(site)
    local = urlsplit(base_url)

    def handle(route):
        url = urlsplit(route.request.url)
        target = url._replace(scheme=local.scheme, netloc=local.netloc).geturl()
        try:
            route.fulfill(response=route.fetch(url=target))
        except PlaywrightError:  # the page moved on before the answer came; nothing waits for it
            pass

    if published.host:
        context.route(re.compile(rf"^https?://{re.escape(published.host)}/"), handle)