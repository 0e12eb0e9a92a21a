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


# ---------------------------------------------------------------- reference links

def references(text):
    return [(ref.line, ref.written, ref.key) for ref in links.find_references(text)]


def test_reference_links_are_found_on_the_line_of_their_label():
    text = ("Menurut sumber [¶3] dan [laporan tahunan][Lap], juga [BPS][] dan\n"
            "[Badan Pusat\nStatistik][bps resmi] [![logo][img]][beranda].\n")
    assert references(text) == [
        (1, "[¶3]", "¶3"), (1, "[laporan tahunan][Lap]", "lap"), (1, "[BPS][]", "bps"),
        (3, "[Badan Pusat Statistik][bps resmi]", "bps resmi"), (3, "[logo][img]", "img"),
        (3, "[![logo][img]][beranda]", "beranda")]


@pytest.mark.parametrize("text", [
    "Sebuah [catatan] dalam kurung siku, [lihat di bawah], dan [tanggal terbit]. [alamat halaman].",
    "Tautan biasa [¶3](../sumber/x.md#p3) dan [teks](x.md).",
    "Kode: `[¶3]` dan `[teks][label]`.",
    "```markdown\n[¶3] dan [teks][label]\n```",
    "<!-- [¶3] belum ada -->",
    "Ditulis apa adanya: \\[¶3] dan \\[teks][label].",
    "Catatan kaki[^1] dan [teks][^1].\n\n[^1]: Isi catatan.",
    "[¶3]: ../sumber/x.md#p3 \"Sumber, paragraf 3\"",
])
def test_prose_brackets_code_and_inline_links_are_not_reference_links(text):
    assert references(text) == []


def test_definitions_as_python_markdown_reads_them():
    text = ("[¶3]: ../sumber/x.md#p3 \"Sumber\"\n"
            "  [Lap]: <https://example.org/laporan>\n"
            "> [¶4]: ../sumber/x.md#p4\n"
            "```\n[¶5]: ../sumber/x.md#p5\n```\n"
            "[^1]: A footnote.\n")
    assert links.definitions(text) == {"¶3": "../sumber/x.md#p3", "lap": "https://example.org/laporan",
                                       "¶4": "../sumber/x.md#p4"}


SOURCE = PAGE + "## Paragraf {#p1}\n"


def undefined(tmp_path, pages):
    dossier, files = dossier_of(tmp_path, {"sumber/a.md": SOURCE, "sumber/b.md": SOURCE, **pages})
    found = [p for p in links.check(dossier, files, lambda file: None) if p.message == "link_undefined_reference"]
    return [(p.path, p.line, p.values["label"], p.values["definition"]) for p in found]


def test_each_language_needs_its_own_definition_and_gets_the_other_ones_line(tmp_path):
    assert undefined(tmp_path, {
        "pertemuan/x.md": PAGE + ("Teks [¶2] dan [lihat][Lap].\n\n"
                                  "[¶2]: ../sumber/b.md#p2\n[lap]: https://example.org\n"),
        "pertemuan/x.en.md": PAGE + "Text [¶2] and [see][lap].\n",
    }) == [("pertemuan/x.en.md", 5, "¶2", "[¶2]: ../sumber/b.md#p2"),
           ("pertemuan/x.en.md", 5, "lap", "[lap]: https://example.org")]


def test_a_source_paragraph_is_suggested_from_the_source_the_page_already_cites(tmp_path):
    assert undefined(tmp_path, {
        # another [¶...] line of the page names its source
        "pertemuan/a.md": PAGE + "Teks [¶2] dan [¶7].\n\n[¶2]: ../sumber/b.md#p2\n",
        # its `source` field does
        "tindak-lanjut/b.md": "---\nkind: view\nsource: sumber/b.md#p4\n---\n\nTeks [¶4].\n",
        # neither: the first source page, as an example
        "c.md": PAGE + "Teks [¶1].\n",
        # not a source paragraph: a web address to fill in
        "d.md": PAGE + "Lihat [laporan][laporan-2024].\n",
    }) == [("c.md", 5, "¶1", "[¶1]: sumber/a.md#p1"),
           ("d.md", 5, "laporan-2024", "[laporan-2024]: https://..."),
           ("pertemuan/a.md", 5, "¶7", "[¶7]: ../sumber/b.md#p7"),
           ("tindak-lanjut/b.md", 6, "¶4", "[¶4]: ../sumber/b.md#p4")]


