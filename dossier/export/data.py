"""The dossier as machine-readable JSON, one document per language (schema: schemas/export/)."""
from __future__ import annotations

from ..load.model import Dossier
from ..site import SCHEMA_PATH
from ..views import follow_ups


def build(dossier: Dossier, lang: str) -> dict:
    """The document of one language; `upcoming` is as of dossier.today (the build's date)."""
    site = dossier.site

    def url(page):
        return site.page_address(page, lang)

    def _source(ref):
        page, _, anchor = ref.partition("#")
        return {"url": f"{url(page)}#{anchor}", "paragraph": int(anchor[1:])}

    page_ids = {page: versions[site.default].meta.get("id")
                for page, versions in dossier.pages.items() if site.default in versions}
    return {
        "$schema": site.absolute(SCHEMA_PATH),
        "language": lang,
        "translation": lang != site.default,
        "url": url("index.md"),
        "institutions": [
            {"id": ident, "short_name": entry["short_name"], "name": entry["name"][lang], "url": url(entry["page"])}
            for ident, entry in dossier.institutions.items()
        ],
        "letters": [
            {
                "id": m["id"], "title": m["title"], "url": url(page), "date": m["date"],
                "full_title": m.get("full_title"),
                "sender": m["sender"], "recipients": m["recipients"],
                "recipients_complete": m.get("recipients_complete", True),
                "in_reply_to": page_ids.get(m.get("in_reply_to")),
                "summary": m.get("summary"),
                "source": _source(m["source"]),
                "recommendations": [
                    {"id": r["id"], "addressed_to": r["addressed_to"], "partners": r["partners"],
                     "summary": r["summary"], "source": _source(r["source"])}
                    for r in m.get("recommendations") or []
                ],
            }
            for page, m in dossier.of_kind("letter", lang)
        ],
        "meetings": [
            {
                "id": m["id"], "title": m["title"], "url": url(page), "date": m["date"],
                "date_as_written": m.get("date_as_written"),
                "date_alternatives": m.get("date_alternatives", []),
                "place": m["place"],
                "attendees": [
                    {"institution": a["institution"], "people": a["people"], "with_staff": a.get("with_staff", False)}
                    for a in m["attendees"]
                ],
                "in_reply_to": page_ids.get(m.get("in_reply_to")),
                "raised": [
                    {"id": r["id"], "institutions": r["institutions"], "summary": r["summary"],
                     "source": _source(r["source"])}
                    for r in m.get("raised") or []
                ],
                "source": _source(m["source"]),
            }
            for page, m in dossier.of_kind("meeting", lang)
        ],
        "follow_ups": [
            {
                "id": m["id"], "title": m["title"], "url": url(page), "owners": m["owners"],
                "status": m["status"], "origin": page_ids.get(m["origin"]), "summary": m["summary"],
                "source": _source(m["source"]),
                "planned": m.get("planned"), "due": m.get("due"), "done": m.get("done"),
                "date_source": _source(m["date_source"]) if m.get("date_source") else None,
                "status_history": [
                    {"date": e["date"], "status": e["status"], "source": _source(e["source"]) if e.get("source") else None}
                    for e in m.get("status_history") or []
                ],
                "upcoming": follow_ups.upcoming(m, dossier.today),
            }
            for page, m in dossier.of_kind("follow_up", lang)
        ],
        "sources": [
            {"id": m["id"], "title": m["title"], "url": url(page), "original_title": m["original_title"],
             "original_url": m["original_url"], "publisher": m["publisher"]}
            for page, m in dossier.of_kind("source", lang)
        ],
    }
