"""Metadata for sharing, search engines and reference managers, printed by overrides/partials/head-metadata.html.

Open Graph, Twitter card and Highwire citation_* values of one page; absolute URLs throughout.
"""
from __future__ import annotations

import datetime as dt

OG_LOCALES = {"id": "id_ID", "en": "en_US"}


def absolute_url(site_url: str, url: str) -> str:
    """Site-relative URL ("", "en/a/") -> absolute, under site_url."""
    url = "" if url in (".", "./") else url.lstrip("/")
    return site_url.rstrip("/") + "/" + url


def iso_date(value) -> str | None:
    """A front-matter date (YAML date, datetime or "YYYY-MM-DD" text) as "YYYY-MM-DD"."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return dt.date.fromisoformat(str(value)).isoformat()


def page_dates(meta: dict, fallback: dt.date) -> tuple[str, str]:
    """(published, modified) from front matter `published` and `updated`.

    Without `published`, the date the site was built stands in: the date of this edition.
    """
    published = iso_date(meta.get("published")) or fallback.isoformat()
    modified = iso_date(meta.get("updated")) or published
    return published, max(published, modified)


def citation_date(iso: str) -> str:
    """Highwire Press (Google Scholar, Zotero) writes dates as YYYY/MM/DD."""
    return iso.replace("-", "/")


def page_metadata(
    *, meta: dict, title: str, lang: str, url: str, alternates: dict, site_url: str, default_lang: str,
    is_home: bool, build_date: dt.date, image_path: str, strings: dict,
) -> dict:
    """Everything the head needs about one page; alternates maps language -> site-relative URL."""
    published, modified = page_dates(meta, build_date)
    absolute = {other: absolute_url(site_url, link) for other, link in alternates.items()}
    return {
        "title": meta.get("title") or title,
        "description": " ".join(str(meta.get("description", "")).split()),
        "url": url,
        "type": "website" if is_home else "article",
        "lang": lang,
        "alternates": absolute,
        "x_default": absolute.get(default_lang, url),
        "locale": OG_LOCALES[lang],
        "locale_alternates": [OG_LOCALES[other] for other in absolute if other != lang],
        "image": absolute_url(site_url, image_path),
        "image_alt": strings["social_image_alt"],
        "published": published,
        "modified": modified,
        "citation_date": citation_date(published),
    }


# ---------------------------------------------------------------- schema.org (JSON-LD)

def certain_date(readings: list[str]) -> str:
    """What every reading of a date agrees on, as an ISO date: ["2024-02-22", "2024-02-21"] -> "2024-02"."""
    common = []
    for parts in zip(*(str(reading).split("-") for reading in readings)):
        if len(set(parts)) > 1:
            break
        common.append(parts[0])
    return "-".join(common)


def _record_date(meta: dict) -> str | None:
    """A letter's or meeting's date as far as the source makes it certain (no date for a span)."""
    date = meta.get("date")
    if not date or isinstance(date, dict):
        return None
    return certain_date([str(date), *map(str, meta.get("date_alternatives") or [])]) or None


def publisher_id(dossier) -> str:
    """The dossier's author and publisher: data/institutions.yml's entry marked `author: true`."""
    return next((ident for ident, entry in dossier.institutions.items() if entry.get("author")), "")


def organisation(dossier, ident: str, lang: str, site_url: str, home: str | None = None) -> dict:
    entry = dossier.institutions.get(ident, {})
    node = {"@type": "Organization", "@id": f"{absolute_url(site_url, '')}#{ident}",
            "name": entry.get("name", {}).get(lang, ident)}
    if entry.get("short_name") and entry["short_name"] != node["name"]:
        node["alternateName"] = entry["short_name"]
    if home:
        node["url"] = home
    return node


def json_ld(*, dossier, page: str, lang: str, meta: dict, url: str, alternates: dict, site_url: str,
            default_lang: str, site_name: str, published: str, modified: str, publisher: str) -> dict:
    """The page as schema.org data: a WebPage of the dossier (a Report) by the publisher, with its
    other language's version; a meeting is also an Event, a letter also a Message."""
    home = absolute_url(site_url, dossier.site.root(lang))  # the dossier in this language
    publisher_node = organisation(dossier, publisher, lang, site_url, home=_publisher_home(dossier))
    publisher_node["address"] = {"@type": "PostalAddress", "addressCountry": "ID"}
    ref = {"@id": publisher_node["@id"]}
    web_page = {
        "@type": "WebPage", "@id": url, "name": meta.get("title", ""), "inLanguage": lang,
        "datePublished": published, "dateModified": modified, "publisher": ref,
        "isPartOf": {"@type": "Report", "@id": f"{home}#dossier", "name": site_name},
    }
    for other, link in alternates.items():
        if other == lang:
            continue
        relation = "workTranslation" if lang == default_lang else "translationOfWork"
        web_page.setdefault(relation, []).append({"@type": "WebPage", "@id": absolute_url(site_url, link), "inLanguage": other})
    graph = [web_page, publisher_node]
    kind = meta.get("kind")
    if kind == "meeting":
        event = {"@type": "Event", "@id": f"{url}#event", "name": meta.get("title", ""),
                 "location": {"@type": "Place", "name": " ".join(str(meta.get("place", "")).split())},
                 "attendee": [_party(dossier, item["institution"], lang, site_url, publisher)
                              for item in meta.get("attendees") or [] if item.get("institution")]}
        if _record_date(meta):
            event["startDate"] = _record_date(meta)
        web_page["about"] = {"@id": event["@id"]}
        graph.append(event)
    elif kind == "letter":
        message = {"@type": "Message", "@id": f"{url}#letter", "name": meta.get("full_title") or meta.get("title", ""),
                   "sender": _party(dossier, meta.get("sender"), lang, site_url, publisher),
                   "recipient": [_party(dossier, ident, lang, site_url, publisher) for ident in meta.get("recipients") or []]}
        if _record_date(meta):
            message["dateSent"] = _record_date(meta)
        web_page["about"] = {"@id": message["@id"]}
        graph.append(message)
    return {"@context": "https://schema.org", "@graph": graph}


def _party(dossier, ident, lang, site_url, publisher) -> dict:
    """An institution of the dossier; the publisher by reference (its node is in the graph)."""
    if ident == publisher:
        return {"@id": f"{absolute_url(site_url, '')}#{ident}"}
    return organisation(dossier, ident, lang, site_url)


def _publisher_home(dossier) -> str | None:
    """The publisher's own site, as the source record's address gives it (its scheme and host)."""
    from urllib.parse import urlsplit

    for _, meta in dossier.of_kind("source", dossier.site.default):
        parts = urlsplit(str(meta.get("original_url", "")))
        if parts.scheme and parts.netloc:
            return f"{parts.scheme}://{parts.netloc}/"
    return None


def json_ld_text(data: dict) -> str:
    """Compact, and safe inside <script> (no "</" can end it early)."""
    import json

    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
