"""End to end: `mkdocs build --strict` on a broken copy stops, publishes nothing, and reports every problem together."""
from __future__ import annotations

import os
import subprocess
import sys

from staff_helpers import apply_case, copy_project, expected_line, load_case

BROKEN_TOGETHER = ["malformed-yaml", "missing-anchor", "external-script", "oversized-image", "missing-counterpart"]


def build(root, site):
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
                          cwd=root, capture_output=True, text=True, env=env)


def test_broken_build_fails_with_every_problem_in_both_languages(tmp_path):
    root = copy_project(tmp_path / "project")
    expects = []
    for name in BROKEN_TOGETHER:
        case = load_case(name)
        apply_case(root, case)
        expects.extend(case["expect"])

    result = build(root, tmp_path / "site")
    output = result.stdout + result.stderr

    assert result.returncode != 0, output
    assert not (tmp_path / "site" / "index.html").exists(), "a broken site was written"
    count = len(expects)
    assert f"{count} masalah di isi situs" in output, output
    assert f"{count} problem(s) in the site's content" in output, output
    for expect in expects:
        where = f"docs/{expect['file'].removeprefix('docs/')}:{expected_line(root, expect)}:"
        assert where in output, f"{where} missing from:\n{output}"
        block = output[output.index(where):].split("\n")
        assert block[1].lstrip().startswith("[id] ") and expect["id"] in block[1], block[:3]
        assert block[2].lstrip().startswith("[en] ") and expect["en"] in block[2], block[:3]


def test_the_project_builds_cleanly(tmp_path):
    result = build(copy_project(tmp_path / "project"), tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "WARNING" not in output and "masalah" not in output, output
