"""published/updated/history in front matter: the schema and the two-language check.

history is a list of {date, note}; note is translated (x-translated), date is not, so a
correction dated differently in the two languages is a problem, a differently worded note is not.
"""
from __future__ import annotations

from conftest import PROJECT
from built_site import SITE
from dossier import checks
from dossier.load import front_matter, model

SCHEMAS = PROJECT / "schemas"


def _page(path: str, text: str) -> front_matter.PageSource:
    return front_matter.parse(text, path)


def _front(lang_fields: str) -> str:
    return (
        "---\nkind: about\ntitle: T\ndescription: D\n"
        'published: "2026-11-27"\nupdated: "2026-12-02"\n'
        f"{lang_fields}---\n\nBody.\n"
    )


ID_HISTORY = 'history:\n  - date: "2026-12-02"\n    note: Nama lembaga diperbaiki.\n'
EN_HISTORY = 'history:\n  - date: "2026-12-02"\n    note: The agency\'s name was corrected.\n'


def _language_problems(id_text: str, en_text: str) -> list:
    schemas, _ = checks.load_schemas(SCHEMAS)
    versions = {"id": _page("tentang.md", id_text), "en": _page("tentang.en.md", en_text)}
    return checks.language_problems(SITE, "tentang.md", versions, checks.translated_fields(schemas))


def test_note_is_translated_and_date_is_not():
    schemas, _ = checks.load_schemas(SCHEMAS)
    translated = checks.translated_fields(schemas)
    assert "note" in translated
    assert not {"date", "published", "updated", "history"} & translated


def test_history_notes_may_differ_between_languages():
    assert _language_problems(_front(ID_HISTORY), _front(EN_HISTORY)) == []


def test_history_date_must_agree_between_languages():
    en = _front(EN_HISTORY.replace("2026-12-02", "2026-12-03"))
    found = _language_problems(_front(ID_HISTORY), en)
    # Not knowing which file changed, the check reports on the original, naming the other file.
    assert [(p.message, p.field, p.path, p.values["other"]) for p in found] == [
        ("languages_differ", "history #1 › date", "tentang.md", "docs/tentang.en.md")
    ]
    assert found[0].line == found[0].values["other_line"] == 8  # the line of that date in each file


def test_a_correction_missing_in_one_language_is_a_problem():
    found = _language_problems(_front(ID_HISTORY), _front(""))
    assert [(p.message, p.field) for p in found] == [("languages_field_missing", "history")]


def test_updated_must_agree_between_languages():
    en = _front("").replace('updated: "2026-12-02"', 'updated: "2026-12-01"')
    found = _language_problems(_front(""), en)
    assert [(p.message, p.field) for p in found] == [("languages_differ", "updated")]


def _schema_problems(text: str) -> list:
    schemas, registry = checks.load_schemas(SCHEMAS)
    return checks.schema_problems(_page("tentang.md", text), schemas, registry)


def test_schema_accepts_dates_and_history():
    assert _schema_problems(_front(ID_HISTORY)) == []


def test_schema_requires_published_and_updated():
    text = _front("").replace('published: "2026-11-27"\n', "").replace('updated: "2026-12-02"\n', "")
    found = _schema_problems(text)
    # A set: jsonschema may report one missing field more than once (allOf + unevaluatedProperties).
    assert {(p.message, p.field) for p in found} == {
        ("missing_field", "published"), ("missing_field", "updated")
    }


def test_schema_rejects_a_date_that_is_not_a_day_and_a_history_entry_without_note():
    text = _front('history:\n  - date: "2026-12-02"\n').replace('"2026-11-27"', '"2026-11"')
    found = _schema_problems(text)
    assert {(p.message, p.field) for p in found} == {
        ("bad_value", "published"), ("missing_item_field", "history #1 › note")
    }


def test_every_page_of_the_dossier_has_both_dates(dossier: model.Dossier):
    for page, versions in dossier.pages.items():
        for lang, source in versions.items():
            meta = source.meta
            assert meta["published"] <= meta["updated"], source.path
            for entry in meta.get("history", []):
                assert meta["published"] <= entry["date"] <= meta["updated"], source.path
