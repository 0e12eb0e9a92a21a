"""Every message staff can meet, as the checks render it, in plain words: no word of a parser or a
schema, and each language's text wholly in that language.

The texts are rendered from real mistakes (the recipes of tests/fixtures/bad/, one at least per
message: tests/staff/test_bad_inputs.py), the notices with sample values, and every form.
"""
from __future__ import annotations

import re

import pytest
from staff_helpers import apply_case, bad_cases, copy_project, load_case, run_checks

from dossier.checks import translation
from dossier.checks.problems import FORMS, MESSAGES, NOTICES, REPORT_LANGUAGES, form, notice
from dossier.load import history

PARSER_WORDS = re.compile(
    r"oneOf|anyOf|allOf|\benum\b|\bconst\b|\$ref|\bpattern\b|\bregex|mapping values|expected key|block end"
    r"|\bscalar\b|\byaml\b|\bschema\b|additionalProperties|required property|is not valid under"
    r"|is not of type|\bnull\b|\bNone\b|\bTrue\b|\bFalse\b|\[\d+\]|\bstring\b|\barray\b|\bobject\b|\binteger\b",
    re.IGNORECASE)
# Words that only one of the two languages uses: found in the other language's text, they show a mix.
MARKERS = {
    "id": {"yang", "dan", "atau", "tidak", "dengan", "ini", "itu", "halaman", "baris", "berkas", "kolom", "tulis",
           "untuk", "dari", "tanggal", "bulan", "tahun", "misalnya", "perbaikan", "sesudah", "sumber", "ada", "di",
           "ke", "nilai", "tanda", "kutip", "tttt", "bb", "hh"},
    "en": {"the", "and", "or", "not", "with", "this", "that", "page", "line", "file", "field", "write", "for",
           "from", "date", "month", "year", "day", "fix", "is", "of", "value", "to", "in", "quotes", "yyyy", "mm",
           "dd", "source"},
}
CODE = re.compile(r"`[^`]*`+|https?://\S+|\"[^\"]*\"|[^\s,;()]*/[^\s,;()]*|\S*[.#]\w[^\s,;:()]*")


def words(text: str) -> set[str]:
    """The words of a text outside code, quoted values, addresses and paths; identifiers left out."""
    return {word.lower() for word in re.findall(r"[A-Za-z_]+", CODE.sub(" ", text)) if "_" not in word}


def problems_in(text: str, lang: str) -> list[str]:
    found = [f"parser word {match!r}" for match in PARSER_WORDS.findall(CODE.sub(" ", text))]
    other = "en" if lang == "id" else "id"
    found += [f"{other} word {word!r}" for word in sorted(words(text) & MARKERS[other])]
    return found


@pytest.fixture(scope="module")
def rendered_texts(tmp_path_factory) -> list[tuple[str, str, str]]:
    """(where from, language, text) of every message as staff meet it."""
    texts = []
    for name in bad_cases():
        root = copy_project(tmp_path_factory.mktemp(name))
        apply_case(root, load_case(name))
        for problem in run_checks(root):
            for lang in REPORT_LANGUAGES:
                title, what, fix = problem.text(lang)
                texts.append((f"{name}: {problem.message}", lang, f"{title}. {what} {fix}"))
    item = translation.Stale("x.md", "x.en.md", "docs/x.md", "docs/x.en.md", "1" * 40, ["2" * 40], "3" * 40)
    for key, text in [("translation_stale", translation.stale_notice(item, "https://github.com/o/r")),
                      *((key, notice(key)) for key in NOTICES if key.startswith("history_"))]:
        first, *langs = text.split("\n")
        for lang, line in zip(REPORT_LANGUAGES, langs):
            texts.append((key, lang, line.strip().removeprefix(f"[{lang}]")))
        texts.append((f"{key} title", "id", first.split(" / ")[0].split(": ", 1)[-1]))
        texts.append((f"{key} title", "en", first.split(" / ")[1]))
    for name in FORMS:
        values = form(name, values="a, b", name="x", allowed="a, b")
        texts += [(f"form {name}", "id", values["expected"]), (f"form {name}", "en", values["expected_en"])]
    return texts


def test_every_message_is_rendered_from_a_real_mistake_at_least_once(rendered_texts):
    rendered = {where.split(": ")[1] for where, _, _ in rendered_texts if ": " in where}
    assert set(MESSAGES) <= rendered


def test_no_parser_words_and_no_mixed_languages_in_any_message(rendered_texts):
    mistakes = [f"{where} [{lang}] {found}: {text}" for where, lang, text in rendered_texts
                for found in problems_in(text, lang)]
    assert mistakes == []


def test_the_test_would_see_a_parser_word_and_a_mixed_language():
    assert problems_in("The value is wrong for oneOf.", "en") == ["parser word 'oneOf'"]
    assert problems_in("Write YYYY-MM-DD, TTTT-BB-HH atau YYYY.", "en") == [
        "id word 'atau'", "id word 'bb'", "id word 'hh'", "id word 'tttt'"]
    assert problems_in("Nilai `x` in `y`: recommendations[0]", "id") == ["parser word '[0]'", "en word 'in'"]
    assert problems_in("Tulis `the file` di docs/the/page.md.", "id") == []  # code and paths are not words
    assert history.SHALLOW  # the notices above include the shallow clone's
