"""Reading works with JavaScript off: every page shows its content, its navigation links, the
language links, its dates and its citation; nothing needs a script to be read."""
from __future__ import annotations

import datetime as dt

import pytest

from _site import published_pages, published_tab, serve_as_published
from conftest import PROJECT
from dossier import dates

pytestmark = pytest.mark.browser

# Every page the site's menu lists (mkdocs.yml's nav; the records are reached from their sections).
_NAV = (PROJECT / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:\n", 1)[1].split("\nnot_in_nav:", 1)[0]
NAV_PAGES = [line for line in _NAV.splitlines() if line.rstrip().endswith(".md")]


@pytest.fixture(scope="module")
def reader(browser, site, base_url):
    yield from published_tab(browser, site, base_url, java_script_enabled=False, viewport={"width": 1280, "height": 900})


@pytest.mark.parametrize("path", published_pages())
def test_page_reads_without_javascript(reader, base_url, path):
    reader.goto(base_url + path)
    lang = "en" if path.startswith("/en/") else "id"
    assert reader.evaluate("document.documentElement.className").split() == ["no-js"]
    assert reader.locator(".md-content h1").is_visible()
    assert len(reader.locator(".md-content").inner_text()) > 200
    # The navigation: every entry of the site's menu is a visible link.
    nav = reader.locator(".md-sidebar--primary a.md-nav__link:not(.md-nav--secondary a)")  # not the TOC
    assert nav.count() == len(NAV_PAGES)
    assert all(link.is_visible() for link in nav.all())
    # Both languages' links are in the header, and show when reached by keyboard.
    reader.locator(".md-select button").focus()
    for code in ("id", "en"):
        link = reader.locator(f".md-select__link[hreflang={code}]")
        assert link.is_visible(), code
        assert link.get_attribute("lang") == code
    # Dates and citation are text in the page; the copy button, which needs a script, is not shown.
    # The print view of the whole dossier (docs/cetak.md) was published later than the rest.
    published = ("2 Desember 2026" if lang == "id" else "2 December 2026") if "/cetak/" in path else "27 November 2026"
    assert published in reader.locator(".dossier-dates").inner_text()
    citation = reader.locator("[data-cite-text]").inner_text()
    # Without a script, the date accessed is the day the site was built (this session).
    built = reader.locator("[data-cite-accessed]").first.get_attribute("datetime")  # APA's; Chicago's too
    today = dt.datetime.now(dt.timezone.utc).date()
    assert abs(dt.date.fromisoformat(built) - today) <= dt.timedelta(days=1)
    assert f"{dates.format_date(built, lang)}, " in citation  # APA: "Diakses <date>, dari <address>"
    assert not reader.locator("[data-cite-copy]").is_visible()
    # Nor are there share buttons beside the headings (share.js makes them): the "#" links remain.
    assert reader.locator(".md-content h1 .headerlink").count() == 1
    assert reader.locator(".dossier-share").count() == 0


def test_phone_navigation_opens_without_javascript(browser, site, base_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    serve_as_published(context, site, base_url)
    page = context.new_page()
    page.goto(base_url + "/en/pertemuan/2024-02-22-dialog-kemensos/")
    home = page.locator(".md-sidebar--primary a.md-nav__link").first
    assert home.count() == 1 and not home.is_visible()
    page.locator("label.md-header__button[for=__drawer]").click()  # a checkbox, no script
    home.wait_for(state="visible")
    assert page.locator(".md-content h1").inner_text().startswith("Dialogue with the Ministry")
    context.close()
