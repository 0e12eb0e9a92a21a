"""The dossier as a document: a PDF per language after ./scripts/build (the `site` fixture makes
them as it does), its print view, and the link to both from every page; each page's BibTeX and RIS.
dossier/views/print_view.py, dossier/export/pdf.py, dossier/export/citation.py."""
from __future__ import annotations

import re
from urllib.parse import urljoin

import pytest
from pypdf import PdfReader

from built_site import LANGS, PAGES, SITE, soup, url_path
from conftest import PROJECT, SITE_PATH, TEST_SITE_URL
from dossier import dates
from dossier.export import pdf
from dossier.project import language_setting, read_config, strings
from dossier.site import PDF_PATH, PRINT_PAGE

CONFIG = read_config(PROJECT)
UI = {lang: strings(PROJECT, lang) for lang in LANGS}
OTHER = {"id": "en", "en": "id"}


def folded(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def pdfs(site):
    return {lang: PdfReader(site / SITE.root(lang) / PDF_PATH) for lang in LANGS}


@pytest.fixture(scope="module")
def pdf_text(pdfs):
    return {lang: folded(" ".join(page.extract_text() for page in reader.pages)) for lang, reader in pdfs.items()}


@pytest.mark.parametrize("lang", LANGS)
def test_the_pdf_has_title_language_author_and_a_tagged_structure(pdfs, lang):
    reader = pdfs[lang]
    root = reader.trailer["/Root"]
    assert reader.metadata.title == language_setting(CONFIG, lang, "site_name")
    assert reader.metadata.author == "Komnas Perempuan"
    assert root["/Lang"] == lang
    assert root["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in root
    assert reader.outline  # bookmarks from the headings


@pytest.mark.parametrize("lang", LANGS)
def test_the_pdf_has_every_page_in_its_language_with_page_numbers(dossier, pdfs, pdf_text, lang):
    text = pdf_text[lang]
    for page in PAGES:
        if page == PRINT_PAGE:
            continue
        assert folded(dossier.title(page, lang)) in text, page
    total = len(pdfs[lang].pages)
    numbers = UI[lang]["pdf_page_of"]
    for n in (1, total):
        assert numbers.format(page=n, pages=total) in folded(pdfs[lang].pages[n - 1].extract_text())
    # The cover: publisher, dossier, language, edition, address.
    cover = folded(pdfs[lang].pages[0].extract_text())
    for part in ("Komnas Perempuan", language_setting(CONFIG, lang, "site_name"), TEST_SITE_URL + SITE.root(lang),
                 UI[lang]["print_edition"], dates.format_date(edition_of(dossier, lang), lang)):
        assert part in cover, part
    # Not the other language's pages.
    assert folded(dossier.title("index.md", OTHER[lang])) not in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_pdf_has_the_text_of_every_page(site, dossier, pdf_text, lang):
    text = pdf_text[lang].replace("-", "")  # words hyphenated or addresses broken at line ends
    for page in PAGES:
        if page == PRINT_PAGE:
            continue
        for paragraph in soup(site, page, lang).select("article > p")[:2]:
            # Up to its first source reference: on paper that names its source (print.css).
            sentence = folded(paragraph.get_text(" ")).split("¶")[0][:60]
            if len(sentence) > 20:
                assert folded(sentence).replace("-", "").replace(" ", "") in text.replace(" ", ""), (page, sentence)


@pytest.mark.parametrize("lang", LANGS)
def test_links_in_the_pdf_work(pdfs, lang):
    internal = external = 0
    for page in pdfs[lang].pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") != "/Link":
                continue
            action = annotation.get("/A")
            if annotation.get("/Dest") is not None or (action and action.get("/S") == "/GoTo"):
                internal += 1
            elif action and action.get("/S") == "/URI":
                uri = action["/URI"]
                assert uri.startswith(("https://", "mailto:")), uri  # never a file:// of the build
                external += 1
    assert internal > 50 and external > 0


@pytest.mark.parametrize("lang", LANGS)
def test_the_print_view_links_within_itself(site, lang):
    html = (site / SITE.page_url(PRINT_PAGE, lang) / "index.html").read_text(encoding="utf-8")
    body = html[html.index("data-dossier-print-view"):]
    ids = set(re.findall(r'\sid="([^"]+)"', html))
    anchors = re.findall(r'href="#([^"]+)"', body)
    assert anchors and not [a for a in anchors if a not in ids]
    assert len(ids) == len(re.findall(r'\sid="', html))  # no id twice
    # No link leads to another page of the dossier: each page is inside the document.
    pages = {TEST_SITE_URL + url_path(page, lang) for page in PAGES}
    outside = [href for href in re.findall(r'href="([^"#]+)"', body) if href in pages]
    part_urls = set(re.findall(r'<p class="dossier-print-part__url"><a href="([^"]+)"', body))
    assert set(outside) <= part_urls | {TEST_SITE_URL + url_path(PRINT_PAGE, lang)}  # its own citation


def reached(page: str, lang: str, href: str) -> str:
    """Where a link of a page leads, as a path from the server's root; the link itself must be
    relative, so that it works wherever a copy of the site is served (a preview, a mirror)."""
    assert not href.startswith(("/", "http:", "https:")), href
    return urljoin(SITE_PATH + url_path(page, lang), href)


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_every_page_links_to_its_languages_pdf_with_its_size_and_the_print_view(site, page, lang):
    html = soup(site, page, lang)
    links = html.select(".dossier-document a")
    pdf_link = next(a for a in links if a["href"].endswith(".pdf"))
    target = site / SITE.root(lang) / PDF_PATH
    assert reached(page, lang, pdf_link["href"]) == SITE_PATH + SITE.root(lang) + PDF_PATH
    assert pdf_link["hreflang"] == lang
    size = UI[lang]["document_pdf_size"].format(size=pdf.size_text(target.stat().st_size, lang))
    assert pdf_link.select_one("[data-dossier-pdf-size]").get_text() == size
    assert any(reached(page, lang, a["href"]) == SITE_PATH + url_path(PRINT_PAGE, lang) for a in links)


def edition_of(dossier, lang: str) -> str:
    """The day any page of the language last changed, as the pages' own front matter says."""
    return max(str(dossier.meta(page, lang)["updated"])[:10] for page in PAGES if dossier.meta(page, lang).get("updated"))


@pytest.mark.parametrize("lang", LANGS)
def test_the_print_views_dates_and_citation_are_its_editions(site, dossier, lang):
    """The document changes when any page does: its cover's edition, its own "last updated" and
    the date its citation files give are one date, so a citation of the PDF matches its cover."""
    edition = edition_of(dossier, lang)
    page = soup(site, PRINT_PAGE, lang)
    assert page.select_one(".dossier-print-cover__facts time")["datetime"] == edition
    footer = [time["datetime"] for time in page.select(".dossier-page-info time:not([data-cite-accessed])")]
    assert footer and footer[-1] == edition, footer  # published, then last updated
    ris = (site / url_path(PRINT_PAGE, lang) / "kutip.ris").read_bytes().decode("utf-8")
    assert f"DA  - {edition.replace('-', '/')}\r\n" in ris
    assert f"date = {{{edition}}}" in (site / url_path(PRINT_PAGE, lang) / "kutip.bib").read_text(encoding="utf-8")


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_every_page_has_its_citation_files(site, dossier, page, lang):
    folder = site / url_path(page, lang)
    bib = (folder / "kutip.bib").read_text(encoding="utf-8")
    ris = (folder / "kutip.ris").read_bytes().decode("utf-8")  # its lines end in CR LF, as RIS's do
    url = TEST_SITE_URL + url_path(page, lang)
    assert bib.startswith("@techreport{") and f"url = {{{url}}}" in bib
    assert "author = {{Komnas Perempuan}}" in bib and f"language = {{{lang}}}" in bib
    assert f"UR  - {url}\r\n" in ris and f"TI  - {folded(dossier.title(page, lang))}\r\n" in ris
    links = {a.get_text(): reached(page, lang, a["href"]) for a in soup(site, page, lang).select(".dossier-cite__files a")}
    assert links == {"BibTeX": SITE_PATH + url_path(page, lang) + "kutip.bib",
                     "RIS": SITE_PATH + url_path(page, lang) + "kutip.ris"}
