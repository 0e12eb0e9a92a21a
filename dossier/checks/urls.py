"""Two pages must not claim the same address; MkDocs would silently publish only one of them.

With directory URLs, `x.md`, `x/index.md` and `x/README.md` all become /x/; and because
English pages live under /en/, an Indonesian `en/x.md` would take the place of `x.en.md`.
"""
from __future__ import annotations

from ..load.model import Dossier
from .problems import Problem


def check(dossier: Dossier) -> list[Problem]:
    found, claimed = [], {}
    files = sorted(source.path for versions in dossier.pages.values() for source in versions.values())
    for file in files:
        url = dossier.site.page_url(file)
        if url in claimed:
            found.append(Problem(file, 1, "", "duplicate_url", {"other": f"docs/{claimed[url]}", "url": url}))
        else:
            claimed[url] = file
    return found
