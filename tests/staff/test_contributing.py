"""What staff read: CONTRIBUTING.md explains every message, Indonesian first; the PR template and CODEOWNERS exist."""
from __future__ import annotations

import re

from staff_helpers import PROJECT

from dossier.checks.problems import MESSAGES
from dossier.site import KIND_FOLDERS, read_config

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


TASKS = {  # every task staff do, in each half of the guide
    "id": ["Memperbaiki halaman", "Mengubah status tindak lanjut",
           "Menambah catatan pertemuan, surat, atau langkah tindak lanjut", "Menambah lembaga", "Navigasi",
           "Menerjemahkan", "Memperbaiki pemeriksaan yang gagal", "Pratinjau"],
    "en": ["Correcting a page", "Changing a follow-up step's status",
           "Adding a meeting record, a letter or a follow-up step", "Adding an institution", "Navigation",
           "Translating", "Fixing a failed check", "Preview"],
}


def section(half: str, heading: str) -> str:
    start = half.index(f"### {heading}\n")
    end = half.find("\n### ", start + 1)
    return half[start:end if end > 0 else None]


def test_guide_covers_each_task_and_the_commands_it_names_exist():
    for half, lang in zip(halves(), ("id", "en")):
        for heading in TASKS[lang]:
            assert f"### {heading}\n" in half, heading
    for command in set(re.findall(r"(?:\./|python3 )(scripts/[\w./-]+)", GUIDE)):
        assert (PROJECT / command).exists(), command


def test_each_kind_of_new_page_names_its_files_and_links_its_templates():
    templates = sorted(path.name for path in (PROJECT / "dossier" / "templates").iterdir()
                       if path.name != "glossary.yml")
    for half, lang in zip(halves(), ("id", "en")):
        linked = set(re.findall(r"\]\(dossier/templates/([\w.]+)\)", half))
        assert linked == set(templates), set(templates) - linked
        adding = section(half, TASKS[lang][2])
        for kind, folder in KIND_FOLDERS.items():
            if kind != "institution":
                assert f"`docs/{folder}/" in adding and f"(dossier/templates/{kind}.md)" in adding, kind
        assert "`docs/rekomendasi/<id>.md`" in section(half, TASKS[lang][3])


def test_the_navigation_rule_is_the_one_mkdocs_yml_and_the_scaffold_follow():
    """Records are never listed in nav (mkdocs.yml's not_in_nav); institutions are."""
    config = read_config(PROJECT)
    records = [pattern.strip("/").removesuffix("*.md") for pattern in config["not_in_nav"].split()]
    assert records == ["korespondensi/", "pertemuan/", "tindak-lanjut/", "sumber/"]
    assert any("rekomendasi/bps.md" in str(item) for item in config["nav"])  # institutions are listed
    for half, lang in zip(halves(), ("id", "en")):
        rule = section(half, TASKS[lang][4])
        assert re.findall(r"`([a-z-]+/)`", rule) == ["rekomendasi/", *records]
        adding = section(half, TASKS[lang][2])
        assert ("**tidak** ditambahkan ke navigasi" if lang == "id" else "**not** added to the navigation") in adding
        assert "mkdocs.yml" not in adding  # no step of adding a record touches the navigation
        assert "`nav`" in section(half, TASKS[lang][3])  # an institution's page is listed
    scaffold = (PROJECT / "dossier" / "new.py").read_text(encoding="utf-8")
    assert "are not listed in the navigation one\nby one" in scaffold or "not listed in the navigation one by one" in scaffold.replace("\n", " ")


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
