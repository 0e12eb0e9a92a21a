"""Search in the reader's language: typed into Material's search box, in Chromium.

Each language has its own index (hooks/search_per_language.py); Indonesian is indexed without
English stemming, so its words and acronyms are found as written.
"""
import json
import re

import pytest

# (language, query, a page that must be among the results), URLs relative to the site root.
CASES = [
    ("id", "pekerja rumahan", "glosarium/"),
    ("id", "BPJS", "rekomendasi/bpjs-kesehatan/"),
    ("id", "PBI", "korespondensi/2023-12-surat-rekomendasi-kebijakan/"),
    ("id", "BPS", "rekomendasi/bps/"),
    ("id", "pendataan", "pertemuan/2024-02-22-dialog-kemensos/"),
    ("en", "homeworkers", "en/glosarium/"),
    ("en", "data collection", "en/pertemuan/2024-02-22-dialog-kemensos/"),
    ("en", "BPJS", "en/rekomendasi/bpjs-kesehatan/"),
]


def search(page, base_url, lang, query):
    """Open the language's home page, type the query, return the result links (site-relative)."""
    home = f"{base_url}/" if lang == "id" else f"{base_url}/en/"
    with page.expect_response(re.compile(r"search_index\.json$")) as index_response:
        page.goto(home)
    page.click("label.md-header__button[for='__search']")
    page.locator("input.md-search__input").press_sequentially(query)
    page.wait_for_selector(".md-search-result__item a.md-search-result__link")
    hrefs = page.eval_on_selector_all(
        ".md-search-result__item a.md-search-result__link", "links => links.map(a => a.href)"
    )
    root = f"{base_url}/"
    assert all(href.startswith(root) for href in hrefs), hrefs
    return index_response.value.url, [href[len(root):].split("?")[0].split("#")[0] for href in hrefs]


@pytest.mark.browser
@pytest.mark.parametrize("lang, query, expected", CASES)
def test_search_finds_pages_in_the_readers_language_only(page, base_url, lang, query, expected):
    index_url, results = search(page, base_url, lang, query)
    assert expected in results, results
    if lang == "id":
        assert index_url == f"{base_url}/search/search_index.json"
        assert not [url for url in results if url.startswith("en/")], results
    else:
        assert index_url == f"{base_url}/en/search/search_index.json"
        assert all(url.startswith("en/") for url in results), results


def test_each_index_holds_its_own_language_with_its_own_settings(site):
    """No English stemmer on Indonesian: Porter would index "BPJS" as "bpj", "sosial" as "sosi"."""
    indonesian = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    english = json.loads((site / "en/search/search_index.json").read_text(encoding="utf-8"))
    assert "stemmer" not in indonesian["config"]["pipeline"]
    assert "stopWordFilter" not in indonesian["config"]["pipeline"]  # English stop words
    assert "stopWordFilter" in english["config"]["pipeline"]
    # English locations are relative to /en/, where the English pages' search base points.
    assert not any(doc["location"].startswith("en/") for doc in indonesian["docs"] + english["docs"])
    titles = lambda index: {doc["title"] for doc in index["docs"]}  # noqa: E731
    assert "Glosarium" in titles(indonesian) and "Glosarium" not in titles(english)
    assert "Glossary" in titles(english) and "Glossary" not in titles(indonesian)


@pytest.mark.browser
def test_a_word_finds_its_longer_forms(page, base_url):
    """"homeworker" finds the pages about homeworkers: Material searches words as prefixes."""
    _, results = search(page, base_url, "en", "homeworker")
    assert "en/glosarium/" in results
