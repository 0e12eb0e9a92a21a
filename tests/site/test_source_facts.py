"""Every fact of the source appears on the page that owns it, in both languages.

The list is written by hand from sources/000_934814882084f731.txt, not from the pages.
"""
import pytest

from built_site import article, text

MEETING = "pertemuan/2024-02-22-dialog-kemensos.md"
LETTER = "korespondensi/2023-12-surat-rekomendasi-kebijakan.md"
REPLY = "korespondensi/surat-tanggapan-kemensos.md"
FOLLOW_UP = "tindak-lanjut/koordinasi-kementerian-lembaga.md"

# (page, fact in Indonesian, the same fact in English)
FACTS = [
    # paragraph 1: who met whom, when, where, why
    (MEETING, "Arif Rohman", "Arif Rohman"),
    (MEETING, "selaku Badan Perencanaan Kementerian Sosial RI", "Planning Agency (Badan Perencanaan) of the Ministry of Social Affairs"),
    (MEETING, "beserta jajarannya", "and his staff"),
    (MEETING, "Rabu (22/02/2024)", "Rabu (22/02/2024)"),
    (MEETING, "22 Februari 2024", "22 February 2024"),
    (MEETING, "Kantor Kementerian Sosial", "office of the Ministry of Social Affairs"),
    (MEETING, "bagian dari advokasi atas isu pekerja rumahan", "part of the advocacy on the issue of homeworkers"),
    (MEETING, "Desember 2023", "December 2023"),
    (LETTER, "Desember 2023", "December 2023"),
    # paragraph 2: the letter and its two recommendations
    (LETTER, "Surat Penyampaian Rekomendasi Kebijakan bagi Pengakuan dan Upaya Pemenuhan Hak Perempuan Pekerja Rumahan",
     "Surat Penyampaian Rekomendasi Kebijakan bagi Pengakuan dan Upaya Pemenuhan Hak Perempuan Pekerja Rumahan"),
    (LETTER, "berbagai Kementerian dan Lembaga termasuk Kementerian Sosial RI", "various ministries and agencies, including the Ministry of Social Affairs"),
    (LETTER, "kepesertaan BPJS Ketenagakerjaan melalui Penerima Bantuan Iuran (PBI)", "membership of BPJS Ketenagakerjaan as contribution assistance recipients (Penerima Bantuan Iuran, PBI)"),
    (LETTER, "menambah alokasi kuota pendanaan", "increase the funding quota it allocates"),
    (LETTER, "skema PBI BPJS Kesehatan", "PBI scheme of BPJS Kesehatan"),
    (LETTER, "Kementerian Ketenagakerjaan", "Ministry of Manpower"),
    (LETTER, "Kementerian Keuangan", "Ministry of Finance"),
    (LETTER, "Kementerian Perindustrian", "Ministry of Industry"),
    (LETTER, "Kementerian Kesehatan", "Ministry of Health"),
    (LETTER, "BPJS Kesehatan", "BPJS Kesehatan"),
    # paragraph 3: the reply and why the meeting was held
    (REPLY, "keterbatasan wewenang", "limited authority"),
    (MEETING, "membangun koordinasi dan kerja kolaborasi", "set up coordination and joint work"),
    (MEETING, "sistem pelindungan bagi pekerja rumahan", "system of protection for homeworkers"),
    # paragraph 4: what Komnas Perempuan urged
    (MEETING, "sistem pendataan", "data collection systems"),
    (MEETING, "BPS", "BPS-Statistics Indonesia"),
    (MEETING, "kelompok yang dapat menerima jaminan sosial", "groups eligible to receive social security"),
    (MEETING, "kepesertaan BPJS Kesehatan dan BPJS Ketenagakerjaan", "membership (kepesertaan) of BPJS Kesehatan"),
    (MEETING, "sektor pekerja informal", "informal sector"),
    (MEETING, "sangat rentan", "highly vulnerable"),
    # paragraph 5: outcome and follow-up
    (MEETING, "Dialog singkat", "brief dialogue"),
    (FOLLOW_UP, "kedua belah pihak", "both parties"),
    (FOLLOW_UP, "berbagai Kementerian dan Lembaga terkait", "various relevant ministries and agencies"),
    (FOLLOW_UP, "pelindungan jaminan sosial bagi pekerja rumahan", "social security protection for homeworkers"),
    # what the source contradicts or leaves out, said plainly
    (MEETING, "jatuh pada hari Kamis", "was a Thursday"),
    (MEETING, "21 Februari 2024", "21 February 2024"),
    (MEETING, "sumber tidak menyebut siapa yang hadir mewakili Komnas Perempuan", "the source does not say who attended for Komnas Perempuan"),
    (REPLY, "Sumber tidak menyebut tanggal surat ini", "The source does not date this letter"),
    (LETTER, "penerima lain tidak disebut namanya", "the others are not named"),
]


@pytest.mark.parametrize("page,fact_id,fact_en", FACTS)
def test_fact_is_stated_in_both_languages(site, page, fact_id, fact_en):
    assert fact_id in text(article(site, page, "id"))
    assert fact_en in text(article(site, page, "en"))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_english_never_calls_homeworkers_domestic_workers(site, lang):
    """pekerja rumahan are homeworkers; "domestic workers" (PRT) is another group (glossary)."""
    from built_site import PAGES

    for page in PAGES:
        if page in ("glosarium.md", "cetak.md"):  # the print view holds the glossary too
            continue
        body = text(article(site, page, lang)).lower()
        assert "domestic worker" not in body.replace("not domestic workers", ""), page
