"""Each generated view shows exactly what the front matter it comes from says."""
import json

import yaml

import jsonschema
import pytest

from built_site import LANGS, PROJECT, article, html_file, resolve, soup, text
from dossier import dates
from dossier.views import follow_ups

INDEX = "rekomendasi/index.md"


def table_rows(site, page, lang, after_heading_id):
    heading = article(site, page, lang).select_one(f"#{after_heading_id}")
    table = heading.find_next("table")
    return table.select("tbody tr")


def institution_of(site, page, lang, anchor) -> str:
    """Which institution page a link points to (by file)."""
    target, _ = resolve(site, html_file(site, page, lang), anchor["href"])
    return target.parent.name


@pytest.mark.parametrize("lang", LANGS)
def test_recommendation_table_lists_every_recommendation_with_its_institutions(site, dossier, lang):
    expected = [
        (item["addressed_to"], sorted(item["partners"]))
        for _, meta in dossier.of_kind("letter", lang)
        for item in meta.get("recommendations") or []
    ]
    rows = table_rows(site, INDEX, lang, "semua-rekomendasi")
    shown = []
    for row in rows:
        cells = row.select("td")
        addressee = institution_of(site, INDEX, lang, cells[0].a)
        partners = sorted(institution_of(site, INDEX, lang, a) for a in cells[2].select("a"))
        assert cells[4].a["href"].endswith(("#p2",)), "every row links to its source paragraph"
        shown.append((addressee, partners))
    assert sorted(shown) == sorted(expected)
    assert len(expected) == 2  # the source gives two recommendations to Kemensos


@pytest.mark.parametrize("lang", LANGS)
def test_institution_table_counts_match_the_data(site, dossier, lang):
    recs = [item for _, m in dossier.of_kind("letter", lang) for item in m.get("recommendations") or []]
    rows = table_rows(site, INDEX, lang, "menurut-lembaga")
    listed = {}
    for row in rows:
        cells = row.select("td")
        listed[institution_of(site, INDEX, lang, cells[0].a)] = [int(text(c)) for c in cells[1:5]]
    for ident, entry in dossier.institutions.items():
        if ident == "komnas-perempuan":
            assert ident not in listed
            continue
        addressed = sum(r["addressed_to"] == ident for r in recs)
        partner = sum(ident in r["partners"] for r in recs)
        assert listed[ident][:2] == [addressed, partner], ident
    assert listed["kemensos"] == [2, 0, 1, 1]
    assert listed["kemnaker"] == [0, 2, 0, 0] and listed["kemenkes"] == [0, 1, 0, 0] and listed["bps"] == [0, 0, 0, 1]


INSTITUTION_PAGES = [f"rekomendasi/{i}.md" for i in
                     ("kemensos", "kemnaker", "kemenkeu", "kemenperin", "kemenkes",
                      "bpjs-ketenagakerjaan", "bpjs-kesehatan", "bps")]


