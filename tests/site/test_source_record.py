"""The source page quotes the record exactly: spaces restored, nothing else changed."""
import re

import pytest

from built_site import LANGS, PROJECT, soup, text

SOURCE_PAGE = "sumber/dialog-kemensos-2024.md"
RECORD = PROJECT / "sources" / "000_934814882084f731.txt"
SHARED_RECORD = PROJECT.parent / "shared" / "sources" / RECORD.name


def record_paragraphs() -> list[str]:
    return [line for line in RECORD.read_text(encoding="utf-8").splitlines() if line.strip()]


def squeeze(value: str) -> str:
    return re.sub(r"\s+", "", value)


@pytest.mark.parametrize("lang", LANGS)
def test_each_paragraph_has_its_anchor_and_equals_the_record_but_for_spaces(site, lang):
    paragraphs = record_paragraphs()
    html = soup(site, SOURCE_PAGE, lang)
    for number, original in enumerate(paragraphs, start=1):
        quoted = html.select_one(f"#p{number}")
        assert quoted is not None, f"#p{number}"
        assert squeeze(text(quoted)) == squeeze(original), f"#p{number}"
    assert html.select_one(f"#p{len(paragraphs) + 1}") is None


@pytest.mark.parametrize("lang", LANGS)
def test_the_spaces_lost_in_extraction_are_restored(site, lang):
    quoted = " ".join(text(p) for p in soup(site, SOURCE_PAGE, lang).select(".source-paragraph"))
    for run_together, restored in [
        ("olehBapak", "oleh Bapak"), ("KomnasPerempuan", "Komnas Perempuan"),
        ("BPJSKetenagakerjaan", "BPJS Ketenagakerjaan"), ("Sebelumnya,Komnas", "Sebelumnya, Komnas"),
        ("menghasilkanberbagai", "menghasilkan berbagai"), ("sistempelindungan", "sistem pelindungan"),
    ]:
        assert run_together in RECORD.read_text(encoding="utf-8")
        assert run_together not in quoted and restored in quoted
    assert "pelindungan" in quoted  # the record's spelling is kept, not "corrected"


@pytest.mark.parametrize("lang", LANGS)
def test_source_page_gives_the_original_address(site, lang):
    links = [a["href"] for a in soup(site, SOURCE_PAGE, lang).select("article a[href^='https://komnasperempuan.go.id/']")]
    assert "https://komnasperempuan.go.id/kabar-perempuan-detail/dialog-komnas-perempuan-dengan-kementerian-sosial-untuk-advokasi-kebijakan-bagi-jaminan-sosial-pekerja-rumahan" in links


@pytest.mark.skipif(not SHARED_RECORD.exists(), reason="the team's shared folder is not beside this clone")
def test_committed_copy_matches_the_shared_record():
    assert RECORD.read_bytes() == SHARED_RECORD.read_bytes()
