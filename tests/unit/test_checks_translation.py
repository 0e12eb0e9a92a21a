"""dossier/checks/translation.py: the record an English page keeps of the Indonesian version it translates."""
from __future__ import annotations

import pytest

from dossier.checks import translation
from dossier.load import front_matter, model
from built_site import SITE

ORIGINAL = "---\nkind: view\ntitle: Judul\n---\n\nTeks.\n"


def make_dossier(tmp_path, pages):
    dossier = model.Dossier(docs_dir=tmp_path, site=SITE)
    for path, text in pages.items():
        (tmp_path / path).write_text(text, encoding="utf-8", newline="")
        page, lang = SITE.page_and_language(path)
        dossier.pages.setdefault(page, {})[lang] = front_matter.parse(text, path)
    return dossier


def test_fingerprint_is_short_hex_and_ignores_line_endings():
    value = translation.fingerprint(ORIGINAL)
    assert len(value) == translation.LENGTH and int(value, 16) >= 0
    assert translation.fingerprint(ORIGINAL.replace("\n", "\r\n")) == value
    assert translation.fingerprint(ORIGINAL.replace("Teks", "Teks baru")) != value


def test_current_stale_and_unrecorded(tmp_path):
    current = translation.fingerprint(ORIGINAL)
    english = "---\nkind: view\ntitle: Title\ntranslation_of: \"{}\"\n---\n\nText.\n"
    dossier = make_dossier(tmp_path, {
        "a.md": ORIGINAL, "a.en.md": english.format(current),
        "b.md": ORIGINAL, "b.en.md": english.format("0" * 12),
        "c.md": ORIGINAL, "c.en.md": "---\nkind: view\n---\n",
        "d.en.md": english.format(current),   # no original: reported elsewhere as a missing counterpart
    })
    states = {s.translation: (s.recorded, s.stale) for s in translation.statuses(dossier)}
    assert states == {"a.en.md": (current, False), "b.en.md": ("0" * 12, True), "c.en.md": (None, False)}
    assert [s.translation for s in translation.stale(dossier)] == ["b.en.md"]
    found = translation.problems(dossier)
    assert [(p.message, p.path, p.values.get("value")) for p in found] == [
        ("translation_not_recorded", "c.en.md", current)]


def test_record_on_the_original_is_a_problem(tmp_path):
    dossier = make_dossier(tmp_path, {"a.md": "---\nkind: view\ntranslation_of: \"0123456789ab\"\n---\n",
                                      "a.en.md": "---\nkind: view\ntranslation_of: \"0123456789ab\"\n---\n"})
    assert [(p.message, p.path, p.line) for p in translation.problems(dossier)] == [
        ("translation_of_on_original", "a.md", 3)]


@pytest.mark.parametrize("text, expected", [
    ("---\ntitle: T\n---\nBody\n", "---\ntitle: T\ntranslation_of: \"abc\"\n---\nBody\n"),
    ("---\ntitle: T\ntranslation_of: \"old\"\nkind: view\n---\nBody\n",
     "---\ntitle: T\ntranslation_of: \"abc\"\nkind: view\n---\nBody\n"),
    ("---\r\ntitle: T\r\n---\r\nBody\r\n", "---\r\ntitle: T\r\ntranslation_of: \"abc\"\r\n---\r\nBody\r\n"),
    ("Body only\n", "---\ntranslation_of: \"abc\"\n---\n\nBody only\n"),
])
def test_set_record(text, expected):
    assert translation.set_record(text, "abc") == expected


def test_stale_notice_names_both_files_and_the_command():
    status = translation.Status("x/a.md", "x/a.en.md", "0" * 12, "1" * 12)
    notice = translation.stale_notice(status)
    assert "docs/x/a.en.md" in notice and "docs/x/a.md" in notice
    assert "translation may be out of date" in notice and "terjemahan mungkin usang" in notice
    assert "--update docs/x/a.en.md" in notice
