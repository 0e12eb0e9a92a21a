"""A table wider than a phone says that it scrolls sideways (docs/assets/stylesheets/dossier.css):
shadows fixed at the wrapper's edges, covers that travel with the table."""
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
    };
}"""


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_the_recommendation_table_shows_it_scrolls_on_a_phone(page, base_url, prefix):
    page.goto(f"{base_url}/{prefix}rekomendasi/")
    page.wait_for_selector("article .md-typeset__scrollwrap")  # Material's script wraps tables
    state = page.evaluate(STATE)
    assert state["scrolls"], "the table fits: the test no longer shows anything"
    assert state["attachments"] == "local, local, scroll, scroll" and state["layers"] == 4
    assert state["tableBackground"] == "rgba(0, 0, 0, 0)"  # the shadows are not painted over
