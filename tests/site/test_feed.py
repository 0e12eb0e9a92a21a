"""Atom feeds of dossier updates, /feed.xml and /en/feed.xml (dossier/export/feed.py): valid Atom
(RFC 4287's required elements), stable tag: ids, entries for every meeting, letter and
follow-up step, linked from every page's head and footer."""
import datetime as dt
import xml.etree.ElementTree as ET
from urllib.parse import urljoin

import pytest

from built_site import LANGS, PAGES, SITE_PATH, soup, url_path
from conftest import TEST_SITE_URL

NS = {"a": "http://www.w3.org/2005/Atom"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
KINDS = ("meeting", "letter", "follow_up")


def feed_path(lang):
    return ("" if lang == "id" else f"{lang}/") + "feed.xml"


def parse(site, lang):
    return ET.parse(site / feed_path(lang)).getroot()


def timestamp(text):
    assert text.endswith("Z") and "T" in text, text
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def site_file(site, url):
    """The built file an absolute URL of this site points to."""
    assert url.startswith(TEST_SITE_URL), url
    path = site / url[len(TEST_SITE_URL):]
    return path / "index.html" if url.endswith("/") else path


@pytest.mark.parametrize("lang", LANGS)
def test_feed_has_atoms_required_elements(site, lang):
    feed = parse(site, lang)
    assert feed.tag == "{http://www.w3.org/2005/Atom}feed"
    assert feed.get(XML_LANG) == lang
    assert feed.findtext("a:id", namespaces=NS).startswith("tag:")
    assert feed.findtext("a:title", namespaces=NS)
    assert feed.findtext("a:author/a:name", namespaces=NS) == "Komnas Perempuan"
    self_link = feed.find("a:link[@rel='self']", NS)
    assert self_link.get("href") == TEST_SITE_URL + feed_path(lang)
    home = feed.find("a:link[@rel='alternate']", NS).get("href")
    assert site_file(site, home).is_file()
    entries = feed.findall("a:entry", NS)
    assert entries
    updated = [timestamp(entry.findtext("a:updated", namespaces=NS)) for entry in entries]
    assert timestamp(feed.findtext("a:updated", namespaces=NS)) == max(updated)
    assert updated == sorted(updated, reverse=True)  # newest first


@pytest.mark.parametrize("lang", LANGS)
def test_every_meeting_letter_and_follow_up_has_an_entry(site, dossier, lang):
    entries = parse(site, lang).findall("a:entry", NS)
    by_id = {entry.findtext("a:id", namespaces=NS): entry for entry in entries}
    assert len(by_id) == len(entries)  # ids are unique
    prefix = parse(site, lang).findtext("a:id", namespaces=NS)  # the feed's own id
    expected = {}
    for kind in KINDS:
        for page, meta in dossier.of_kind(kind, lang):
            # Stable: built from the front matter's id, not from the page's address.
            expected[f"{prefix}/{kind}/{meta['id']}"] = (page, meta, kind)
    assert set(by_id) == set(expected)
    for entry_id, (page, meta, kind) in expected.items():
        entry = by_id[entry_id]
        assert entry.findtext("a:title", namespaces=NS) == meta["title"]
        assert entry.findtext("a:summary", namespaces=NS) == " ".join(meta["description"].split())
        assert entry.find("a:category", NS).get("term") == kind
        timestamp(entry.findtext("a:updated", namespaces=NS))
        link = entry.find("a:link[@rel='alternate']", NS).get("href")
        assert site_file(site, link).is_file(), link
        assert soup(site, page, lang).select_one("link[rel=canonical]")["href"] == link


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_every_page_links_its_languages_feed_in_head_and_footer(site, page, lang):
    html = soup(site, page, lang)
    head = html.select("head link[rel=alternate][type='application/atom+xml']")
    # Relative in the head (it works from any copy of the site), the published address in the footer.
    assert len(head) == 1 and not head[0]["href"].startswith("/")
    assert urljoin(SITE_PATH + url_path(page, lang), head[0]["href"]) == SITE_PATH + feed_path(lang)
    assert head[0]["title"]
    footer = html.select_one(f"footer a[href='{TEST_SITE_URL + feed_path(lang)}']")
    assert footer is not None and footer["title"]
