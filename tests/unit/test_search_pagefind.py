"""The search index's pure parts (dossier/search.py): roots of words, the article's words,
the extra forms each page gets, the copy of a page Pagefind indexes, filters, and indexing a
small site with Pagefind itself."""
from __future__ import annotations

import json

import pytest
import yaml

from conftest import PROJECT
from dossier import search
from dossier.load import model


@pytest.mark.parametrize("forms, root", [
    (["lindung", "pelindungan", "perlindungan", "melindungi", "terlindungi"], "lindung"),
    (["rekomendasi", "merekomendasikan", "direkomendasikan"], "rekomendasi"),
    (["rentan", "kerentanan"], "rentan"),
    (["koordinasi", "berkoordinasi", "mengoordinasikan"], "koordinasi"),
    (["data", "pendataan"], "data"),
    (["menteri", "kementerian"], "menteri"),  # Snowball's Indonesian stemmer misses this one
])
def test_indonesian_forms_share_their_dictionary_root(forms, root):
    assert {search.word_root(form, "id") for form in forms} == {root}


@pytest.mark.parametrize("forms", [
    ["coordinate", "coordinates", "coordinated", "coordinating", "coordination"],
    ["recommend", "recommends", "recommended", "recommendation", "recommendations"],
    ["protect", "protected", "protection"],
    ["ministry", "ministries"],
    ["homeworker", "homeworkers"],
    ["address", "addressed", "addresses"],
])
def test_english_forms_share_a_root(forms):
    assert len({search.word_root(form, "en") for form in forms}) == 1


@pytest.mark.parametrize("one, other", [("note", "not"), ("they", "the"), ("status", "state")])
def test_english_words_that_only_look_alike_keep_apart(one, other):
    assert search.word_root(one, "en") != search.word_root(other, "en")


PAGE = """<html lang="id"><head><title>x</title></head><body>
<nav><a href="/">Navigasi</a></nav>
<article class="md-content__inner md-typeset">
<p class="dossier-print-only" data-pagefind-ignore>https://dossier.test/x/</p>
<h1 id="judul">Perlindungan <abbr title="Badan Pusat Statistik">BPS</abbr>kah<a class="headerlink" href="#judul">#</a></h1>
<p>Pekerja rumahan <em>rentan</em>;<br>kerentanan.</p>
<h2 id="dua">Koordinasi</h2>
<aside data-pagefind-ignore><p>Catatan terjemahan</p></aside>
<p>Berkoordinasi<img src="x.png"> dengan <script>kode()</script>kementerian.</p>
<footer class="dossier-page-info"><p>Diterbitkan</p></footer>
</article>
<footer>Kaki</footer>
</body></html>"""


def test_article_words_are_what_pagefind_indexes():
    assert search.article_words(PAGE) == [
        "perlindungan", "bpskah",       # inline elements join their neighbours
        "pekerja", "rumahan", "rentan", "kerentanan",
        "koordinasi",
        "berkoordinasi", "dengan", "kementerian",
    ]


def test_each_page_gets_the_forms_of_its_families_that_it_does_not_use():
    one = ["perlindungan", "pekerja", "perlindungan"]
    other = ["melindungi", "pekerja", "pekerjaan"]
    family_of = search.families([one, other], "id")
    assert family_of["lindung"] == {"lindung", "perlindungan", "melindungi"}  # the root as well
    assert family_of["kerja"] == {"kerja", "pekerja", "pekerjaan"}
    assert search.extra_forms(one, family_of, "id") == [
        ("perlindungan", ["lindung", "melindungi"]),  # in the order the page first uses them
        ("pekerja", ["kerja", "pekerjaan"]),
    ]
    assert search.extra_forms(other, family_of, "id") == [
        ("melindungi", ["lindung", "perlindungan"]),
        ("pekerja", ["kerja"]),
    ]


def test_the_copy_pagefind_indexes():
    extras = [("perlindungan", ["lindung"]), ("pekerja", ["kerja", "pekerjaan"])]
    filters = {"kind": ["Surat"], "institution": ['Kementerian "Sosial"']}
    html = search.prepared_html(PAGE, extras, filters)
    body = html[html.index("<article"):html.index("</article>")]
    assert body.startswith('<article data-pagefind-body class="md-content__inner')
    assert '<h1 data-pagefind-weight="10" id="judul">' in body
    assert "headerlink" not in body
    assert '<span data-pagefind-filter="institution:Kementerian &quot;Sosial&quot;"></span>' in body
    assert '<span data-pagefind-filter="kind:Surat"></span>' in body
    # The extra forms last, after the id the dialog looks for, lighter than a word of the text.
    assert body.endswith(f'<div id="{search.FORMS_ID}" data-pagefind-weight="0.5">'
                         'perlindungan: lindung pekerja: kerja pekerjaan</div>')
    assert html.replace(body, "") == PAGE.replace(PAGE[PAGE.index("<article"):PAGE.index("</article>")], "")
    with pytest.raises(ValueError):
        search.prepared_html("<html><body><p>no article</p></body></html>", [], {})


