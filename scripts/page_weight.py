#!/usr/bin/env python3
"""Weigh the first view of every page of a built site, in compressed bytes.

    python scripts/page_weight.py SITE_DIR             # a plain table
    python scripts/page_weight.py SITE_DIR --markdown  # a Markdown table (CI job summary)
    python scripts/page_weight.py SITE_DIR --check     # also exit 1 when a page is over budget

The first view of a page is what a browser with an empty cache loads to show it: the HTML,
its stylesheets (and their @import and url()), its scripts, images not loaded lazily, and the
favicon. Each file counts once per page, with the size a server sends: gzip (level 6) for
text, as is for binary files (images, fonts, Pagefind's already compressed index files).

Budget (tests/site/test_page_weight.py): at most 60 KB in total; render-blocking, only the
HTML and exactly one stylesheet for the screen (the "Blocking files" column must be 2), at most
25 KB together. 1 KB = 1000 bytes. The one stylesheet is Material's, trimmed by PurgeCSS to the
rules the site can use, followed by ours (dossier/export/stylesheet.py); until 2 December 2026
pages loaded Material's whole stylesheet (24.5 KB compressed with ours), dossier.css and
print.css, three render-blocking files, and the heaviest first view was 72.1 KB.

The search loads nothing on first view (the "Search on first view" column must be 0): opening
it loads the dialog's script and styles, and its first query Pagefind's script, WebAssembly,
metadata and filters of the page's language, an index chunk and the excerpts of the first
results. "First search" is what that adds to the first view, at most (the largest chunk, the
largest excerpts): budget 130 KB. Below the table: each language's search index on disk, which
a reader only ever loads in parts. (Material would also fetch a sitemap.xml beside each
language link; hooks/upstream_patches.py stops that. The browser tests in
tests/site/test_third_party.py and tests/browser/test_search.py check that what a browser
loads is what is weighed here.)

Deterministic: the same site gives the same numbers; nothing is timed and no browser runs.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

KB = 1000
TOTAL_BUDGET = 60 * KB
BLOCKING_BUDGET = 25 * KB
BLOCKING_STYLESHEETS = 1   # render-blocking: the HTML and this many stylesheets, no more
FIRST_SEARCH_BUDGET = 130 * KB
# The print view (docs/cetak.md) is every page of the dossier in one, opened on purpose to print
# or save it: its own budget, about the dossier's size (dossier/views/print_view.py's mark).
PRINT_VIEW_MARK = "data-dossier-print-view"
PRINT_VIEW_TOTAL_BUDGET = 120 * KB
PRINT_VIEW_BLOCKING_BUDGET = 60 * KB

TEXT_SUFFIXES = {".html", ".css", ".js", ".mjs", ".json", ".xml", ".svg", ".txt", ".map"}
FONT_SUFFIXES = {".woff", ".woff2", ".ttf", ".otf", ".eot"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico", ".svg"}
BUDGET_KINDS = ("html", "css", "js", "image", "font", "data")
NON_SCREEN_MEDIA = re.compile(r"^\s*print\s*$", re.IGNORECASE)

CSS_IMPORT = re.compile(r"""@import\s+(?:url\(\s*)?["']?([^"')\s;]+)""", re.IGNORECASE)
CSS_URL = re.compile(r"""url\(\s*["']?([^"')]+?)["']?\s*\)""", re.IGNORECASE)
CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}", re.IGNORECASE)


@dataclass(frozen=True)
class Resource:
    url: str            # path from the site root, e.g. /assets/stylesheets/main.css
    kind: str           # html, css, js, image, font or data
    blocking: bool      # render-blocking: the HTML and stylesheets for the screen
    size: int           # bytes sent (compressed for text); 0 if the file does not exist
    exists: bool = True


@dataclass
class PageWeight:
    page: str                                  # e.g. /en/pertemuan/x/
    resources: list[Resource] = field(default_factory=list)
    search: list[Resource] = field(default_factory=list)   # opening the search, a first query
    print_view: bool = False                   # the whole dossier's print view: its own budget

    @property
    def total_budget(self) -> int:
        return PRINT_VIEW_TOTAL_BUDGET if self.print_view else TOTAL_BUDGET

    @property
    def blocking_budget(self) -> int:
        return PRINT_VIEW_BLOCKING_BUDGET if self.print_view else BLOCKING_BUDGET

    def _sum(self, keep) -> int:
        return sum(r.size for r in self.resources if keep(r))

    @property
    def total(self) -> int:
        return self._sum(lambda r: r.kind in BUDGET_KINDS)

    @property
    def blocking(self) -> int:
        return self._sum(lambda r: r.blocking)

    @property
    def blocking_stylesheets(self) -> int:
        return sum(1 for r in self.resources if r.blocking and r.kind == "css")

    @property
    def data(self) -> int:
        return self._sum(lambda r: r.kind == "data")

    def by_kind(self, kind: str) -> int:
        return self._sum(lambda r: r.kind == kind)

    @property
    def search_on_first_view(self) -> int:
        """Bytes of the search's own files in the first view: none, by design."""
        search = {r.url for r in self.search}
        return self._sum(lambda r: r.url in search)

    @property
    def first_search(self) -> int:
        return sum(r.size for r in self.search)

    @property
    def over_budget(self) -> bool:
        return (self.total > self.total_budget or self.blocking > self.blocking_budget
                or self.blocking_stylesheets != BLOCKING_STYLESHEETS
                or self.first_search > FIRST_SEARCH_BUDGET or self.search_on_first_view > 0)


# ---------------------------------------------------------------- sizes

def transfer_size(path: Path) -> int:
    """Bytes a server sends: gzip level 6 for text, the file itself for binary formats."""
    data = path.read_bytes()
    if path.suffix.lower() in TEXT_SUFFIXES:
        return len(gzip.compress(data, compresslevel=6, mtime=0))
    return len(data)


def kind_of(path: str, default: str) -> str:
    suffix = Path(urlsplit(path).path).suffix.lower()
    if suffix in FONT_SUFFIXES:
        return "font"
    if suffix in IMAGE_SUFFIXES:
        return "image"
    return default


# ---------------------------------------------------------------- the site

class Site:
    """A built site: maps URLs that pages use to files in it."""

    def __init__(self, root: Path, base_path: str | None = None, host: str | None = None):
        self.root = root
        canonical = _canonical(root / "index.html")
        parts = urlsplit(canonical or "/")
        self.base_path = base_path if base_path is not None else (parts.path or "/")
        if not self.base_path.endswith("/"):
            self.base_path += "/"
        self.host = host if host is not None else parts.netloc

    def pages(self) -> list[str]:
        """Every HTML page as the path a reader requests (/x/ for x/index.html)."""
        found = []
        for path in sorted(self.root.rglob("*.html")):
            relative = path.relative_to(self.root).as_posix()
            found.append("/" + (relative[: -len("index.html")] if relative.endswith("index.html") else relative))
        return found

    def is_external(self, url: str) -> bool:
        parts = urlsplit(url)
        return bool(parts.netloc) and parts.netloc != self.host

    def file_for(self, site_path: str) -> Path | None:
        """The file served for a path from the site root, or None."""
        path = unquote(urlsplit(site_path).path)
        target = self.root / path.lstrip("/")
        if path.endswith("/"):
            target = target / "index.html"
        return target if target.is_file() else None

    def site_path(self, url: str, page: str) -> str:
        """A URL used on a page, as a path from the site root (/assets/...)."""
        parts = urlsplit(url)
        if parts.netloc:                      # absolute URL on the site's own host
            path = parts.path
        elif url.startswith("/"):
            path = parts.path
        else:
            return urlsplit(urljoin(page, url)).path
        if path.startswith(self.base_path):
            return "/" + path[len(self.base_path):]
        return path


def _canonical(index: Path) -> str | None:
    if not index.is_file():
        return None
    match = re.search(r'<link[^>]+rel="canonical"[^>]+href="([^"]+)"', index.read_text(encoding="utf-8"))
    return match[1] if match else None


# ---------------------------------------------------------------- what a page loads

class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stylesheets: list[tuple[str, bool]] = []   # (href, for the screen)
        self.scripts: list[str] = []
        self.images: list[str] = []
        self.preloads: list[tuple[str, str]] = []
        self.search: dict[str, str] = {}   # the search dialog's data-* attributes
        self.lang = ""

    def handle_starttag(self, tag, attrs):
        a = {name: (value or "") for name, value in attrs}
        rel = set(a.get("rel", "").lower().split())
        if tag == "link" and "stylesheet" in rel and "alternate" not in rel and a.get("href"):
            self.stylesheets.append((a["href"], not NON_SCREEN_MEDIA.match(a.get("media", ""))))
        elif tag == "link" and rel & {"icon", "shortcut"} and a.get("href"):
            self.images.append(a["href"])
        elif tag == "link" and rel & {"preload", "modulepreload"} and a.get("href"):
            self.preloads.append((a["href"], a.get("as", "script")))
        elif tag == "script" and a.get("src"):
            self.scripts.append(a["src"])
        elif tag == "html":
            self.lang = a.get("lang", "")
        elif tag == "dialog" and "data-dossier-search" in a:
            self.search = a
        elif tag in ("img", "input") and a.get("src") and a.get("loading") != "lazy":
            if tag == "img" or a.get("type") == "image":
                self.images.append(a["src"])
        elif tag == "video" and a.get("poster"):
            self.images.append(a["poster"])



def first_view(site: Site, page: str) -> PageWeight:
    """Everything the first view of a page loads, each file once."""
    weight = PageWeight(page)
    seen: set[str] = set()

    def add(url: str, kind: str, blocking: bool, from_page: str) -> Path | None:
        if url.startswith("data:") or url.startswith("#"):
            return None
        if site.is_external(url):
            # Not weighable and not allowed (tests/site/test_third_party.py); shown as missing.
            weight.resources.append(Resource(url, kind, blocking, 0, exists=False))
            return None
        path = site.site_path(url, from_page)
        if path in seen:
            return None
        seen.add(path)
        file = site.file_for(path)
        weight.resources.append(Resource(path, kind, blocking, transfer_size(file) if file else 0, file is not None))
        return file

    document = site.file_for(page)
    if document is None:
        raise FileNotFoundError(page)
    seen.add(page)
    weight.resources.append(Resource(page, "html", True, transfer_size(document)))
    parser = _PageParser()
    text = document.read_text(encoding="utf-8")
    weight.print_view = PRINT_VIEW_MARK in text
    parser.feed(text)
    parser.close()

    for href, for_screen in parser.stylesheets:
        _add_stylesheet(site, add, href, for_screen, page)
    for src in parser.scripts:
        add(src, "js", False, page)
    for href, as_ in parser.preloads:
        add(href, {"style": "css", "script": "js", "font": "font", "image": "image"}.get(as_, "data"), False, page)
    for src in parser.images:
        add(src, kind_of(src, "image"), False, page)
    if parser.search:
        weight.search = first_search(site, page, parser.search, parser.lang)
    return weight


def _results_per_page(script: Path | None) -> int:
    """How many results the dialog loads the excerpts of at first (search.js's PAGE_SIZE)."""
    found = re.search(r"const PAGE_SIZE = (\d+)", script.read_text(encoding="utf-8")) if script else None
    return int(found[1]) if found else 10


def first_search(site: Site, page: str, dialog: dict, lang: str) -> list[Resource]:
    """What opening the search on a page and running a first query load, at most: the dialog's
    script and styles; Pagefind's script, entry, the language's metadata, WebAssembly and
    filters; its largest index chunk; the excerpts (fragments) of as many of its largest pages
    as the dialog shows at first."""
    found: list[Resource] = []

    def add(path: str, kind: str) -> Path | None:
        file = site.file_for(path)
        found.append(Resource(path, kind, False, transfer_size(file) if file else 0, file is not None))
        return file

    script = add(site.site_path(dialog.get("data-module", ""), page), "js")
    add(site.site_path(dialog.get("data-styles", ""), page), "css")
    bundle = site.site_path(dialog.get("data-bundle", "").rstrip("/") + "/", page)
    add(bundle + "pagefind.js", "js")
    entry = add(bundle + "pagefind-entry.json", "data")
    language = json.loads(entry.read_text(encoding="utf-8"))["languages"].get(lang) if entry else None
    if language is None:
        return found
    add(f"{bundle}pagefind.{language['hash']}.pf_meta", "data")
    add(f"{bundle}wasm.{language['wasm']}.pagefind", "data")
    files = site.file_for(bundle + "pagefind.js").parent
    for folder, count in (("filter", None), ("index", 1), ("fragment", _results_per_page(script))):
        chunks = sorted(files.joinpath(folder).glob(f"{lang}_*"), key=lambda f: (-f.stat().st_size, f.name))
        for chunk in chunks[:count]:
            add(f"{bundle}{folder}/{chunk.name}", "data")
    return found


def search_index_sizes(root: Path, bundle: str = "pagefind") -> dict[str, dict[str, int]]:
    """Bytes on disk of each language's Pagefind index, by part, and its number of pages."""
    bundle = root / bundle
    entry = bundle / "pagefind-entry.json"
    if not entry.is_file():
        return {}
    sizes = {}
    for lang, language in json.loads(entry.read_text(encoding="utf-8"))["languages"].items():
        parts = {folder: sum(f.stat().st_size for f in bundle.joinpath(folder).glob(f"{lang}_*"))
                 for folder in ("index", "fragment", "filter")}
        parts["meta"] = bundle.joinpath(f"pagefind.{language['hash']}.pf_meta").stat().st_size
        sizes[lang] = {**parts, "total": sum(parts.values()), "pages": language["page_count"]}
    return sizes


def _add_stylesheet(site: Site, add, href: str, for_screen: bool, page: str) -> None:
    file = add(href, "css", for_screen, page)
    if file is None:
        return
    css = CSS_COMMENT.sub("", file.read_text(encoding="utf-8"))
    css_page = site.site_path(href, page)
    for imported in CSS_IMPORT.findall(css):
        _add_stylesheet(site, add, urljoin(css_page, imported), for_screen, css_page)
    fonts = {url for block in FONT_FACE.findall(css) for url in CSS_URL.findall(block)}
    for url in CSS_URL.findall(CSS_IMPORT.sub("", css)):
        add(urljoin(css_page, url), "font" if url in fonts else kind_of(url, "image"), False, css_page)


def weigh_site(root: Path) -> list[PageWeight]:
    site = Site(root)
    return [first_view(site, page) for page in site.pages()]


# ---------------------------------------------------------------- output

COLUMNS = ("Page", "HTML", "CSS", "JS", "Images, fonts", "Total", "Blocking", "Blocking files", "Search on first view",
           "First search")


def _kb(size: int) -> str:
    return f"{size / KB:.1f}"


def rows(weights: list[PageWeight]) -> list[tuple[str, ...]]:
    return [
        (w.page, _kb(w.by_kind("html")), _kb(w.by_kind("css")), _kb(w.by_kind("js")),
         _kb(w.by_kind("image") + w.by_kind("font")), _kb(w.total), _kb(w.blocking),
         str(sum(1 for r in w.resources if r.blocking)),
         _kb(w.search_on_first_view), _kb(w.first_search))
        for w in weights
    ]


def index_lines(root: Path) -> list[str]:
    return [
        f"Search index, {lang}: {_kb(size['total'])} KB for {size['pages']} pages (index {_kb(size['index'])}, "
        f"excerpts {_kb(size['fragment'])}, filters {_kb(size['filter'])}, metadata {_kb(size['meta'])}); "
        "loaded only in parts, when searching."
        for lang, size in search_index_sizes(root).items()
    ]


def markdown(weights: list[PageWeight], root: Path | None = None) -> str:
    worst_total = max(weights, key=lambda w: w.total)
    worst_blocking = max(weights, key=lambda w: w.blocking)
    worst_search = max(weights, key=lambda w: w.first_search)
    over = [w.page for w in weights if w.over_budget]
    lines = [
        "## Page weight: first view, compressed (KB = 1000 bytes)",
        "",
        f"Budget: {_kb(TOTAL_BUDGET)} KB in total, of which {_kb(BLOCKING_BUDGET)} KB render-blocking: "
        f"the HTML and {BLOCKING_STYLESHEETS} stylesheet, no other file; nothing of the search on first view; "
        f"opening the search and a first query at most {_kb(FIRST_SEARCH_BUDGET)} KB more. The print view of the whole dossier (/cetak/): "
        f"{_kb(PRINT_VIEW_TOTAL_BUDGET)} KB, {_kb(PRINT_VIEW_BLOCKING_BUDGET)} KB render-blocking.",
        "",
        f"Heaviest: {worst_total.page} {_kb(worst_total.total)} KB in total; "
        f"{worst_blocking.page} {_kb(worst_blocking.blocking)} KB render-blocking; "
        f"{worst_search.page} {_kb(worst_search.first_search)} KB for a first search. "
        + (f"**Over budget: {', '.join(over)}**" if over else "Every page is within budget."),
        "",
        *[f"- {line}" for line in (index_lines(root) if root else [])],
        *([""] if root and index_lines(root) else []),
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "|".join(["---"] + ["---:"] * (len(COLUMNS) - 1)) + "|",
    ]
    lines += ["| " + " | ".join(row) + " |" for row in rows(weights)]
    return "\n".join(lines) + "\n"


def plain(weights: list[PageWeight], root: Path | None = None) -> str:
    table = [COLUMNS, *rows(weights)]
    widths = [max(len(row[i]) for row in table) for i in range(len(COLUMNS))]
    return "\n".join(
        ["  ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row))
         for row in table] + (index_lines(root) if root else [])
    ) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site_dir", type=Path, help="the built site, e.g. site/")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--check", action="store_true", help="exit 1 when a page is over budget")
    args = parser.parse_args(argv)
    weights = weigh_site(args.site_dir)
    if not weights:
        print(f"No HTML pages in {args.site_dir}", file=sys.stderr)
        return 2
    sys.stdout.write(markdown(weights, args.site_dir) if args.markdown else plain(weights, args.site_dir))
    return 1 if args.check and any(w.over_budget for w in weights) else 0


if __name__ == "__main__":
    sys.exit(main())
