"""dossier/checks/problems.py and the checks: every message bilingual, placeholders, the report."""
from __future__ import annotations

import string

import pytest

from dossier import checks
from dossier.load import front_matter
from dossier.checks.problems import MESSAGES, Problem, report


def fields(text):
    """Placeholder names; `name_en` is the English wording of the same value as `name`."""
    return {name.removesuffix("_en") for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_message_has_both_languages_with_the_same_placeholders(key):
    what, fix = MESSAGES[key]
    for part in (what, fix):
        assert set(part) == {"id", "en"}
        assert part["id"].strip() and part["en"].strip() and part["id"] != part["en"]
        assert fields(part["id"]) == fields(part["en"]), key


def test_report_counts_and_sorts_every_problem():
    text = report([Problem("b.md", 3, "date", "bad_date", {"value": "2024-02-30", "field": "date"}),
                   Problem("a.md", 9, "", "placeholder", {"text": "TODO: x"})])
    assert text.splitlines()[:2] == [
        "2 masalah di isi situs; tidak ada yang diterbitkan sampai semuanya diperbaiki.",
        "2 problem(s) in the site's content; nothing is published until all are fixed."]
    assert text.index("docs/a.md:9:") < text.index("docs/b.md:3: `date`")


def test_placeholders_are_found_in_front_matter_and_body_with_their_field():
    text = ("---\nkind: meeting\ntitle: \"TODO: judul\"\ndescription: >-\n  TODO: kalimat.\n---\n\n"
            "Teks.\n\nTODO: isi bagian ini.\n\nA todo list is fine.\n")
    source = front_matter.parse(text, "p.md")
    found = checks.placeholder_problems(source, text)
    assert [(p.line, p.field) for p in found] == [(3, "title"), (5, "description"), (10, "")]
