"""dossier/checks/problems.py and the catalogues messages.*.yml: every message in both languages with
the same placeholders, the report's first line at the mistake, placeholders found with their field."""
from __future__ import annotations

import string

import pytest

from dossier import checks
from dossier.checks.problems import CATALOGUE, FORMS, NOTICES, Problem, dotted, report
from dossier.load import front_matter


def fields(text):
    """Placeholder names; `name_en` is the English wording of the same value as `name`."""
    return {name.removesuffix("_en") for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted({**CATALOGUE, **NOTICES}))
def test_message_has_a_title_what_and_fix_in_both_languages_with_the_same_placeholders(key):
    entry = {**CATALOGUE, **NOTICES}[key]
    for part in ("title", "what", "fix"):
        texts = entry[part]
        assert set(texts) == {"id", "en"}
        assert texts["id"].strip() and texts["en"].strip() and texts["id"] != texts["en"], (key, part)
        assert fields(texts["id"]) == fields(texts["en"]), (key, part)


@pytest.mark.parametrize("name", sorted(FORMS))
def test_every_form_is_in_both_languages(name):
    assert set(FORMS[name]) == {"id", "en"} and fields(FORMS[name]["id"]) == fields(FORMS[name]["en"])


def test_the_report_starts_at_the_first_mistake_and_counts_at_the_end():
    text = report([Problem("b.md", 3, "date", "bad_date", {"value": "2024-02-30", "field": "date"}),
                   Problem("a.md", 9, "", "placeholder", {"text": "TODO: x"})])
    lines = text.splitlines()
    assert lines[0] == "docs/a.md:9: Isian sementara masih ada / A placeholder is still here [placeholder]"
    assert lines[-2:] == [
        "2 masalah di isi situs; tidak ada yang diterbitkan sampai semuanya diperbaiki. Perbaiki dari yang paling atas.",
        "2 problem(s) in the site's content; nothing is published until all are fixed. Start with the one at the top."]
    assert text.index("docs/a.md:9:") < text.index("docs/b.md:3: `date`: Tanggal tidak ada di kalender")


def test_a_value_folded_under_its_cause_is_reported_with_it():
    cause = Problem("a.md", 8, "date", "bad_value", {"value": '"22-02-2024"', "field": "date", "expected": "x",
                                                      "expected_en": "x"})
    follows = Problem("a.md", 8, "date", "languages_differ", {"field": "date", "value_here": "1", "value_other": "2",
                                                              "other": "docs/a.en.md", "other_line": 8},
                      caused_by=cause)
    text = report([follows, cause])
    assert text.startswith("docs/a.md:8: `date`: Nilai tidak sah / A value that is not valid [bad_value]")
    assert "(+1) [id] 1 masalah lain timbul dari masalah ini" in text and "1 problem(s) in the site" in text


def test_field_paths_count_items_from_one():
    assert dotted(["recommendations", 0, "id"]) == "recommendations #1 › id"
    assert dotted([2, "page"]) == "#3 › page"
    assert dotted(["attendees", 1, "people", 0, "role"]) == "attendees #2 › people #1 › role"


def test_placeholders_are_found_in_front_matter_and_body_with_their_field():
    text = ("---\nkind: meeting\ntitle: \"TODO: judul\"\ndescription: >-\n  TODO: kalimat.\n---\n\n"
            "Teks.\n\nTODO: isi bagian ini.\n\nA todo list is fine.\n")
    source = front_matter.parse(text, "p.md")
    found = checks.placeholder_problems(source, text)
    assert [(p.line, p.field) for p in found] == [(3, "title"), (5, "description"), (10, "")]
