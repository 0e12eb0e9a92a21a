"""dossier/site.py: the languages and the page-URL rule, read once from mkdocs.yml."""
import pytest

from built_site import PROJECT, SITE
from dossier.site import Site


def test_languages_come_from_the_i18n_settings_in_their_order():
    assert SITE.codes == ("id", "en") and SITE.default == "id" and SITE.translations == ("en",)
    assert [language.name for language in SITE.languages] == ["Bahasa Indonesia", "English"]


@pytest.mark.parametrize("file, page, lang, url", [
    ("index.md", "index.md", "id", ""), ("index.en.md", "index.md", "en", "en/"),
    ("linimasa.md", "linimasa.md", "id", "linimasa/"), ("rekomendasi/index.en.md", "rekomendasi/index.md", "en", "en/rekomendasi/"),
    ("pertemuan/x.en.md", "pertemuan/x.md", "en", "en/pertemuan/x/"), ("rekomendasi/README.md", "rekomendasi/README.md", "id", "rekomendasi/"),
])
def test_one_rule_for_files_pages_and_addresses(file, page, lang, url):
    assert SITE.page_and_language(file) == (page, lang)
    assert SITE.file_for(page, lang) == file
    assert SITE.page_url(file) == url == SITE.page_url(page, lang)
    assert SITE.page_address(page, lang) == SITE.url + url


def test_a_third_language_needs_only_mkdocs_yml():
    config = {"site_url": "https://x.test/p", "plugins": [{"i18n": {"docs_structure": "suffix", "languages": [
        {"locale": "id", "default": True}, {"locale": "en"}, {"locale": "jv", "name": "Basa Jawa"}]}}]}
    site = Site.from_config(config)
    assert site.url == "https://x.test/p/" and site.translations == ("en", "jv")
    assert site.page_and_language("a/b.jv.md") == ("a/b.md", "jv") and site.page_url("a/b.md", "jv") == "jv/a/b/"


def test_a_configuration_without_one_default_language_is_refused():
    with pytest.raises(ValueError, match="default"):
        Site.from_config({"plugins": [{"i18n": {"languages": [{"locale": "id"}, {"locale": "en"}]}}]})


def test_site_url_follows_the_environment_as_mkdocs_reads_it(monkeypatch):
    monkeypatch.setenv("SITE_URL", "https://elsewhere.test/d/")
    assert Site.load(PROJECT).url == "https://elsewhere.test/d/"
    monkeypatch.delenv("SITE_URL")
    assert Site.load(PROJECT).url.startswith("https://")
