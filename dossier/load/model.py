"""The dossier as plain data: every page's front matter in every language, plus data/.

Pages are keyed by their default-language (unsuffixed) path, e.g. "pertemuan/x.md"; the
other languages' files of the same page are named by dossier.site ("pertemuan/x.en.md").
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from .. import dates
from ..site import Site
from . import front_matter
from .history import History, read as read_history

NOT_READ = "not_read"  # History.missing of a dossier made without reading git (tests)

DATA_FILES = ("data/institutions.yml", "data/glossary.yml")
# Where a page asks for a generated view: <!-- dossier:NAME --> (the names are the views').
MARKER = re.compile(r"<!--\s*dossier:(?P<name>[a-z-]+)\s*-->")


@dataclass
class LoadProblem:
    path: str
    line: int
    problem: str       # the parser's own words, for maintainers; never shown to staff
    kind: str = "unreadable_line"  # what the mistake is: its message (front_matter.FrontMatterError.kind)
    values: dict = field(default_factory=dict)


@dataclass
class Dossier:
    docs_dir: Path
    site: Site
    pages: dict = field(default_factory=dict)        # page -> {lang: PageSource}
    institutions: dict = field(default_factory=dict)  # id -> entry of data/institutions.yml
    glossary: list = field(default_factory=list)
    load_problems: list = field(default_factory=list)
    data: dict = field(default_factory=dict)        # "data/x.yml" -> (value, field lines)
    data_text: dict = field(default_factory=dict)   # "data/x.yml" -> the file as read
    history: History = field(default_factory=lambda: History(missing=NOT_READ))  # what git knows
    today: dt.date = field(default_factory=dates.today)  # the build's date ("upcoming" steps)

    def meta(self, page: str, lang: str) -> dict:
        source = self.pages.get(page, {}).get(lang)
        return source.meta if source else {}

    def of_kind(self, kind: str, lang: str) -> list[tuple[str, dict]]:
        """(page, front matter) of every page of a kind, in path order."""
        return [
            (page, versions[lang].meta)
            for page, versions in sorted(self.pages.items())
            if lang in versions and versions[lang].meta.get("kind") == kind
        ]

    def title(self, page: str, lang: str) -> str:
        return str(self.meta(page, lang).get("title", page))

    def institution_name(self, institution: str, lang: str, in_sentence: bool = False) -> str:
        entry = self.institutions.get(institution)
        if not entry:
            return institution
        if in_sentence and lang in entry.get("in_sentence", {}):
            return entry["in_sentence"][lang]
        return entry["name"][lang]


def load(project_dir: Path, docs_dir: Path | None = None, site: Site | None = None,
         history: bool = True) -> Dossier:
    """Read every Markdown page of docs/ and the data files, and what git knows of the pages
    (unless history=False); collect problems, don't raise."""
    project_dir = Path(project_dir)
    site = site or Site.load(project_dir)
    docs_dir = Path(docs_dir or project_dir / "docs")
    dossier = Dossier(docs_dir=docs_dir, site=site)
    if history:
        dossier.history = read_history(docs_dir)
    for path in sorted(docs_dir.rglob("*.md")):
        relative = path.relative_to(docs_dir).as_posix()
        if relative.startswith("includes/"):
            continue
        page, lang = site.page_and_language(relative)
        try:
            source = front_matter.read(docs_dir, relative)
        except front_matter.FrontMatterError as error:
            dossier.load_problems.append(LoadProblem(relative, error.line, error.problem, error.kind, error.values))
            source = front_matter.PageSource(relative, {}, "", {}, 1, path.read_text(encoding="utf-8"))
            source.meta = {"kind": "_unreadable"}
        dossier.pages.setdefault(page, {})[lang] = source
    for name in DATA_FILES:
        dossier.data_text[name] = (project_dir / name).read_text(encoding="utf-8")
        try:
            value, lines = front_matter.load_yaml(dossier.data_text[name])
        except front_matter.FrontMatterError as error:
            dossier.load_problems.append(LoadProblem(name, error.line, error.problem, error.kind, error.values))
            value, lines = [], {}
        dossier.data[name] = (value if isinstance(value, list) else [], lines)
    institutions, _ = dossier.data["data/institutions.yml"]
    dossier.institutions = {entry["id"]: entry for entry in institutions
                            if isinstance(entry, dict) and "id" in entry}
    dossier.glossary = dossier.data["data/glossary.yml"][0]
    return dossier
