"""Pure parts of the Atom feed: which date an entry carries, the XML it is written as."""
import datetime as dt
import xml.etree.ElementTree as ET

from built_site import SITE
from dossier.export import feed
from dossier.site import Language, Site


class FakeDossier:
    site = SITE

    def __init__(self, meetings):
        self.meetings = meetings

    def meta(self, page, lang):
        return self.meetings[page]


def test_entry_dates_prefer_front_matter_then_the_dossiers_own_date():
    d = FakeDossier({"m.md": {"date": "2024-02-22"}})
    assert feed.entry_updated(d, "meeting", {"date": "2024-02-22", "updated": "2024-06-01"}) == dt.date(2024, 6, 1)
    assert feed.entry_updated(d, "meeting", {"date": "2024-02-22", "published": "2024-03-01"}) == dt.date(2024, 3, 1)
    assert feed.entry_updated(d, "meeting", {"date": "2024-02-22"}) == dt.date(2024, 2, 22)
    # A bounded date: the latest day it can be.
    bounded = {"date": {"not_before": "2023-12", "not_after": "2024-02-22"}}
    assert feed.entry_updated(d, "letter", bounded) == dt.date(2024, 2, 22)
    # A follow-up step is dated by the meeting that set it.
    assert feed.entry_updated(d, "follow_up", {"origin": "m.md"}) == dt.date(2024, 2, 22)


def test_render_writes_atom():
    items = [{
        "id": "tag:x.test,2026:d/en/meeting/m", "title": "M & co", "url": "https://x.test/p/en/m/",
        "updated": dt.date(2024, 2, 22), "published": None, "summary": "S", "category": "meeting",
        "category_label": "Meeting",
    }]
    text = feed.render(lang="en", title="T", subtitle="S", author="A", site=Site((Language("id", "Bahasa Indonesia", True), Language("en", "English", False)), "https://x.test/p/"),
                       feed_id="tag:x.test,2026:d", items=items)
    root = ET.fromstring(text.encode("utf-8"))
    ns = {"a": feed.ATOM}
    assert root.findtext("a:id", namespaces=ns) == "tag:x.test,2026:d/en"
    assert root.find("a:link[@rel='self']", ns).get("href") == "https://x.test/p/en/feed.xml"
    assert root.findtext("a:updated", namespaces=ns) == "2024-02-22T00:00:00Z"
    assert root.findtext("a:entry/a:title", namespaces=ns) == "M & co"
    assert root.find("a:entry/a:published", ns) is None
