"""End to end: `mkdocs build --strict` on a broken copy stops, publishes nothing, and reports every problem together."""
from __future__ import annotations

import os
import subprocess
import sys

from staff_helpers import PROJECT, apply_case, copy_project, expected_line, load_case

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
    # The report's first line is the first mistake's file and line, in plain words (the YAML one:
    # a page that cannot be read comes first).
    [first] = [line for line in output.splitlines() if line.startswith("ERROR")][:1]
    colon = expects[0]
    assert first.split(" -  ", 1)[1].startswith(f"{colon['file']}:{expected_line(root, colon)}: "
                            "Titik dua di dalam nilai / A colon inside a value"), output
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
    # A copy without git's history: said once, plainly, in a build of two languages.
    assert output.count("Translation status not checked") == 1, output
    assert "not a copy of a git repository" in output and "may be out of date" not in output


def dossier_check(root):
    return subprocess.run([sys.executable, "-m", "dossier", "--project", str(root), "check"],
                          cwd=PROJECT, capture_output=True, text=True)


def test_the_cause_comes_first_and_what_follows_from_it_is_folded_under_it(tmp_path):
    """An unclosed quote in the source page: every page citing its paragraphs would report "paragraph
    not found". The report's first line is the quote, on the line it opens; the rest is folded under it."""
    root = copy_project(tmp_path / "project")
    source = root / "docs" / "sumber" / "dialog-kemensos-2024.md"
    text = source.read_text(encoding="utf-8")
    broken = 'title: "Siaran pers Komnas Perempuan: dialog dengan Kementerian Sosial'
    assert broken + '"\n' in text
    source.write_text(text.replace(broken + '"\n', broken + "\n"), encoding="utf-8")

    result = dossier_check(root)
    assert result.returncode == 1, result.stdout + result.stderr
    report = result.stderr
    first, *rest, closing = report.split("\n\n")
    assert closing.startswith("1 masalah di isi situs") and "1 problem(s)" in closing, report
    line = 1 + text.splitlines().index(broken + '"')
    assert first.startswith(f"docs/sumber/dialog-kemensos-2024.md:{line}: Tanda kutip tidak ditutup / "
                            "A quote is not closed [unclosed_quote]"), report
    folded = [line for line in first.split("\n") if line.lstrip().startswith("(+")]
    assert len(folded) == 2 and "[id]" in folded[0] and "[en]" in folded[1], first
    assert int(folded[0].split("(+")[1].split(")")[0]) >= 10  # the citing pages' paragraph references
    assert not rest, report

    # The build says the same, first line first.
    built = build(root, tmp_path / "site")
    output = built.stdout + built.stderr
    assert built.returncode != 0 and "1 problem(s)" in output
    assert output.index("docs/sumber/dialog-kemensos-2024.md:") < output.index("(+")


def test_one_missing_record_is_one_problem(tmp_path):
    """An institution removed from data/institutions.yml: the first place that names it is the
    problem; every other place naming it is folded under it."""
    root = copy_project(tmp_path / "project")
    data = root / "data" / "institutions.yml"
    text = data.read_text(encoding="utf-8")
    start = text.index("- id: bps")
    end = text.find("\n- id:", start + 1)
    data.write_text(text[:start] + (text[end + 1:] if end > 0 else ""), encoding="utf-8")
    result = dossier_check(root)
    arranged = [block for block in result.stderr.split("\n\n")[:-1] if "`bps`" in block.split("\n")[1]]
    assert result.returncode == 1 and arranged, result.stderr
    assert all("[unknown_institution]" in block.split("\n")[0] for block in arranged)
    assert len(arranged) == 1 and "(+" in arranged[0], result.stderr
