"""Every address the site publishes, and whether a registered one still leads somewhere.

Addresses are written relative to site_url with a leading "/": "/" is the home page,
"/en/pertemuan/#hasil" a heading of an English page, "/feed.xml" a file. Pages are the built
index.html files (redirect pages excepted); their anchors are the ids of their H2-H6 headings,
which are written explicitly ({#id}) and shared by both languages. A page's citation files
(kutip.bib, kutip.ris) are not listed: they are reached from the page, and move with it.
Used by scripts/published_urls.py (which keeps tests/published_urls.txt) and the site tests.
"""
from __future__ import annotations

import posixpath
import re
from pathlib import Path

from ..site import LANGUAGE_FILES, Site
from ..views.print_view import MARK as PRINT_VIEW_MARK

REDIRECT = re.compile(r'<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"')
HEADING_ID = re.compile(r'<h[2-6][^>]*\sid="([^"]+)"')
ANY_ID = r'\sid="{}"'
# Files published once, at the site root (each language's own files: site.LANGUAGE_FILES).
SITE_FILES = ("sitemap.xml",)


def redirect_target(html: str) -> str | None:
    match = REDIRECT.search(html)
    return match.group(1) if match else None


def _article(html: str) -> str:
    start = html.find("<article")
    return html[start:html.find("</article>", start)] if start >= 0 else ""


def published_urls(site: Path, languages: Site) -> list[str]:
    urls = set()
    for index in site.rglob("index.html"):
        html = index.read_text(encoding="utf-8")
        if redirect_target(html):
            continue
        directory = index.parent.relative_to(site).as_posix()
        page = "/" if directory == "." else f"/{directory}/"
        urls.add(page)
        if PRINT_VIEW_MARK not in html:  # the print view's anchors only repeat the pages' own
            urls.update(f"{page}#{anchor}" for anchor in HEADING_ID.findall(_article(html)))
    roots = [languages.root(lang) for lang in languages.codes]
    candidates = [root + name for root in roots for name in LANGUAGE_FILES] + list(SITE_FILES)
    urls.update(f"/{name}" for name in candidates if (site / name).is_file())
    return sorted(urls)


def _file_of(site: Path, path: str) -> Path:
    path = path.lstrip("/")
    return site / path / "index.html" if path == "" or path.endswith("/") else site / path


def problem(site: Path, url: str) -> str | None:
    """Why a registered address no longer works, or None. One redirect is followed."""
    path, _, anchor = url.partition("#")
    target = _file_of(site, path)
    if not target.is_file():
        return "not published and no redirect"
    if target.suffix != ".html":
        return None
    html = target.read_text(encoding="utf-8")
    redirect = redirect_target(html)
    if redirect:
        if "://" in redirect:
            return None  # to another site: nothing here to check
        new_path = posixpath.normpath(posixpath.join(posixpath.dirname("/" + path.lstrip("/")), redirect.split("#")[0]))
        target = _file_of(site, new_path + ("/" if redirect.split("#")[0].endswith("/") else ""))
        if not target.is_file():
            return f"redirects to {redirect}, which is not published"
        html = target.read_text(encoding="utf-8")
        anchor = redirect.partition("#")[2] or anchor
    if anchor and not re.search(ANY_ID.format(re.escape(anchor)), html):
        return f"the page has no #{anchor}"
    return None


def read_registry(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


REGISTRY_HEADER = """\
# Every address this site has published, relative to site_url ("/" is the home page).
# A page that is renamed or moved keeps its old address through a redirect (mkdocs.yml,
# plugins: redirects): tests/site/test_published_urls.py fails when an address listed here
# stops working. Add new addresses with: .venv/bin/python scripts/published_urls.py --write
# (it never removes one).
"""


def registry_text(urls: list[str]) -> str:
    return REGISTRY_HEADER + "".join(f"{url}\n" for url in sorted(set(urls)))
