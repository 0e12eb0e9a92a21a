"""The one stylesheet every page loads (dossier/export/stylesheet.py): every page links it and no
other for the screen; it ends with our stylesheets whole; and no rule Material's script needs is
trimmed from Material's part. The trim keeps rules for what the built pages hold and for what
Material's script adds at run time (RUNTIME_HTML). A class the script may add whose every rule
is gone must belong to a feature this site does not use; a new one fails here until it is added
to RUNTIME_HTML or to the list below. (The acronym tooltips were lost that way once, by the
hand-written trimmer before PurgeCSS.) The browser test tests/browser/test_trimmed_stylesheet.py
shows that what is kept styles every page as the whole stylesheet does."""
from __future__ import annotations

import re
from pathlib import Path

import material
import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import PROJECT
from dossier.export import stylesheet

ASSETS = Path(material.__file__).parent / "templates" / "assets"

# Features of Material this site leaves off, by the classes their script adds.
UNUSED_FEATURES = {
    "md-annotation", "md-annotation-list", "md-annotation__index",            # code annotations
    "md-code__button", "md-code__button--active", "md-code__content", "md-code__nav",  # code copy
    "md-search-result__article", "md-search-result__icon", "md-search-result__item",
    "md-search-result__link", "md-search-result__more", "md-search-result__terms",  # Material's search (Pagefind's here)
    "md-source__fact", "md-source__facts", "md-source__repository--active",  # repository facts (removed on purpose)
    "md-status",                                                            # page status badges
    "md-tag", "md-tag-icon", "md-tags",                                     # tags
    "md-version", "md-version__alias", "md-version__current", "md-version__item",
    "md-version__link", "md-version__list",                                 # versions (mike)
}


def _config() -> dict:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", lambda loader, node: None)
    return yaml.load((PROJECT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)


@pytest.fixture(scope="module")
def parts(site) -> tuple[str, str]:
    """The published stylesheet as (Material's trimmed part, ours)."""
    config = _config()
    published = (site / config["extra"]["stylesheet"]["path"]).read_text(encoding="utf-8")
    ours = stylesheet.ours(PROJECT / "docs", config["extra"]["stylesheet"]["parts"])
    assert published.endswith("\n" + ours)  # ours, whole and last: never trimmed
    return published[: -len(ours) - 1], ours


def _rules_naming(css: str, name: str) -> int:
    return len(re.findall(r"\.%s(?![\w-])" % re.escape(name), css))


def test_every_page_links_the_one_stylesheet_and_no_other(site):
    path = _config()["extra"]["stylesheet"]["path"]
    assert "extra_css" not in _config()  # each file there would be one more render-blocking link
    for page in sorted(site.rglob("*.html")):
        html = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        if html.find("meta", attrs={"http-equiv": "refresh"}):
            continue  # a redirect page
        links = [link["href"] for link in html.select("link[rel~=stylesheet]")]
        assert len(links) == 1 and links[0].endswith(path), (page, links)


def test_classes_material_s_script_adds_keep_their_rules(parts):
    material_part, _ = parts
    bundle = next(ASSETS.glob("javascripts/bundle.*.min.js")).read_text(encoding="utf-8")
    original = next(ASSETS.glob("stylesheets/main.*.min.css")).read_text(encoding="utf-8")
    added_by_script = set(re.findall(r"md-[a-z0-9_-]+", bundle))
    lost = {name for name in added_by_script
            if _rules_naming(original, name) and not _rules_naming(material_part, name)}
    assert lost, "nothing is trimmed: the test would show nothing"
    assert lost - UNUSED_FEATURES == set()


def test_what_the_script_adds_is_described_and_kept(parts):
    material_part, _ = parts
    bundle = next(ASSETS.glob("javascripts/bundle.*.min.js")).read_text(encoding="utf-8")
    described = set(re.findall(r'class="([^"]+)"', stylesheet.RUNTIME_HTML))
    classes = {name for group in described for name in group.split()}
    assert not classes & UNUSED_FEATURES
    # Each is a class Material's script really adds (or one it adds to), and its rules are kept.
    assert all(name in bundle for name in classes), sorted(n for n in classes if n not in bundle)
    assert _rules_naming(material_part, "md-tooltip2--active") and _rules_naming(material_part, "md-typeset__table")
    assert "body[data-md-scrolllock]" in material_part and "[role=tooltip]" in material_part


def test_custom_properties_our_files_read_are_kept(parts, site):
    material_part, ours = parts
    later = (PROJECT / "docs/assets/stylesheets/search.css").read_text(encoding="utf-8")
    read = set(stylesheet.variables_read([ours, later]))
    declared_by_material = {name for name in read
                            if re.search(re.escape(name) + ":", next(ASSETS.glob("stylesheets/main.*.min.css")).read_text(encoding="utf-8"))}
    assert declared_by_material, "our stylesheets read none of Material's custom properties?"
    assert {name for name in declared_by_material if name + ":" not in material_part} == set()
