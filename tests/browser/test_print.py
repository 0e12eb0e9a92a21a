"""Printing gives clean paper: no navigation, search, header, footer or buttons; the page's
address and dates on it; links followed by where they go."""
from __future__ import annotations

import pytest

from _site import serve_as_published

pytestmark = pytest.mark.browser

MEETING = "/pertemuan/2024-02-22-dialog-kemensos/"
SOURCE = "/sumber/dialog-kemensos-2024/"
SCREEN_ONLY = [
    ".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".dossier-search-button", ".md-footer",
    ".md-top", ".md-skip", ".md-content__button", ".md-typeset .headerlink", "[data-cite-copy]",
]


@pytest.fixture
def paper(browser, site, base_url):
    context = browser.new_context(viewport={"width": 794, "height": 1123})  # A4 at 96 dpi
    serve_as_published(context, site, base_url)
    page = context.new_page()
    yield page
    context.close()


def after(page, selector: str) -> str:
    """The generated text after an element (print.css writes link addresses there)."""
    return page.locator(selector).first.evaluate("el => getComputedStyle(el, '::after').content")


def print_view(page, url: str) -> None:
    page.goto(url)
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")  # as printing does


@pytest.mark.parametrize("path, published", [
    (MEETING, "Diterbitkan"), ("/en" + MEETING, "Published"),
])
def test_paper_has_the_content_without_screen_chrome(paper, base_url, site, path, published):
    print_view(paper, base_url + path)
    for selector in SCREEN_ONLY:
        shown = [el.is_visible() for el in paper.locator(selector).all()]
        assert not any(shown), f"{selector} is printed"
    assert paper.locator(".md-content h1").is_visible()
    # The page's address and dates are on the paper.
    canonical = paper.locator("link[rel=canonical]").get_attribute("href")
    assert paper.locator(".dossier-print-url").is_visible()
    assert paper.locator(".dossier-print-url").inner_text() == canonical
    dates = paper.locator(".dossier-dates")
    assert dates.is_visible()
    assert published in dates.inner_text() and "27 November 2026" in dates.inner_text()
    assert paper.locator("[data-cite-text]").is_visible()
    assert canonical in paper.locator("[data-cite-text]").inner_text()


def test_on_screen_the_print_address_is_not_shown(paper, base_url):
    paper.goto(base_url + MEETING)
    assert not paper.locator(".dossier-print-url").is_visible()
    assert paper.locator(".md-header").is_visible()


def test_links_are_followed_by_their_address(paper, base_url):
    print_view(paper, base_url + MEETING)
    canonical = paper.locator("link[rel=canonical]").get_attribute("href")
    # An internal link: its published address, from the canonical URL, not the local server.
    link = ".md-content dd a[href='../../korespondensi/surat-tanggapan-kemensos/']"
    assert after(paper, link) == f'" <{canonical.split("pertemuan/")[0]}korespondensi/surat-tanggapan-kemensos/>"'
    # ¶ links to source paragraphs name their source, not its address; in-page links and the
    # citation's own link stay as they are.
    assert after(paper, ".md-content a[href*='#p1']") == '")"'
    assert paper.locator(".md-content a[href*='#p1']").first.evaluate(
        "el => getComputedStyle(el, '::before').content") == '"(Siaran pers dialog Kemensos, "'
    source = paper.locator(".md-content a[href*='#p1']").first.get_attribute("data-print-source")
    assert source == "Siaran pers dialog Kemensos"
    assert after(paper, ".md-content a.headerlink") == "none"
    assert after(paper, "[data-cite-text] a") == "none"


def test_external_links_are_followed_by_their_address_unless_it_is_their_text(paper, base_url):
    print_view(paper, base_url + SOURCE)
    paper.evaluate("""() => {
        const a = document.createElement('a');
        a.href = 'https://example.org/report'; a.textContent = 'a report'; a.id = 'external';
        document.querySelector('.md-content h1').after(a);
        window.dispatchEvent(new Event('beforeprint'));
    }""")
    assert after(paper, "#external") == '" <https://example.org/report>"'
    # The source's own address is written as its link text: not twice.
    assert after(paper, ".md-content a[href^='https://komnasperempuan.go.id']") == "none"


def test_without_javascript_external_addresses_are_still_printed(browser, site, base_url):
    context = browser.new_context(java_script_enabled=False)
    serve_as_published(context, site, base_url)
    page = context.new_page()
    page.goto(base_url + SOURCE)
    page.emulate_media(media="print")
    assert after(page, ".md-content a[href^='https://komnasperempuan.go.id']").startswith('" <https://')
    assert not page.locator(".md-header").is_visible()
    assert page.locator(".dossier-print-url").is_visible()
    context.close()


# ---------------------------------------------------------------- a page a reader can file

def printed_text(paper, url: str) -> list[str]:
    """The page printed by Chromium as a reader's print dialog would (A4), each sheet's text."""
    import io

    from pypdf import PdfReader

    print_view(paper, url)
    data = paper.pdf(format="A4", prefer_css_page_size=True)
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


@pytest.mark.parametrize("prefix, lang", [("", "id"), ("/en", "en")])
def test_a_printed_page_can_be_filed(paper, base_url, dossier, prefix, lang):
    from dossier.project import language_setting, read_config, strings
    from conftest import PROJECT

    ui, site_name = strings(PROJECT, lang), language_setting(read_config(PROJECT), lang, "site_name")
    sheets = printed_text(paper, base_url + prefix + MEETING)
    canonical = paper.locator("link[rel=canonical]").get_attribute("href")
    first = sheets[0]
    # Publisher and dossier at the top of page 1, then the page's address and date.
    assert first.index(f"Komnas Perempuan: {site_name}") < first.index(dossier.title("pertemuan/2024-02-22-dialog-kemensos.md", lang))
    assert canonical in first and f"{ui['page_updated']}: 27 November 2026" in first
    # Every sheet numbered "Halaman N dari M" / "Page N of M", with the dossier's title.
    for number, sheet in enumerate(sheets, start=1):
        assert ui["pdf_page_of"].format(page=number, pages=len(sheets)) in sheet
        assert site_name in sheet
    text = " ".join(sheets)
    # Source references name their source.
    short = dossier.meta("sumber/dialog-kemensos-2024.md", lang)["short_title"]
    assert f"({short}, ¶1)" in text
    # No navigation or buttons.
    assert ui["search_button"] not in first.split(site_name)[0]
    assert ui["cite_copy"] not in text and ui["nav_open"] not in text


def test_external_addresses_are_written_out_on_paper(paper, base_url):
    text = " ".join(printed_text(paper, base_url + SOURCE)).replace(" ", "")
    assert "<https://komnasperempuan.go.id/" in text or "https://komnasperempuan.go.id/kabar" in text


@pytest.mark.parametrize("path", ["/rekomendasi/", "/en/rekomendasi/", "/tindak-lanjut/"])
def test_tables_fit_the_paper_and_rows_do_not_split(paper, base_url, path):
    print_view(paper, base_url + path)
    overflow = paper.evaluate("""() => {
        const article = document.querySelector('.md-content').getBoundingClientRect();
        return [...document.querySelectorAll('.md-typeset table')].map(t => ({
            right: t.getBoundingClientRect().right - article.right,
            clipped: t.closest('.md-typeset__scrollwrap')
                ? getComputedStyle(t.closest('.md-typeset__scrollwrap')).overflowX : 'visible',
            rows: getComputedStyle(t.querySelector('tr')).breakInside,
        }));
    }""")
    assert overflow
    for table in overflow:
        assert table["right"] <= 1 and table["clipped"] == "visible" and table["rows"] == "avoid", table
