"""The source page as a reader who followed a [¶n] link sees it: each paragraph shows its
number, and the one linked to stands out (docs/assets/stylesheets/dossier.css)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

SOURCE = "sumber/dialog-kemensos-2024/"
MEETING = "pertemuan/2024-02-22-dialog-kemensos/"

NUMBERING = """() => [...document.querySelectorAll('.source-paragraph')].map(p => ({
    id: p.id,
    before: getComputedStyle(p, '::before').content,
    increments: getComputedStyle(p).counterIncrement,
    sameParent: p.parentElement === document.querySelector('.source-paragraph').parentElement,
}))"""
BACKGROUND = "id => getComputedStyle(document.getElementById(id)).backgroundColor"


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_every_source_paragraph_shows_the_number_its_anchor_has(page, base_url, prefix):
    # The browser does not tell what a counter printed; it tells that each paragraph counts
    # itself and prints the count, in one run of siblings: so ¶n is printed on #pn.
    page.goto(f"{base_url}/{prefix}{SOURCE}")
    paragraphs = page.evaluate(NUMBERING)
    assert len(paragraphs) >= 5
    assert [p["id"] for p in paragraphs] == [f"p{n}" for n in range(1, len(paragraphs) + 1)]
    assert all(p["sameParent"] for p in paragraphs)
    assert {p["increments"] for p in paragraphs} == {"source-paragraph 1"}
    assert {p["before"] for p in paragraphs} == {'"¶" counter(source-paragraph) " "'}


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_following_a_paragraph_link_lands_on_a_marked_paragraph(page, base_url, prefix):
    page.goto(f"{base_url}/{prefix}{MEETING}")
    link = page.locator(f'article a[href$="{SOURCE}#p5"]').first
    link.click()
    page.wait_for_url(f"**/{prefix}{SOURCE}#p5")
    assert page.evaluate(BACKGROUND, "p5") != page.evaluate(BACKGROUND, "p4")
    assert page.evaluate(BACKGROUND, "p4") == page.evaluate(BACKGROUND, "p3")  # only the target
    box = page.locator("#p5").bounding_box()
    assert 0 <= box["y"] < page.viewport_size["height"]  # in view, not under the header
