"""WCAG 2.2 AA: axe-core reports no violation on any page, in either language, on a phone and
on a desktop, nor with the search, the language menu or the citation's confirmation open.

All of axe's default rules run (WCAG 2.0-2.2 A and AA, and its best practices).
"""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from _site import other_html_pages, published_pages, published_tab

pytestmark = pytest.mark.browser

AXE = Axe()
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


def violations(tab) -> str:
    """axe's report of every violation on the page as it is now; "" when there is none."""
    results = AXE.run(tab)
    if not results.violations_count:
        return ""
    return f"{tab.url}\n{results.generate_report()}"


@pytest.fixture(scope="module", params=list(VIEWPORTS))
def tab(browser, site, base_url, request):
    """One tab per screen size, reused page after page (the pages share no state).
    Reduced motion: axe then sees colours at rest, not halfway through a transition."""
    yield from published_tab(browser, site, base_url, viewport=VIEWPORTS[request.param], reduced_motion="reduce")


@pytest.mark.parametrize("path", published_pages())
def test_page_has_no_violation(tab, base_url, path):
    tab.goto(base_url + path)
    assert not violations(tab)


def test_pages_not_in_docs_have_no_violation(tab, base_url, site):
    pages = other_html_pages(site)
    assert "/404.html" in pages
    reports = []
    for path in pages:
        tab.goto(base_url + path)
        reports.append(violations(tab))
    assert not "".join(reports)


@pytest.mark.parametrize("path, query", [("/", "BPJS"), ("/en/", "homeworkers")])
def test_search_with_results_has_no_violation(tab, base_url, path, query):
    tab.goto(base_url + path)
    tab.locator("[data-dossier-search-open]").wait_for()  # shown once its script has run
    tab.keyboard.press("/")  # opens the search dialog (search-open.js)
    tab.locator("dialog[open] [data-search-input]").fill(query)
    tab.locator(".dossier-search__result mark").first.wait_for()
    tab.locator("[data-search-filter=kind] option").nth(1).wait_for(state="attached")
    assert tab.locator("dialog[open]").get_attribute("aria-labelledby") == "dossier-search-title"
    assert not violations(tab)


def test_language_menu_open_has_no_violation(tab, base_url):
    tab.goto(base_url + "/pertemuan/2024-02-22-dialog-kemensos/")
    tab.locator(".md-select button").focus()
    tab.locator(".md-select__link[hreflang=en]").wait_for(state="visible")
    assert not violations(tab)


def test_citation_copied_has_no_violation(tab, base_url):
    tab.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    tab.goto(base_url + "/en/pertemuan/2024-02-22-dialog-kemensos/")
    tab.locator("[data-cite-copy]").click()
    tab.locator("[data-cite-status]").filter(has_text="copied").wait_for()
    assert not violations(tab)
