"""Tables on wide screens and on phones (docs/assets/stylesheets/dossier.css).

On a phone a table's rows are cards (test_phone_reading.py checks every page): nothing scrolls.
On a wide screen the table stays a table; one wider than its column says that it scrolls
sideways: shadows fixed at the wrapper's edges, covers that travel with the table.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

STATE = """() => {
    const wrap = document.querySelector('article .md-typeset__scrollwrap');
    const style = getComputedStyle(wrap);
    return {
        scrolls: wrap.scrollWidth > wrap.clientWidth + 50,
        attachments: style.backgroundAttachment,
        layers: style.backgroundImage.split('gradient(').length - 1,
        tableBackground: getComputedStyle(wrap.querySelector('table')).backgroundColor,
        tableDisplay: getComputedStyle(wrap.querySelector('table')).display,
    };
}"""


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_a_table_wider_than_a_desktop_column_shows_it_scrolls(browser, base_url, prefix):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{base_url}/{prefix}rekomendasi/")
    page.wait_for_selector("article .md-typeset__scrollwrap")  # Material's script wraps tables
    assert not page.evaluate(STATE)["scrolls"]  # the dossier's own tables fit
    # A future table with longer lines than the column has room for:
    page.add_style_tag(content="article table td { white-space: nowrap; }")
    state = page.evaluate(STATE)
    assert state["scrolls"], "the table fits: the test no longer shows anything"
    assert state["tableDisplay"] != "block"  # a table, not cards
    assert state["attachments"] == "local, local, scroll, scroll" and state["layers"] == 4
    assert state["tableBackground"] == "rgba(0, 0, 0, 0)"  # the shadows are not painted over
    context.close()


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_the_recommendation_table_does_not_scroll_on_a_phone(page, base_url, prefix):
    page.goto(f"{base_url}/{prefix}rekomendasi/")
    page.wait_for_selector("article .md-typeset__scrollwrap")
    state = page.evaluate(STATE)
    assert not state["scrolls"] and state["tableDisplay"] == "block"  # cards
    assert state["layers"] == 0  # no scroll shadows where nothing scrolls
