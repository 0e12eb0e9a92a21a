"""Translations in step: the record, the reader's notice, the build's INFO list, and the command that keeps them."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from urllib.parse import urljoin

from staff_helpers import PROJECT, copy_project, run_checks

from dossier.checks import translation
from dossier.load import model
from built_site import SITE

SCRIPT = PROJECT / "scripts" / "translation_status.py"
MEETING = "pertemuan/2024-02-22-dialog-kemensos.md"
NOTICE = "dossier-translation-stale"


def build(root, site):
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
                          cwd=root, capture_output=True, text=True, env=env)


def script(root, *args):
    return subprocess.run([sys.executable, str(SCRIPT), "--project", str(root), *args],
                          capture_output=True, text=True)


def correct_indonesian(root):
    path = root / "docs" / MEETING
    path.write_text(path.read_text(encoding="utf-8").replace("Dialog singkat itu", "Dialog yang singkat itu"),
                    encoding="utf-8")


def test_every_translation_is_recorded_and_current():
    dossier = model.load(PROJECT, PROJECT / "docs")
    statuses = translation.statuses(dossier)
    assert len(statuses) == len(dossier.pages)
    assert [s.translation for s in statuses if s.recorded != s.current] == []


def test_current_translations_show_no_notice_and_log_nothing(tmp_path):
    result = build(copy_project(tmp_path / "project"), tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert "translation may be out of date" not in result.stderr
    english_pages = list((tmp_path / "site" / "en").rglob("*.html"))
    assert english_pages and not [p for p in english_pages if NOTICE in p.read_text(encoding="utf-8")]


def test_changed_original_is_published_with_a_notice_and_listed_as_info(tmp_path):
    root = copy_project(tmp_path / "project")
    correct_indonesian(root)
    assert run_checks(root) == []  # a correction in Indonesian alone is no error

    result = build(root, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output  # --strict passes: information, not a warning
    info = [line for line in output.splitlines() if "translation may be out of date" in line]
    assert len(info) == 1 and info[0].startswith("INFO") and f"docs/{SITE.file_for(MEETING, 'en')}" in info[0]

    stale_page = tmp_path / "site" / "en" / "pertemuan" / "2024-02-22-dialog-kemensos" / "index.html"
    html = stale_page.read_text(encoding="utf-8")
    assert NOTICE in html and "This translation may be out of date" in html
    href = re.search(rf'class="[^"]*{NOTICE}.*?<a href="([^"]+)" hreflang="id"', html, re.S)[1]
    page_url = "http://site.test/en/pertemuan/2024-02-22-dialog-kemensos/"
    assert urljoin(page_url, href) == "http://site.test/pertemuan/2024-02-22-dialog-kemensos/"
    others = [p for p in (tmp_path / "site" / "en").rglob("*.html") if p != stale_page]
    assert not [p for p in others if NOTICE in p.read_text(encoding="utf-8")]
    assert NOTICE not in (tmp_path / "site" / "pertemuan" / "2024-02-22-dialog-kemensos" / "index.html").read_text()


def test_command_lists_and_refreshes_the_record(tmp_path):
    root = copy_project(tmp_path / "project")
    english = root / "docs" / SITE.file_for(MEETING, "en")
    before = english.read_text(encoding="utf-8")

    result = script(root)
    assert "Every translation matches" in result.stdout

    correct_indonesian(root)
    result = script(root)
    assert result.returncode == 0
    assert f"docs/{SITE.file_for(MEETING, 'en')}" in result.stdout and "out of date" in result.stdout

    result = script(root, "--update", f"docs/{MEETING}")
    assert result.returncode == 0, result.stderr
    after = english.read_text(encoding="utf-8")
    current = translation.fingerprint((root / "docs" / MEETING).read_text(encoding="utf-8"))
    assert f'translation_of: "{current}"' in after
    # Only the record changed.
    assert [a for a, b in zip(before.splitlines(), after.splitlines()) if a != b] == \
        [line for line in before.splitlines() if line.startswith("translation_of:")]
    result = script(root)
    assert "Every translation matches" in result.stdout