def _strings(lang):
    return yaml.safe_load((PROJECT / "strings" / f"{lang}.yml").read_text(encoding="utf-8"))


def test_filters_come_from_the_dossier_in_each_language(dossier):
    letter = "korespondensi/2023-12-surat-rekomendasi-kebijakan.md"
    meta = dossier.meta(letter, "id")
    expected = model.Dossier.institution_name
    for lang in ("id", "en"):
        found = search.page_filters(dossier, letter, lang, _strings(lang))
        assert found["kind"] == [_strings(lang)["search_kind_letter"]]
        named = {expected(dossier, ident, lang) for ident in
                 [meta["sender"], *meta["recipients"], *meta["recommendations"][0]["partners"]]}
        assert named <= set(found["institution"])
    assert search.page_filters(dossier, "rekomendasi/bps.md", "en", _strings("en")) == {
        "kind": ["Recommendations by institution"], "institution": [dossier.institution_name("bps", "en")]}
    assert search.page_filters(dossier, "glosarium.md", "id", _strings("id")) == {
        "kind": ["Ikhtisar dan halaman lain"], "institution": []}
    urls = search.site_filters(dossier, {"id": _strings("id"), "en": _strings("en")})
    assert urls["/"]["kind"] == ["Ikhtisar dan halaman lain"] and "/en/rekomendasi/bps/" in urls


def _site(root, pages):
    for path, (lang, title, text) in pages.items():
        file = root / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(f'<html lang="{lang}"><body><article class="md-content__inner md-typeset">'
                        f'<h1 id="t">{title}</h1><p>{text}</p></article></body></html>', encoding="utf-8")


def test_indexing_a_small_site_with_pagefind(tmp_path):
    _site(tmp_path, {
        "index.html": ("id", "Beranda", "Perlindungan pekerja rumahan."),
        "a/index.html": ("id", "Kementerian", "Kementerian melindungi pekerja."),
        "404.html": ("id", "Tidak ditemukan", "Halaman tidak ada."),
        "en/index.html": ("en", "Home", "Coordination of ministries."),
    })
    (tmp_path / "old").mkdir()
    (tmp_path / "old/index.html").write_text('<html lang="id"><meta http-equiv="refresh" content="0; url=../a/">')
    before = {path: path.read_text() for path in tmp_path.rglob("*.html")}
    stats = search.index_site(tmp_path, {"/a/": {"kind": ["Surat"]}})
    assert (stats["id"].pages, stats["en"].pages) == (2, 1)  # not the 404 page, nor the redirect
    assert stats["id"].extra["/a/"] == [("kementerian", ["menteri"]),
                                        ("melindungi", ["lindung", "perlindungan"]), ("pekerja", ["kerja"])]
    entry = json.loads((tmp_path / "pagefind/pagefind-entry.json").read_text())
    assert {lang: entry["languages"][lang]["page_count"] for lang in entry["languages"]} == {"id": 2, "en": 1}
    bundle = {path.name for path in (tmp_path / "pagefind").iterdir()}
    assert {"pagefind.js", "wasm.id.pagefind", "wasm.en.pagefind", "index", "fragment", "filter"} <= bundle
    assert not bundle & set(search.UNUSED_BUNDLE_FILES)
    # Readers' pages are as they were: the extra forms are only in what Pagefind was handed.
    assert {path: path.read_text() for path in tmp_path.rglob("*.html")} == before


def test_indexing_where_an_event_loop_already_runs(tmp_path):
    """As in a test process after Playwright's sync API, or a plugin of MkDocs with a loop.
    (A thread of its own: in the whole suite, Playwright's loop may already run in this one.)"""
    import asyncio
    import concurrent.futures

    _site(tmp_path, {"index.html": ("id", "Beranda", "Perlindungan pekerja rumahan.")})

    async def inside_a_loop():
        return search.index_site(tmp_path, {})

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        assert pool.submit(asyncio.run, inside_a_loop()).result()["id"].pages == 1
