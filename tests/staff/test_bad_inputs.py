"""Each bad input of tests/fixtures/bad/ is caught with its bilingual message: file, line, field, what and fix."""
from __future__ import annotations

import pytest
from staff_helpers import apply_case, bad_cases, copy_project, expected_line, load_case, run_checks

from dossier.checks.problems import MESSAGES


def test_every_message_has_a_bad_input():
    covered = {expect["message"] for name in bad_cases() for expect in load_case(name)["expect"]}
    assert covered == set(MESSAGES)


def test_the_project_itself_has_no_problem(tmp_path):
    assert [p.render() for p in run_checks(copy_project(tmp_path))] == []


@pytest.mark.parametrize("name", bad_cases())
def test_bad_input_is_reported(tmp_path, name):
    root = copy_project(tmp_path)
    case = load_case(name)
    apply_case(root, case)
    found = run_checks(root)

    wanted = {(e["message"], e["file"].removeprefix("docs/"), expected_line(root, e), e["field"])
              for e in case["expect"]}
    got = {(p.message, p.path, p.line, p.field) for p in found}
    assert got == wanted, "\n\n".join(p.render() for p in found)

    for expect in case["expect"]:
        path, line = expect["file"].removeprefix("docs/"), expected_line(root, expect)
        problem = next(p for p in found if (p.message, p.path, p.line) == (expect["message"], path, line))
        where, indonesian, english = problem.render().split("\n")
        assert where.startswith(f"{expect['file']}:{line}:")
        if expect["field"]:
            assert f"`{expect['field']}`" in where
        assert indonesian.lstrip().startswith("[id] ") and " Perbaikan: " in indonesian
        assert english.lstrip().startswith("[en] ") and " Fix: " in english
        assert expect["id"] in indonesian, indonesian
        assert expect["en"] in english, english
