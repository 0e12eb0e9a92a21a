"""Each page's citation as files reference managers import: kutip.bib (BibTeX) and kutip.ris
(RIS) beside the page's index.html, in its language.

Both say what the page's citation_* tags say (dossier/views/metadata.py): a report
(BibTeX @techreport, RIS TY RPRT) whose institution is Komnas Perempuan. Zotero's translators
are the test of "right" (zotero/translators BibTeX.js, RIS.js): BibTeX's author in double braces
and RIS's author without a comma are read as one name, an organisation, never split into a
first and last name; RIS's PB of a report is Zotero's institution, BibTeX's institution too.
"""
from __future__ import annotations

import re

from ..load.model import Dossier
from ..site import CITATION_FILES, Site

BIBTEX, RIS = CITATION_FILES
_BIBTEX_SPECIAL = re.compile(r"([&%$#_{}])")


def entry(dossier: Dossier, site: Site, page: str, lang: str, *, author: str, site_name: str) -> dict:
    """The facts of one page's citation."""
    meta = dossier.meta(page, lang)
    date = str(meta.get("updated") or meta.get("published") or "")[:10]
    return {
        "key": "komnas-perempuan-" + (site.page_url(page, lang).strip("/").replace("/", "-") or lang + "-beranda"),
        "author": author, "title": " ".join(str(meta.get("title", page)).split()), "container": site_name,
        "date": date, "lang": lang, "url": site.page_address(page, lang),
    }


def _braced(text: str) -> str:
    return _BIBTEX_SPECIAL.sub(r"\\\1", text)


def bibtex(item: dict) -> str:
    year, month, day = (item["date"].split("-") + ["", "", ""])[:3]
    fields = [
        ("author", "{" + _braced(item["author"]) + "}"),  # {{...}}: one name, an organisation
        ("institution", _braced(item["author"])),
        ("title", "{" + _braced(item["title"]) + "}"),  # {{...}}: the title's capitals kept
        ("series", _braced(item["container"])),
        ("year", year), ("month", month.lstrip("0")), ("day", day.lstrip("0")), ("date", item["date"]),
        ("language", item["lang"]), ("url", item["url"]),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    return f"@techreport{{{item['key']},\n{body}\n}}\n"


def ris(item: dict) -> str:
    lines = [
        ("TY", "RPRT"), ("AU", item["author"]), ("PB", item["author"]), ("TI", item["title"]),
        ("T2", item["container"]), ("PY", item["date"][:4]), ("DA", item["date"].replace("-", "/")),
        ("LA", item["lang"]), ("UR", item["url"]),
    ]
    return "".join(f"{tag}  - {value}\r\n" for tag, value in lines if value) + "ER  - \r\n"


def files(dossier: Dossier, site: Site, lang: str, *, author: str, site_name: str) -> dict[str, str]:
    """{path under the site: text} of every page of a language (the print view's too)."""
    out = {}
    for page, versions in sorted(dossier.pages.items()):
        if lang not in versions or versions[lang].meta.get("kind") == "_unreadable":
            continue
        item = entry(dossier, site, page, lang, author=author, site_name=site_name)
        folder = site.page_url(page, lang)
        out[folder + BIBTEX] = bibtex(item)
        out[folder + RIS] = ris(item)
    return out

