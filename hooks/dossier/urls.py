"""Two pages must not claim the same address; MkDocs would silently publish only one of them.

With directory URLs, `x.md`, `x/index.md` and `x/README.md` all become /x/; and because
English pages live under /en/, an Indonesian `en/x.md` would take the place of `x.en.md`.
"""
from __future__ import annotations

import posixpath

from .model import DEFAULT_LANGUAGE, Dossier, page_and_language
from .problems import Problem


def page_url(file: str) -> str:
    """The address (without the site's base) MkDocs with static-i18n gives a page file."""
    page, lang = page_and_language(file)
    folder, name = posixpath.split(page[:-3])
    if name.lower() not in ("index", "readme"):
        folder = posixpath.join(folder, name)
    url = f"{folder}/" if folder else ""
    return url if lang == DEFAULT_LANGUAGE else f"{lang}/{url}"


def check(dossier: Dossier) -> list[Problem]:
    found, claimed = [], {}
    files = sorted(source.path for versions in dossier.pages.values() for source in versions.values())
    for file in files:
        url = page_url(file)
        if url in claimed:
            found.append(Problem(file, 1, "", "duplicate_url", {"other": f"docs/{claimed[url]}", "url": url}))
        else:
            claimed[url] = file
    return found
