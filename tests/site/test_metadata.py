"""Head metadata of every page in both languages: canonical, hreflang (with x-default), meta
description, Open Graph, Twitter card and citation_* (Zotero); the sitemap's alternates.
hooks/page_metadata.py, overrides/partials/head-metadata.html, overrides/sitemap.xml."""
import re
import struct
import xml.etree.ElementTree as ET

import pytest

from built_site import LANGS, PAGES, soup, url_path
from conftest import TEST_SITE_URL
from dossier.views import metadata
from built_site import SITE

OG_LOCALE = {"id": "id_ID", "en": "en_US"}


def absolute(page, lang):
    return TEST_SITE_URL + url_path(page, lang)


def meta_content(html, **attrs):
    (key, value), = attrs.items()
    tags = html.find_all("meta", attrs={key.replace("_", ":") if key == "property" else key: value})
    assert len(tags) == 1, (value, tags)
    return tags[0]["content"]


def prop(html, name):
    return meta_content(html, property=name)


def named(html, name):
    return meta_content(html, name=name)


def folded(text):
    return " ".join(str(text).split())


@pytest.fixture(scope="module")
def front_matter(dossier):
    return lambda page, lang: dossier.meta(page, lang)


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_canonical_and_hreflang_are_absolute_with_x_default(site, page, lang):
    html = soup(site, page, lang)
    assert html.select_one("link[rel=canonical]")["href"] == absolute(page, lang)
    alternates = {}
    for link in html.select("link[rel=alternate][hreflang]"):
        assert link["hreflang"] not in alternates, link
        alternates[link["hreflang"]] = link["href"]
    assert alternates == {
        "id": absolute(page, "id"), "en": absolute(page, "en"), "x-default": absolute(page, "id"),
    }


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_description_and_sharing_tags(site, front_matter, page, lang):
    html = soup(site, page, lang)
    fm = front_matter(page, lang)
    description = folded(fm["description"])
    assert named(html, "description") == description
    assert prop(html, "og:title") == fm["title"] == named(html, "twitter:title")
    assert prop(html, "og:description") == description == named(html, "twitter:description")
    assert prop(html, "og:url") == absolute(page, lang)
    assert prop(html, "og:type") == ("website" if page == "index.md" else "article")
    assert prop(html, "og:locale") == OG_LOCALE[lang]
    assert prop(html, "og:locale:alternate") == OG_LOCALE["en" if lang == "id" else "id"]
    assert prop(html, "og:site_name") == html.title.get_text().rsplit(" - ", 1)[-1]
    assert named(html, "twitter:card") == "summary_large_image"
    image = prop(html, "og:image")
    assert image == named(html, "twitter:image") == TEST_SITE_URL + "assets/images/social-card.png"
    assert prop(html, "og:image:alt") and named(html, "twitter:image:alt")


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_dates_and_citation_tags(site, front_matter, page, lang):
    html = soup(site, page, lang)
    fm = front_matter(page, lang)
    date = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    if page != "index.md":
        published = prop(html, "article:published_time")
        modified = prop(html, "article:modified_time")
        assert date.match(published) and date.match(modified) and modified >= published
        if fm.get("published"):
            assert published == metadata.iso_date(fm["published"])
        if fm.get("updated"):
            assert modified == metadata.iso_date(fm["updated"])
    assert named(html, "citation_title") == fm["title"]
    assert named(html, "citation_publisher") == "Komnas Perempuan"
    assert re.match(r"^\d{4}/\d{2}/\d{2}$", named(html, "citation_publication_date"))
    if fm.get("published"):
        assert named(html, "citation_publication_date") == metadata.iso_date(fm["published"]).replace("-", "/")
    assert named(html, "citation_language") == lang
    assert named(html, "citation_public_url") == absolute(page, lang)


def test_the_sharing_image_is_a_1200_by_630_png(site):
    data = (site / "assets/images/social-card.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1200, 630)
    assert len(data) < 50_000


def test_sitemap_lists_every_page_with_absolute_alternates(site):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ET.parse(site / "sitemap.xml").getroot()
    entries = {
        url.findtext("s:loc", namespaces=ns): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)
        }
        for url in root.findall("s:url", ns)
    }
    expected = {
        absolute(page, lang): {"id": absolute(page, "id"), "en": absolute(page, "en"), "x-default": absolute(page, "id")}
        for page in PAGES for lang in LANGS
    }
    assert entries == expected


def test_the_404_page_has_no_page_metadata(site):
    html = (site / "404.html").read_text(encoding="utf-8")
    assert "og:url" not in html and "citation_title" not in html


def test_every_language_has_an_open_graph_locale():
    assert set(metadata.OG_LOCALES) == set(SITE.codes)
