"""Keyboard only: the skip link, a visible focus at every stop, the navigation drawer, the
search, the language switcher and the citation's copy button, on a phone and a desktop."""
from __future__ import annotations

import pytest

from _site import serve_as_published

pytestmark = pytest.mark.browser

VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
MEETING = "/pertemuan/2024-02-22-dialog-kemensos/"

# What a sighted keyboard user can tell about the focused element.
FOCUS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  let shown = true;
  for (let e = el; e; e = e.parentElement) {
    const s = getComputedStyle(e);
    if (s.display === "none" || s.visibility !== "visible" || parseFloat(s.opacity) === 0) shown = false;
  }
  const box = el.getClientRects()[0] || el.getBoundingClientRect();
  const y = box.top + box.height / 2;
  // Not entirely hidden (WCAG 2.4.11): the element itself is on top at one of three points.
  const xs = [box.left + 2, box.left + box.width / 2, box.right - 2];
  const points = xs.filter(x => box.height > 0 && x >= 0 && x < innerWidth && y >= 0 && y < innerHeight);
  const onTop = points.some(x => { const top = document.elementFromPoint(x, y); return !!top && (top === el || el.contains(top)); });
  return {
    html: el.outerHTML.slice(0, 120),
    ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
    shown, inView: points.length > 0, onTop,
  };
}"""


@pytest.fixture(params=[(size, js) for size in VIEWPORTS for js in (True, False)],
                ids=lambda p: f"{p[0]}-{'js' if p[1] else 'nojs'}")
def tab(browser, site, base_url, request):
    size, javascript = request.param
    context = browser.new_context(viewport=VIEWPORTS[size], java_script_enabled=javascript,
                                  reduced_motion="reduce")
    serve_as_published(context, site, base_url)
    page = context.new_page()
    page.size, page.javascript = size, javascript
    yield page
    context.close()


@pytest.fixture(params=list(VIEWPORTS))
def js_tab(browser, site, base_url, request):
    context = browser.new_context(viewport=VIEWPORTS[request.param], reduced_motion="reduce")
    serve_as_published(context, site, base_url)
    page = context.new_page()
    page.size = request.param
    yield page
    context.close()


def focused(page) -> dict | None:
    return page.evaluate(FOCUS)


def tab_until(page, selector: str, limit: int = 40) -> int:
    """Press Tab until the focused element matches; return how many presses it took."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return presses
    raise AssertionError(f"{selector} not reached with {limit} presses of Tab")


def _problems(info: dict) -> list[str]:
    return [name for name in ("ring", "shown", "inView", "onTop") if not info[name]]


def assert_visible_focus(page, where: str) -> None:
    info = focused(page)
    assert info, f"{where}: nothing focused"
    if _problems(info):
        # Material reacts to some focus changes a moment later (the search opens): look again.
        page.wait_for_timeout(300)
        info = focused(page)
    assert not _problems(info), f"{where}: {_problems(info)} {info['html']}"


# ---------------------------------------------------------------- skip link

@pytest.mark.parametrize("path", ["/", MEETING, "/linimasa/", "/en/glosarium/"])
def test_skip_link_comes_first_and_skips_to_the_content(tab, base_url, path):
    tab.goto(base_url + path)
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.matches('a.md-skip[href=\"#isi-halaman\"]')")
    assert_visible_focus(tab, "skip link")
    # Material's own skip link (to the first h2, or none) is not in the way.
    assert tab.locator("[data-md-component=skip] a").count() == 0 or \
        not tab.locator("[data-md-component=skip] a").is_visible()
    tab.keyboard.press("Enter")
    # The target takes the focus; Material's navigation.tracking may rewrite the address to a
    # heading at once, so the address alone is not waited for.
    tab.wait_for_function("location.hash === '#isi-halaman' || document.activeElement.id === 'isi-halaman'")
    tab.keyboard.press("Tab")
    inside = tab.evaluate("document.activeElement.closest('.md-content') !== null")
    assert inside, focused(tab)
    # Nothing of the page's own text was skipped: its title is after the target.
    assert tab.evaluate("""document.getElementById('isi-halaman')
        .compareDocumentPosition(document.querySelector('.md-content h1')) & Node.DOCUMENT_POSITION_FOLLOWING""")


# ---------------------------------------------------------------- visible focus

@pytest.mark.parametrize("path", ["/", MEETING, "/en/sumber/dialog-kemensos-2024/", "/en/rekomendasi/"])
def test_every_focus_stop_is_visible(tab, base_url, path):
    tab.goto(base_url + path)
    seen = []
    for stop in range(400):
        tab.keyboard.press("Tab")
        info = focused(tab)
        if info is None or (seen and info["html"] == seen[0]):
            break  # focus left the page or came round again
        seen.append(info["html"])
        assert_visible_focus(tab, f"stop {stop + 1}")
    assert len(seen) > 10


