"""Trimming Material's stylesheet (hooks/trim_stylesheet.py) changes nothing a reader sees:
every element of a page, and its ::before and ::after, has the same computed style with the
trimmed file as with Material's original, on a phone and a desktop, with the search open,
with an acronym's tooltip open, in print, and without JavaScript."""
from __future__ import annotations

import glob
from pathlib import Path

import material
import pytest

from _site import serve_as_published

pytestmark = pytest.mark.browser

ORIGINAL = Path(glob.glob(str(Path(material.__file__).parent / "templates/assets/stylesheets/main.*.min.css"))[0])
# One page of each kind, the English source page and the 404 page.
PAGES = ["/", "/rekomendasi/kemensos/", "/rekomendasi/", "/korespondensi/2023-12-surat-rekomendasi-kebijakan/",
         "/pertemuan/2024-02-22-dialog-kemensos/", "/tindak-lanjut/koordinasi-kementerian-lembaga/",
         "/linimasa/", "/glosarium/", "/sumber/dialog-kemensos-2024/", "/tentang/",
         "/en/sumber/dialog-kemensos-2024/", "/404.html"]

# Custom properties are left out: the trim drops those that nothing reads, by design.
# A ::before or ::after without content is not drawn: only that is compared.
STYLES = """() => {
  const out = [];
  for (const el of document.querySelectorAll('*')) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(el, pseudo);
      if (pseudo && style.content === 'none') { out.push(el.tagName + pseudo + ' none'); continue; }
      const values = [];
      for (let i = 0; i < style.length; i++) {
        const name = style[i];
        if (!name.startsWith('--')) values.push(name + ':' + style.getPropertyValue(name));
      }
      out.push(el.tagName + (pseudo || '') + ' ' + values.join(';'));
    }
  }
  return out;
}"""


def styles(browser, site, url: str, *, original: bool, viewport: dict, javascript: bool = True,
           media: str = "screen", search: str | None = None, tooltip: str | None = None) -> list[str]:
    context = browser.new_context(viewport=viewport, java_script_enabled=javascript, reduced_motion="reduce",
                                  has_touch=tooltip == "tap")
    serve_as_published(context, site, "/".join(url.split("/")[:3]))
    if original:
        context.route("**/assets/stylesheets/main.*.min.css",
                      lambda route: route.fulfill(body=ORIGINAL.read_text(encoding="utf-8"), content_type="text/css"))
    page = context.new_page()
    page.goto(url, wait_until="networkidle")  # Material has sized the sidebars
    page.emulate_media(media=media)
    if media != "screen":
        page.wait_for_timeout(300)  # Material's script reacts to print media (opens details)
    if search:
        page.locator("[data-dossier-search-open]").wait_for()  # shown once its script has run
        page.keyboard.press("/")
        page.locator("dialog[open] [data-search-input]").fill(search)
        page.locator(".dossier-search__result").first.wait_for()
    if tooltip:  # the elements Material's script makes for content.tooltips
        abbr = page.locator("article abbr").first
        abbr.scroll_into_view_if_needed()
        abbr.hover() if tooltip == "hover" else abbr.tap()
        page.locator(".md-tooltip2--active").wait_for()
    result = page.evaluate(STYLES)
    context.close()
    return result


def assert_same(browser, site, url: str, **state) -> None:
    # Material's script sizes the sidebars after load; on a busy machine it may not have
    # done so when the styles are read. A difference that is real is there the second time.
    for attempt in range(2):
        trimmed = styles(browser, site, url, original=False, **state)
        full = styles(browser, site, url, original=True, **state)
        different = [(t[:60], set(t.split(";")) ^ set(f.split(";"))) for t, f in zip(trimmed, full) if t != f]
        if len(trimmed) == len(full) and not different:
            return
    assert len(trimmed) == len(full)
    assert not different, different[:3]


DESKTOP, PHONE = {"width": 1280, "height": 900}, {"width": 390, "height": 844}


@pytest.mark.parametrize("path", PAGES)
def test_same_styles_on_a_desktop(browser, site, base_url, path):
    assert_same(browser, site, base_url + path, viewport=DESKTOP)


@pytest.mark.parametrize("path", ["/", "/pertemuan/2024-02-22-dialog-kemensos/", "/glosarium/"])
def test_same_styles_on_a_phone(browser, site, base_url, path):
    assert_same(browser, site, base_url + path, viewport=PHONE)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_same_styles_with_search_results(browser, site, base_url, viewport):
    assert_same(browser, site, base_url + "/en/", viewport=viewport, search="BPJS")


def test_same_styles_in_print_and_without_javascript(browser, site, base_url):
    url = base_url + "/pertemuan/2024-02-22-dialog-kemensos/"
    assert_same(browser, site, url, viewport=DESKTOP, media="print")
    assert_same(browser, site, url, viewport=PHONE, javascript=False)


@pytest.mark.parametrize("viewport, tooltip", [(DESKTOP, "hover"), (PHONE, "tap")], ids=["desktop", "phone"])
def test_same_styles_with_an_acronym_tooltip_open(browser, site, base_url, viewport, tooltip):
    assert_same(browser, site, base_url + "/rekomendasi/kemensos/", viewport=viewport, tooltip=tooltip)
