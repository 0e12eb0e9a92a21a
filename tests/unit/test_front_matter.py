import pytest

from dossier import front_matter

PAGE = """---
kind: meeting
date: 2024-02-22
attendees:
  - institution: kemensos
    people: []
---

Body text.
"""


def test_fields_remember_their_line_in_the_file():
    page = front_matter.parse(PAGE, "pertemuan/x.md")
    assert page.meta["kind"] == "meeting"
    assert page.line_of("kind") == 2
    assert page.line_of("attendees", 0, "institution") == 5
    assert page.line_of("attendees", 0, "missing") == 5  # nearest known field
    assert page.body_line == 8 and page.body.strip() == "Body text."


def test_dates_stay_the_strings_editors_typed():
    assert front_matter.parse(PAGE, "x.md").meta["date"] == "2024-02-22"


def test_malformed_yaml_reports_the_file_line():
    broken = "---\nkind: meeting\ntitle: \"unclosed\nplace: x\n---\n"
    with pytest.raises(front_matter.FrontMatterError) as error:
        front_matter.parse(broken, "x.md")
    assert error.value.line in (3, 4, 5)


def test_page_without_front_matter_has_empty_meta():
    page = front_matter.parse("# Title\n", "x.md")
    assert page.meta == {} and page.body == "# Title\n"
