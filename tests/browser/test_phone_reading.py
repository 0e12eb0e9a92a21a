"""Reading on a phone (WCAG 2.2 reflow, 1.4.10; target size, 2.5.8; text spacing, 1.4.12): on
every page of both languages, at 320, 360 and 1280 px (and 640 px: 1280 at 200% zoom), nothing scrolls sideways, neither the
page nor a table; no table cell is clipped or breaks a word; on phones each table row is a card
whose values are labelled with their column's header in the page's language, and screen readers
still get a table; every link and button stands alone at 24 by 24 px at least, or is spaced as
2.5.8 allows.

axe's own checks (including dark mode's contrast) are in test_accessibility.py.
"""
from __future__ import annotations

import pytest

from _site import published_pages, published_tab

pytestmark = pytest.mark.browser

WIDTHS = [320, 360, 640, 1280]  # 640: a 1280 px window zoomed to 200% (WCAG 1.4.4)
PHONE = 47.984375 * 16  # dossier.css: tables become cards below this width (in CSS px)

# Everything the checks need, measured in one pass of the page as it is laid out now.
MEASURE = """() => {
  const width = document.documentElement.clientWidth;
  const out = {pageWidth: document.documentElement.scrollWidth, width, scrollers: [], tables: []};
  const visible = e => {
    const r = e.getBoundingClientRect();
    if (!r.width || !r.height) return false;
    for (let p = e; p; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (s.display === "none" || s.visibility === "hidden" || parseFloat(s.opacity) === 0) return false;
    }
    return true;
  };
  // Whatever scrolls sideways inside the page (a table's wrapper, a code block ...).
  for (const e of document.querySelectorAll(".md-main *, .md-header *, .md-footer *")) {
    const s = getComputedStyle(e);
    if (["auto", "scroll"].includes(s.overflowX) && e.scrollWidth > e.clientWidth + 1 && visible(e))
      out.scrollers.push(`${e.tagName.toLowerCase()}.${e.className} ${e.scrollWidth} > ${e.clientWidth}`);
  }
  for (const table of document.querySelectorAll("article table")) {
    const box = table.getBoundingClientRect();
    const headers = [...table.querySelectorAll("thead th")].map(th => th.textContent.replace(/\\s+/g, " ").trim());
    const cells = [];
    for (const td of table.querySelectorAll("tbody td")) {
      const r = td.getBoundingClientRect();
      const text = td.textContent.replace(/\\s+/g, " ").trim();
      // A word (a run of letters or digits) laid out on two lines is broken mid-word; URLs
      // and identifiers may wrap where they must.
      const broken = [];
      const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
      for (let node; (node = walker.nextNode());) {
        for (const m of node.data.matchAll(/[\\p{L}\\p{N}]+/gu)) {
          const around = node.data.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
          if (/:\\/\\/|@/.test(around)) continue;
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter(q => q.width > 0).map(q => Math.round(q.top)));
          if (lines.size > 1) broken.push(m[0]);
        }
      }
      const before = getComputedStyle(td, "::before");
      cells.push({
        text, broken, label: td.getAttribute("data-label"),
        shownLabel: before.content, labelShown: before.display !== "none" && before.content !== "none",
        clipped: td.scrollWidth > td.clientWidth + 1 || r.left < box.left - 1 || r.right > box.right + 1
          || r.right > width + 1 || r.left < -1,
      });
    }
    out.tables.push({
      headers, cells, display: getComputedStyle(table).display,
      headerShown: visible(table.querySelector("thead th")) && table.querySelector("thead").getBoundingClientRect().height > 2,
    });
  }
  return out;
}"""

