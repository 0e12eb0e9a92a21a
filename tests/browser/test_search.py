"""Search, in Chromium: Pagefind's index of the built site (dossier/search.py) through the
dialog in the header (search-open.js, search.js), in both languages.

Any form of a word finds the pages that use the word in any form: the word families are
derived here from the built pages' article text (Indonesian roots from Sastrawi itself), and
each form is searched with Pagefind's JavaScript API in the page, as the dialog searches.
Keyboard use is in test_keyboard.py, axe in test_accessibility.py.
"""
from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

from _site import page_weight, published_pages, published_tab, serve_as_published
from dossier.site import PRINT_PAGE

PRINT_VIEW = "/" + PRINT_PAGE[:-3] + "/"
from conftest import PROJECT, SITE_PATH
from built_site import SITE
from dossier import search

pytestmark = pytest.mark.browser

HOMES = {"id": "/", "en": "/en/"}
WORD = re.compile(r"[^\W_]+")
# Pagefind's API as the dialog sets it up (search.js), then every query in turn: the URL of
# each result, each page's URL looked up once.
SEARCH = """async (queries) => {
  const bundle = new URL(document.querySelector('[data-dossier-search]').dataset.bundle, document.baseURI);
  const api = await import(new URL('pagefind.js', bundle).href);
  await api.options({basePath: bundle.pathname, baseUrl: new URL('..', bundle).pathname, noWorker: true});
  const urls = {};
  const found = {};
  for (const query of queries) {
    const search = await api.search(query);
    found[query] = [];
    for (const result of search.results) {
      if (!(result.id in urls)) urls[result.id] = (await result.data()).url;
      found[query].push(urls[result.id]);
    }
  }
  return found;
}"""


