"""The real dossier passes its checks; the checks catch what they promise (core cases).

tests/unit/test_checks*.py and tests/fixtures/ hold one bad input per kind of mistake.
"""
import copy

import pytest

from built_site import PROJECT
from dossier import checks
from dossier.load import history, model

SCHEMAS = PROJECT / "schemas"


def real_dossier():
    return model.load(PROJECT, PROJECT / "docs")


def test_the_published_dossier_has_no_problems():
    assert [p.render() for p in checks.check(real_dossier(), SCHEMAS)] == []


def test_translated_fields_come_from_the_schemas():
    schemas, _ = checks.load_schemas(SCHEMAS)
    names = checks.translated_fields(schemas)
    assert {"title", "description", "summary", "place", "role"} <= names
    assert not names & {"date", "id", "status", "owners", "addressed_to", "partners", "source"}


@pytest.mark.parametrize("touched, reported_on, named", [
    ({"pertemuan/2024-02-22-dialog-kemensos.en.md"}, "en", "id"),   # the file the edit changed
    ({"pertemuan/2024-02-22-dialog-kemensos.md"}, "id", "en"),
    (set(), "id", "en"),                                           # neither: the original
    ({"pertemuan/2024-02-22-dialog-kemensos.md", "pertemuan/2024-02-22-dialog-kemensos.en.md"}, "id", "en"),
])
def test_a_language_independent_field_that_differs_is_reported_on_the_file_that_changed(touched, reported_on, named):
    dossier = real_dossier()
    dossier.history = history.History(modified=touched)
    page = "pertemuan/2024-02-22-dialog-kemensos.md"
    english = dossier.pages[page]["en"]
    english.meta = copy.deepcopy(english.meta)
    english.meta["date"] = "2024-02-23"
    english.meta["attendees"][0]["people"][0]["role"] = "a reworded role is fine"
    found = checks.check(dossier, SCHEMAS)
    here, there = dossier.pages[page][reported_on], dossier.pages[page][named]
    assert [(p.path, p.field, p.message) for p in found] == [(here.path, "date", "languages_differ")]
    assert found[0].line == here.line_of("date")
    rendered = found[0].render()
    assert "[id]" in rendered and "[en]" in rendered and f"docs/{there.path} baris {there.line_of('date')}" in rendered


def test_a_weekday_that_contradicts_the_date_needs_both_readings():
    dossier = real_dossier()
    page = dossier.pages["pertemuan/2024-02-22-dialog-kemensos.md"]["id"]
    page.meta = {k: v for k, v in page.meta.items() if k != "date_alternatives"}
    found = [p for p in checks.check(dossier, SCHEMAS) if p.message == "weekday_conflict"]
    assert found and found[0].values["alternative"] == "2024-02-21"
    assert "Kamis" in found[0].render() and "Thursday" in found[0].render()


def test_all_problems_are_reported_together():
    dossier = real_dossier()
    letter = dossier.pages["korespondensi/2023-12-surat-rekomendasi-kebijakan.md"]
    for version in letter.values():
        version.meta = copy.deepcopy(version.meta)
        version.meta["recommendations"][0]["addressed_to"] = "kemenag"
        version.meta["date"] = "2023-13"
    messages = {p.message for p in checks.check(dossier, SCHEMAS)}
    assert {"unknown_institution", "bad_date"} <= messages


def test_data_files_are_checked_with_file_and_line():
    """An unquoted comma in a YAML flow mapping once cut glossary terms short, silently."""
    dossier = real_dossier()
    glossary, lines = dossier.data["data/glossary.yml"]
    broken = copy.deepcopy(glossary)
    bps = next(index for index, entry in enumerate(broken) if entry["id"] == "bps")
    broken[bps]["term"] = {"id": "Badan Pusat Statistik (BPS)", "en": "BPS-Statistics Indonesia (Badan Pusat Statistik", "BPS)": None}
    dossier.data["data/glossary.yml"] = (broken, lines)
    found = [p for p in checks.check(dossier, SCHEMAS) if p.message == "data_invalid"]
    assert len(found) == 1
    assert found[0].file == "data/glossary.yml" and found[0].line == lines[(bps, "term")]
    assert found[0].render().startswith(f"data/glossary.yml:{lines[(bps, 'term')]}:")


def test_an_institution_page_that_does_not_exist_is_reported():
    dossier = real_dossier()
    institutions, lines = dossier.data["data/institutions.yml"]
    changed = copy.deepcopy(institutions)
    changed[1]["page"] = "rekomendasi/kemensos-lama.md"
    dossier.data["data/institutions.yml"] = (changed, lines)
    found = [p for p in checks.check(dossier, SCHEMAS) if p.file == "data/institutions.yml"]
    assert [p.message for p in found] == ["unknown_page"] and found[0].line == lines[(1, "page")]


def test_a_value_cut_at_a_number_sign_is_found_and_notes_text_blocks_and_quotes_are_not():
    lines = [
        "place: Kantor #2 lantai 3",                    # cut: only "Kantor" is read
        "- Gedung A #3",                                # an item of a list, cut too
        "author: true  # the dossier's author",         # a note, written as notes are
        'title: "Rapat #1"',                            # quoted: # is text
        "summary: >-",                                  # a block of text: # is text
        "  Pertemuan #2 dengan",
        "  Kemensos",
        'note: "Baris panjang',                         # a quoted value over two lines
        '  dengan #4 di dalamnya"',
        "tags: [a, b #c]",                              # a list in brackets: left to the parser
        "# status: done #later",                        # a line of its own that is a note
    ]
    found = checks.cut_value_problems("x.md", lines, 2)
    assert [(p.line, p.field, p.values["kept"]) for p in found] == [(2, "place", "`Kantor`"), (3, "", "`Gedung A`")]
    assert found[0].values["suggestion"] == '`place: "Kantor #2 lantai 3"`'
