"""Markdown style: pymarkdownlnt with the committed .pymarkdown.json, over docs/ and the project's own *.md;
and the pre-commit configuration runs the same local commands."""
from __future__ import annotations

import shlex
import subprocess
import sys

import yaml
from staff_helpers import PROJECT

CONFIG = PROJECT / ".pymarkdown.json"


def markdown_files() -> list[str]:
    files = [*PROJECT.glob("*.md"), *(PROJECT / "docs").rglob("*.md"), *(PROJECT / ".github").rglob("*.md"),
             *(PROJECT / "sources").glob("*.md"), *(PROJECT / "tests" / "fixtures").rglob("*.md")]
    return sorted(str(path) for path in files)


def scan(*paths):
    return subprocess.run([sys.executable, "-m", "pymarkdown", "--config", str(CONFIG), "scan", *paths],
                          capture_output=True, text=True, cwd=PROJECT)


def test_markdown_style():
    files = markdown_files()
    assert any(name.endswith("CONTRIBUTING.md") for name in files) and len(files) > 40
    result = scan(*files)
    assert result.returncode == 0, result.stdout + result.stderr


def test_configuration_is_in_force(tmp_path):
    """A page with a classic mistake fails: the configuration is read and the rules are on."""
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: x\n---\n\n# Title\nText right under the heading.   \n", encoding="utf-8")
    result = scan(str(bad))
    assert result.returncode != 0 and "MD022" in result.stdout and "MD009" in result.stdout


def test_pre_commit_uses_local_hooks_only_and_they_run():
    config = yaml.safe_load((PROJECT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert [repo["repo"] for repo in config["repos"]] == ["local"]
    hooks = {hook["id"]: hook for hook in config["repos"][0]["hooks"]}
    assert set(hooks) == {"markdown-style", "dossier-checks", "translation-status"}
    for hook in hooks.values():
        args = shlex.split(hook["entry"])  # as pre-commit runs an entry, file names appended
        if hook.get("pass_filenames", True):
            args.append(str(PROJECT / "CONTRIBUTING.md"))
        result = subprocess.run(args, cwd=PROJECT, capture_output=True, text=True)
        assert result.returncode == 0, (hook["id"], result.stdout, result.stderr)
