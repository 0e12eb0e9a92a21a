"""The site's languages and addresses, read once from mkdocs.yml; everything else asks here.

Languages come from the i18n plugin's settings (static-i18n, suffix layout): the default
language's pages are `x.md` at the site root, another language's are `x.<code>.md` under
`<code>/`. The rule "URL of page P in language L" is `Site.page_url`, and nowhere else.
"""
from __future__ import annotations

import os
import posixpath
from dataclasses import dataclass
from pathlib import Path

import yaml

# Files the build publishes in each language's root, beside the pages.
FEED_PATH = "feed.xml"
EXPORT_PATH = "data/dossier.json"
SCHEMA_PATH = "data/dossier.schema.json"
# The whole dossier as a PDF, made from the print view after the build (python -m dossier pdf).
PDF_PATH = "dosier-pekerja-rumahan.pdf"
LANGUAGE_FILES = (FEED_PATH, EXPORT_PATH, SCHEMA_PATH, PDF_PATH)
# The print view of the whole dossier (dossier/views/print_view.py), a page in every language.
PRINT_PAGE = "cetak.md"
# Beside every page, its citation for reference managers (dossier/export/citation.py).
CITATION_FILES = ("kutip.bib", "kutip.ris")
# The kinds of page staff add, each in its folder, from its template dossier/templates/<kind>.md
# (and <kind>.<lang>.md); data entries from dossier/templates/<file>.yml.
KIND_FOLDERS = {"meeting": "pertemuan", "letter": "korespondensi", "follow_up": "tindak-lanjut",
                "institution": "rekomendasi"}
TEMPLATES = "dossier/templates"


@dataclass(frozen=True)
class Language:
    code: str
    name: str          # in the language itself, as the language menu shows it
    default: bool


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml: `!ENV [NAME, fallback]` as MkDocs would, any other tag as plain data."""


def _env(loader, node):
    names = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [loader.construct_scalar(node)]
    *variables, fallback = names if len(names) > 1 else (*names, None)
    return next((os.environ[name] for name in variables if name in os.environ), fallback)


_ConfigLoader.add_constructor("!ENV", _env)
_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def read_config(project_dir: Path) -> dict:
    """mkdocs.yml as plain data (the engine's own reading is the adapter's business)."""
    text = (Path(project_dir) / "mkdocs.yml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=_ConfigLoader)  # noqa: S506 (a SafeLoader subclass)


@dataclass(frozen=True)
class Site:
    languages: tuple[Language, ...]
    url: str = "/"     # site_url, ending in "/"
    repo_url: str = ""  # the repository on GitHub, without a trailing "/" ("" when not set)

    @classmethod
    def from_config(cls, config: dict) -> "Site":
        """From mkdocs.yml's values: the i18n plugin's languages, in their order."""
        plugins = config.get("plugins") or []
        i18n = next((entry["i18n"] for entry in plugins if isinstance(entry, dict) and "i18n" in entry), None)
        if not i18n or i18n.get("docs_structure", "suffix") != "suffix":
            raise ValueError("mkdocs.yml: the i18n plugin with docs_structure: suffix is needed")
        languages = tuple(Language(entry["locale"], entry.get("name", entry["locale"]), bool(entry.get("default")))
                          for entry in i18n["languages"] if entry.get("build", True))
        if [language.default for language in languages].count(True) != 1:
            raise ValueError("mkdocs.yml: exactly one i18n language must be the default")
        url = config.get("site_url") or "/"
        return cls(languages, url if url.endswith("/") else url + "/", (config.get("repo_url") or "").rstrip("/"))

    @classmethod
    def load(cls, project_dir: Path) -> "Site":
        return cls.from_config(read_config(project_dir))

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(language.code for language in self.languages)

    @property
    def default(self) -> str:
        return next(language.code for language in self.languages if language.default)

    @property
    def translations(self) -> tuple[str, ...]:
        """Every language but the default one."""
        return tuple(code for code in self.codes if code != self.default)

    def root(self, lang: str) -> str:
        """Where a language's pages live, relative to the site: "" or "en/"."""
        return "" if lang == self.default else f"{lang}/"

    def file_for(self, page: str, lang: str) -> str:
        """"a/b.md", "en" -> "a/b.en.md"; the default language has no suffix."""
        return page if lang == self.default else f"{page[:-3]}.{lang}.md"

    def page_and_language(self, file: str) -> tuple[str, str]:
        """"a/b.en.md" -> ("a/b.md", "en"); "a/b.md" -> ("a/b.md", default)."""
        stem = file[:-3]
        for lang in self.translations:
            if stem.endswith(f".{lang}"):
                return stem[: -len(lang) - 1] + ".md", lang
        return file, self.default

    def page_url(self, page: str, lang: str | None = None) -> str:
        """Site-relative URL of a page: "a/b.md" -> "a/b/", "a/index.md" -> "a/", under the
        language's root. A file path with a language suffix gives its own language's URL."""
        if lang is None:
            page, lang = self.page_and_language(page)
        folder, name = posixpath.split(page[:-3])
        if name.lower() not in ("index", "readme"):
            folder = posixpath.join(folder, name)
        return self.root(lang) + (f"{folder}/" if folder else "")

    def absolute(self, relative_url: str) -> str:
        """A site-relative URL ("", "en/a/", "feed.xml") as an absolute one under site_url."""
        relative_url = "" if relative_url in (".", "./") else relative_url.lstrip("/")
        return self.url + relative_url

    def page_address(self, page: str, lang: str) -> str:
        return self.absolute(self.page_url(page, lang))

    def repository_file(self, path: str) -> str:
        """Where a file of the repository opens on GitHub (its path alone without repo_url)."""
        return f"{self.repo_url}/blob/HEAD/{path}" if self.repo_url else path

    def template(self, kind: str | None, lang: str | None = None) -> str:
        """The template of a kind of page in a language, on GitHub; the folder of templates for other kinds."""
        if kind not in KIND_FOLDERS:
            return self.repository_file(TEMPLATES + "/").replace("/blob/", "/tree/")
        return self.repository_file(f"{TEMPLATES}/{self.file_for(kind + '.md', lang or self.default)}")

    def kind_of_folder(self, page: str) -> str | None:
        """The kind of page a folder holds: "pertemuan/x.md" -> "meeting"."""
        return next((kind for kind, folder in KIND_FOLDERS.items() if page.startswith(folder + "/")), None)
