"""An Atom feed (RFC 4287) of dossier updates per language: meetings, letters and follow-up steps,
and each change of a step's status (its status_history).

Entry ids are tag: URIs built from a fixed prefix (config
extra.feed_id) and each page's front-matter id, so they never change when the site moves or a
page is renamed; a change of status adds its date and status. An entry's date is the page's front
matter `updated`, else `published`, else the dossier's own date for it: the meeting's day, the
letter's date (its latest possible day when the source gives only bounds), a follow-up step's
meeting; a change of status is dated by its own date (its latest possible day).
"""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from .. import dates
from ..load.model import Dossier
from ..site import FEED_PATH, Site
from ..views import follow_ups, metadata

ATOM = "http://www.w3.org/2005/Atom"
KINDS = {"meeting": "label_meeting", "letter": "label_letter", "follow_up": "label_follow_up"}


def feed_url(site: Site, lang: str) -> str:
    return site.absolute(site.root(lang) + FEED_PATH)


def _day(value) -> dt.date:
    return dt.date.fromisoformat(metadata.iso_date(value))


def event_date(dossier: Dossier, kind: str, meta: dict) -> dt.date:
    """The day the dossier dates this item by (see the module's docstring)."""
    if kind == "follow_up":
        return event_date(dossier, "meeting", dossier.meta(meta["origin"], dossier.site.default))
    return dates.interval(meta["date"])[1]


def entry_updated(dossier: Dossier, kind: str, meta: dict) -> dt.date:
    for key in ("updated", "published"):
        if meta.get(key):
            return _day(meta[key])
    return event_date(dossier, kind, meta)


def entries(dossier: Dossier, lang: str, feed_id: str, strings: dict) -> list[dict]:
    """Newest first (then by id, so the order is stable)."""
    found = []
    for kind, label in KINDS.items():
        for page, meta in dossier.of_kind(kind, lang):
            found.append({
                "id": f"{feed_id}/{lang}/{kind}/{meta['id']}",
                "title": str(meta["title"]),
                "url": dossier.site.page_address(page, lang),
                "updated": entry_updated(dossier, kind, meta),
                "published": _day(meta["published"]) if meta.get("published") else None,
                "summary": " ".join(str(meta.get("description", "")).split()),
                "category": kind,
                "category_label": strings[label],
            })
    found.extend(status_changes(dossier, lang, feed_id, strings))
    found.sort(key=lambda entry: entry["id"])
    found.sort(key=lambda entry: entry["updated"], reverse=True)
    return found


def status_changes(dossier: Dossier, lang: str, feed_id: str, strings: dict) -> list[dict]:
    """One entry per change of a follow-up step's status, announced under the step's own page."""
    found = []
    for page, meta in dossier.of_kind("follow_up", lang):
        for moment in follow_ups.moments(meta):
            if moment.kind != "status":
                continue
            status = strings["follow_up_group_" + moment.status]
            found.append({
                "id": f"{feed_id}/{lang}/follow_up/{meta['id']}/status/{moment.date}/{moment.status}",
                "title": strings["feed_status_change"].format(title=meta["title"], status=status),
                "url": dossier.site.page_address(page, lang),
                "updated": dates.parse(moment.date)[1],
                "published": None,
                "summary": " ".join(str(meta.get("summary", "")).split()),
                "category": "follow_up",
                "category_label": strings["label_follow_up"],
            })
    return found


def _timestamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def render(*, site: Site, lang: str, title: str, subtitle: str, author: str, feed_id: str,
           items: list[dict]) -> str:
    ET.register_namespace("", ATOM)
    q = lambda name: f"{{{ATOM}}}{name}"  # noqa: E731
    feed = ET.Element(q("feed"), {"{http://www.w3.org/XML/1998/namespace}lang": lang})

    def add(parent, name, text=None, **attrs):
        element = ET.SubElement(parent, q(name), attrs)
        if text is not None:
            element.text = text
        return element

    add(feed, "id", f"{feed_id}/{lang}")
    add(feed, "title", title)
    add(feed, "subtitle", subtitle)
    add(feed, "link", rel="self", type="application/atom+xml", href=feed_url(site, lang))
    add(feed, "link", rel="alternate", type="text/html", href=site.page_address("index.md", lang))
    add(feed, "updated", _timestamp(max((item["updated"] for item in items), default=dt.date(1970, 1, 1))))
    add(add(feed, "author"), "name", author)
    for item in items:
        entry = add(feed, "entry")
        add(entry, "id", item["id"])
        add(entry, "title", item["title"])
        add(entry, "link", rel="alternate", type="text/html", href=item["url"])
        add(entry, "updated", _timestamp(item["updated"]))
        if item["published"]:
            add(entry, "published", _timestamp(item["published"]))
        add(entry, "summary", item["summary"])
        add(entry, "category", term=item["category"], label=item["category_label"])
    ET.indent(feed)
    return ET.tostring(feed, encoding="unicode", xml_declaration=True) + "\n"
