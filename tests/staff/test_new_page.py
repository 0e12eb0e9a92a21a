"""python -m dossier new (dossier/new.py): what it creates fails the build only on its TODO placeholders, and builds once they are filled."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from staff_helpers import PROJECT, copy_project, fill_like_an_editor, run_checks, todo_lines

from built_site import SITE

SOURCE = "sumber/dialog-kemensos-2024.md"
KINDS = {
    "meeting": (["meeting", "--date", "2024-05-14", "--slug", "dialog-kemnaker",
                 "--attendees", "kemnaker,komnas-perempuan"], "pertemuan/2024-05-14-dialog-kemnaker.md"),
    "follow-up": (["follow-up", "--slug", "pendataan-bps", "--origin", "pertemuan/2024-02-22-dialog-kemensos.md",
                   "--owners", "kemensos,bps", "--source", f"{SOURCE}#p4", "--title", "Pendataan: BPS"],
                  "tindak-lanjut/pendataan-bps.md"),
    "letter": (["letter", "--date", "2024-03", "--slug", "surat-kemnaker", "--sender", "komnas-perempuan",
                "--recipients", "kemnaker,kemenkes"], "korespondensi/2024-03-surat-kemnaker.md"),
    "institution": (["institution", "--id", "kemendagri", "--short-name", "Kemendagri",
                     "--name", "Kementerian Dalam Negeri", "--name-en", "Ministry of Home Affairs"],
                    "rekomendasi/kemendagri.md"),
}


def scaffold(root, *args):
    return subprocess.run([sys.executable, "-m", "dossier", "new", "--project", str(root), *args],
                          capture_output=True, text=True, cwd=PROJECT)


def fill_placeholders(root):
    """What an editor does: replace every TODO with content, each field as the template asks."""
    for path in [*(root / "docs").rglob("*.md"), root / "data" / "institutions.yml"]:
        if "TODO" in path.read_text(encoding="utf-8"):
            fill_like_an_editor(path)


@pytest.mark.parametrize("kind", KINDS)
def test_new_page_fails_only_on_its_placeholders_then_passes(tmp_path, kind):
    root = copy_project(tmp_path / "project")
    args, page = KINDS[kind]
    result = scaffold(root, *args)
    assert result.returncode == 0, result.stderr
    for path in (page, SITE.file_for(page, "en")):
        assert (root / "docs" / path).exists() and f"docs/{path}" in result.stdout

    found = run_checks(root)
    assert {p.message for p in found} <= {"placeholder"}, "\n".join(p.render() for p in found)
    todos = {(path.removeprefix("docs/"), n) for path in (f"docs/{page}", f"docs/{SITE.file_for(page, 'en')}")
             for _, n in todo_lines(root, path)}
    assert {(p.path, p.line) for p in found} == todos  # every placeholder is reported, nothing else
    assert bool(found) == (kind != "institution")  # an institution page is complete from its arguments
    assert f"dossier/templates/{kind.replace('-', '_')}.md" in result.stdout  # which template it was made from

    fill_placeholders(root)
    assert [p.render() for p in run_checks(root)] == []


def test_filled_pages_build_in_both_languages_and_pass_the_style_check(tmp_path):
    root = copy_project(tmp_path / "project")
    for args, _ in KINDS.values():
        assert scaffold(root, *args).returncode == 0
    created = [str(root / "docs" / path) for _, page in KINDS.values() for path in (page, SITE.file_for(page, "en"))]
    assert style_problems(created) == ""  # as created, placeholders and all
    fill_placeholders(root)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
                            cwd=root, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    for _, page in KINDS.values():
        url = page[:-3] + "/index.html"
        assert (tmp_path / "site" / url).exists() and (tmp_path / "site" / "en" / url).exists()
    assert style_problems(created) == ""


def style_problems(paths) -> str:
    style = subprocess.run([sys.executable, "-m", "pymarkdown", "--config", str(PROJECT / ".pymarkdown.json"),
                            "scan", *paths], capture_output=True, text=True)
    return "" if style.returncode == 0 else style.stdout + style.stderr


@pytest.mark.parametrize("args, complaint", [
    (["meeting", "--date", "2024-02-30", "--slug", "x", "--attendees", "kemensos"], "--date"),
    (["meeting", "--date", "2024-05-14", "--slug", "Dialog Baru", "--attendees", "kemensos"], "--slug"),
    (["meeting", "--date", "2024-05-14", "--slug", "x", "--attendees", "kemensoss"], "unknown institution"),
    (["follow-up", "--slug", "x", "--origin", "pertemuan/nope.md", "--owners", "kemensos"], "does not exist"),
    (["letter", "--date", "2024", "--slug", "x", "--sender", "kemensos", "--recipients", "bps",
      "--source", "sumber/dialog-kemensos-2024.md"], "--source"),
    (["institution", "--id", "kemensos", "--short-name", "K", "--name", "K", "--name-en", "K"], "already exists"),
    (["meeting", "--date", "2024-02-22", "--slug", "dialog-kemensos", "--attendees", "kemensos"], "already exists"),
])
def test_refuses_with_a_bilingual_reason_and_writes_nothing(tmp_path, args, complaint):
    root = copy_project(tmp_path / "project")
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    result = scaffold(root, *args)
    assert result.returncode == 2
    assert "Tidak dibuat / Not created" in result.stderr and complaint in result.stderr
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == before
