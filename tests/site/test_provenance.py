"""Every factual statement links to the source paragraph it comes from, in both languages."""
import pytest

from built_site import LANGS, PAGES, article, html_file, resolve, text
from dossier.load import model

DOSSIER = model.load(model.Path(__file__).resolve().parents[2], model.Path(__file__).resolve().parents[2] / "docs")
SOURCE_PAGE = "sumber/dialog-kemensos-2024.md"
FACT_KINDS = {"home", "letter", "meeting", "follow_up", "institution"}
FACT_PAGES = [p for p in PAGES if DOSSIER.meta(p, "id").get("kind") in FACT_KINDS]
# Paragraphs that state no fact of the source: how to read the page, or what the source lacks.
NOT_FACTS = ("Halaman ini memuat", "This page gathers", "Sumber tidak", "The source does not",
             "The source records no", "The source gives", "Sumber menulis tanggal", "This page is our English")


def source_links(element):
    return [a for a in element.select("a[href]") if "sumber/dialog-kemensos-2024/#p" in a["href"]]


def cited(site, page, lang) -> set[str]:
    return {a["href"].rsplit("#", 1)[1] for a in source_links(article(site, page, lang))}


@pytest.mark.parametrize("page", FACT_PAGES)
def test_pages_with_facts_cite_the_same_paragraphs_in_both_languages(site, page):
    assert cited(site, page, "id"), page
    assert cited(site, page, "id") == cited(site, page, "en")


@pytest.mark.parametrize("page", FACT_PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_every_paragraph_list_item_and_table_row_of_facts_cites_its_source(site, page, lang):
    body = article(site, page, lang)
    blocks = body.select(":scope > p, :scope > ul > li, :scope > dl, table tbody tr")
    for block in blocks:
        words = text(block)
        if block.find_parent("aside") or len(words.split()) < 6 or words.startswith(NOT_FACTS):
            continue
        if block.name == "li" and block.select_one("a") and not source_links(block) and len(block.select("a")) == 1 \
                and page == "index.md":
            continue  # the home page's list of sections is navigation, not a statement
        if block.name == "dl":  # a record's facts: the source row says where they all come from
            assert source_links(block), f"{page} [{lang}]: {words[:80]}"
            continue
        assert source_links(block), f"{page} [{lang}]: {words[:80]}"


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_source_links_land_on_an_existing_paragraph_and_say_so(site, page, lang):
    source = html_file(site, page, lang)
    for link in source_links(article(site, page, lang)):
        target, fragment = resolve(site, source, link["href"])
        assert target == html_file(site, SOURCE_PAGE, lang)
        assert f'id="{fragment}"' in target.read_text(encoding="utf-8")
        if link.get_text().startswith("¶"):
            assert link.get("title"), "a ¶ link needs a title saying which paragraph"
