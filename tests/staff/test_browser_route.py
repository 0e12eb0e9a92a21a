"""Every task of CONTRIBUTING.md done the way its browser route says, with nothing but files created
and edited as in GitHub's web editor: a template copied as it is, its TODOs replaced, no command run.
The checks guide each step (only the TODO lines are reported until they are filled), then pass, and
the site builds with the new pages."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest
from staff_helpers import PROJECT, copy_project, edit, fill_like_an_editor, run_checks, todo_lines

TEMPLATES = PROJECT / "dossier" / "templates"
# The file to create for each kind, as CONTRIBUTING.md names it, and its template.
RECORDS = {
    "meeting": "docs/pertemuan/2024-05-14-dialog-kemnaker.md",
    "letter": "docs/korespondensi/2024-03-surat-kemnaker.md",
    "follow_up": "docs/tindak-lanjut/pendataan-bps.md",
}


def copy_template(root, template: str, target: str) -> None:
    """GitHub: Add file, Create new file, the name typed, the template's text pasted."""
    (root / target).parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(TEMPLATES / template, root / target)


def reported(found) -> set[tuple[str, int]]:
    return {(p.file, p.line) for p in found}


@pytest.mark.parametrize("kind", RECORDS)
def test_a_record_from_its_templates(tmp_path, kind):
    root = copy_project(tmp_path / "project")
    page = RECORDS[kind]
    english = page[:-3] + ".en.md"
    copy_template(root, f"{kind}.md", page)
    copy_template(root, f"{kind}.en.md", english)

    found = run_checks(root)
    assert {p.message for p in found} == {"placeholder"}, "\n".join(p.render() for p in found)
    assert reported(found) == todo_lines(root, page) | todo_lines(root, english)  # every TODO, nothing else

    fill_like_an_editor(root / page, id=page.rsplit("/", 1)[1][:-3], title="Judul")
    fill_like_an_editor(root / english, id=page.rsplit("/", 1)[1][:-3], title="Title")
    assert [p.render() for p in run_checks(root)] == []  # and no line of nav to add: records are not in nav


def test_an_institution_from_its_templates(tmp_path):
    root = copy_project(tmp_path / "project")
    data = root / "data" / "institutions.yml"
    data.write_text(data.read_text(encoding="utf-8") + (TEMPLATES / "institution.yml").read_text(encoding="utf-8"),
                    encoding="utf-8")
    copy_template(root, "institution.md", "docs/rekomendasi/kemendagri.md")
    copy_template(root, "institution.en.md", "docs/rekomendasi/kemendagri.en.md")
    found = run_checks(root)
    assert {p.message for p in found} <= {"placeholder", "not_in_nav"}, "\n".join(p.render() for p in found)

    assert reported(p for p in found if p.message == "placeholder") >= todo_lines(root, "data/institutions.yml")
    typed = (TEMPLATES / "institution.yml").read_text(encoding="utf-8")
    for value in ("kemendagri", "Kemendagri", "Kementerian Dalam Negeri", "Ministry of Home Affairs",
                  "rekomendasi/kemendagri.md"):
        typed = re.sub(r'"TODO:[^"]*"', f'"{value}"', typed, count=1)  # each TODO, top to bottom
    data.write_text(data.read_text(encoding="utf-8").replace((TEMPLATES / "institution.yml").read_text(encoding="utf-8"),
                                                             typed), encoding="utf-8")
    values = {"institution": "kemendagri", "title": "Kementerian Dalam Negeri (Kemendagri)"}
    for path in ("docs/rekomendasi/kemendagri.md", "docs/rekomendasi/kemendagri.en.md"):
        fill_like_an_editor(root / path, **values)
    found = run_checks(root)
    # What is left is the one line the navigation needs, and the message says which and where.
    assert len(found) == 1, "\n".join(p.render() for p in found)
    [missing] = found
    assert missing.message == "not_in_nav" and missing.path == "rekomendasi/kemendagri.md"
    _, what, fix = missing.text("id")
    assert "tambahkan baris `- rekomendasi/kemendagri.md` di bagian `Rekomendasi`" in fix
    edit(root, "mkdocs.yml", "      - rekomendasi/bps.md\n", "      - rekomendasi/bps.md\n      - rekomendasi/kemendagri.md\n")
    assert [p.render() for p in run_checks(root)] == []


