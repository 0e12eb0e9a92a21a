"""Helpers for the tests of what staff editors meet: a copy of the project to break, and the bad-input recipes.

Imported by the tests in this folder (pytest puts the folder on sys.path).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import yaml

from dossier import project

PROJECT = Path(__file__).resolve().parents[2]
BAD = PROJECT / "tests" / "fixtures" / "bad"
# Everything a build reads; tests, scripts and the virtual environment are not copied.
COPIED = ("docs", "data", "schemas", "strings", "hooks", "dossier", "overrides", "sources", "mkdocs.yml")


def copy_project(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        source = PROJECT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / name)
    return target


# Commits made by the tests: a fixed author and date, and no configuration of the machine's own.
GIT_ENV = {"GIT_AUTHOR_NAME": "Staf Komnas", "GIT_AUTHOR_EMAIL": "staf@example.org",
           "GIT_COMMITTER_NAME": "Staf Komnas", "GIT_COMMITTER_EMAIL": "staf@example.org",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def git(root: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True,
                            env={**os.environ, **GIT_ENV}, check=True)
    return result.stdout


def git_project(target: Path) -> Path:
    """A copy of the project in a repository of its own, everything committed once: the tests make
    their own history, whatever history (or none) the clone they run in has."""
    root = copy_project(target)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "The dossier as it is")
    return root


def edit(root: Path, path: str, old: str, new: str) -> None:
    """Replace text that must be in a file, as an editor does in GitHub's web editor."""
    file = root / path
    text = file.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def commit(root: Path, message: str) -> str:
    """Commit every change, as GitHub does when an editor saves; returns the commit."""
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message)
    return git(root, "rev-parse", "HEAD").strip()


# What an editor writes in place of each TODO of a template, field by field (tests/staff/test_new_page.py,
# test_browser_route.py); prose TODOs become a sentence, the source's ¶N its paragraph 1.
EDITOR = {
    "id": "dialog-kemnaker-2024-05-14", "title": "Dialog dengan Kemnaker", "place": "Kantor Kemnaker",
    "date": '"2024-05-14"', "published": '"2026-12-01"', "updated": '"2026-12-01"',
    "source": "sumber/dialog-kemensos-2024.md#p1", "institution": "kemnaker",
    "sender": "komnas-perempuan", "recipients": "[kemnaker]", "owners": "[kemensos, bps]",
    "origin": "pertemuan/2024-02-22-dialog-kemensos.md", "status": "set", "short_name": "Kemnaker",
}


def fill_like_an_editor(path: Path, **values) -> None:
    """Replace every TODO of a file made from a template, as an editor would after reading it."""
    values = {**EDITOR, **values}
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        field = re.match(r'^(?P<indent>\s*(?:- )?)(?P<key>[a-z_]+): \[?"TODO:[^"]*"\]?$', line)
        if field:
            line = f"{field['indent']}{field['key']}: {values[field['key']]}"
        elif line.startswith("[¶N]: "):
            line = line.replace("¶N", "¶1").replace("sumber/TODO.md", "sumber/dialog-kemensos-2024.md")
            line = line.replace("#pN", "#p1").replace(" N\"", ' 1"')
        elif "TODO" in line:
            line = re.sub(r"TODO\([^)]*\)", "Kementerian Ketenagakerjaan", line)
            line = re.sub(r"TODO:.*?(?=\[¶|$)", "Isi sesuai sumber. ", line).replace("[¶N]", "[¶1]").rstrip()
        out.append(line)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def todo_lines(root: Path, path: str) -> set[tuple[str, int]]:
    """(path, line) of every line holding a TODO, but a template's commented-out examples in a
    page's top part (their TODOs count once they are in use)."""
    lines = (root / path).read_text(encoding="utf-8").splitlines()
    top_end = lines.index("---", 1) + 1 if path.endswith(".md") and lines[:1] == ["---"] else 0
    return {(path, number) for number, line in enumerate(lines, start=1)
            if "TODO" in line and not (number <= top_end and line.lstrip().startswith("#"))}


def bad_cases() -> list[str]:
    return sorted(path.stem for path in BAD.glob("*.yml"))


def load_case(name: str) -> dict:
    return yaml.safe_load((BAD / f"{name}.yml").read_text(encoding="utf-8"))


def apply_case(root: Path, case: dict) -> None:
    """Apply a recipe's edits to a project copy; an edit that no longer applies is an error."""
    for edit in case["edits"]:
        if "delete" in edit:
            (root / edit["delete"]).unlink()
        elif "write" in edit:
            (root / edit["write"]).parent.mkdir(parents=True, exist_ok=True)
            (root / edit["write"]).write_text(edit["text"], encoding="utf-8")
        elif "write_bytes" in edit:
            (root / edit["write_bytes"]).parent.mkdir(parents=True, exist_ok=True)
            (root / edit["write_bytes"]).write_bytes(b"\xff\xd8\xff" + b"\0" * (edit["size"] - 3))
        else:
            path = root / edit["file"]
            text = path.read_text(encoding="utf-8")
            if "append" in edit:
                new = text + edit["append"]
            elif "pattern" in edit:
                new, count = re.subn(edit["pattern"], edit["with"], text, count=1)
                assert count, f"{edit['pattern']!r} not found in {edit['file']}"
            else:
                assert edit["replace"] in text, f"{edit['replace']!r} not found in {edit['file']}"
                new = text.replace(edit["replace"], edit["with"], 1)
            path.write_text(new, encoding="utf-8")


def expected_line(root: Path, expect: dict) -> int:
    if "line" in expect:
        return expect["line"]
    lines = (root / expect["file"]).read_text(encoding="utf-8").splitlines()
    matches = [number for number, line in enumerate(lines, start=1) if expect["line_of"] in line]
    assert len(matches) == 1, f"{expect['line_of']!r} is on lines {matches} of {expect['file']}"
    return matches[0]


def run_checks(root: Path) -> list:
    """The checks as the build and `python -m dossier check` run them, nav of mkdocs.yml included."""
    return project.load_and_check(root).problems
