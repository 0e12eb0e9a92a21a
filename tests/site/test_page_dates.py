"""What a reader sees on each page: published and last-updated dates, the history of
corrections where there is one, and a citation, all in the page's language."""
from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import yaml

from conftest import PROJECT, build_site
from dossier import dates
from built_site import SITE

STRINGS = {lang: yaml.safe_load((PROJECT / f"strings/{lang}.yml").read_text(encoding="utf-8"))
           for lang in SITE.codes}


def built_file(site: Path, page: str, lang: str) -> Path:
    stem = page[: -len(".md")]
    stem = stem[: -len("index")] if stem == "index" or stem.endswith("/index") else stem + "/"
    return site / ("" if lang == SITE.default else f"{lang}/") / stem / "index.html"


def page_info(html: str) -> str:
    match = re.search(r'<footer class="dossier-page-info">(.*?)</footer>', html, re.DOTALL)
    assert match, "no page information"
    return match[1]


def test_every_page_shows_its_dates_and_a_citation_in_its_language(site, dossier):
    checked = 0
    for page, versions in dossier.pages.items():
        for lang, source in versions.items():
            info = page_info(built_file(site, page, lang).read_text(encoding="utf-8"))
            ui, meta = STRINGS[lang], source.meta
            for label, day in ((ui["page_published"], meta["published"]), (ui["page_updated"], meta["updated"])):
                expected = (f"<dt>{label}</dt>\n  <dd><time datetime=\"{day}\">"
                            f"{dates.format_date(day, lang)}</time></dd>")
                assert expected in info, (source.path, label)
            assert f'<h2 id="kutip">{ui["cite_heading"]}</h2>' in info
            cite = re.search(r"data-cite-text>(.*?)</p>", info, re.DOTALL)[1]
            updated = dt.date.fromisoformat(str(meta["updated"])[:10])
            month = dates.MONTHS[lang][updated.month - 1]
            apa = f"{updated.year}, {updated.day} {month}" if lang == "id" else f"{updated.year}, {month} {updated.day}"
            assert cite.startswith(f"Komnas Perempuan. ({apa}). ")
            assert ("Diakses " if lang == "id" else "Retrieved ") in cite
            assert ("riwayat-perubahan" in info) == bool(meta.get("history"))
            checked += 1
    assert checked == 2 * len(dossier.pages)


def test_every_page_was_first_published_on_27_november_2026(dossier):
    for page, versions in dossier.pages.items():
        for source in versions.values():
            # The print view of the whole dossier came later.
            assert source.meta["published"] == ("2026-12-02" if page == "cetak.md" else "2026-11-27"), source.path


# ---------------------------------------------------------------- a page with corrections

def _project_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "project"
    for name in ("docs", "overrides", "hooks", "dossier", "schemas", "strings", "data"):
        shutil.copytree(PROJECT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT / "mkdocs.yml", copy / "mkdocs.yml")
    return copy


def _add_front_matter(path: Path, lines: str) -> None:
    text = path.read_text(encoding="utf-8")
    end = text.index("\n---\n", 4)
    path.write_text(text[:end] + "\n" + lines.rstrip("\n") + text[end:], encoding="utf-8")


HISTORY = {
    "id": 'history:\n  - date: "2026-11-28"\n    note: Nama lembaga diperbaiki.\n'
          '  - date: "2026-12-02"\n    note: Tanggal surat <dilengkapi>.\n',
    "en": 'history:\n  - date: "2026-11-28"\n    note: The agency\'s name was corrected.\n'
          '  - date: "2026-12-02"\n    note: The letter\'s date <was completed>.\n',
}


def test_a_history_of_corrections_is_shown_in_the_page_language(tmp_path):
    project = _project_copy(tmp_path)
    for lang, history in HISTORY.items():
        path = project / "docs" / SITE.file_for("tentang.md", lang)
        path.write_text(path.read_text(encoding="utf-8").replace('updated: "2026-11-27"', 'updated: "2026-12-02"'),
                        encoding="utf-8")
        _add_front_matter(path, history)
    result = build_site(tmp_path / "site", config=project / "mkdocs.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    expected = {
        "id": ("Riwayat perubahan", "28 November 2026</time>: Nama lembaga diperbaiki.",
               "2 Desember 2026</time>: Tanggal surat &lt;dilengkapi&gt;.", "Terakhir diperbarui"),
        "en": ("History of changes", "28 November 2026</time>: The agency&#39;s name was corrected.",
               "2 December 2026</time>: The letter&#39;s date &lt;was completed&gt;.", "Last updated"),
    }
    for lang, (heading, first, second, updated) in expected.items():
        info = page_info(built_file(tmp_path / "site", "tentang.md", lang).read_text(encoding="utf-8"))
        assert f'<h2 id="riwayat-perubahan">{heading}</h2>' in info
        assert info.index(first) < info.index(second)  # oldest first, as written
        assert f"<dt>{updated}</dt>\n  <dd><time datetime=\"2026-12-02\">" in info


def test_a_correction_dated_differently_in_the_two_languages_stops_the_build(tmp_path):
    project = _project_copy(tmp_path)
    _add_front_matter(project / "docs/tentang.md", HISTORY["id"])
    _add_front_matter(project / "docs/tentang.en.md", HISTORY["en"].replace("2026-11-28", "2026-11-29"))
    result = build_site(tmp_path / "site", config=project / "mkdocs.yml")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "docs/tentang.en.md" in output and "history #1 › date" in output
