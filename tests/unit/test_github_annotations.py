"""GitHub workflow commands for content problems: one annotation per problem, on its file and line."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from dossier import checks
from dossier.load import model
from dossier.checks.problems import Problem, github_annotations

PROJECT = Path(__file__).resolve().parents[2]
MEETING = "pertemuan/2024-02-22-dialog-kemensos.md"
COMMAND = re.compile(r"^::error (?P<properties>[^:]*)::(?P<message>.*)$")


def _properties(command: str) -> dict[str, str]:
    match = COMMAND.match(command)
    assert match, command
    return dict(item.split("=", 1) for item in match["properties"].split(","))


def _unescape(text: str) -> str:
    # What GitHub's runner does when it reads the command back.
    return (text.replace("%0D", "\r").replace("%0A", "\n")
            .replace("%3A", ":").replace("%2C", ",").replace("%25", "%"))


def test_a_real_problem_becomes_an_annotation_on_its_file_and_line(tmp_path):
    for name in ("docs", "data", "schemas"):
        shutil.copytree(PROJECT / name, tmp_path / name)
    shutil.copy(PROJECT / "mkdocs.yml", tmp_path)
    page = tmp_path / "docs" / MEETING
    text = page.read_text(encoding="utf-8")
    assert 'date: "2024-02-22"' in text
    page.write_text(text.replace('date: "2024-02-22"', 'date: "2024-02-30"'), encoding="utf-8")
    date_line = 1 + text.splitlines().index('date: "2024-02-22"')

    found = checks.check(model.load(tmp_path, tmp_path / "docs"), tmp_path / "schemas")
    # The English date now differs too, but only because the Indonesian one is wrong: folded under it.
    assert sorted(p.message for p in found if p.path == MEETING) == ["bad_date", "languages_differ"]

    commands = github_annotations(found).splitlines()
    assert len(commands) == 1
    ours = [c for c in commands if f"file=docs/{MEETING}," in c]
    assert len(ours) == 1
    properties = _properties(ours[0])
    assert properties["line"] == str(date_line)
    assert _unescape(properties["title"]) == "Tanggal tidak ada di kalender / A date that does not exist: date"
    message = _unescape(COMMAND.match(ours[0])["message"])
    assert "2024-02-30" in message and "(+1) [en] 1 more problem(s) follow from this one" in message
    # Both languages, one per line of the annotation.
    assert message.splitlines()[0].startswith("[id] ")
    assert message.splitlines()[1].startswith("[en] ")


def test_every_command_is_a_single_line_with_escaped_properties():
    problem = Problem(path="a,b:c.md", line=3, field="x", message="unreadable_line",
                      values={"text": "100% wrong\r\nline two"})
    [command] = github_annotations([problem]).splitlines()
    properties = _properties(command)
    assert properties["file"] == "docs/a%2Cb%3Ac.md"
    assert _unescape(properties["file"]) == "docs/a,b:c.md"
    message = COMMAND.match(command)["message"]
    assert "100%25 wrong%0D%0Aline two" in message
    assert "%0A[en] " in message  # the two languages on separate lines
    assert "\n" not in command and "\r" not in command


def test_a_problem_without_a_line_is_annotated_on_the_file():
    problem = Problem(path="x.md", line=0, field="", message="unreadable_line", values={"text": "d"})
    properties = _properties(github_annotations([problem]))
    assert "line" not in properties
    assert properties["file"] == "docs/x.md"


def test_no_problems_no_commands():
    assert github_annotations([]) == ""
