"""Sharing a section (docs/assets/javascripts/share.js): the share button beside each heading
uses the phone's share sheet (Web Share API) where there is one, otherwise copies the section's
published address and says so in the page's language; no third-party request."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from _site import serve_as_published

pytestmark = pytest.mark.browser

PUBLISHED = "https://dossier.test/dosier-pekerja-rumahan/"  # tests/conftest.py's site_url
# A phone's navigator.share, recording what it was given; "cancel" makes it fail as when the
# reader closes the share sheet.
SHARE_STUB = """
window.__shared = [];
navigator.share = data => {
  window.__shared.push(data);
  return window.__cancel ? Promise.reject(new DOMException("closed", "AbortError")) : Promise.resolve();
};
"""


@pytest.fixture
def phone(browser, site, base_url):
    context = browser.new_context(viewport={"width": 360, "height": 800}, reduced_motion="reduce")
    serve_as_published(context, site, base_url)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.split("/dosier")[0])
    tab = context.new_page()
    tab.requests = []
    tab.on("request", lambda request: tab.requests.append(request.url))
    yield tab
    context.close()


@pytest.mark.parametrize("prefix, heading, message", [
    ("", "Semua rekomendasi", "Tautan ke “Semua rekomendasi” sudah disalin."),
    ("en/", "All recommendations", "The link to “All recommendations” has been copied."),
])
def test_without_a_share_sheet_the_sections_link_is_copied_and_announced(phone, base_url, prefix, heading, message):
    phone.goto(f"{base_url}/{prefix}rekomendasi/")
    assert phone.evaluate("navigator.share === undefined")  # desktop Chromium on Linux has none
    button = phone.get_by_role("button", name=heading, exact=False).first
    assert button.get_attribute("aria-label").endswith(heading)
    button.click()
    status = phone.locator("[data-share-status][role=status]")
    status.filter(has_text=message).wait_for()
    # Seen too, not only heard: inside the window while it shows, then gone.
    box = status.bounding_box()
    window = phone.viewport_size
    assert box and box["y"] >= 0 and box["y"] + box["height"] <= window["height"], box
    assert box["x"] >= 0 and box["x"] + box["width"] <= window["width"], box
    # Opaque: the page's text does not show through the note.
    assert status.evaluate("e => getComputedStyle(e).backgroundColor").startswith("rgb("), "translucent"
    phone.wait_for_function("!document.querySelector('[data-share-status]').textContent", timeout=10_000)
    assert not status.is_visible()
    assert phone.evaluate("navigator.clipboard.readText()") == f"{PUBLISHED}{prefix}rekomendasi/#semua-rekomendasi"
    hosts = {urlsplit(url).hostname for url in phone.requests}
    assert hosts <= {"127.0.0.1", "dossier.test"}, hosts  # no third party


def test_the_share_sheet_gets_the_pages_address(phone, base_url):
    phone.add_init_script(SHARE_STUB)
    phone.goto(f"{base_url}/en/pertemuan/2024-02-22-dialog-kemensos/")
    phone.evaluate("navigator.clipboard.writeText('before')")
    phone.locator(".md-content h1 .dossier-share").click()
    phone.wait_for_function("window.__shared.length === 1")
    shared = phone.evaluate("window.__shared[0]")
    h1 = phone.locator(".md-content h1").get_attribute("id")
    assert shared["url"] == f"{PUBLISHED}en/pertemuan/2024-02-22-dialog-kemensos/#{h1}"
    assert shared["title"] == phone.locator(".md-content h1").inner_text().strip().removesuffix("#").strip()
    # The reader closes the share sheet: nothing is copied, nothing announced.
    phone.evaluate("window.__cancel = true")
    phone.locator(".md-content h2 .dossier-share").first.click()
    phone.wait_for_function("window.__shared.length === 2")
    phone.wait_for_timeout(200)
    assert phone.evaluate("navigator.clipboard.readText()") == "before"
    assert phone.locator("[data-share-status]").inner_text() == ""


def test_in_dark_mode_the_note_is_opaque_too(browser, site, base_url):
    context = browser.new_context(viewport={"width": 360, "height": 800}, reduced_motion="reduce", color_scheme="dark")
    serve_as_published(context, site, base_url)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.split("/dosier")[0])
    tab = context.new_page()
    tab.goto(f"{base_url}/rekomendasi/")
    tab.get_by_role("button", name="Semua rekomendasi", exact=False).first.click()
    status = tab.locator("[data-share-status][role=status]")
    status.filter(has_text="sudah disalin").wait_for()
    colours = status.evaluate("e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]")
    assert all(colour.startswith("rgb(") for colour in colours) and colours[0] != colours[1], colours
    context.close()
