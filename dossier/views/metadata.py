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
