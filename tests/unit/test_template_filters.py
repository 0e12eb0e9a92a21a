"""Jinja filters of hooks/template_filters.py."""
from __future__ import annotations

import datetime as dt

import template_filters

SECTION = """<label class="md-nav__link " for="__nav_2" id="__nav_2_label" tabindex="">
  <span class="md-nav__icon md-icon"></span>
</label>
<nav class="md-nav" data-md-level="1" aria-labelledby="__nav_2_label" aria-expanded="false">
  <label class="md-nav__title" for="__nav_2">
    <span class="md-nav__icon md-icon"></span>
    Rekomendasi
  </label>"""


def test_format_day_in_each_language():
    assert template_filters.format_day("2026-11-27", "id") == "27 November 2026"
    assert template_filters.format_day("2026-03-01", "id") == "1 Maret 2026"
    assert template_filters.format_day(dt.date(2026, 12, 2), "en") == "2 December 2026"
    assert template_filters.format_day(dt.datetime(2026, 12, 2, 23, 59), "en") == "2 December 2026"


def test_a_navigation_section_is_named_by_its_title():
    named = template_filters.name_nav_sections(SECTION)
    assert 'aria-labelledby="__nav_2_title"' in named
    assert '<label class="md-nav__title" for="__nav_2" id="__nav_2_title">' in named
    assert 'id="__nav_2_label"' in named  # the icon label keeps its id
    assert named.count("__nav_2_title") == 2


def test_nested_sections_each_get_their_own_name():
    nested = SECTION + SECTION.replace("__nav_2", "__nav_2_1").replace("Rekomendasi", "Sub")
    named = template_filters.name_nav_sections(nested)
    assert named.count('aria-labelledby="__nav_2_title"') == 1
    assert named.count('aria-labelledby="__nav_2_1_title"') == 1
    assert 'id="__nav_2_1_title"' in named


def test_html_without_sections_is_unchanged():
    html = '<nav class="md-nav md-nav--secondary" aria-label="Daftar isi"></nav>'
    assert template_filters.name_nav_sections(html) == html
