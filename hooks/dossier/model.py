"""The dossier as plain data: every page's front matter in both languages, plus data/.

Pages are keyed by their Indonesian (unsuffixed) path, e.g. "pertemuan/x.md";
the English file of the same page is "pertemuan/x.en.md" (static-i18n's suffix layout).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import front_matter

LANGUAGES = ("id", "en")
DATA_FILES = ("data/institutions.yml", "data/glossary.yml")
DEFAULT_LANGUAGE = "id"


def file_for(page: str, lang: str) -> str:
    """"a/b.md", "en" -> "a/b.en.md"; the default language has no suffix."""
    if lang == DEFAULT_LANGUAGE:
        return page
    return f"{page[:-3]}.{lang}.md"


def page_and_language(file_path: str) -> tuple[str, str]:
    """"a/b.en.md" -> ("a/b.md", "en"); "a/b.md" -> ("a/b.md", "id")."""
    stem = file_path[:-3]
    for lang in LANGUAGES:
        if lang != DEFAULT_LANGUAGE and stem.endswith(f".{lang}"):
            return stem[: -len(lang) - 1] + ".md", lang
    return file_path, DEFAULT_LANGUAGE


@dataclass
class LoadProblem:
    path: str
    line: int
    problem: str


@dataclass
class Dossier:
    docs_dir: Path
    pages: dict = field(default_factory=dict)        # page -> {lang: PageSource}
    institutions: dict = field(default_factory=dict)  # id -> entry of data/institutions.yml
    glossary: list = field(default_factory=list)
    load_problems: list = field(default_factory=list)
    data: dict = field(default_factory=dict)        # "data/x.yml" -> (value, field lines)

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


def load(project_dir: Path, docs_dir: Path) -> Dossier:
    """Read every Markdown page of docs/ and the data files; collect, don't raise."""
    dossier = Dossier(docs_dir=docs_dir)
    for path in sorted(docs_dir.rglob("*.md")):
        relative = path.relative_to(docs_dir).as_posix()
        if relative.startswith("includes/"):
            continue
        page, lang = page_and_language(relative)
        try:
            source = front_matter.read(docs_dir, relative)
        except front_matter.FrontMatterError as error:
            dossier.load_problems.append(LoadProblem(relative, error.line, error.problem))
            source = front_matter.PageSource(relative, {}, "", {}, 1, path.read_text(encoding="utf-8"))
            source.meta = {"kind": "_unreadable"}
        dossier.pages.setdefault(page, {})[lang] = source
    for name in DATA_FILES:
        try:
            value, lines = front_matter.load_yaml((project_dir / name).read_text(encoding="utf-8"))
        except front_matter.FrontMatterError as error:
            dossier.load_problems.append(LoadProblem(name, error.line, error.problem))
            value, lines = [], {}
        dossier.data[name] = (value if isinstance(value, list) else [], lines)
    institutions, _ = dossier.data["data/institutions.yml"]
    dossier.institutions = {entry["id"]: entry for entry in institutions
                            if isinstance(entry, dict) and "id" in entry}
    dossier.glossary = dossier.data["data/glossary.yml"][0]
    return dossier
