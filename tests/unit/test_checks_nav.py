"""checks.nav_problems: every page is reachable from the navigation of mkdocs.yml."""
from __future__ import annotations

from dossier import checks
from dossier.load import front_matter, model
from built_site import SITE

NAV = [{"Beranda": "index.md"}, {"Pertemuan": ["pertemuan/index.md", "pertemuan/a.md"]},
       {"Luar": "https://example.org"}]


def dossier_with(*files):
    dossier = model.Dossier(docs_dir=None, site=SITE)
    for path in files:
        page, lang = SITE.page_and_language(path)
        dossier.pages.setdefault(page, {})[lang] = front_matter.parse("---\nkind: view\n---\n", path)
    return dossier


def test_nav_pages_in_order_without_urls():
    assert checks.nav_pages(NAV) == ["index.md", "pertemuan/index.md", "pertemuan/a.md"]


def test_page_missing_from_nav_names_its_section():
    dossier = dossier_with("index.md", "index.en.md", "pertemuan/a.md", "pertemuan/b.md", "pertemuan/b.en.md",
                           "lain.md")
    found = checks.nav_problems(dossier, NAV)
    assert [(p.path, p.values["section"]) for p in found] == [("lain.md", "nav"), ("pertemuan/b.md", "Pertemuan")]


def test_english_only_page_is_left_to_the_missing_counterpart_check():
    assert checks.nav_problems(dossier_with("index.md", "baru.en.md"), NAV) == []


def test_pages_left_out_of_nav_on_purpose_are_exempt():
    import pathspec

    exempt = [pathspec.GitIgnoreSpec.from_lines(["/404.md", "drafts/"])]
    dossier = dossier_with("index.md", "404.md", "drafts/x.md", "lain.md")
    assert [p.path for p in checks.nav_problems(dossier, NAV, exempt)] == ["lain.md"]
