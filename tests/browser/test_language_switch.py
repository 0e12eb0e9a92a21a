"""Switching language keeps the reader's place (docs/assets/javascripts/language-hash.js)."""
import pytest

pytestmark = pytest.mark.browser

MEETING = "pertemuan/2024-02-22-dialog-kemensos/"


def switch_language(page, lang):
    """Use Material's language selector as a reader does: open it, pick the language."""
    page.click(".md-select button.md-header__button")
    page.click(f"a.md-select__link[hreflang='{lang}']")
    page.wait_for_load_state("load")


@pytest.mark.parametrize("start, other, other_root", [("en/", "id", ""), ("", "en", "en/")])
def test_switching_language_keeps_the_section(page, base_url, start, other, other_root):
    page.goto(f"{base_url}/{start}{MEETING}#hasil")
    switch_language(page, other)
    assert page.url == f"{base_url}/{other_root}{MEETING}#hasil"
    assert page.evaluate("document.documentElement.lang") == other
    # The reader lands on the section, not at the top of the page.
    assert page.evaluate("document.getElementById('hasil').getBoundingClientRect().top") < 200
    assert page.evaluate("window.scrollY") > 0


def test_the_section_read_is_kept_after_scrolling(browser, base_url):
    """Reading down to a section (no link clicked) is enough, even in one flick down the page
    (Material's address tracking skips the first pause): the other language opens at the
    section that was at the top of the screen when the reader pressed the switch."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    try:
        page.goto(f"{base_url}/{MEETING}")
        page.mouse.move(640, 400)
        page.mouse.wheel(0, 1200)
        page.wait_for_function("scrollY >= 1000")
        page.wait_for_timeout(500)  # the table of contents follows the scroll
        # The heading the reader is at: the last one whose top has passed under the header.
        section = page.evaluate("""() => {
            const header = document.querySelector(".md-header").getBoundingClientRect().bottom;
            const passed = [...document.querySelectorAll("article :is(h2, h3)[id]")]
                .filter(h => h.getBoundingClientRect().top <= header + 1);
            return passed.length ? "#" + passed[passed.length - 1].id : "";
        }""")
        assert section, "the scroll did not pass a heading"
        # Open the selector without moving the page (page.click() and focus() first scroll the
        # sticky header's button "into view"; a tap does not), then press the link as a tap does.
        page.evaluate("""document.querySelector(".md-select button.md-header__button")
                         .focus({preventScroll: true})""")
        assert page.evaluate("scrollY") >= 1000
        href = page.evaluate("""() => {
            const link = document.querySelector("a.md-select__link[hreflang='en']");
            link.dispatchEvent(new PointerEvent("pointerdown", {bubbles: true}));
            return link.href;
        }""")
        assert href == f"{base_url}/en/{MEETING}{section}"
        page.goto(href)
        assert page.evaluate(f"document.getElementById('{section[1:]}').getBoundingClientRect().top") < 200
    finally:
        context.close()


def test_without_javascript_the_switch_still_goes_to_the_other_page(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{base_url}/en/{MEETING}#hasil")
        href = page.get_attribute("a.md-select__link[hreflang='id']", "href")
        page.goto(f"{base_url}/en/{MEETING}{href}" if not href.startswith("http") else href)
        assert page.url == f"{base_url}/{MEETING}"
        assert page.evaluate("document.documentElement.lang") == "id"
    finally:
        context.close()


def test_the_home_page_switch_keeps_the_section_too(page, base_url):
    page.goto(f"{base_url}/#jelajahi")
    switch_language(page, "en")
    assert page.url == f"{base_url}/en/#jelajahi"


def test_the_translation_notice_leads_to_the_same_section_of_the_original(page, base_url):
    page.goto(f"{base_url}/en/{MEETING}#hasil")
    page.click(".dossier-translation-notice a[hreflang='id']")
    page.wait_for_load_state("load")
    assert page.url == f"{base_url}/{MEETING}#hasil"
    assert page.evaluate("document.documentElement.lang") == "id"