@pytest.mark.parametrize("page", INSTITUTION_PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_institution_page_records_exactly_what_the_data_says(site, dossier, page, lang):
    ident = dossier.meta(page, lang)["institution"]
    body = article(site, page, lang)
    recs = [item for _, m in dossier.of_kind("letter", lang) for item in m.get("recommendations") or []]
    meetings = dossier.of_kind("meeting", lang)
    expected = {
        "rekomendasi-untuknya": sum(r["addressed_to"] == ident for r in recs),
        "mitra-koordinasi": sum(ident in r["partners"] for r in recs),
        "pertemuan": sum(ident in {a["institution"] for a in m["attendees"]} for _, m in meetings),
        "didorong-komnas-perempuan": sum(ident in r["institutions"] for _, m in meetings for r in m.get("raised") or []),
        "tanggapan": sum(m["sender"] == ident for _, m in dossier.of_kind("letter", lang)),
        "tindak-lanjut": sum(ident in m["owners"] for _, m in dossier.of_kind("follow_up", lang)),
    }
    for anchor, count in expected.items():
        heading = body.select_one(f"h2#{anchor}")
        following = heading.find_next_sibling()
        items = following.select("li") if following.name == "ul" else []
        assert len(items) == count, (anchor, text(following))
        if count == 0:  # says plainly that the source records nothing
            assert following.name == "p" and ("Sumber tidak" in text(following) or "The source" in text(following))


@pytest.mark.parametrize("lang", LANGS)
def test_follow_up_tracker_lists_every_step_with_owner_status_and_origin(site, dossier, lang):
    steps = follow_ups.ordered(dossier.of_kind("follow_up", lang))
    rows = article(site, "tindak-lanjut/index.md", lang).select("table tbody tr")
    assert len(rows) == len(steps) >= 1
    strings = yaml.safe_load((PROJECT / "strings" / f"{lang}.yml").read_text())
    for row, (_, meta) in zip(rows, steps):
        cells = row.select("td")
        assert text(cells[0]) == meta["title"]
        owners = sorted(institution_of(site, "tindak-lanjut/index.md", lang, a) for a in cells[1].select("a"))
        expected_owners = sorted(
            "tentang" if o == "komnas-perempuan" else o for o in meta["owners"])
        assert owners == expected_owners
        assert text(cells[2]) == strings[f"follow_up_status_{meta['status']}"]
        if not follow_ups.moments(meta):  # the source's own step: it gives no date, and the page says so
            assert text(cells[3]) == strings["follow_up_no_date"]
        assert text(cells[4]) == dossier.title(meta["origin"], lang)


@pytest.mark.parametrize("lang", LANGS)
def test_timeline_has_every_dated_event_in_order_with_the_source_precision(site, dossier, lang):
    events = dossier.of_kind("letter", lang) + dossier.of_kind("meeting", lang)
    rows = article(site, "linimasa.md", lang).select("table tbody tr")
    assert len(rows) == len(events) == 3
    titles = [text(row.select("td")[1]) for row in rows]
    ordered = sorted(events, key=lambda e: dates.interval(e[1]["date"]))
    assert titles == [m["title"] for _, m in ordered]
    first_date = text(rows[0].select("td")[0])
    assert first_date == {"id": "Desember 2023", "en": "December 2023"}[lang]  # a month, not a day
    assert {"id": "tanpa tanggal", "en": "undated"}[lang] in text(rows[1].select("td")[0])
    assert text(rows[2].select("td")[0]) == {"id": "21 atau 22 Februari 2024", "en": "21 or 22 February 2024"}[lang]


@pytest.mark.parametrize("lang", LANGS)
def test_source_page_lists_every_page_that_cites_it(site, dossier, lang):
    listed = {
        resolve(site, html_file(site, "sumber/dialog-kemensos-2024.md", lang), a["href"])[0]
        for a in article(site, "sumber/dialog-kemensos-2024.md", lang).select("#halaman-turunan ~ ul > li > a:first-child")
    }
    citing = set()
    for page in dossier.pages:
        html = article(site, page, lang)
        if page != "sumber/dialog-kemensos-2024.md" and html.select("a[href*='sumber/dialog-kemensos-2024/#p']"):
            citing.add(html_file(site, page, lang))
    assert listed == citing and len(citing) >= 10


@pytest.mark.parametrize("lang", LANGS)
def test_glossary_lists_every_term_and_acronyms_get_tooltips(site, dossier, lang):
    body = article(site, "glosarium.md", lang)
    for entry in dossier.glossary:
        assert body.select_one(f"h2#{entry['id']}") is not None, entry["id"]
    titles = {
        abbr.get_text(): abbr["title"]
        for page in ("pertemuan/2024-02-22-dialog-kemensos.md", "korespondensi/2023-12-surat-rekomendasi-kebijakan.md")
        for abbr in soup(site, page, lang).select("article abbr")
    }
    for acronym in ("PBI", "BPS", "BPJS"):
        entry = next(e for e in dossier.glossary if e.get("abbr") == acronym)
        assert titles[acronym] == " ".join(entry["term"][lang].split())


def test_json_export_validates_and_matches_between_languages(site, dossier):
    schema = json.loads((PROJECT / "schemas" / "export" / "dossier.schema.json").read_text())
    documents = {}
    for lang in LANGS:
        prefix = "" if lang == "id" else f"{lang}/"
        document = json.loads((site / prefix / "data" / "dossier.json").read_text())
        jsonschema.validate(document, schema)
        assert (site / prefix / "data" / "dossier.schema.json").is_file()
        assert document["language"] == lang
        assert len(document["letters"]) == len(dossier.of_kind("letter", lang))
        assert len(document["meetings"]) == len(dossier.of_kind("meeting", lang))
        assert len(document["follow_ups"]) == len(dossier.of_kind("follow_up", lang))
        documents[lang] = document

    def language_independent(document):
        return [
            (m["id"], m["date"], m.get("date_alternatives"), [a["institution"] for a in m["attendees"]])
            for m in document["meetings"]
        ] + [
            (letter["id"], letter["date"], letter["sender"], letter["recipients"],
             [(r["id"], r["addressed_to"], r["partners"]) for r in letter["recommendations"]])
            for letter in document["letters"]
        ] + [(f["id"], f["status"], f["owners"], f["origin"]) for f in document["follow_ups"]]

    assert language_independent(documents["id"]) == language_independent(documents["en"])


@pytest.mark.parametrize("lang", LANGS)
def test_about_page_links_to_the_json_export(site, lang):
    about = html_file(site, "tentang.md", lang)
    hrefs = [a["href"] for a in soup(site, "tentang.md", lang).select("a[type='application/json']")]
    assert hrefs, "no link to the JSON export"
    assert all(resolve(site, about, href)[0].is_file() for href in hrefs)
