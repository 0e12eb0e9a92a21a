"""Not a hook: the one state object the hooks share, and the way they reach the dossier package.

MkDocs loads each hook file on its own; what one event learns (the dossier, its problems,
the language being built) the others read here, not through config.extra. static-i18n
builds one language after another in the same process, so `lang` and `strings` change with
each language's on_config; the dossier (and git's history) is loaded and checked by the default
language's, which starts every build and every rebuild under `mkdocs serve`.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))  # the engine-free package dossier/ beside hooks/

from dossier.load.model import Dossier  # noqa: E402
from dossier.site import Site  # noqa: E402


@dataclass
class BuildState:
    site: Site | None = None
    loaded: object = None    # project.Loaded of this build: the default language's loads it, the others reuse it
    dossier: Dossier | None = None
    lang: str = ""
    strings: dict = field(default_factory=dict)
    stale: dict = field(default_factory=dict)  # translated file -> translation.Stale, where out of date
    problems: list = field(default_factory=list)  # this build's content problems (only ever shown under serve)
    serving: bool = False  # `mkdocs serve` (hooks/serve_errors.py)
    files: object = None  # the language being built's MkDocs Files (hooks/pages.py: the print view reads every page)

    def file_language(self, src_uri: str) -> tuple[str, str]:
        return self.site.page_and_language(src_uri)

STATE = BuildState()


def current_language(config) -> str:
    """The language being built: static-i18n (reconfigure_material) sets the theme's language
    in its on_config for each language's build (hooks/load_and_check.py runs after it)."""
    return config.theme.get("language") or STATE.site.default
