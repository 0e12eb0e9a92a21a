"""Every page exists in both languages, declares its language, and links to its twin."""
import pytest

from built_site import DOCS, LANGS, PAGES, html_file, resolve, soup, url_path
from built_site import SITE


@pytest.mark.parametrize("page", PAGES)
def test_every_page_has_both_language_files_and_is_built(site, page):
    for lang in LANGS:
        assert (DOCS / SITE.file_for(page, lang)).is_file(), SITE.file_for(page, lang)
        assert html_file(site, page, lang).is_file(), url_path(page, lang)


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_html_lang_and_interface_language_match_the_page(site, page, lang):
    html = soup(site, page, lang)
    assert html.html["lang"] == lang
    # The search button's name is in the page's language.
    assert html.select_one("[data-dossier-search-open]")["aria-label"] == {"id": "Cari", "en": "Search"}[lang]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_language_switcher_goes_to_the_same_page(site, page, lang):
    source = html_file(site, page, lang)
    links = {a["hreflang"]: a["href"] for a in soup(site, page, lang).select("a.md-select__link[hreflang]")}
    assert set(links) == set(LANGS)
    for other, href in links.items():
        target, _ = resolve(site, source, href)
        assert target == html_file(site, page, other), (lang, other, href)


@pytest.mark.parametrize("page", PAGES)
def test_both_languages_share_every_heading_id(site, page):
    ids = {
        lang: {h["id"] for h in soup(site, page, lang).select("article :is(h2, h3, h4)[id]")}
        for lang in LANGS
    }
    assert ids["id"] == ids["en"]


@pytest.mark.parametrize("page", PAGES)
def test_headings_have_explicit_lower_case_ids(page):
    """Anchors must survive rewording: every H2/H3 written in Markdown carries {#id}."""
    for lang in LANGS:
        for number, line in enumerate((DOCS / SITE.file_for(page, lang)).read_text().splitlines(), 1):
            if line.startswith(("## ", "### ")):
                assert line.rstrip().endswith("}") and "{#" in line, f"{SITE.file_for(page, lang)}:{number}"
                anchor = line[line.index("{#") + 2:-1]
                assert anchor == anchor.lower() and " " not in anchor


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_internal_links_and_anchors_resolve(site, page, lang):
    source = html_file(site, page, lang)
    for a in soup(site, page, lang).select("article a[href]"):
        href = a["href"]
        if href.startswith(("http://", "https://", "mailto:")):
            continue
        target, fragment = resolve(site, source, href)
        assert target.is_file(), f"{url_path(page, lang)}: {href}"
        if fragment and target.suffix == ".html":
            html = target.read_text(encoding="utf-8")
            assert f'id="{fragment}"' in html, f"{url_path(page, lang)}: {href}"


def test_urls_are_lower_case_and_hyphenated():
    for page in PAGES:
        assert page == page.lower() and "_" not in page and " " not in page, page


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_the_h1_is_the_page_title_from_front_matter(site, dossier, page, lang):
    from built_site import text

    h1s = soup(site, page, lang).select("article h1")
    assert len(h1s) == 1
    assert text(h1s[0]).rstrip("#").strip() == dossier.title(page, lang)


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_symbol_links_have_names_in_the_page_language(site, page, lang):
    html = soup(site, page, lang)
    for link in html.select("article a.headerlink"):
        assert link["aria-label"].startswith({"id": "Tautan ke bagian ini: ", "en": "Link to this section: "}[lang])
        assert len(link["aria-label"]) > len("Link to this section: ")
    for link in html.select("article a[href*='#p']"):
        if link.get_text().startswith("¶"):
            assert link["aria-label"] == link["title"]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_links_within_the_site_are_relative_so_any_copy_works(site, page, lang):
    # A preview, a mirror or an archived copy is served at another path than the published site:
    # a link starting with "/" would leave it (the 404 pages, served at any address, aside).
    html = soup(site, page, lang)
    rooted = [f"{tag.name} {attr}={tag[attr]}" for tag in html.find_all(True) for attr in ("href", "src")
              if tag.get(attr, "").startswith("/") and not tag[attr].startswith("//")]
    assert not rooted, rooted
