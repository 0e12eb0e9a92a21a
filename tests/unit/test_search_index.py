"""Per-language search indexes: entries relative to the language's root, __config base."""
import json

import pytest

from dossier import search_index

SETTINGS = {"lang": ["en"], "pipeline": ["trimmer"]}
PAGE = (
    '<html><script id="__config" type="application/json">'
    '{"base": "../..", "features": [], "translations": {"x": "a <b> & \'c\'"}}'
    "</script></html>"
)


def test_default_language_index_keeps_locations():
    entries = [{"location": "a/#x", "title": "A", "text": "t"}]
    assert search_index.index_for(entries, "id", SETTINGS) == {"config": SETTINGS, "docs": entries}


def test_other_language_locations_are_relative_to_its_root():
    entries = [{"location": "en/a/#x", "title": "A", "text": "t"}, {"location": "en/", "title": "H", "text": ""}]
    docs = search_index.index_for(entries, "en", SETTINGS)["docs"]
    assert [doc["location"] for doc in docs] == ["a/#x", ""]


def test_an_entry_of_another_language_is_refused():
    with pytest.raises(ValueError):
        search_index.index_for([{"location": "a/", "title": "A", "text": ""}], "en", SETTINGS)


def test_english_pages_search_from_the_english_root():
    html = search_index.point_search_at_language(PAGE, "en")
    script = html.split('type="application/json">')[1].split("</script>")[0]
    config = json.loads(script)
    assert config["base"] == "../../en/"
    assert config["translations"]["x"] == "a <b> & 'c'"
    assert "<b>" not in script  # still safe inside <script>


def test_default_language_pages_are_left_alone():
    assert search_index.point_search_at_language(PAGE, "id") == PAGE


def test_a_page_without_material_config_is_an_error():
    with pytest.raises(ValueError):
        search_index.point_search_at_language("<html></html>", "en")
