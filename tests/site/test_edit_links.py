""""Edit this page" opens the source file of the page's own language on GitHub (repo_url + edit_uri)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from mkdocs.utils.yaml import yaml_load

from built_site import SITE

PROJECT = Path(__file__).resolve().parents[2]
CONFIG = yaml_load((PROJECT / "mkdocs.yml").read_text(encoding="utf-8"))
EDIT_LINK = re.compile(r'<a href="(?P<href>[^"]+)"[^>]*\brel="edit"')


def html_of(site, page, lang):
    url = page[:-3]
    url = "" if url == "index" else url.removesuffix("/index") + "/"
    return (site / ("" if lang == "id" else f"{lang}/") / url / "index.html").read_text(encoding="utf-8")


def test_edit_feature_and_repository_are_configured():
    assert "content.action.edit" in CONFIG["theme"]["features"]
    assert CONFIG["repo_url"].startswith("https://github.com/") and CONFIG["edit_uri"].startswith("edit/")


@pytest.mark.parametrize("lang", SITE.codes)
def test_every_page_edits_its_own_language_file(site, dossier, lang):
    base = CONFIG["repo_url"].rstrip("/") + "/" + CONFIG["edit_uri"]
    for page in sorted(dossier.pages):
        links = EDIT_LINK.findall(html_of(site, page, lang))
        assert links == [base + SITE.file_for(page, lang)], page


def test_english_edits_en_md_and_indonesian_edits_md(site):
    english = EDIT_LINK.search(html_of(site, "pertemuan/2024-02-22-dialog-kemensos.md", "en"))["href"]
    indonesian = EDIT_LINK.search(html_of(site, "pertemuan/2024-02-22-dialog-kemensos.md", "id"))["href"]
    assert english.endswith("/docs/pertemuan/2024-02-22-dialog-kemensos.en.md")
    assert indonesian.endswith("/docs/pertemuan/2024-02-22-dialog-kemensos.md")
