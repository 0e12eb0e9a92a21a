"""Head metadata of every page in both languages: canonical, hreflang (with x-default), meta
description, Open Graph, Twitter card and citation_* (Zotero); the sitemap's alternates.
hooks/page_metadata.py, overrides/partials/head-metadata.html, overrides/sitemap.xml."""
import gzip
import json
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
    assert named(html, "citation_technical_report_institution") == "Komnas Perempuan"
    assert named(html, "citation_pdf_url") == TEST_SITE_URL + SITE.root(lang) + "dosier-pekerja-rumahan.pdf"
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


# ---------------------------------------------------------------- as Zotero reads them

# zotero/translators, "Embedded Metadata.js" (read at commit of 26 June 2026): the item type from
# the citation_* tags (detectWeb's switch), creators from citation_author(s), else (RDF's dc/og
# creators, then) <meta name="author"> and og article:author, else a byline element; every
# creator found so is split by ZU.cleanAuthor into a person's first and last name.
HW_TYPES = {"citation_journal_title": "journalArticle", "citation_technical_report_institution": "report",
            "citation_conference_title": "conferencePaper", "citation_conference": "conferencePaper",
            "citation_book_title": "bookSection", "citation_inbook_title": "bookSection",
            "citation_dissertation_institution": "thesis"}
HW_FIELDS = {"citation_title": "title", "citation_publication_date": "date", "citation_date": "date",
             "citation_technical_report_institution": "institution", "citation_publisher": "publisher",
             "citation_public_url": "url", "citation_language": "language"}
BYLINE_CLASSES = ("byline", "bylines", "vcard", "article-byline")


def zotero_item(html) -> dict:
    """What the Embedded Metadata translator makes of a page (the parts this site can affect)."""
    tags = [(tag.get("name") or tag.get("property") or "", tag.get("content") or "") for tag in html.find_all("meta")]
    tags = [(name, value) for name, value in tags if name and value]
    hw_type = guess = None
    for name, _ in tags:
        short = name[name.rfind("citation_"):] if "citation_" in name else name
        hw_type = HW_TYPES.get(short, hw_type)
        if short in ("citation_title", "citation_series_title"):
            guess = guess or "journalArticle"
    item = {"itemType": hw_type or guess or "webpage", "creators": []}
    for name, value in tags:
        if name in HW_FIELDS:
            item.setdefault(HW_FIELDS[name], value)
    authors = [value for name, value in tags if name == "citation_author"] or \
        [value for name, value in tags if name == "citation_authors"]
    rdf = [value for name, value in tags if name.lower() in ("dc.creator", "dcterms.creator", "dc:creator")]
    w3 = [tag["content"] for tag in html.select('meta[name="author" i], meta[property="author" i]') if tag.get("content")]
    og = [value for name, value in tags if name == "article:author"]
    bylines = [el for cls in BYLINE_CLASSES for el in html.select(f'[class*="{cls}" i]') if el.get_text(strip=True)]
    bylines += [el for el in html.select('a[rel="author"]') if el.get_text(strip=True)]
    for found in (authors, rdf, w3, og, [el.get_text(" ", strip=True) for el in bylines]):
        if found:
            item["creators"] = [{"firstName": " ".join(n.split()[:-1]), "lastName": n.split()[-1]} for n in found]
            break
    item["pdf"] = next((value for name, value in tags if name == "citation_pdf_url"), None)
    return item


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_zotero_files_every_page_as_a_report_of_komnas_perempuan_and_no_person(site, front_matter, page, lang):
    item = zotero_item(soup(site, page, lang))
    assert item["itemType"] == "report"
    assert item["institution"] == "Komnas Perempuan"
    assert item["creators"] == []  # never {"firstName": "Komnas", "lastName": "Perempuan"}
    assert item["title"] == front_matter(page, lang)["title"]
    assert item["language"] == lang and item["url"] == absolute(page, lang)
    assert item["date"] == metadata.iso_date(front_matter(page, lang)["published"]).replace("-", "/")
    assert item["pdf"].endswith(SITE.root(lang) + "dosier-pekerja-rumahan.pdf")


def test_the_zotero_reading_would_catch_the_organisation_as_a_person():
    from bs4 import BeautifulSoup

    page = BeautifulSoup('<meta name="citation_title" content="T"><meta name="author" content="Komnas Perempuan">',
                         "html.parser")
    assert zotero_item(page) == {"itemType": "journalArticle", "creators": [{"firstName": "Komnas", "lastName": "Perempuan"}],
                                 "title": "T", "pdf": None}


# ---------------------------------------------------------------- schema.org

def json_ld(html) -> dict:
    scripts = html.select('script[type="application/ld+json"]')
    assert len(scripts) == 1
    return {node["@type"]: node for node in json.loads(scripts[0].string)["@graph"]}


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_json_ld_says_what_the_page_says(site, dossier, front_matter, page, lang):
    html = soup(site, page, lang)
    graph = json_ld(html)
    fm = front_matter(page, lang)
    web_page, publisher = graph["WebPage"], graph["Organization"]
    assert web_page["@id"] == absolute(page, lang)
    assert web_page["name"] == fm["title"] and web_page["inLanguage"] == lang == html.html["lang"]
    assert web_page["datePublished"] == prop_or_fm(fm, "published") and web_page["dateModified"] == prop_or_fm(fm, "updated")
    assert web_page["publisher"] == {"@id": publisher["@id"]}
    assert publisher["name"] == dossier.institution_name("komnas-perempuan", lang) and publisher["address"]["addressCountry"] == "ID"
    dossier_node = web_page["isPartOf"]
    assert dossier_node["@type"] == "Report" and dossier_node["name"] == prop(html, "og:site_name")
    other = "en" if lang == "id" else "id"
    relation = "workTranslation" if lang == "id" else "translationOfWork"
    assert web_page[relation] == [{"@type": "WebPage", "@id": absolute(page, other), "inLanguage": other}]
    kind = fm["kind"]
    if kind == "meeting":
        event = graph["Event"]
        assert event["location"]["name"] == folded(fm["place"])
        # The page says only the month is certain where the source contradicts itself.
        readings = [fm["date"], *fm.get("date_alternatives", [])]
        assert event["startDate"] == metadata.certain_date(readings)
        names = {a.get("name") or publisher["name"] for a in event["attendee"]}
        assert names == {dossier.institution_name(a["institution"], lang) for a in fm["attendees"]}
    elif kind == "letter":
        message = graph["Message"]
        assert (message["sender"].get("name") or publisher["name"]) == dossier.institution_name(fm["sender"], lang)
        assert {r.get("name") or publisher["name"] for r in message["recipient"]} == {
            dossier.institution_name(r, lang) for r in fm["recipients"]}
        assert message.get("dateSent") == (None if isinstance(fm["date"], dict) else fm["date"])
    else:
        assert not {"Event", "Message"} & set(graph)


def prop_or_fm(fm, key):
    return metadata.iso_date(fm[key])


def test_json_ld_costs_little_per_page(site):
    sizes = [len(gzip.compress(script.string.encode())) for page in PAGES for lang in LANGS
             for script in soup(site, page, lang).select('script[type="application/ld+json"]')]
    assert max(sizes) < 1000, max(sizes)  # bytes, compressed alone (less inside the page's gzip)

