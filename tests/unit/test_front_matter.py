import pytest

from dossier.load import front_matter

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


def test_values_and_lines_are_what_pyyaml_and_the_node_tree_give():
    import yaml

    from dossier.load import front_matter

    text = ("---\ntitle: Judul\ncount: 3\nflag: true\nnothing: null\nratio: 2.5\ndate: 2024-02-22\n"
            "quoted: \"2024\"\nlist:\n  - a\n  - {b: 1, c: [x, y]}\nanchor: &same {k: v}\nalias: *same\n---\nBody\n")
    page = front_matter.parse(text, "x.md")
    expected = yaml.load(text.split("---\n")[1], Loader=front_matter._Loader)
    assert page.meta == expected and page.meta["date"] == "2024-02-22" and page.meta["count"] == 3
    assert page.line_of("list", 1, "c", 1) == 11 and page.line_of("alias") == 13


def test_unusual_yaml_is_left_to_pyyaml():
    from dossier.load import front_matter

    page = front_matter.parse("---\nbase: &b {x: 1}\nmerged:\n  <<: *b\n  y: 2\nset: !!set {a, b}\n---\n", "x.md")
    assert page.meta["merged"] == {"x": 1, "y": 2} and page.meta["set"] == {"a", "b"}
    assert page.line_of("merged") == 3


@pytest.mark.parametrize("line, suggestion", [
    ('title: "Dialog "Kemensos" 2024"', "`title: 'Dialog \"Kemensos\" 2024'`"),   # the outer quotes go
    ('place: "Kantor" Kemensos', "`place: '\"Kantor\" Kemensos'`"),
    ("place: Kantor #2", '`place: "Kantor #2"`'),
    ("  - Gedung A #3", '`- "Gedung A #3"`'),
])
def test_the_line_suggested_holds_the_whole_value_in_one_pair_of_quotes(line, suggestion):
    assert front_matter.requoted(line) == suggestion
