"""dossier/views/page.py and dossier/export/assets.py: what every page and asset gets."""
import datetime as dt

from dossier.export import assets
from dossier.views import page

STRINGS = {"permalink_title": "Tautan ke bagian ini", "permalink_label": "Tautan ke bagian ini: {heading}",
           "share_label": "Bagikan: {heading}", "share_copied": "Tautan ke “{heading}” sudah disalin.",
           "share_copy_failed": "Gagal: {url}"}


def test_title_becomes_the_h1_when_the_page_has_none():
    assert page.heading_markdown("Text.\n", "Jaminan sosial") == "# Jaminan sosial\n\nText.\n"
    assert page.heading_markdown("# Own\n\nText.", "Title") == "# Own\n\nText."
    assert page.heading_markdown("Text.", None) == "Text."


def test_acronyms_are_defined_in_the_page_language():
    glossary = [{"abbr": "BPS", "term": {"id": "Badan Pusat\n Statistik", "en": "Statistics Indonesia"}},
                {"term": {"id": "pekerja rumahan", "en": "homeworkers"}}]
    assert page.abbreviation_lines(glossary, "id") == "*[BPS]: Badan Pusat Statistik"
    assert page.with_abbreviations("Teks.", glossary, "en") == "Teks.\n\n*[BPS]: Statistics Indonesia\n"


def test_source_paragraph_links_are_named_by_their_title():
    out = page.label_links('<a href="../s/#p4" title="Sumber, paragraf 4">¶4</a>', STRINGS)
    assert out == ('<a class="dossier-source-ref" href="../s/#p4" title="Sumber, paragraf 4" '
                   'aria-label="Sumber, paragraf 4">¶4</a>')


def test_permanent_links_say_which_section_in_the_page_language():
    heading = ('<h2 id="yang-hadir">Yang <abbr title="x">hadir</abbr> &amp; lain'
               '<a class="headerlink" href="#yang-hadir" title="Permanent link">#</a></h2>')
    out = page.label_links(heading, STRINGS)
    assert 'title="Tautan ke bagian ini"' in out
    assert 'aria-label="Tautan ke bagian ini: Yang hadir &amp; lain"' in out
    assert "Permanent link" not in out


def test_a_page_with_headings_gets_one_live_region_for_its_share_buttons():
    heading = ('<h2 id="yang-hadir">Yang <abbr title="x">hadir</abbr> &amp; lain'
               '<a class="headerlink" href="#yang-hadir" title="Permanent link">#</a></h2>')
    out = page.label_links(heading + heading.replace("yang-hadir", "lain"), STRINGS)
    assert out.count('role="status"') == 1 and "<button" not in out  # share.js adds the buttons
    assert ('data-label="Bagikan: {heading}" data-copied="Tautan ke “{heading}” sudah disalin." '
            'data-failed="Gagal: {url}"') in out
    assert "data-share-status" not in page.label_links("<p>No heading.</p>", STRINGS)


def test_format_day_in_each_language():
    assert page.format_day("2026-11-27", "id") == "27 November 2026"
    assert page.format_day("2026-03-01", "id") == "1 Maret 2026"
    assert page.format_day(dt.date(2026, 12, 2), "en") == "2 December 2026"
    assert page.format_day(dt.datetime(2026, 12, 2, 23, 59), "en") == "2 December 2026"


def test_comments_go_code_stays():
    css = "/* why */\n:root {\n  --x: 1; /* kept: not a whole line */\n}\n\n/* a\n   b */\na { b: c; }\n"
    assert assets.without_comments(css, ".css") == ":root {\n  --x: 1; /* kept: not a whole line */\n}\na { b: c; }\n"
    js = '// why\n(function () {\n  // how\n  var u = "https://x.test/a"; // kept\n})();\n'
    assert assets.without_comments(js, ".js") == '(function () {\n  var u = "https://x.test/a"; // kept\n})();\n'