def test_every_stop_in_the_open_drawer_is_visible(browser, site, base_url):
    context = browser.new_context(viewport=VIEWPORTS["phone"], reduced_motion="reduce")
    serve_as_published(context, site, base_url)
    page = context.new_page()
    page.goto(base_url + MEETING)
    menu = page.get_by_role("button", name="Buka atau tutup navigasi")
    assert menu.get_attribute("aria-expanded") == "false"
    tab_until(page, ".dossier-drawer-button")
    assert_visible_focus(page, "menu button")
    page.keyboard.press("Enter")
    assert page.evaluate("document.getElementById('__drawer').checked")
    assert menu.get_attribute("aria-expanded") == "true"
    links = 0
    while page.evaluate("document.activeElement.closest('.md-sidebar--primary') !== null"):
        assert_visible_focus(page, f"drawer stop {links + 1}")
        links += 1
        page.keyboard.press("Tab")
    assert links >= 9  # the logo, the repository and every top-level entry
    # Tabbing out of the drawer closed it: the page is no longer under its overlay.
    assert not page.evaluate("document.getElementById('__drawer').checked")
    assert_visible_focus(page, "first stop after the drawer")
    # Space opens it too; Escape closes it and returns to the menu button.
    menu.focus()
    page.keyboard.press(" ")
    assert page.evaluate("document.getElementById('__drawer').checked")
    page.keyboard.press("Escape")
    assert not page.evaluate("document.getElementById('__drawer').checked")
    assert page.evaluate("document.activeElement.matches('.dossier-drawer-button')")
    assert menu.get_attribute("aria-expanded") == "false"
    # The pointer still works: the button's click, then the overlay closes it.
    menu.click()
    assert page.evaluate("document.getElementById('__drawer').checked")
    page.locator(".md-overlay").click(position={"x": 370, "y": 400})
    assert not page.evaluate("document.getElementById('__drawer').checked")
    context.close()


# ---------------------------------------------------------------- search

IN_DIALOG = "document.activeElement.closest('dialog.dossier-search[open]') !== null"


@pytest.mark.parametrize("path, query, expected", [
    ("/", "Kemensos", "/rekomendasi/kemensos/"),
    ("/en/", "Kemensos", "/en/rekomendasi/kemensos/"),
])
def test_search_by_keyboard(js_tab, base_url, path, query, expected):
    js_tab.goto(base_url + path)
    button = tab_until(js_tab, "[data-dossier-search-open]")
    assert button and js_tab.evaluate("document.activeElement.getAttribute('aria-haspopup')") == "dialog"
    assert_visible_focus(js_tab, "search button")
    # "/" opens the dialog, its field focused; Escape closes it and focus is back on the button.
    js_tab.keyboard.press("/")
    js_tab.wait_for_function("document.activeElement.matches('dialog[open] [data-search-input]')")
    assert_visible_focus(js_tab, "search field")
    js_tab.keyboard.press("Escape")
    js_tab.wait_for_function("!document.querySelector('dialog.dossier-search').open")
    assert js_tab.evaluate("document.activeElement.matches('[data-dossier-search-open]')")
    # Enter on the button opens it too; type, then arrows through the results.
    js_tab.keyboard.press("Enter")
    js_tab.wait_for_function("document.activeElement.matches('dialog[open] [data-search-input]')")
    js_tab.keyboard.type(query)
    results = js_tab.locator(".dossier-search__link")
    results.nth(1).wait_for()
    hrefs = results.evaluate_all("links => links.map(a => a.pathname)")
    assert any(href.endswith(expected) for href in hrefs), hrefs
    js_tab.keyboard.press("ArrowDown")
    assert js_tab.evaluate("document.activeElement === document.querySelectorAll('.dossier-search__link')[0]")
    assert_visible_focus(js_tab, "first result")
    js_tab.keyboard.press("ArrowDown")
    assert js_tab.evaluate("document.activeElement === document.querySelectorAll('.dossier-search__link')[1]")
    js_tab.keyboard.press("ArrowUp")
    js_tab.keyboard.press("ArrowUp")
    assert js_tab.evaluate("document.activeElement.matches('[data-search-input]')")
    # Tab and Shift+Tab go round the dialog, never behind it, each stop visible.
    stops = set()
    for key in ["Tab"] * 16 + ["Shift+Tab"] * 16:
        js_tab.keyboard.press(key)
        assert js_tab.evaluate(IN_DIALOG), focused(js_tab)
        assert_visible_focus(js_tab, f"dialog stop ({key})")
        stops.add(js_tab.evaluate("[...document.querySelectorAll('dialog *')].indexOf(document.activeElement)"))
    # Every stop: the close button, the field, both filters, each result (and "more", if shown).
    assert len(stops) == 4 + results.count() + js_tab.locator("[data-search-more]").is_visible()
    # Enter follows the focused result, to its section.
    js_tab.locator("[data-search-input]").focus()
    js_tab.keyboard.press("ArrowDown")
    target = js_tab.evaluate("document.activeElement.href")
    js_tab.keyboard.press("Enter")
    js_tab.wait_for_url(target)
    assert not js_tab.evaluate("document.querySelector('dialog.dossier-search').open")