# Links and buttons that stand alone (not a link within a sentence: 2.5.8's inline exception),
# with their size; those under 24 px need 2.5.8's spacing: a 24 px circle on each, touching
# no other target and no other small target's circle.
TARGETS = """() => {
  const shown = e => {
    const r = e.getBoundingClientRect();
    if (!r.width || !r.height) return false;
    for (let p = e; p; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (s.display === "none" || s.visibility === "hidden" || parseFloat(s.opacity) === 0) return false;
    }
    return r.bottom > 0 && r.right > 0 && r.left < innerWidth;
  };
  const inSentence = e => {
    if (getComputedStyle(e).display !== "inline") return false;
    const block = e.closest("p, li, dd, dt, td, th, figcaption, blockquote");
    if (!block) return false;
    const own = e.textContent.trim().length;
    return block.textContent.replace(/\\s+/g, " ").trim().length > own + 3;
  };
  // Labels are left out, but for Material's header buttons: the others title the navigation
  // (on a desktop they toggle nothing) or are inside the closed drawer.
  const all = [...document.querySelectorAll(
    "a[href], button, summary, select, [role=button], input:not([type=checkbox]):not([type=hidden]), label.md-header__button"
  )].filter(shown);
  const targets = all.map(e => ({e, r: e.getBoundingClientRect()}));
  const small = targets.filter(t => !inSentence(t.e) && (t.r.width < 23.9 || t.r.height < 23.9));
  const centre = r => [r.left + r.width / 2, r.top + r.height / 2];
  const circleTouchesBox = ([x, y], r) => {
    const dx = Math.max(r.left - x, 0, x - r.right), dy = Math.max(r.top - y, 0, y - r.bottom);
    return dx * dx + dy * dy < 144;
  };
  const problems = [];
  for (const t of small) {
    const c = centre(t.r);
    const near = o => o.e !== t.e && !o.e.contains(t.e) && !t.e.contains(o.e);
    const crowd = targets.find(o => near(o) && circleTouchesBox(c, o.r))
      || small.find(o => near(o) && Math.hypot(c[0] - centre(o.r)[0], c[1] - centre(o.r)[1]) < 24);
    const name = e => `${e.tagName.toLowerCase()}.${e.className} "${(e.getAttribute("aria-label") || e.textContent).trim().slice(0, 40)}"`;
    if (crowd) problems.push(`${name(t.e)} ${Math.round(t.r.width)}x${Math.round(t.r.height)}, too near ${name(crowd.e)}`);
  }
  return problems;
}"""

# Small marks that the issue found under 16 px, shown or not (the "#" links show on hover and
# focus): at least 24 by 24 px themselves, not only by 2.5.8's spacing exception.
MARKS = ".dossier-source-ref, .footnote-ref, .headerlink, .dossier-share, .md-select button"
SMALL_MARKS = """marks => marks.map(e => [e, e.getBoundingClientRect()])
  .filter(([e, r]) => r.width && (r.width < 23.9 || r.height < 23.9))
  .map(([e, r]) => `${e.outerHTML.slice(0, 80)} ${r.width.toFixed(1)}x${r.height.toFixed(1)}`)"""

# WCAG 1.4.12's text spacing, as a reader's style sheet would set it.
TEXT_SPACING = """
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
"""

# Text cut off by an element that hides its overflow.
CLIPPED_TEXT = """() => [...document.querySelectorAll(".md-header *, .md-main *, .md-footer *")].filter(e => {
  const s = getComputedStyle(e);
  if (!e.textContent.trim() || e.getBoundingClientRect().width === 0 || s.visibility === "hidden") return false;
  const hides = [s.overflowX, s.overflowY].some(o => o === "hidden" || o === "clip");
  const clipsWidth = hides && e.scrollWidth > e.clientWidth + 1;
  const clipsHeight = hides && s.overflowY !== "visible" && e.scrollHeight > e.clientHeight + 1 && e.clientHeight > 2;
  return clipsWidth || clipsHeight;
}).filter(e => !e.closest(".md-sidebar, .md-select__inner, dialog:not([open]), [hidden], thead"))
  // The header's copy of the page's title, shown in two lines at most, repeats the h1.
  .filter(e => !e.closest("[data-md-component=header-topic]"))
  .map(e => `${e.tagName.toLowerCase()}.${e.className} ${e.scrollWidth}x${e.scrollHeight} in ${e.clientWidth}x${e.clientHeight}`)"""


