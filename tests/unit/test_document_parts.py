"""Pure parts of the dossier as a document: the print view's order and rewriting, the paper's
running footer, the PDF's size wording, the citation files, the schema.org data."""
import json

import pytest

from dossier.export import citation, pdf
from dossier.load.front_matter import PageSource
from dossier.load.model import Dossier
from dossier.site import Site
from dossier.views import metadata, print_view
from dossier.views.page import label_links, print_page_css

SITE = Site.from_config({"plugins": [{"i18n": {"docs_structure": "suffix", "languages": [
    {"locale": "id", "default": True}, {"locale": "en"}]}}], "site_url": "https://x.test/d/"})


def test_records_follow_their_sections_list_and_the_print_view_is_left_out():
    nav = ["index.md", "pertemuan/index.md", "linimasa.md"]
    pages = ["linimasa.md", "pertemuan/b.md", "pertemuan/a.md", "index.md", "pertemuan/index.md", "cetak.md"]
    assert print_view.page_order(nav, pages) == [
        "index.md", "pertemuan/index.md", "pertemuan/a.md", "pertemuan/b.md", "linimasa.md"]


@pytest.mark.parametrize("page, anchor", [
    ("index.md", "hal-beranda"), ("pertemuan/index.md", "hal-pertemuan"), ("pertemuan/2024-x.md", "hal-pertemuan-2024-x"),
])
def test_each_page_has_its_own_anchor(page, anchor):
    assert print_view.anchor_of(page) == anchor


def test_a_page_in_the_document_links_within_it_and_keeps_ids_apart():
    parts = {"en/pertemuan/a/": "hal-pertemuan-a", "en/linimasa/": "hal-linimasa"}
    part = print_view.Part("pertemuan/a.md", "en/pertemuan/a/", "A", (
        '<h1 id="a-title">A<a class="headerlink" href="#a-title">#</a></h1>'
        '<h2 id="hasil">Outcome</h2><section aria-labelledby="hasil"></section>'
        '<a href="../../linimasa/#x">timeline</a> <a href="#hasil">here</a> '
        '<a href="../../data/dossier.json">data</a> <a href="https://example.org/">out</a>'))
    out = print_view.rewrite_part(part, parts, SITE)
    assert '<h2>A</h2>' in out  # the title one level down; its id is the part's
    assert '<h3 id="hal-pertemuan-a--hasil">Outcome</h3>' in out
    assert 'aria-labelledby="hal-pertemuan-a--hasil"' in out
    assert 'href="#hal-linimasa--x"' in out and 'href="#hal-pertemuan-a--hasil"' in out
    assert 'href="https://x.test/d/en/data/dossier.json"' in out  # not in the document: its address
    assert 'href="https://example.org/"' in out
    assert "headerlink" not in out


def test_the_edition_is_the_last_change():
    assert print_view.edition([{"updated": "2026-11-27"}, {"updated": "2027-01-05"}, {}]) == "2027-01-05"


@pytest.mark.parametrize("page_of, counter", [
    ("Halaman {page} dari {pages}", '"Halaman " counter(page) " dari " counter(pages)'),
    ("Page {page} of {pages}", '"Page " counter(page) " of " counter(pages)'),
])
def test_the_paper_footer_numbers_pages_in_the_pages_language(page_of, counter):
    css = print_page_css('Dossier "D"', page_of)
    assert f"@bottom-right{{content:{counter};" in css
    assert '@bottom-left{content:"Dossier \\"D\\"";' in css


@pytest.mark.parametrize("size, lang, text", [
    (812_345, "id", "812 KB"), (1_234_567, "id", "1,2 MB"), (1_234_567, "en", "1.2 MB"), (300, "en", "1 KB"),
])
def test_pdf_sizes_in_the_readers_language(size, lang, text):
    assert pdf.size_text(size, lang) == text


def test_a_source_reference_names_its_source_for_paper():
    html = '<a href="../sumber/x/#p5" title="Sumber, paragraf 5">¶5</a>'
    out = label_links(html, {"permalink_label": "{heading}", "permalink_title": "t"}, {"sumber/x": 'Siaran "pers"'})
    assert 'data-print-source="Siaran &quot;pers&quot;"' in out and 'aria-label="Sumber, paragraf 5"' in out
    assert "data-print-source" not in label_links(html, {"permalink_label": "{heading}", "permalink_title": "t"})


ITEM = {"key": "komnas-perempuan-pertemuan-a", "author": "Komnas Perempuan", "title": "A & B: 100%",
        "container": "Dosier", "date": "2026-11-27", "lang": "id", "url": "https://x.test/d/pertemuan/a/"}


def test_bibtex_is_a_report_of_the_organisation_as_one_name():
    text = citation.bibtex(ITEM)
    assert text.startswith("@techreport{komnas-perempuan-pertemuan-a,\n")
    # BibTeX.js: a name in its own braces is one name (fieldMode 1), never "Perempuan, Komnas".
    assert "  author = {{Komnas Perempuan}},\n" in text
    assert "  institution = {Komnas Perempuan},\n" in text
    assert "  title = {{A \\& B: 100\\%}},\n" in text
    assert "  url = {https://x.test/d/pertemuan/a/}\n}" in text and "  year = {2026}," in text


