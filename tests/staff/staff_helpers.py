"""Helpers for the tests of what staff editors meet: a copy of the project to break, and the bad-input recipes.

Imported by the tests in this folder (pytest puts the folder on sys.path).
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load

from dossier import checks, model

PROJECT = Path(__file__).resolve().parents[2]
BAD = PROJECT / "tests" / "fixtures" / "bad"
# Everything a build reads; tests, scripts and the virtual environment are not copied.
COPIED = ("docs", "data", "schemas", "strings", "dossier", "hooks", "overrides", "sources", "mkdocs.yml")


def copy_project(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        source = PROJECT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / name)
    return target


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
    """The checks as the build runs them (hooks/dossier_data.py), nav of mkdocs.yml included."""
    import pathspec  # what MkDocs itself uses for not_in_nav

    config = yaml_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    exempt = [pathspec.gitignore.GitIgnoreSpec.from_lines(config[key].splitlines())
              for key in ("not_in_nav", "exclude_docs", "draft_docs") if config.get(key)]
    return checks.check(model.load(root, root / "docs"), root / "schemas", nav=config["nav"], nav_exempt=exempt)
