"""The whole dossier as one document: the print view (docs/cetak.md in every language), from which
the PDF is made (dossier/export/pdf.py).

Every page in navigation order, a record after its section's list (records are not in the
navigation), with a cover and a table of contents. Each page's rendered HTML is taken as the
build made it; inside the document its ids get a per-page prefix (so "#tanggal" of two pages do
not collide), headings go one level down (the document has one H1), and links to pages of the
document become links within it; any other link to the site becomes absolute, so it works from
the PDF too.
"""
from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..site import PRINT_PAGE, Site

# The attribute that marks the print view's body: the search index leaves the page out (it
# repeats every page), and the PDF command finds it by it.
MARK = "data-dossier-print-view"

_HEADING = re.compile(r"<(/?)h([1-6])\b")
_ID_ATTR = re.compile(r'\s(id|for|aria-labelledby|aria-describedby|aria-controls)="([^"]*)"')
_HREF = re.compile(r'\shref="([^"]*)"')
_H1_ID = re.compile(r'<h1\b([^>]*?)\sid="[^"]*"')
_HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.DOTALL)


@dataclass
class Part:
    page: str      # "pertemuan/x.md" (the default language's path)
    url: str       # site-relative URL of the page in this language, "en/pertemuan/x/"
    title: str
    html: str      # the page's rendered content (Material's article body)


def page_order(nav_pages: list[str], pages: list[str]) -> list[str]:
    """Nav order; each section's records (pages of its folder not in the navigation) after its
    index page, in path order (dated file names sort by date). The print view leaves itself out."""
    listed = [page for page in nav_pages if page != PRINT_PAGE]
    rest = sorted(page for page in pages if page not in listed and page != PRINT_PAGE)
    order: list[str] = []
    for page in listed:
        order.append(page)
        if page.endswith("/index.md"):
            folder = page[: -len("index.md")]
            order.extend(other for other in rest if other.startswith(folder) and other not in order)
    return order + [page for page in rest if page not in order]


def anchor_of(page: str) -> str:
    """The id a page's part starts at: "pertemuan/x.md" -> "hal-pertemuan-x", "index.md" -> "hal-beranda"."""
    stem = page[:-3]
    if stem == "index":
        return "hal-beranda"
    if stem.endswith("/index"):
        stem = stem[: -len("/index")]
    return "hal-" + re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")


def _target(from_url: str, href: str) -> tuple[str, str] | None:
    """A relative link of a page -> (site-relative URL path, anchor); None for other links."""
    if not href or href.startswith(("#", "mailto:", "tel:", "data:", "javascript:")):
        return None
    if urlsplit(href).scheme or href.startswith("//"):
        return None
    path, _, anchor = href.partition("#")
    joined = posixpath.normpath(posixpath.join(posixpath.dirname("/" + from_url) + "/", path))
    if path.endswith("/") or path == "" and from_url.endswith("/"):
        joined = joined.rstrip("/") + "/"
    if path in ("", "."):
        joined = "/" + from_url
    return joined.lstrip("/"), anchor


def rewrite_part(part: Part, anchors: dict[str, str], site: Site) -> str:
    """One page's HTML as it stands in the document (see the module's docstring)."""
    prefix = anchors[part.url]
    body = _HEADERLINK.sub("", part.html)
    # The page's title: the part's own id (its anchor) stands for it; the slug of its words would
    # differ between the languages.
    body = _H1_ID.sub(r"<h1\1", body, count=1)
    body = _HEADING.sub(lambda m: f"<{m[1]}h{min(int(m[2]) + 1, 6)}", body)

    def ids(match):
        values = " ".join(f"{prefix}--{value}" for value in match[2].split())
        return f' {match[1]}="{values}"'

    def hrefs(match):
        href = html.unescape(match[1])
        if href.startswith("#"):
            return f' href="#{prefix}--{href[1:]}"' if len(href) > 1 else f' href="#{prefix}"'
        target = _target(part.url, href)
        if target is None:
            return match[0]
        path, anchor = target
        if path in anchors:
            inner = anchors[path]
            return f' href="#{inner}--{anchor}"' if anchor else f' href="#{inner}"'
        address = site.absolute(path) + (f"#{anchor}" if anchor else "")
        return f' href="{html.escape(address, quote=True)}"'

    body = _ID_ATTR.sub(ids, body)
    return _HREF.sub(hrefs, body)


def document(parts: list[Part], *, site: Site, lang: str, strings: dict, cover: dict) -> str:
    """The print view's body: cover, table of contents, then every page."""
    anchors = {part.url: anchor_of(part.page) for part in parts}
    e = html.escape
    contents = "\n".join(f'<li><a href="#{anchors[part.url]}">{e(part.title)}</a></li>' for part in parts)
    cover_html = (
        f'<header class="dossier-print-cover">\n'
        f'<p class="dossier-print-cover__publisher">{e(cover["publisher"])}</p>\n'
        f'<p class="dossier-print-cover__dossier">{e(cover["dossier_title"])}</p>\n'
        # The "#" link as every page's H1 has one (dossier/views/page.py), so share.js can share this page.
        f'<h1 id="{e(cover["anchor"])}">{e(cover["title"])}<a class="headerlink" href="#{e(cover["anchor"])}" '
        f'title="{e(strings["permalink_title"])}" '
        f'aria-label="{e(strings["permalink_label"].format(heading=cover["title"]))}">#</a></h1>\n'
        f'<dl class="dossier-print-cover__facts">\n'
        f'<dt>{e(strings["print_language"])}</dt><dd>{e(cover["language"])}</dd>\n'
        f'<dt>{e(strings["print_edition"])}</dt><dd><time datetime="{cover["edition"]}">{e(cover["edition_text"])}</time></dd>\n'
        f'<dt>{e(strings["print_address"])}</dt><dd><a href="{e(cover["url"])}" data-print-shown>{e(cover["url"])}</a></dd>\n'
        f'</dl>\n</header>\n'
    )
    toc = (f'<nav class="dossier-print-toc" aria-labelledby="daftar-isi">\n'
           f'<h2 id="daftar-isi">{e(strings["print_contents"])}</h2>\n<ol>\n{contents}\n</ol>\n</nav>\n')
    body = []
    for part in parts:
        address = site.absolute(part.url)
        body.append(
            f'<div class="dossier-print-part" id="{anchors[part.url]}">\n'
            f'<p class="dossier-print-part__url"><a href="{e(address, quote=True)}" data-print-shown>{e(address)}</a></p>\n'
            f'{rewrite_part(part, anchors, site)}\n</div>')
    return f'<div {MARK}>\n{cover_html}{toc}' + "\n".join(body) + "\n</div>\n"


def edition(metas: list[dict]) -> str:
    """The edition's date: the last `updated` of any page (the content's last change)."""
    days = [str(meta.get("updated"))[:10] for meta in metas if meta.get("updated")]
    return max(days) if days else ""


def date_as_its_parts(dossier) -> None:
    """The print view holds every page, so it changes when any of them does: its `updated` is the
    edition's date, and its page dates, citation files and metadata agree with its cover."""
    for lang, source in dossier.pages.get(PRINT_PAGE, {}).items():
        source.meta["updated"] = edition([versions[lang].meta for versions in dossier.pages.values()
                                          if lang in versions])