def test_labels_compare_without_regard_to_case_and_quoted_or_indented_lines_count(tmp_path):
    assert undefined(tmp_path, {"index.md": PAGE + (
        "Lihat [BPS][Situs BPS] dan [¶2].\n\n> Kutipan [¶3].\n>\n> [¶3]: sumber/a.md#p3\n\n"
        "- butir\n\n    [¶2]: sumber/a.md#p2\n\n[situs bps]: https://bps.go.id\n")}) == []


def test_the_templates_define_every_reference_they_use():
    templates = sorted((Path(links.__file__).parents[1] / "templates").glob("*.md"))
    assert templates
    for template in templates:
        text = template.read_text(encoding="utf-8")
        defined = links.definitions(text)
        assert [ref.written for ref in links.find_references(text) if ref.key not in defined] == [], template.name


# ---------------------------------------------------------------- this site's own addresses

def absolute(tmp_path, body, site=SITE, extra=None):
    pages = {"index.md": PAGE, "index.en.md": PAGE, "linimasa.md": PAGE, "linimasa.en.md": PAGE,
             "sumber/index.md": PAGE, "sumber/dialog.md": PAGE, "pertemuan/x.md": PAGE + body, **(extra or {})}
    dossier, files = dossier_of(tmp_path, pages)
    dossier.site = site
    found = links.check(dossier, files | {"assets/laporan.pdf"}, lambda file: None)
    return [(p.message, p.values["relative"], p.values["why_en"].split(",")[0]) for p in found]


def test_this_sites_full_address_is_a_relative_link_to_its_file(tmp_path):
    url = SITE.url  # site_url of mkdocs.yml, as the build reads it
    shouted = url.replace("https://", "HTTP://").replace(".github.io", ".GitHub.io")  # scheme and host: any case
    body = (f"[a]({url}linimasa/) [b]({url}en/sumber/dialog/#p3) [c]({url}) [d]({url.rstrip('/')})\n"
            f"[e]({url}assets/laporan.pdf) [f]({url}halaman-baru/) [g]({shouted}linimasa/)\n\n"
            f"[h]: {url}en/linimasa/\n")
    own = "is a full address on this site itself: the build cannot check that what it points to exists"
    assert absolute(tmp_path, body) == [
        ("link_absolute", "../linimasa.md", own), ("link_absolute", "../sumber/dialog.md#p3", own),
        ("link_absolute", "../index.md", own), ("link_absolute", "../index.md", own),
        ("link_absolute", "../assets/laporan.pdf", own), ("link_absolute", "../halaman-baru.md", own),
        ("link_absolute", "../linimasa.md", own), ("link_absolute", "../linimasa.md", own)]


def test_a_slash_link_gets_the_same_suggestion(tmp_path):
    path = SITE.url.split("/", 3)[3]  # "dosier-pekerja-rumahan/", the site's path copied with it
    body = f"[a](/linimasa/) [b](/{path}sumber/#x) [c](/)\n"
    slash = "starts with a slash (/)"
    assert absolute(tmp_path, body) == [("link_absolute", "../linimasa.md", slash),
                                        ("link_absolute", "../sumber/index.md#x", slash),
                                        ("link_absolute", "../index.md", slash)]


def test_other_sites_generated_files_and_images_are_left_alone(tmp_path):
    url = SITE.url
    body = (f"[feed]({url}feed.xml) [pdf]({url}en/dosier-pekerja-rumahan.pdf) [bib]({url}linimasa/kutip.bib)\n"
            f"[org](https://komnasperempuan.github.io/) [sibling]({url.rstrip('/')}-lama/linimasa/)\n"
            f"[other](https://example.org/{url.split('/', 3)[3]}linimasa/)\n")
    assert absolute(tmp_path, body) == []


def test_the_sites_address_is_read_from_the_site_not_written_here(tmp_path):
    from dataclasses import replace
    elsewhere = replace(SITE, url="https://elsewhere.test/d/")
    body = f"[a]({SITE.url}linimasa/) [b](https://elsewhere.test/d/linimasa/)\n"
    assert [relative for _, relative, _ in absolute(tmp_path, body, site=elsewhere)] == ["../linimasa.md"]
    assert absolute(tmp_path, body, site=replace(SITE, url="/")) == []  # no site_url: only "/..." links
