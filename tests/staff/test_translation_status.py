"""Translations in step, read from git: what staff see after the edits they make in GitHub's web editor.

Each test makes its own repository (a copy of the project, committed), then commits edits as a
pull request would: no code is copied and no script is run by the editor.
"""
from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from urllib.parse import urljoin

from staff_helpers import PROJECT, commit, copy_project, edit, git, git_project

from dossier import project

MEETING = "docs/pertemuan/2024-02-22-dialog-kemensos.md"
MEETING_EN = "docs/pertemuan/2024-02-22-dialog-kemensos.en.md"
STEP = "docs/tindak-lanjut/koordinasi-kementerian-lembaga.md"
STEP_EN = "docs/tindak-lanjut/koordinasi-kementerian-lembaga.en.md"
NOTICE = "dossier-translation-stale"
REPO_URL = "https://github.com/komnasperempuan/dosier-pekerja-rumahan"


def out_of_date(root) -> list[str]:
    """The English files the build marks "may be out of date" (the build's own computation)."""
    return [f"docs/{item.translation}" for item in project.load_and_check(root).stale]


def correct_indonesian(root):
    edit(root, MEETING, "Dialog singkat itu", "Dialog yang singkat itu")


def build(root, site, **env):
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **env}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
                          cwd=root, capture_output=True, text=True, env=env)


def test_the_project_as_it_is_has_every_translation_current(tmp_path):
    assert out_of_date(git_project(tmp_path / "project")) == []


def test_the_same_fix_in_both_languages_leaves_the_page_current(tmp_path):
    root = git_project(tmp_path / "project")
    correct_indonesian(root)
    edit(root, MEETING_EN, "The brief dialogue", "The short dialogue")
    commit(root, "Perbaiki kalimat di kedua bahasa")
    assert out_of_date(root) == []


def test_a_status_change_alone_leaves_the_translation_current(tmp_path):
    """Status and dates are the same in both languages: nothing to translate, in one file or both."""
    root = git_project(tmp_path / "project")
    edit(root, STEP, "status: set", "status: in_progress")
    edit(root, STEP_EN, "status: set", "status: in_progress")
    commit(root, "Status: sedang berjalan")
    edit(root, STEP, 'updated: "2026-11-27"', 'updated: "2026-12-01"')
    commit(root, "Tanggal pembaruan, di halaman Indonesia saja")
    assert out_of_date(root) == []


def test_an_indonesian_correction_alone_marks_the_english_page_until_it_is_translated(tmp_path):
    root = git_project(tmp_path / "project")
    translated = git(root, "rev-parse", "HEAD").strip()
    correct_indonesian(root)
    changed = commit(root, "Koreksi di halaman Indonesia")
    assert project.load_and_check(root).problems == []  # a correction in Indonesian alone is no error
    assert out_of_date(root) == [MEETING_EN]

    # What readers see, and the pull request's annotation, job summary and log.
    result = build(root, tmp_path / "site", GITHUB_ACTIONS="true")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output  # --strict passes: information, not a warning
    [info] = [line for line in result.stderr.splitlines() if "The translation may be out of date" in line]
    assert info.startswith("INFO") and MEETING_EN in info
    assert "What changed:" in output and "translation_of" not in output
    [warning] = [line for line in result.stdout.splitlines() if line.startswith("::warning ")]
    assert warning.startswith(f"::warning file={MEETING_EN},title=")
    assert "%0A[en] The original page docs/pertemuan/2024-02-22-dialog-kemensos.md was changed" in warning

    stale_page = tmp_path / "site" / "en" / "pertemuan" / "2024-02-22-dialog-kemensos" / "index.html"
    html = stale_page.read_text(encoding="utf-8")
    assert NOTICE in html and "This translation may be out of date" in html
    original = re.search(rf'class="[^"]*{NOTICE}.*?<a href="([^"]+)" hreflang="id"', html, re.S)[1]
    page_url = "http://site.test/en/pertemuan/2024-02-22-dialog-kemensos/"
    assert urljoin(page_url, original) == "http://site.test/pertemuan/2024-02-22-dialog-kemensos/"
    changes = re.search(r'<a href="([^"]+)" data-dossier-changes>See what changed', html)[1]
    anchor = hashlib.sha256(MEETING.encode()).hexdigest()  # GitHub's anchor of a file's diff
    assert changes == f"{REPO_URL}/compare/{translated[:12]}...{changed[:12]}#diff-{anchor}"
    others = [p for p in (tmp_path / "site" / "en").rglob("*.html") if p != stale_page]
    assert not [p for p in others if NOTICE in p.read_text(encoding="utf-8")]
    assert NOTICE not in (tmp_path / "site" / "pertemuan" / "2024-02-22-dialog-kemensos" / "index.html").read_text()

    summary = subprocess.run([sys.executable, "-m", "dossier", "--project", str(root), "translations", "--markdown"],
                             cwd=PROJECT, capture_output=True, text=True).stdout
    assert summary.startswith("## Terjemahan mungkin belum diperbarui / The translation may be out of date")
    assert f"`{MEETING_EN}`" in summary and f"({changes})" in summary

    # The translator catches up: the notice goes by itself.
    edit(root, MEETING_EN, "The brief dialogue", "The short dialogue")
    commit(root, "Translate the correction")
    assert out_of_date(root) == []


def test_while_editing_uncommitted_changes_count(tmp_path):
    """Under ./scripts/serve an editor sees the notice before committing anything."""
    root = git_project(tmp_path / "project")
    correct_indonesian(root)
    assert out_of_date(root) == [MEETING_EN]
    edit(root, MEETING_EN, "The brief dialogue", "The short dialogue")
    assert out_of_date(root) == []


def test_a_translation_made_beside_the_correction_does_not_cover_it(tmp_path):
    """Two pull requests: one corrects the Indonesian page, the other translates the page as it was
    before. Merged, the English page still lacks the correction: it is out of date."""
    root = git_project(tmp_path / "project")
    git(root, "switch", "-q", "-c", "translation")
    edit(root, MEETING_EN, "The brief dialogue", "The short dialogue")
    commit(root, "Translation polish")
    git(root, "switch", "-q", "main")
    correct_indonesian(root)
    commit(root, "Koreksi")
    git(root, "merge", "-q", "--no-edit", "translation")
    assert out_of_date(root) == [MEETING_EN]


def test_a_shallow_clone_says_once_that_it_cannot_tell(tmp_path):
    root = git_project(tmp_path / "project")
    correct_indonesian(root)
    commit(root, "Koreksi")
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{root}", str(clone)], check=True)
    result = subprocess.run([sys.executable, "-m", "dossier", "--project", str(clone), "translations"],
                            cwd=PROJECT, capture_output=True, text=True)
    assert result.stdout.count("Translation status not checked") == 1, result.stdout
    assert "shallow clone" in result.stdout and "fetch-depth" in result.stdout
    assert "may be out of date" not in result.stdout  # nothing is guessed
    assert out_of_date(clone) == []


def test_a_copy_without_git_says_so_once(tmp_path):
    root = copy_project(tmp_path / "project")
    loaded = project.load_and_check(root)
    assert loaded.stale == [] and "not a copy of a git repository" in loaded.history_notice
    said = [project.said(loaded, lang, in_actions=False) for lang in loaded.site.codes]
    assert [len(s.info) for s in said] == [1, 0]  # the build says it in its first language only