def strings(lang: str) -> dict:
    return yaml.safe_load((PROJECT / "strings" / f"{lang}.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def tab(browser, site, base_url):
    yield from published_tab(browser, site, base_url, viewport={"width": 390, "height": 844})


def site_path(url: str) -> str:
    """A result's URL as a path from the site's root: "/en/x/"."""
    path = urlsplit(url).path
    assert path.startswith(SITE_PATH), url  # right under the project's path
    return "/" + path[len(SITE_PATH):]


def api_search(tab, base_url, lang: str, queries: list[str]) -> dict[str, set[str]]:
    tab.goto(base_url + HOMES[lang])
    found = tab.evaluate(SEARCH, queries)
    return {query: {site_path(url) for url in urls} for query, urls in found.items()}


def article_words(site, lang: str) -> dict[str, set[str]]:
    """Page -> the words of its article, read here from the built HTML: the article without
    what the templates leave out of the search (data-pagefind-ignore) and what Pagefind skips."""
    words = {}
    for page in published_pages():
        if (lang == "en") != page.startswith("/en/") or page.endswith(PRINT_VIEW):
            continue  # the print view repeats every page: the index leaves it out
        soup = BeautifulSoup((site / page.lstrip("/") / "index.html").read_text(encoding="utf-8"), "html.parser")
        article = soup.select_one("article.md-content__inner")
        for element in article.select("[data-pagefind-ignore], footer, nav, script, style, form, svg, label"):
            element.decompose()
        words[page] = set(WORD.findall(article.get_text("").lower()))
    return words


_SASTRAWI = StemmerFactory().create_stemmer()


def root(word: str, lang: str) -> str:
    """Indonesian: Sastrawi's root. English: the site's own suffix stemmer, which defines
    what an English family is (Pagefind's Snowball stemmer finds most of them by itself)."""
    return (_SASTRAWI.stem(word) or word) if lang == "id" else search.english_root(word)


@pytest.mark.parametrize("lang, forms", [
    ("id", ["lindung", "pelindungan", "perlindungan"]),
    ("id", ["rekomendasi", "merekomendasikan"]),
    ("id", ["rentan", "kerentanan"]),
    ("id", ["koordinasi", "berkoordinasi"]),
    ("id", ["data", "pendataan"]),
    ("id", ["menteri", "kementerian"]),
    ("en", ["coordinate", "coordination"]),
])
def test_affixed_and_root_forms_find_the_same_pages(tab, site, base_url, lang, forms):
    found = api_search(tab, base_url, lang, forms)
    using = {page for page, words in article_words(site, lang).items()
             if {word for word in words if root(word, lang) == root(forms[0], lang)}}
    assert using, forms
    for form in forms:
        assert found[form] >= using, (form, sorted(using - found[form]))
        assert all(page.startswith("/en/") == (lang == "en") for page in found[form]), form


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_form_of_every_word_family_finds_the_pages_of_its_family(tab, site, base_url, lang):
    """For each family of the dossier's words, the mean over its forms of the share of the
    family's pages that a search for the form finds: at least 95%, for every family."""
    words = article_words(site, lang)
    families: dict[str, set[str]] = {}
    for page_words in words.values():
        for word in page_words:
            families.setdefault(root(word, lang), set()).add(word)
    forms = sorted({form for family in families.values() for form in family})
    assert len(families) > 200 and len(forms) > len(families)  # the dossier's own words
    found = api_search(tab, base_url, lang, forms)
    other_language = {form: pages for form, pages in found.items()
                      if any(page.startswith("/en/") != (lang == "en") for page in pages)}
    assert not other_language
    below = {}
    for name, family in families.items():
        pages = {page for page, page_words in words.items() if page_words & family}
        recall = [len(found[form] & pages) / len(pages) for form in family]
        if sum(recall) / len(recall) < 0.95:
            below[name] = {form: sorted(pages - found[form]) for form in family if pages - found[form]}
    assert not below


def open_search(tab, base_url, path: str, query: str):
    tab.goto(base_url + path)
    tab.locator("[data-dossier-search-open]").click()
    tab.locator("dialog[open] [data-search-input]").fill(query)
    tab.locator("[data-search-status]").filter(has_text=re.compile(r"\d")).wait_for()
    return tab.locator(".dossier-search__result")


def test_a_result_shows_title_section_and_marked_excerpt_and_links_to_the_section(tab, site, base_url):
    results = open_search(tab, base_url, "/", "menteri")
    assert results.count() >= 5
    sections = 0
    for item in results.all()[:5]:
        link = item.locator("a")
        assert link.locator(".dossier-search__page").inner_text()
        url = urlsplit(link.get_attribute("href"))
        page = BeautifulSoup((site / site_path(url.path).lstrip("/") / "index.html").read_text(encoding="utf-8"),
                             "html.parser")
        if url.fragment:
            sections += 1
            heading = page.find(id=url.fragment)
            assert heading.name in {"h2", "h3", "h4", "h5", "h6"}
            assert link.locator(".dossier-search__section").inner_text() in heading.get_text()
        # "menteri" is rarely written bare: the excerpt marks the form the page uses.
        marks = [mark.lower() for mark in item.locator("mark").all_inner_texts()]
        assert marks and all(root(WORD.findall(mark)[0], "id") == "menteri" for mark in marks), marks
    assert sections


def test_the_live_region_announces_the_count_in_the_page_language(tab, base_url):
    for lang, path in HOMES.items():
        results = open_search(tab, base_url, path, "BPJS")
        status = tab.locator("dialog[open] [role=status]").inner_text()
        ui = strings(lang)
        count = int(re.search(r"\d+", status)[0])
        assert status == (ui["search_count_one"] if count == 1 else ui["search_count_other"].format(count=count))
        # The first results are shown; the button shows the next ones, and takes focus to them.
        assert results.count() == min(count, 10) and tab.locator("[data-search-more]").is_visible() == (count > 10)
        if count > 10:
            tab.locator("[data-search-more]").click()
            results.nth(min(count, 20) - 1).wait_for()
            assert results.count() == min(count, 20)
            assert tab.evaluate("document.activeElement === document.querySelectorAll('.dossier-search__result a')[10]")
        assert tab.locator("dialog[open]").get_attribute("aria-labelledby") == "dossier-search-title"
        assert tab.locator("#dossier-search-title").inner_text() == ui["search_dialog_label"]
        results.first.locator("a").wait_for()
        assert all(site_path(href).startswith("/en/") == (lang == "en")
                   for href in results.locator("a").evaluate_all("links => links.map(a => a.href)"))


def test_filters_by_kind_and_institution_in_the_page_language(tab, dossier, base_url):
    tab.goto(base_url + "/en/")
    tab.locator("[data-dossier-search-open]").click()
    kinds = tab.locator("[data-search-filter=kind] option")
    kinds.nth(1).wait_for(state="attached")
    ui = strings("en")
    labels = {value for key, value in ui.items() if key.startswith("search_kind_")}
    assert set(kinds.all_inner_texts()[1:]) <= labels and ui["search_kind_letter"] in kinds.all_inner_texts()
    tab.locator("[data-search-filter=kind]").select_option(ui["search_kind_letter"])
    tab.locator("[data-search-status]").filter(has_text=re.compile(r"\d")).wait_for()
    letters = {"/" + SITE.page_url(page, "en") for page, _ in dossier.of_kind("letter", "en")}
    hrefs = tab.locator(".dossier-search__result a").evaluate_all("links => links.map(a => a.href)")
    assert {site_path(href.split("#")[0]) for href in hrefs} == letters
    tab.locator("[data-search-filter=kind]").select_option("")
    bps = dossier.institution_name("bps", "en")
    tab.locator("[data-search-filter=institution]").select_option(bps)
    tab.locator("[data-search-input]").fill("data")
    tab.locator("[data-search-status]").filter(has_text=re.compile(r"\d")).wait_for()
    hrefs = tab.locator(".dossier-search__result a").evaluate_all("links => links.map(a => a.href)")
    assert "/en/rekomendasi/bps/" in {site_path(href.split("#")[0]) for href in hrefs}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_nothing_of_the_search_loads_before_it_is_opened_and_a_first_search_is_within_budget(
        browser, site, base_url, lang):
    context = browser.new_context()
    serve_as_published(context, site, base_url)
    requests = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    path = "/pertemuan/2024-02-22-dialog-kemensos/" if lang == "id" else "/en/pertemuan/2024-02-22-dialog-kemensos/"
    page.goto(base_url + path, wait_until="networkidle")
    page.locator("[data-dossier-search-open]").wait_for()
    published = page_weight.Site(site)
    first_view = {published.site_path(url, path) for url in requests}
    search_files = {r.url for r in page_weight.first_view(published, path).search}
    assert not {url for url in first_view if "/pagefind/" in url or url in search_files}, first_view
    opened = len(requests)
    page.keyboard.press("/")
    page.locator("dialog[open] [data-search-input]").fill("perlindungan" if lang == "id" else "protection")
    page.locator(".dossier-search__result").first.wait_for()
    page.wait_for_load_state("networkidle")
    # Chromium asks for the favicon when it likes, under load sometimes only now: it is the
    # first view's (page_weight counts it there), not the search's.
    favicon = {published.site_path(url, path) for url in requests if url.endswith("/favicon.svg")}
    loaded = {published.site_path(url, path) for url in requests[opened:]} - favicon
    size = sum(page_weight.transfer_size(published.file_for(url)) for url in loaded)
    weighed = page_weight.first_view(published, path)
    assert 70 * page_weight.KB < size <= min(weighed.first_search, page_weight.FIRST_SEARCH_BUDGET), sorted(loaded)
    # What page_weight counts is what was loaded: its files, with the chunks the query needed.
    assert {url for url in loaded if "/fragment/" not in url and "/index/" not in url} <= search_files
    context.close()


def test_the_index_holds_each_language_apart_and_leaves_out_404_pages(site):
    entry = json.loads((site / "pagefind/pagefind-entry.json").read_text(encoding="utf-8"))
    pages = [page for page in published_pages() if not page.endswith(PRINT_VIEW)]  # left out: it repeats every page
    assert {lang: value["page_count"] for lang, value in entry["languages"].items()} == {
        "id": len([p for p in pages if not p.startswith("/en/")]), "en": len([p for p in pages if p.startswith("/en/")])}
    # Readers' pages do not carry the extra forms: only the copy Pagefind was handed did.
    assert not [p for p in site.rglob("*.html") if search.FORMS_ID in p.read_text(encoding="utf-8")]



def dialog_results(tab, base_url, lang: str, query: str) -> list[str]:
    """The pages the dialog lists for a query, in its order."""
    results = open_search(tab, base_url, HOMES[lang], query)
    results.first.locator("a").wait_for()
    return [site_path(href) for href in results.locator("a").evaluate_all("links => links.map(a => a.href)")]


@pytest.mark.parametrize("lang, query", [
    ("id", "pendataan"), ("id", "rumah"), ("id", "serta"), ("id", "perlindungan"), ("id", "data"),
    ("id", "pekerja rumah tangga"), ("en", "recommendation"),
])
def test_pages_using_the_word_as_typed_come_first(tab, site, base_url, lang, query):
    """Other forms of a word find their pages too, but after the pages that use the very word:
    "pendataan" (data collection) first finds where data collection is written of, not the
    heading "Data terbuka"; "rumah" the domestic workers (pekerja rumah tangga), not homeworkers."""
    listed = dialog_results(tab, base_url, lang, query)
    words = article_words(site, lang)
    exact = [set(query.split()) <= words[page.split("#")[0]] for page in listed]
    assert any(exact) and not all(exact), listed  # both kinds, or the word shows nothing
    assert exact == sorted(exact, reverse=True), list(zip(listed, exact))



def test_the_words_for_domestic_workers_find_the_glossarys_entry_among_the_first(tab, base_url):
    """The glossary keeps pekerja rumah tangga (domestic workers) apart from pekerja rumahan
    (homeworkers): its entry is among the first results, before pages that only say rumahan."""
    listed = [page.split("#")[0] for page in dialog_results(tab, base_url, "id", "pekerja rumah tangga")]
    assert "/glosarium/" in listed[:2], listed
