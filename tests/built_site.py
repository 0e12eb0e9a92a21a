"""Helpers for tests of the built site: where each page's HTML is, parsed.

A plain module (not a conftest) so tests can import it: tests/ is on sys.path.
"""
from __future__ import annotations

import functools
import posixpath
from pathlib import Path

from bs4 import BeautifulSoup

from dossier.load import model
from dossier.site import Site

PROJECT = Path(__file__).resolve().parents[1]
SITE = Site.load(PROJECT)  # the languages and the page-URL rule, as the build reads them
SITE_PATH = "/dosier-pekerja-rumahan/"  # as tests/conftest.py builds and serves it

DOCS = PROJECT / "docs"


def load_hook(name: str):
    """A hook file of hooks/ as a module, for testing it (MkDocs loads it by path, its folder on sys.path)."""
    import importlib.util
    import sys

    sys.path.insert(0, str(PROJECT / "hooks"))
    try:
        spec = importlib.util.spec_from_file_location(name, PROJECT / "hooks" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(PROJECT / "hooks"))
    return module


def dossier_from_pages(docs_dir: Path, pages: dict[str, str]) -> model.Dossier:
    """A dossier of the pages given ({path under docs/: text}), written into docs_dir."""
    from dossier.load import front_matter

    dossier = model.Dossier(docs_dir=docs_dir, site=SITE)
    for path, text in pages.items():
        (docs_dir / path).parent.mkdir(parents=True, exist_ok=True)
        (docs_dir / path).write_text(text, encoding="utf-8")
        page, lang = SITE.page_and_language(path)
        dossier.pages.setdefault(page, {})[lang] = front_matter.parse(text, path)
    return dossier


def docs_pages() -> list[str]:
    """Every page, by its Indonesian path under docs/ (e.g. "pertemuan/x.md")."""
    return sorted(
        path.relative_to(DOCS).as_posix()
        for path in DOCS.rglob("*.md")
        if SITE.page_and_language(path.name)[1] == SITE.default
    )


def url_path(page: str, lang: str) -> str:
    """Site-relative URL of a page: "a/b.md" -> "a/b/", "en/a/b/" for English."""
    return SITE.page_url(page, lang)


def html_file(site: Path, page: str, lang: str) -> Path:
    return site / url_path(page, lang) / "index.html"


@functools.lru_cache(maxsize=None)
def _parse(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def soup(site: Path, page: str, lang: str) -> BeautifulSoup:
    return _parse(html_file(site, page, lang))


def article(site: Path, page: str, lang: str):
    return soup(site, page, lang).select_one("article")


def text(element) -> str:
    """Visible text, whitespace folded (inline tags such as <abbr> add no spaces)."""
    return " ".join(element.get_text("").split())


def resolve(site: Path, from_file: Path, href: str) -> tuple[Path, str]:
    """The file and fragment a relative href points to, from a built HTML file."""
    target, _, fragment = href.partition("#")
    if not target:
        return from_file, fragment
    base = from_file.parent.relative_to(site).as_posix()
    if target.startswith(SITE_PATH):  # absolute within the site, as static-i18n writes some
        base, target = ".", target[len(SITE_PATH):] or "./"
    joined = posixpath.normpath(posixpath.join(base, target))
    path = site / joined
    if path.is_dir() or target.endswith("/"):
        path = path / "index.html"
    return path, fragment


PAGES = docs_pages()
LANGS = list(SITE.codes)


# Pagefind writes its filters (and the metadata and entry files that name them by hash) from
# Rust hash maps, in an order that changes from one run to the next: two builds of the same site
# differ there and nowhere else. The index and fragments are named by their content and compared.
UNSTABLE_SEARCH_FILES = ("pagefind/filter/", "pagefind/pagefind-entry.json", "pagefind/pagefind.")


def comparable_files(site: Path) -> list[str]:
    """Every file of a built site, but Pagefind's run-to-run ones, as sorted relative paths."""
    files = (path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file())
    return sorted(name for name in files if not name.startswith(UNSTABLE_SEARCH_FILES))
