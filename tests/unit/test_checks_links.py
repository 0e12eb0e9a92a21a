"""dossier/checks/links.py: finding links, the anchors a page gives, resolving and checking."""
from __future__ import annotations

from pathlib import Path

import pytest

from built_site import dossier_from_pages
from dossier.checks import links
from dossier.load import model
from built_site import SITE


def dossier_of(tmp_path: Path, pages: dict[str, str]) -> tuple[model.Dossier, set[str]]:
    return dossier_from_pages(tmp_path / "docs", pages), set(pages)


def ids_from_files(dossier):
    def ids_of(file):
        page, lang = SITE.page_and_language(file)
        return links.anchors(dossier.pages[page][lang].body)
    return ids_of


# ---------------------------------------------------------------- finding links

def test_finds_inline_links_images_and_reference_definitions_with_lines():
    text = ('See [a](one.md) and ![pic](img/p.png "title").\n'
            "Then [b](<two words.md>) on line two.\n"
            '[¶1]: ../sumber/x.md#p1 "Source"\n')
    found = [(link.line, link.target, link.image) for link in links.find_links(text)]
    assert found == [(1, "one.md", False), (1, "img/p.png", True), (2, "two words.md", False),
                     (3, "../sumber/x.md#p1", False)]


def test_nested_brackets_and_parentheses():
    found = links.find_links("[a [nested] text](page_(1).md) ![x [y]](p.png)")
    assert [(link.target, link.image) for link in found] == [("page_(1).md", False), ("p.png", True)]


def test_links_in_code_and_comments_are_examples_not_links():
    text = ("```markdown\n[x](missing.md)\n```\n"
            "Inline `[y](missing.md)` code.\n"
            "<!-- [z](missing.md) -->\n"
            "~~~\n![w](missing.png)\n~~~\n"
            "[real](real.md)\n")
    assert [(link.line, link.target) for link in links.find_links(text)] == [(9, "real.md")]


def test_footnote_definitions_are_not_links():
    assert links.find_links("Text[^1].\n\n[^1]: A note.\n") == []


# ---------------------------------------------------------------- anchors

def test_anchors_explicit_attr_list_automatic_and_html():
    text = ("## Tanggal {#tanggal}\n"
            "## Yang hadir { #yang-hadir .cls }\n"
            "Paragraph.\n{: #p1 .source-paragraph }\n"
            "## Automatic *heading* here\n"
            "## Automatic heading here\n"
            '<div id="box" markdown>x</div>\n'
            "```\n## Not a heading {#in-code}\n```\n")
    assert links.anchors(text) == {"tanggal", "yang-hadir", "p1", "automatic-heading-here",
                                   "automatic-heading-here_1", "box"}


# ---------------------------------------------------------------- resolving

@pytest.mark.parametrize("from_file, target, expected", [
    ("pertemuan/x.md", "../korespondensi/y.md#isi", ("korespondensi/y.md", "isi")),
    ("index.md", "glosarium.md", ("glosarium.md", "")),
    ("index.md", "rekomendasi/", ("rekomendasi/index.md", "")),
    ("pertemuan/x.md", "#hasil", ("pertemuan/x.md", "hasil")),
    ("pertemuan/x.md", "../../outside.md", (None, "")),
    ("a.md", "b%20c.md", ("b c.md", "")),
])
def test_resolve(from_file, target, expected):
    assert links.resolve(from_file, target) == expected


# ---------------------------------------------------------------- checking

PAGE = "---\nkind: view\n---\n\n"


def test_valid_links_in_both_languages_pass(tmp_path):
    dossier, files = dossier_of(tmp_path, {
        "index.md": PAGE + "[a](sub/page.md#bagian) [b](sub/) [c](https://example.org) [d](mailto:x@y.z)\n",
        "index.en.md": PAGE + "[a](sub/page.md#bagian) [self](#top)\n## Top {#top}\n",
        "sub/page.md": PAGE + "## Bagian {#bagian}\n",
        "sub/page.en.md": PAGE + "## Section {#bagian}\n",
        "sub/index.md": PAGE, "sub/index.en.md": PAGE,
    })
    assert links.check(dossier, files, ids_from_files(dossier)) == []


def test_missing_page_missing_anchor_and_absolute_link(tmp_path):
    dossier, files = dossier_of(tmp_path, {
        "index.md": PAGE + "[a](nope.md)\n\n[b](other.md#nowhere)\n\n[c](/other/)\n",
        "other.md": PAGE + "## Somewhere {#somewhere}\n",
    })
    found = links.check(dossier, files, ids_from_files(dossier))
    assert [(p.message, p.path, p.line) for p in found] == [
        ("link_missing_page", "index.md", 5), ("link_missing_anchor", "index.md", 7),
        ("link_absolute", "index.md", 9)]
    assert found[0].values["resolved"] == "nope.md"
    assert found[1].values["allowed"] == "`#somewhere`"


def test_anchor_is_looked_up_in_the_same_language(tmp_path):
    dossier, files = dossier_of(tmp_path, {
        "index.en.md": PAGE + "[a](other.md#only-in-indonesian)\n",
        "other.md": PAGE + "## X {#only-in-indonesian}\n",
        "other.en.md": PAGE + "## X {#something-else}\n",
    })
    found = links.check(dossier, files, ids_from_files(dossier))
    assert [(p.message, p.values["resolved"]) for p in found] == [("link_missing_anchor", "other.en.md")]


def test_unknown_anchors_are_accepted(tmp_path):
    dossier, files = dossier_of(tmp_path, {"index.md": PAGE + "[a](other.md#any)\n", "other.md": PAGE})
    assert links.check(dossier, files, lambda file: None) == []


def test_a_missing_translation_is_not_also_a_missing_link(tmp_path):
    dossier, files = dossier_of(tmp_path, {"index.en.md": PAGE + "[a](other.md)\n", "other.md": PAGE})
    assert links.check(dossier, files, ids_from_files(dossier)) == []


def test_images_and_other_files_must_exist(tmp_path):
    dossier, files = dossier_of(tmp_path, {"index.md": PAGE + "![a](img/a.png) ![b](img/b.png)\n"})
    (tmp_path / "docs" / "img").mkdir()
    (tmp_path / "docs" / "img" / "a.png").write_bytes(b"png")
    found = links.check(dossier, files | {"img/a.png"}, ids_from_files(dossier))
    assert [(p.message, p.values["resolved"]) for p in found] == [("link_missing_page", "img/b.png")]
