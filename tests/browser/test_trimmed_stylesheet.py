"""Trimming Material's stylesheet (dossier/export/stylesheet.py, PurgeCSS) changes nothing a reader
sees: every element of every page, and its ::before and ::after, has the same computed style
with the published stylesheet as with Material's whole one followed by ours, in both
languages, on a phone (360 px) and a desktop (1280 px), and in the states a reader or
Material's script puts a page in: scrolled (toc.follow, navigation.tracking, the header's title,
the back-to-top button), the drawer open, the search open with results, an acronym's tooltip
open, dark mode asked for, printed, and without JavaScript."""
from __future__ import annotations

import glob
from pathlib import Path

import material
import pytest
import yaml

from _site import published_pages, serve_as_published
from conftest import PROJECT
from dossier.export import stylesheet

pytestmark = pytest.mark.browser

MATERIAL = Path(glob.glob(str(Path(material.__file__).parent / "templates/assets/stylesheets/main.*.min.css"))[0])
PAGES = [*published_pages(), "/404.html", "/en/404.html"]
DESKTOP, PHONE = {"width": 1280, "height": 900}, {"width": 360, "height": 740}
# One page of each kind, for the states that cost a page load each.
SAMPLE = ["/", "/rekomendasi/", "/rekomendasi/kemensos/", "/pertemuan/2024-02-22-dialog-kemensos/",
          "/glosarium/", "/en/sumber/dialog-kemensos-2024/"]

# Custom properties are left out: PurgeCSS drops those that nothing reads, by design.
# A ::before or ::after without content is not drawn: only that is compared.
STYLES = """() => {
  const out = [];
  for (const el of document.querySelectorAll('*')) {
    const name = el.tagName + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : '');
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(el, pseudo);
      if (pseudo && style.content === 'none') { out.push(name + pseudo + ' none'); continue; }
      const values = [];
      for (let i = 0; i < style.length; i++) {
        const property = style[i];
        if (!property.startsWith('--')) values.push(property + ':' + style.getPropertyValue(property));
      }
      out.push(name + (pseudo || '') + ' ' + values.join(';'));
    }
  }
  return out;
}"""