# ---------------------------------------------------------------- language switcher

@pytest.mark.parametrize("path, language, expected", [
    (MEETING, "en", "/en/pertemuan/2024-02-22-dialog-kemensos/"),
    ("/en/rekomendasi/kemensos/", "id", "/rekomendasi/kemensos/"),
])
def test_language_switcher_by_keyboard(tab, base_url, path, language, expected):
    tab.goto(base_url + path)
    tab_until(tab, ".md-select button")
    assert_visible_focus(tab, "language button")
    tab_until(tab, f".md-select__link[hreflang={language}]", limit=3)
    assert_visible_focus(tab, "language link")
    assert tab.evaluate("document.activeElement.lang") == language
    tab.keyboard.press("Enter")
    tab.wait_for_function(f"document.documentElement.lang === '{language}'")
    assert tab.url.split("#")[0].endswith(expected)


# ---------------------------------------------------------------- citation

def test_copy_citation_by_keyboard(browser, site, base_url):
    context = browser.new_context(viewport=VIEWPORTS["desktop"])
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    page = context.new_page()
    page.goto(base_url + "/en" + MEETING)
    button = page.get_by_role("button", name="Copy citation")
    assert button.is_visible()
    # The citation's polite live region (the page has another one, for its share buttons).
    status = page.get_by_role("region", name="Cite this page").get_by_role("status")
    assert status.get_attribute("role") == "status"
    page.locator("[data-cite-text] a").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.matches('[data-cite-copy]')")
    assert_visible_focus(page, "copy button")
    for key in ("Enter", " "):
        page.evaluate("navigator.clipboard.writeText(''); document.querySelector('[data-cite-status]').textContent = ''")
        page.keyboard.press(key)
        page.wait_for_function("document.querySelector('[data-cite-status]').textContent !== ''")
        assert status.inner_text() == "The citation has been copied."
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied == " ".join(page.locator("[data-cite-text]").inner_text().split())
        assert copied.startswith("Komnas Perempuan. (2026, November 27). Dialogue with the Ministry")
    context.close()


def test_beside_the_open_sidebar_there_is_no_menu_button(browser, site, base_url):
    """On a wide screen the navigation is always shown: a menu button there would do nothing, yet
    be a stop for the keyboard."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, reduced_motion="reduce")
    serve_as_published(context, site, base_url)
    page = context.new_page()
    page.goto(base_url + MEETING)
    assert page.locator(".md-sidebar--primary").is_visible()
    assert not page.locator(".dossier-drawer-button").is_visible()
    context.close()


def test_a_sections_pages_open_from_the_drawer_by_keyboard(browser, site, base_url):
    """On a phone the institutions' pages sit in the "Rekomendasi" section's pane: its opener is
    a stop for Tab, Enter opens the pane (Material presses it, as it does its other panes'
    labels), and the next Tab reaches the section's first page."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, reduced_motion="reduce")
    serve_as_published(context, site, base_url)
    page = context.new_page()
    page.goto(base_url + "/")
    tab_until(page, ".dossier-drawer-button")
    page.keyboard.press("Enter")
    opener = page.locator('.md-sidebar--primary label.md-nav__link[for="__nav_2"]')
    tab_until(page, '.md-sidebar--primary label.md-nav__link[for="__nav_2"]')
    assert_visible_focus(page, "the section's opener")
    assert (opener.get_attribute("role"), opener.get_attribute("aria-expanded")) == ("button", "false")
    page.keyboard.press("Enter")
    assert opener.get_attribute("aria-expanded") == "true"
    page.keyboard.press("Tab")
    page.wait_for_function("() => document.activeElement.getBoundingClientRect().left >= 0")
    assert page.evaluate("document.activeElement.getAttribute('href')").endswith("rekomendasi/kemensos/")
    assert_visible_focus(page, "the section's first page")
    context.close()
