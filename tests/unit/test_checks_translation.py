"""dossier/load/history.py and dossier/checks/translation.py: what git tells of each page, and what
needs translating in it. Each test makes a small repository of its own."""
from __future__ import annotations

import hashlib
import os
import subprocess

import pytest

from built_site import SITE
from dossier.checks import translation
from dossier.load import front_matter, history, model

TRANSLATED = {"title", "description", "summary", "note"}
ENV = {**os.environ, "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "T",
       "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
PAGE = "---\nkind: follow_up\ntitle: {title}\nstatus: {status}\n---\n\n{body}\n"


def git(root, *args):
    return subprocess.run(["git", *args], cwd=root, env=ENV, check=True, capture_output=True, text=True).stdout


def write(docs, path, title="Judul", status="set", body="Teks."):
    (docs / path).write_text(PAGE.format(title=title, status=status, body=body), encoding="utf-8")


def commit(root, message="edit"):
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message)
    return git(root, "rev-parse", "HEAD").strip()


@pytest.fixture
def repo(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    git(tmp_path, "init", "-q", "-b", "main")
    write(docs, "a.md")
    write(docs, "a.en.md", title="Title", body="Text.")
    commit(tmp_path, "first")
    return tmp_path


def stale(root):
    docs = root / "docs"
    dossier = model.Dossier(docs_dir=docs, site=SITE, history=history.read(docs))
    for path in sorted(docs.glob("*.md")):
        page, lang = SITE.page_and_language(path.name)
        dossier.pages.setdefault(page, {})[lang] = front_matter.parse(path.read_text(encoding="utf-8"), path.name)
    return [(item.translation, item.changes) for item in translation.stale(dossier, TRANSLATED)]


@pytest.mark.parametrize("before, after, changed", [
    (PAGE.format(title="A", status="set", body="B"), PAGE.format(title="A", status="done", body="B"), False),
    (PAGE.format(title="A", status="set", body="B"), PAGE.format(title="A  ", status="set", body="B  \n\n"), False),
    (PAGE.format(title="A", status="set", body="B"), PAGE.format(title="A", status="set", body="B").replace("\n", "\r\n"), False),
    (PAGE.format(title="A", status="set", body="B"), PAGE.format(title="Z", status="set", body="B"), True),
    (PAGE.format(title="A", status="set", body="B"), PAGE.format(title="A", status="set", body="C"), True),
    (PAGE.format(title="A", status="set", body="B"), "---\ntitle: [unclosed\n---\nB\n", True),
    (None, PAGE.format(title="A", status="set", body="B"), True),
])
def test_only_what_needs_translating_counts(before, after, changed):
    assert (translation.to_translate(before, TRANSLATED) != translation.to_translate(after, TRANSLATED)) is changed


def test_a_new_field_that_is_not_translated_changes_nothing_to_translate():
    page = PAGE.format(title="A", status="set", body="B")
    dated = page.replace("status: set\n", 'status: set\nplanned: "2024-05"\nhistory:\n  - date: "2024-05-01"\n')
    assert translation.to_translate(page, TRANSLATED) == translation.to_translate(dated, TRANSLATED)
    noted = dated.replace('  - date: "2024-05-01"\n', '  - date: "2024-05-01"\n    note: Dikoreksi.\n')
    assert translation.to_translate(page, TRANSLATED) != translation.to_translate(noted, TRANSLATED)


def test_history_knows_each_change_what_is_uncommitted_and_the_last_commit(repo):
    docs = repo / "docs"
    write(docs, "a.md", body="Teks baru.")
    second = commit(repo, "second")
    known = history.read(docs)
    assert known.known and known.head == second and known.docs_prefix == "docs/"
    assert [change.commit for change in known.changes["a.md"]] == [second, known.parents[second][0]]
    assert known.changes["a.md"][-1].before is None  # added by the first commit
    assert known.last_commit == {"a.md"} and known.modified == set() and known.touched == {"a.md"}
    assert known.ancestors([second]) == {second, known.parents[second][0]}
    write(docs, "a.en.md", body="New text.")
    (docs / "b.md").write_text("new", encoding="utf-8")
    assert history.read(docs).touched == {"a.en.md", "b.md"}  # uncommitted edits come first
    assert known.texts([known.at_head["a.md"]])[known.at_head["a.md"]].endswith("Teks baru.\n")


def test_without_a_repository_or_with_a_shallow_one_nothing_is_known(repo, tmp_path_factory):
    outside = tmp_path_factory.mktemp("outside")
    assert history.read(outside).missing == history.NOT_A_REPOSITORY
    clone = tmp_path_factory.mktemp("clone") / "c"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo}", str(clone)], check=True, env=ENV)
    shallow = history.read(clone / "docs")
    assert shallow.missing == history.SHALLOW and not shallow.changes


def test_current_stale_and_caught_up(repo):
    docs = repo / "docs"
    assert stale(repo) == []
    write(docs, "a.md", status="done")        # status only: nothing to translate
    commit(repo)
    assert stale(repo) == []
    write(docs, "a.md", status="done", body="Teks yang dikoreksi.")
    corrected = commit(repo)
    assert stale(repo) == [("a.en.md", [corrected])]
    write(docs, "a.md", status="done", body="Teks yang dikoreksi lagi.")
    assert stale(repo) == [("a.en.md", [translation.UNCOMMITTED, corrected])]
    write(docs, "a.en.md", title="Title", status="done", body="Corrected text.")
    assert stale(repo) == []                   # being translated: after everything
    commit(repo)
    assert stale(repo) == []


def test_one_commit_changing_both_leaves_the_page_current(repo):
    write(repo / "docs", "a.md", body="Baru.")
    write(repo / "docs", "a.en.md", title="Title", body="New.")
    commit(repo)
    assert stale(repo) == []


def test_the_link_to_what_changed():
    item = translation.Stale("x/a.md", "x/a.en.md", "docs/x/a.md", "docs/x/a.en.md", "1" * 40, ["2" * 40], "3" * 40)
    anchor = hashlib.sha256(b"docs/x/a.md").hexdigest()
    assert item.changes_url("https://github.com/o/r/") == f"https://github.com/o/r/compare/{'1' * 12}...{'3' * 12}#diff-{anchor}"
    uncommitted = translation.Stale("x/a.md", "x/a.en.md", "docs/x/a.md", "docs/x/a.en.md", "1" * 40,
                                    [translation.UNCOMMITTED], "3" * 40)
    assert uncommitted.changes_url("https://github.com/o/r") == f"https://github.com/o/r/commits/{'3' * 12}/docs/x/a.md"
    assert item.changes_url("") is None


def test_notices_and_annotations_name_both_files_in_both_languages():
    item = translation.Stale("x/a.md", "x/a.en.md", "docs/x/a.md", "docs/x/a.en.md", "1" * 40, ["2" * 40], "3" * 40)
    notice = translation.stale_notice(item, "https://github.com/o/r")
    first, indonesian, english = notice.split("\n")
    assert first.startswith("docs/x/a.en.md: Terjemahan mungkin belum diperbarui / The translation may be out of date")
    assert "docs/x/a.md" in indonesian and "Yang berubah: https://github.com/o/r/compare/" in indonesian
    assert "docs/x/a.md" in english and "What changed: https://github.com/o/r/compare/" in english
    [command] = translation.github_annotations([item], "https://github.com/o/r").splitlines()
    assert command.startswith("::warning file=docs/x/a.en.md,title=Terjemahan mungkin belum diperbarui / ")
    assert "%0A[en] " in command and "\n" not in command