def _parts() -> list[str]:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", lambda loader, node: None)
    config = yaml.load((PROJECT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    return config["extra"]["stylesheet"]["parts"]


@pytest.fixture(scope="module")
def whole_stylesheet(site) -> str:
    """What the page would load untrimmed: Material's whole stylesheet, then ours."""
    published = (site / "assets/stylesheets/site.css").read_text(encoding="utf-8")
    whole = stylesheet.build(site, PROJECT / "docs", MATERIAL, _parts(), PROJECT, trimmed=False)
    ours = stylesheet.ours(PROJECT / "docs", _parts())
    assert published.endswith(ours) and whole.endswith(ours)  # ours whole, last
    assert len(published) < len(whole) / 2  # something is trimmed: the comparison shows something
    return whole


def _open_drawer(page):
    page.locator(".dossier-drawer-button").click()
    page.wait_for_function("document.getElementById('__drawer').checked")


def _open_search(page):
    page.locator("[data-dossier-search-open]").first.click()
    page.locator("dialog[open] [data-search-input]").fill("BPJS")
    page.locator(".dossier-search__result").first.wait_for()


def _scroll(page):
    # Down past the title (the header shows it, toc.follow marks a section), then up a little:
    # navigation.top shows its button when the reader scrolls back up.
    page.mouse.wheel(0, 1500)
    page.wait_for_timeout(400)
    page.mouse.wheel(0, -200)
    page.wait_for_timeout(400)


def _tooltip(page, tap: bool):
    abbr = page.locator("article abbr").first
    abbr.scroll_into_view_if_needed()
    abbr.tap() if tap else abbr.hover()
    page.locator(".md-tooltip2--active").wait_for()


STATES = {"drawer": _open_drawer, "search": _open_search, "scrolled": _scroll,
          "hover": lambda page: _tooltip(page, tap=False), "tap": lambda page: _tooltip(page, tap=True)}


def styles(browser, site, base_url, paths, *, whole: str | None, viewport: dict, state: str | None = None,
           javascript: bool = True, media: str = "screen", color_scheme: str = "light") -> dict[str, list[str]]:
    context = browser.new_context(viewport=viewport, java_script_enabled=javascript, reduced_motion="reduce",
                                  color_scheme=color_scheme, has_touch=state == "tap")
    serve_as_published(context, site, base_url)
    if whole is not None:
        context.route("**/assets/stylesheets/site.css",
                      lambda route: route.fulfill(body=whole, content_type="text/css"))
    page = context.new_page()
    found = {}
    for path in paths:
        page.goto(base_url + path, wait_until="networkidle")  # Material has sized the sidebars
        page.emulate_media(media=media)
        if media != "screen":
            page.wait_for_timeout(300)  # Material's script reacts to print media (opens details)
        if state:
            STATES[state](page)
        found[path] = page.evaluate(STYLES)
    context.close()
    return found


def assert_same(browser, site, base_url, whole, paths, **options) -> None:
    # Material's script sizes the sidebars after load; on a busy machine it may not have done so
    # when the styles are read. A difference that is real is there the second time too.
    left = list(paths)
    for attempt in range(2):
        trimmed = styles(browser, site, base_url, left, whole=None, **options)
        untrimmed = styles(browser, site, base_url, left, whole=whole, **options)
        different = {}
        for path in left:
            t, u = trimmed[path], untrimmed[path]
            if len(t) != len(u):
                different[path] = f"{len(t)} elements and pseudo-elements, {len(u)} untrimmed"
                continue
            diffs = [(a.split(" ")[0], sorted(set(a.split(";")) ^ set(b.split(";")))[:4])
                     for a, b in zip(t, u) if a != b]
            if diffs:
                different[path] = diffs[:3]
        if not different:
            return
        left = list(different)
    assert not different, different


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_every_page_has_the_same_styles(browser, site, base_url, whole_stylesheet, viewport):
    assert_same(browser, site, base_url, whole_stylesheet, PAGES, viewport=viewport)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_same_styles_scrolled(browser, site, base_url, whole_stylesheet, viewport):
    assert_same(browser, site, base_url, whole_stylesheet, SAMPLE, viewport=viewport, state="scrolled")


def test_the_same_styles_with_the_drawer_open(browser, site, base_url, whole_stylesheet):
    assert_same(browser, site, base_url, whole_stylesheet, SAMPLE, viewport=PHONE, state="drawer")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_same_styles_with_search_results(browser, site, base_url, whole_stylesheet, viewport):
    assert_same(browser, site, base_url, whole_stylesheet, ["/", "/en/rekomendasi/"], viewport=viewport,
                state="search")


@pytest.mark.parametrize("viewport, state", [(DESKTOP, "hover"), (PHONE, "tap")], ids=["desktop", "phone"])
def test_the_same_styles_with_an_acronym_tooltip_open(browser, site, base_url, whole_stylesheet, viewport, state):
    assert_same(browser, site, base_url, whole_stylesheet, ["/rekomendasi/kemensos/", "/en/rekomendasi/kemensos/"],
                viewport=viewport, state=state)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_same_styles_in_dark_mode(browser, site, base_url, whole_stylesheet, viewport):
    assert_same(browser, site, base_url, whole_stylesheet, SAMPLE, viewport=viewport, color_scheme="dark")


def test_the_same_styles_in_print_and_without_javascript(browser, site, base_url, whole_stylesheet):
    assert_same(browser, site, base_url, whole_stylesheet, SAMPLE, viewport=DESKTOP, media="print")
    assert_same(browser, site, base_url, whole_stylesheet, SAMPLE, viewport=PHONE, javascript=False)
