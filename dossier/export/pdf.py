"""The whole dossier as a PDF per language, printed from the built print view (docs/cetak.md) by
headless Chromium through Playwright, after the site is built: `python -m dossier pdf SITE_DIR`
(./scripts/build, the tests' build, CI and the publish workflow; never ./scripts/serve).

Chromium prints the page as a reader's browser would print it (print.css, and the running
footer of the page's @page rules: the dossier's title, "Halaman N dari M"), with a tagged
structure and an outline (bookmarks from the headings); pypdf then
writes the document's title, author and language into its metadata (Chromium takes the title
from <title> and writes no /Lang). Last, every page of that language gets the PDF's size beside
its link (overrides/partials/document-links.html), read from the file just written.
"""
from __future__ import annotations

import html
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..site import PDF_PATH, PRINT_PAGE, Site

# Debian's Chromium, or the one CHROMIUM_PATH names (scripts/lib/venv.sh sets it on GitHub's runners).
DEFAULT_CHROMIUM = "/usr/bin/chromium"
# Without these Chromium tries to reach Google's hosts; the build makes no network request.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# Links the print view's body does not already make absolute (the template's own: the translation
# notice, the feed) lead to the published site from the PDF, not to the build's files.
PUBLISHED_LINKS = """() => {
  const base = document.querySelector("link[rel=canonical]").href;
  for (const link of document.querySelectorAll("a[href]")) {
    const href = link.getAttribute("href");
    if (!href.startsWith("#")) link.href = new URL(href, base).href;
  }
}"""
SIZE_SPAN = re.compile(r"(<span data-dossier-pdf-size>)[^<]*(</span>)")


@dataclass
class Made:
    lang: str
    path: Path
    size: int     # bytes
    pages: int


def chromium_path() -> str:
    return os.environ.get("CHROMIUM_PATH") or DEFAULT_CHROMIUM


def size_text(size: int, lang: str) -> str:
    """812 KB, 1.2 MB (1,2 MB in Indonesian): what a reader on slow data needs to decide."""
    if size < 1_000_000:
        return f"{max(1, round(size / 1000))} KB"
    text = f"{size / 1_000_000:.1f} MB"
    return text.replace(".", ",") if lang == "id" else text


def write_metadata(path: Path, *, title: str, author: str, lang: str, subject: str) -> int:
    """Title, author, subject and /Lang of the PDF (the structure tree is kept); its page count."""
    from pypdf import PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    writer = PdfWriter(clone_from=str(path))
    writer.add_metadata({"/Title": title, "/Author": author, "/Subject": subject})
    writer._root_object[NameObject("/Lang")] = TextStringObject(lang)
    # Viewers show the title, not the file name, in their window (PDF/UA).
    writer.create_viewer_preferences().display_doctitle = True
    with path.open("wb") as out:
        writer.write(out)
    return len(writer.pages)


def fill_sizes(site_dir: Path, site: Site, lang: str, text: str) -> int:
    """Write the PDF's size into every page of a language; how many pages had the link."""
    root = site_dir / site.root(lang)
    others = {site_dir / site.root(code) for code in site.codes if code != lang and site.root(code)}
    count = 0
    for page in root.rglob("*.html"):
        if any(other in page.parents for other in others):
            continue
        content = page.read_text(encoding="utf-8")
        filled, found = SIZE_SPAN.subn(lambda m: f"{m[1]}{html.escape(text)}{m[2]}", content)
        if found:
            page.write_text(filled, encoding="utf-8")
            count += 1
    return count


def make(site_dir: Path, site: Site, strings: dict[str, dict], titles: dict[str, str], author: str,
         descriptions: dict[str, str]) -> list[Made]:
    """One PDF per language from its built print view; then the sizes on the pages."""
    from playwright.sync_api import sync_playwright

    site_dir = Path(site_dir).resolve()  # file: URIs need an absolute path (./scripts/build passes "site")
    made = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            for lang in site.codes:
                view = site_dir / site.page_url(PRINT_PAGE, lang) / "index.html"
                if not view.is_file():
                    raise FileNotFoundError(f"{view}: no print view; build the site first")
                page = browser.new_page()
                # Only the built files: no request leaves the machine.
                page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                           else route.abort())
                page.goto(view.as_uri(), wait_until="load")
                page.emulate_media(media="print")
                page.evaluate(PUBLISHED_LINKS)
                target = site_dir / site.root(lang) / PDF_PATH
                # Margins and the running footer come from the page's @page rules, as when a reader prints it.
                page.pdf(path=str(target), format="A4", prefer_css_page_size=True, print_background=True,
                         tagged=True, outline=True)
                page.close()
                pages = write_metadata(target, title=titles[lang], author=author, lang=lang,
                                       subject=descriptions[lang])
                made.append(Made(lang, target, target.stat().st_size, pages))
        finally:
            browser.close()
    for item in made:
        label = strings[item.lang]["document_pdf_size"].format(size=size_text(item.size, item.lang))
        fill_sizes(site_dir, site, item.lang, label)
    return made