def test_ris_is_a_report_whose_author_has_no_comma():
    lines = citation.ris(ITEM).split("\r\n")
    assert lines[0] == "TY  - RPRT" and lines[-2] == "ER  - "
    # RIS.js: an AU without a comma is one name (fieldMode 1); PB of a report is its institution.
    assert "AU  - Komnas Perempuan" in lines and "PB  - Komnas Perempuan" in lines
    assert "DA  - 2026/11/27" in lines and "UR  - https://x.test/d/pertemuan/a/" in lines


@pytest.mark.parametrize("readings, certain", [
    (["2024-02-22"], "2024-02-22"), (["2024-02-22", "2024-02-21"], "2024-02"), (["2023-12"], "2023-12"),
    (["2024-01-31", "2023-12-01"], ""),
])
def test_a_date_the_source_contradicts_is_given_as_far_as_it_is_certain(readings, certain):
    assert metadata.certain_date(readings) == certain


class _Dossier:
    institutions = {"komnas-perempuan": {"name": {"id": "Komisi (Komnas Perempuan)"}, "short_name": "Komnas Perempuan",
                                         "author": True},
                    "kemensos": {"name": {"id": "Kementerian Sosial RI", "en": "Ministry of Social Affairs"}, "short_name": "Kemensos"}}
    site = SITE

    def of_kind(self, kind, lang):
        return [("sumber/x.md", {"original_url": "https://komnasperempuan.go.id/a/b"})]


def _graph(meta, lang="id"):
    data = metadata.json_ld(dossier=_Dossier(), page="pertemuan/a.md", lang=lang, meta=meta,
                            url="https://x.test/d/pertemuan/a/", alternates={"id": "pertemuan/a/", "en": "en/pertemuan/a/"},
                            site_url="https://x.test/d/", default_lang="id", site_name="Dosier",
                            published="2026-11-27", modified="2026-11-28", publisher="komnas-perempuan")
    parsed = json.loads(metadata.json_ld_text(data))
    return {node["@type"]: node for node in parsed["@graph"]}


def test_json_ld_of_a_meeting():
    graph = _graph({"kind": "meeting", "title": "Dialog", "date": "2024-02-22", "date_alternatives": ["2024-02-21"],
                    "place": "Kantor", "attendees": [{"institution": "kemensos"}, {"institution": "komnas-perempuan"}]})
    page, org, event = graph["WebPage"], graph["Organization"], graph["Event"]
    assert page["publisher"] == {"@id": org["@id"]} and org["alternateName"] == "Komnas Perempuan"
    assert org["url"] == "https://komnasperempuan.go.id/" and org["address"]["addressCountry"] == "ID"
    assert page["inLanguage"] == "id" and (page["datePublished"], page["dateModified"]) == ("2026-11-27", "2026-11-28")
    assert page["workTranslation"] == [{"@type": "WebPage", "@id": "https://x.test/d/en/pertemuan/a/", "inLanguage": "en"}]
    assert page["isPartOf"]["@type"] == "Report" and page["isPartOf"]["name"] == "Dosier"
    assert event["startDate"] == "2024-02" and event["location"]["name"] == "Kantor"
    assert [a.get("name") or a["@id"] for a in event["attendee"]] == ["Kementerian Sosial RI", org["@id"]]


def test_json_ld_of_an_english_letter_with_a_span_of_dates():
    graph = _graph({"kind": "letter", "title": "Reply", "sender": "kemensos", "recipients": ["komnas-perempuan"],
                    "date": {"not_before": "2023-12", "not_after": "2024-02-22"}}, lang="en")
    message = graph["Message"]
    assert message["sender"] == {"@type": "Organization", "@id": "https://x.test/d/#kemensos",
                                 "name": "Ministry of Social Affairs", "alternateName": "Kemensos"}
    assert message["recipient"] == [{"@id": graph["Organization"]["@id"]}]
    assert "dateSent" not in message  # the source gives a span, not a date
    assert "translationOfWork" in graph["WebPage"] and "workTranslation" not in graph["WebPage"]


def test_json_ld_cannot_end_its_script_early():
    assert "</" not in metadata.json_ld_text({"name": "</script><script>"})


def test_the_print_view_is_updated_when_any_page_is():
    def source(path, updated):
        return PageSource(path, {"updated": updated}, "")
    dossier = Dossier(docs_dir=None, site=SITE, pages={
        print_view.PRINT_PAGE: {"id": source("cetak.md", "2026-12-02"), "en": source("cetak.en.md", "2026-12-02")},
        "a.md": {"id": source("a.md", "2027-01-05"), "en": source("a.en.md", "2027-01-05")},
        "b.md": {"id": source("b.md", "2026-11-27"), "en": source("b.en.md", "2026-11-27")},
    })
    print_view.date_as_its_parts(dossier)
    assert [dossier.meta(print_view.PRINT_PAGE, lang)["updated"] for lang in ("id", "en")] == ["2027-01-05"] * 2