@pytest.fixture(scope="module", params=WIDTHS, ids=lambda w: f"{w}px")
def tab(browser, site, base_url, request):
    """One tab per width, reused page after page."""
    for page in published_tab(browser, site, base_url, viewport={"width": request.param, "height": 800},
                              reduced_motion="reduce"):
        page.width = request.param
        yield page


@pytest.mark.parametrize("path", published_pages())
def test_page_reads_without_sideways_scrolling(tab, base_url, path):
    tab.goto(base_url + path)
    found = tab.evaluate(MEASURE)
    assert found["pageWidth"] <= found["width"], f"the page scrolls sideways: {found['pageWidth']} px"
    assert not found["scrollers"], found["scrollers"]
    for number, table in enumerate(found["tables"], 1):
        where = f"table {number}"
        assert table["headers"] and all(table["headers"]), where
        for cell in table["cells"]:
            assert not cell["clipped"], f"{where}: cell cut off: {cell['text'][:60]}"
            assert not cell["broken"], f"{where}: words broken across lines: {cell['broken']} in {cell['text'][:60]}"
        labels = [cell["label"] for cell in table["cells"]]
        columns = len(table["headers"])
        # Each value is labelled with its column's header, in the page's language.
        assert labels == [table["headers"][i % columns] for i in range(len(labels))], where
        if tab.width < PHONE:
            assert table["display"] == "block" and not table["headerShown"], where
            shown = [c for c in table["cells"] if c["text"]]
            assert all(c["labelShown"] and c["shownLabel"].startswith(f'"{c["label"]}"') for c in shown), where
        else:
            assert table["display"] != "block" and table["headerShown"], where  # wide screens keep the table
            assert not any(c["labelShown"] for c in table["cells"]), where


@pytest.mark.parametrize("path", published_pages())
def test_links_and_buttons_are_big_enough_or_spaced(tab, base_url, path):
    tab.goto(base_url + path)
    assert tab.locator(".md-content .dossier-share").first.is_visible()  # share.js has run
    problems = tab.evaluate(TARGETS)
    assert not problems, "\n".join(problems)
    assert tab.locator(".md-content .headerlink").count() >= 1
    small = tab.locator(MARKS).evaluate_all(SMALL_MARKS)
    assert not small, "\n".join(small)


@pytest.fixture(scope="module")
def spaced(browser, site, base_url):
    yield from published_tab(browser, site, base_url, viewport={"width": 320, "height": 800}, reduced_motion="reduce")


@pytest.mark.parametrize("path", published_pages())
def test_text_spacing_loses_nothing_at_320_px(spaced, base_url, path):
    spaced.goto(base_url + path)
    spaced.add_style_tag(content=TEXT_SPACING)
    assert spaced.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    assert not spaced.evaluate(CLIPPED_TEXT)


@pytest.mark.parametrize("path, header, value", [
    ("/rekomendasi/", "Ditujukan kepada", "Kementerian Sosial RI"),
    ("/en/rekomendasi/", "Addressed to", "Ministry of Social Affairs"),
])
def test_screen_readers_still_get_a_table_on_a_phone(browser, site, base_url, path, header, value):
    for tab in published_tab(browser, site, base_url, viewport={"width": 360, "height": 800}):
        tab.goto(base_url + path)
        table = tab.locator("article table").first
        assert table.evaluate("t => getComputedStyle(t).display") == "block"  # shown as cards
        snapshot = table.aria_snapshot()
        assert snapshot.startswith("- table"), snapshot[:200]
        assert f'- columnheader "{header}"' in snapshot
        # The cell's name is its value: the visible label is not read out before it.
        assert f'- cell "{value}"' in snapshot, snapshot[:600]
        assert tab.get_by_role("cell", name=value).first.is_visible()
