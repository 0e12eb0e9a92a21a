""""Cite this page" with JavaScript: the reader's today as the date accessed, in the page's
language, formatted as the server formats dates."""
from __future__ import annotations

import pytest

from dossier import dates

pytestmark = pytest.mark.browser

MEETING = "pertemuan/2024-02-22-dialog-kemensos/"


@pytest.mark.parametrize("lang, prefix, title, site_name, accessed, source", [
    ("id", "", "Dialog dengan Kementerian Sosial, Februari 2024",
     "Dosier Advokasi Jaminan Sosial Pekerja Rumahan", "Diakses", "dari"),
    ("en", "en/", "Dialogue with the Ministry of Social Affairs, February 2024",
     "Social Security for Homeworkers: An Advocacy Dossier", "Retrieved", "from"),
])
def test_citation_has_todays_date_accessed(page, base_url, lang, prefix, title, site_name, accessed, source):
    page.goto(f"{base_url}/{prefix}{MEETING}")
    today = page.evaluate("""() => { const d = new Date();
        return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map(n => String(n).padStart(2, '0')).join('-'); }""")
    page.wait_for_function(f"document.querySelector('[data-cite-accessed]').dateTime === '{today}'")
    canonical = page.locator("link[rel=canonical]").get_attribute("href")
    assert canonical.endswith(f"/{prefix}{MEETING}")
    # APA 7 for a web page that changes: the date year first, the title in italics, then when
    # it was retrieved and from where, nothing after the address.
    apa_date = {"id": "2026, 27 November", "en": "2026, November 27"}[lang]
    assert page.locator("[data-cite-text]").inner_text() == (
        f"Komnas Perempuan. ({apa_date}). {title}. {site_name}. "
        f"{accessed} {dates.format_date(today, lang)}, {source} {canonical}"
    )
    assert page.locator("[data-cite-text] i").inner_text() == title
    assert page.locator("[data-cite-text] a").get_attribute("href") == canonical


@pytest.mark.parametrize("prefix, last_modified, accessed", [
    ("", "Terakhir diubah 27 November 2026", "Diakses"), ("en/", "Last modified 27 November 2026", "Accessed"),
])
def test_the_chicago_citation_has_todays_date_accessed_too(page, base_url, prefix, last_modified, accessed):
    page.goto(f"{base_url}/{prefix}{MEETING}")
    times = page.locator("[data-cite-accessed]")
    assert times.count() == 2
    today = page.evaluate("""() => { const d = new Date();
        return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map(n => String(n).padStart(2, '0')).join('-'); }""")
    page.wait_for_function(f"[...document.querySelectorAll('[data-cite-accessed]')].every(t => t.dateTime === '{today}')")
    chicago = page.locator("[data-cite-chicago]").inner_text()
    canonical = page.locator("link[rel=canonical]").get_attribute("href")
    assert chicago.startswith("Komnas Perempuan. “") and last_modified in chicago and chicago.endswith(f"{canonical}.")
    assert f"{accessed} {dates.format_date(today, 'id' if not prefix else 'en')}." in chicago
