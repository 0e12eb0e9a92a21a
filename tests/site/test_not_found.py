"""Not found: a 404 page per language; the root one (served by GitHub Pages for any missing
address) offers Indonesian first, then English. dossier/project.py (not_found_context), hooks/outputs.py, overrides/404.html."""
import pytest
import yaml
from bs4 import BeautifulSoup

from built_site import PROJECT, SITE_PATH

UI = {lang: yaml.safe_load((PROJECT / "strings" / f"{lang}.yml").read_text(encoding="utf-8")) for lang in ("id", "en")}
HOME = {"id": SITE_PATH, "en": f"{SITE_PATH}en/"}


def parse(site, path):
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


def sections(html):
    return [
        (section.get("lang") or html.html["lang"], section)
        for section in html.select("article section.dossier-not-found")
    ]


def test_root_404_offers_indonesian_then_english(site):
    html = parse(site, "404.html")
    assert html.html["lang"] == "id"
    found = sections(html)
    assert [lang for lang, _ in found] == ["id", "en"]
    for lang, section in found:
        assert UI[lang]["not_found_title"] in section.get_text()
        link = section.select_one(f"a[hreflang='{lang}']")
        assert link["href"] == HOME[lang] and link.get_text(strip=True) == UI[lang]["not_found_home"]
    # The search button above searches Indonesian only: English readers are sent to their home's.
    texts = [section.get_text(" ", strip=True) for _, section in found]
    assert UI["id"]["not_found_search"] in texts[0] and UI["en"]["not_found_search_home"] in texts[1]
    assert UI["en"]["not_found_search"] not in texts[1]
    assert html.select_one("h1").get_text(strip=True) == UI["id"]["not_found_title"]
    assert html.title.get_text().startswith(UI["id"]["not_found_title"])


def test_english_404_is_english_only(site):
    html = parse(site, "en/404.html")
    assert html.html["lang"] == "en"
    assert [lang for lang, _ in sections(html)] == ["en"]
    assert UI["id"]["not_found_title"] not in html.get_text()
    assert UI["en"]["not_found_search"] in html.get_text(" ", strip=True)  # its own button searches English
    assert html.select_one("article a[hreflang='en']")["href"] == HOME["en"]
    assert html.title.get_text().startswith(UI["en"]["not_found_title"])


@pytest.mark.parametrize("path", ["404.html", "en/404.html"])
def test_404_works_at_any_address(site, path):
    """Served for /any/depth/, so every link and asset is absolute (from site_url's path)."""
    html = parse(site, path)
    urls = [tag.get("href") for tag in html.select("link[href], a[href]")]
    urls += [tag["src"] for tag in html.select("script[src], img[src]")]
    assert len(urls) > 5
    relative = [url for url in urls if not url.startswith((SITE_PATH, "https://", "http://", "#"))]
    assert not relative, relative
    # The language selector leads to the language homes, not to some page's twin.
    switch = {a["hreflang"]: a["href"] for a in html.select("a.md-select__link")}
    assert switch == HOME
    assert html.select_one("meta[name=robots]")["content"] == "noindex"


@pytest.mark.browser
def test_a_missing_address_shows_both_languages_styled(page, base_url):
    response = page.goto(f"{base_url}/no/such/page/")
    assert response.status == 404
    assert page.locator("h1").inner_text() == UI["id"]["not_found_title"]
    assert page.locator("section[lang=en] h2").inner_text() == UI["en"]["not_found_title"]
    # Material's stylesheet loaded from this depth: the header has the theme's colour.
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    page.click("section[lang=en] a[hreflang=en]")
    assert page.url == f"{base_url}/en/"


@pytest.mark.browser
def test_english_404_page(page, base_url):
    page.goto(f"{base_url}/en/404.html")
    assert page.locator("h1").inner_text() == UI["en"]["not_found_title"]
    assert page.locator("section.dossier-not-found").count() == 1
