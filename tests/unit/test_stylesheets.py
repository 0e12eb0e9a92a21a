"""Trimming Material's stylesheet (dossier/stylesheets.py): what goes, what must stay."""
from __future__ import annotations

import glob
from pathlib import Path

from dossier import stylesheets


def test_parse_and_serialize_give_back_material_stylesheet_byte_for_byte():
    import material

    templates = Path(material.__file__).parent / "templates"
    (path,) = glob.glob(str(templates / "assets/stylesheets/main.*.min.css"))
    css = Path(path).read_text(encoding="utf-8")
    assert stylesheets.serialize(stylesheets.parse(css)) == css


def test_a_rule_for_a_class_no_page_has_goes():
    css = ".md-tag{color:red}.md-typeset p{margin:0}"
    assert stylesheets.trim(css, {"md-typeset"}) == ".md-typeset p{margin:0}"


def test_a_selector_list_keeps_the_selectors_that_can_match():
    css = ".md-tag,.md-typeset a,a.md-tag-icon{color:red}"
    assert stylesheets.trim(css, {"md-typeset"}) == ".md-typeset a{color:red}"


def test_classes_inside_not_is_where_and_attributes_do_not_count():
    css = (".a:not(.never){x:1}:is(.never,.a) b{x:2}.a[title='x.never']{x:3}"
           ".never-used:not(.a){x:4}")
    assert stylesheets.trim(css, {"a"}) == ".a:not(.never){x:1}:is(.never,.a) b{x:2}.a[title='x.never']{x:3}"


def test_rules_inside_media_are_trimmed_and_an_empty_media_goes():
    css = "@media print{.md-tag{x:1}}@media screen{.md-tag{x:1}.a{x:2}}"
    assert stylesheets.trim(css, {"a"}) == "@media screen{.a{x:2}}"


def test_keyframes_font_face_and_statements_stay_as_they_are():
    css = '@charset "UTF-8";@keyframes spin{0%{x:1}to{x:2}}@font-face{font-family:F;src:url(f.woff2)}'
    assert stylesheets.trim(css, set()) == css


def test_strings_with_braces_and_commas_do_not_confuse_the_parser():
    css = '.a:after{content:"}{,;"}.b{x:1}'
    assert stylesheets.trim(css, {"a"}) == '.a:after{content:"}{,;"}'


def test_classes_material_script_adds_are_kept():
    css = ".md-tooltip2--active{display:block}.md-nav__link--active{color:red}"
    assert stylesheets.trim(css, set()) == css


def test_a_custom_property_nothing_reads_goes_and_one_that_is_read_stays():
    css = ":root{--unused:1;--used:2;--chain:3}.a{x:var(--used);y:var(--also)}"
    trimmed = stylesheets.trim(css, {"a"}, others=".b{z:var(--chain)}")
    assert trimmed == ":root{--used:2;--chain:3}.a{x:var(--used);y:var(--also)}"


def test_a_custom_property_read_only_by_a_dropped_rule_goes_too():
    css = ":root{--tag-icon:url(x.svg);--keep:1}.md-tag{m:var(--tag-icon)}.a{k:var(--keep)}"
    assert stylesheets.trim(css, {"a"}) == ":root{--keep:1}.a{k:var(--keep)}"


def test_classes_in_html_reads_every_class_attribute():
    html = '<div class="a b"><p class="c">x</p><span class=d></span></div>'
    assert stylesheets.classes_in_html(html) == {"a", "b", "c", "d"}


def test_classes_in_html_reads_single_quotes_spacing_and_case():
    html = "<p CLASS = 'e  f'>x</p><b class=\"g\">y</b><i Class=h>z</i>"
    assert stylesheets.classes_in_html(html) == {"e", "f", "g", "h"}


def test_classes_in_html_errs_only_towards_more_classes():
    # Neither data-class nor the words class="x" in a page's text make a class; counting
    # them only keeps rules that could have gone, never drops one a page needs.
    html = '<p data-class="extra">&lt;p class="in-text"&gt;</p>'
    assert stylesheets.classes_in_html(html) == {"extra", "in-text"}


def test_custom_properties_known_to_be_read_are_kept():
    css = ":root{--page-only:1;--unread:2}.a{x:1}"
    assert stylesheets.trim(css, {"a"}, properties_read={"--page-only"}) == ":root{--page-only:1}.a{x:1}"


def test_right_to_left_rules_go_when_no_page_is_right_to_left():
    css = "[dir=rtl] .a{x:1}.a:not([dir=rtl]){x:2}[dir=ltr] .a{x:3}.a{x:4}"
    assert stylesheets.trim(css, {"a"}) == ".a:not([dir=rtl]){x:2}[dir=ltr] .a{x:3}.a{x:4}"
    used = {"a"} | stylesheets.classes_in_html('<html lang="ar" dir="rtl"><p class="a">')
    assert stylesheets.trim(css, used) == css