def test_a_change_of_status_in_both_files(tmp_path):
    root = copy_project(tmp_path / "project")
    for path in ("docs/tindak-lanjut/koordinasi-kementerian-lembaga.md",
                 "docs/tindak-lanjut/koordinasi-kementerian-lembaga.en.md"):
        edit(root, path, "status: set\n", "status: done\n")
    assert [p.render() for p in run_checks(root)] == []
    edit(root, "docs/tindak-lanjut/koordinasi-kementerian-lembaga.en.md", "status: done\n", "status: dropped\n")
    [differ] = run_checks(root)  # the two files must agree, and the message says where
    assert differ.message == "languages_differ" and differ.field == "status"


def test_every_template_is_the_copyable_one_and_the_site_builds_from_them(tmp_path):
    """All kinds together, filled in, through `mkdocs build --strict`."""
    root = copy_project(tmp_path / "project")
    for kind, page in RECORDS.items():
        slug = page.rsplit("/", 1)[1][:-3]
        for template, path, title in ((f"{kind}.md", page, "Judul"), (f"{kind}.en.md", page[:-3] + ".en.md", "Title")):
            copy_template(root, template, path)
            fill_like_an_editor(root / path, id=slug if kind == "follow_up" else f"{slug}-x", title=title)
    assert [p.render() for p in run_checks(root)] == []
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
                            cwd=root, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    for page in RECORDS.values():
        url = page.removeprefix("docs/")[:-3] + "/index.html"
        assert (tmp_path / "site" / url).is_file() and (tmp_path / "site" / "en" / url).is_file()
        for built in (tmp_path / "site" / url, tmp_path / "site" / "en" / url):
            html = built.read_text(encoding="utf-8")  # every [¶1] a link to its paragraph, none left as text
            assert "[¶" not in html and "sumber/dialog-kemensos-2024/#p1" in html, built
    listed = (tmp_path / "site" / "pertemuan" / "index.html").read_text(encoding="utf-8")
    assert "2024-05-14-dialog-kemnaker/" in listed  # reached from its section's list, not the navigation


def uncomment_examples(path) -> None:
    """What the template's notes say to do: remove the "# " before each example line (the notes
    themselves, sentences, stay)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    example = re.compile(r"^(?P<indent>\s*)# (?P<line>(?:raised:|- |  ).*)$")
    path.write_text("\n".join(example.sub(r"\g<indent>\g<line>", line) for line in lines) + "\n", encoding="utf-8")


def test_the_meeting_templates_examples_work_once_uncommented(tmp_path):
    """A second attendee and a point urged: the examples, uncommented as the notes say, in both
    files, are valid and the same where they must be."""
    root = copy_project(tmp_path / "project")
    page = RECORDS["meeting"]
    for template, path, title in (("meeting.md", page, "Judul"), ("meeting.en.md", page[:-3] + ".en.md", "Title")):
        copy_template(root, template, path)
        uncomment_examples(root / path)
        assert "raised:" in (root / path).read_text(encoding="utf-8").split("---")[1].splitlines()
    # Uncommented, the examples' TODOs are placeholders like the rest: nothing half-written is published.
    examples = {p.line for p in run_checks(root) if p.message == "placeholder" and p.path.endswith(".en.md")}
    assert len(examples) >= len(todo_lines(root, page[:-3] + ".en.md")) > 8
    for path, title in ((page, "Judul"), (page[:-3] + ".en.md", "Title")):
        fill_like_an_editor(root / path, id="dialog-kemnaker-2024-05-14", title=title, name="Ibu Contoh",
                            role="Direktur", summary="Pendataan", institutions="[kemensos]")
        edit(root, path, "  - id: dialog-kemnaker-2024-05-14", "  - id: pendataan-pekerja-rumahan")  # the point's own
    assert [p.render() for p in run_checks(root)] == []
