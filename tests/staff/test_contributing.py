"""What staff read: CONTRIBUTING.md explains every message, Indonesian first; the PR template and CODEOWNERS exist."""
from __future__ import annotations

import re

from staff_helpers import PROJECT

from dossier.checks.problems import MESSAGES

GUIDE = (PROJECT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def halves():
    indonesian = GUIDE.index("## Bahasa Indonesia")
    english = GUIDE.index("## English")
    return GUIDE[indonesian:english], GUIDE[english:]


def test_indonesian_comes_first():
    indonesian, english = halves()
    assert GUIDE.index("## Bahasa Indonesia") < GUIDE.index("## English")
    assert "Memperbaiki halaman" in indonesian and "Correcting a page" in english


def test_every_message_is_explained_in_both_languages():
    for half in halves():
        explained = set(re.findall(r"^- `\[([a-z_]+)\]`", half, re.M))
        assert explained == set(MESSAGES)


def test_guide_covers_each_task_and_the_commands_it_names_exist():
    indonesian, english = halves()
    for words in ("Memperbaiki halaman", "Menambah catatan pertemuan", "Menerjemahkan", "Pratinjau"):
        assert f"### {words}" in indonesian
    for words in ("Correcting a page", "Adding a meeting record", "Translating", "Preview"):
        assert f"### {words}" in english
    for command in set(re.findall(r"(?:\./|python3 )(scripts/[\w./-]+)", GUIDE)):
        assert (PROJECT / command).exists(), command


def test_internal_links_of_the_guide_resolve():
    anchors = set()
    for heading in re.findall(r"^#+ (.+)$", GUIDE, re.M):
        # GitHub's automatic heading anchors: lower case, punctuation dropped, spaces to hyphens.
        anchors.add(re.sub(r"\s", "-", re.sub(r"[^\w\s-]", "", heading.lower())))
    for target in re.findall(r"\]\(#([^)]+)\)", GUIDE):
        assert target in anchors, target
    for target in re.findall(r"\]\((?!#|https?:)([^)]+)\)", GUIDE):
        assert (PROJECT / target).exists(), target


def test_pull_request_template_has_the_reviewers_checklist():
    template = (PROJECT / ".github" / "PULL_REQUEST_TEMPLATE.md").read_text(encoding="utf-8")
    items = re.findall(r"^- \[ \] ", template, re.M)
    assert len(items) >= 5
    for words in ("sumber", "source", "glosarium", "glossary", "TODO", "200 KB"):
        assert words in template


def test_codeowners_covers_content_and_build():
    owners = (PROJECT / ".github" / "CODEOWNERS").read_text(encoding="utf-8")
    patterns = [line.split()[0] for line in owners.splitlines() if line.strip() and not line.startswith("#")]
    assert patterns[0] == "*"
    for path in ("/docs/", "/docs/**/*.en.md", "/hooks/", "/schemas/", "/.github/"):
        assert path in patterns
