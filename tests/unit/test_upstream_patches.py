"""hooks/upstream_patches.py: each dependence on Material's internals works on the installed
Material, and fails loudly, naming the versions, when what it expects is not there."""
import hashlib
from pathlib import Path

import material
import pytest
from mkdocs.exceptions import PluginError

from built_site import PROJECT, load_hook

patches = load_hook("upstream_patches")

MATERIAL = Path(material.__file__).parent / "templates"
MATERIAL_BUNDLE = next(MATERIAL.glob("assets/javascripts/bundle.*.min.js"))
SECTION = """<label class="md-nav__link " for="__nav_2" id="__nav_2_label" tabindex="">
  <span class="md-nav__icon md-icon"></span>
</label>
<nav class="md-nav" data-md-level="1" aria-labelledby="__nav_2_label" aria-expanded="false">
  <label class="md-nav__title" for="__nav_2">
    <span class="md-nav__icon md-icon"></span>
    Rekomendasi
  </label>"""


def test_the_alternate_link_query_of_material_s_bundle_matches_nothing():
    script = 'x();function ui(){e.pipe(b(()=>M("link[rel=alternate]")))}y("[rel=alternate]")'
    changed = patches.without_sitemap_lookups(script)
    assert '"link[rel=alternate]"' not in changed and patches.NOTHING in changed
    assert changed.replace(patches.NOTHING, patches.SELECTOR) == script  # nothing else changed
    assert patches.without_sitemap_lookups(changed) == changed  # the second language's build


def test_a_bundle_without_the_query_stops_the_build_naming_the_versions():
    with pytest.raises(PluginError, match=r"written against Material 9\.8\.2, installed .*occurs 0 times"):
        patches.without_sitemap_lookups("function other(){}")


def test_the_installed_material_bundle_has_the_query_once():
    changed = patches.without_sitemap_lookups(MATERIAL_BUNDLE.read_text(encoding="utf-8"))
    assert changed.count(patches.NOTHING) == 1


@pytest.mark.parametrize("name", sorted(patches.REPLACED_PARTIALS))
def test_each_replaced_partial_is_the_one_ours_was_written_from(name):
    assert (PROJECT / "overrides" / name).is_file()
    actual = hashlib.sha256((MATERIAL / name).read_bytes()).hexdigest()[:16]
    assert actual == patches.REPLACED_PARTIALS[name], f"Material's {name} changed: compare with overrides/{name}"


def test_a_changed_partial_stops_the_build(tmp_path, monkeypatch):
    fake = tmp_path / "material"
    (fake / "partials").mkdir(parents=True)
    for name in patches.REPLACED_PARTIALS:
        (fake / name).write_text("changed upstream")

    class Config:
        class theme:
            dirs = [str(fake)]

    with pytest.raises(PluginError, match=r"Material 9\.8\.2.*partials/.*changed"):
        patches.on_config(Config)


def test_a_navigation_section_is_named_by_its_title():
    named = patches.name_nav_sections(SECTION)
    assert 'aria-labelledby="__nav_2_title"' in named
    assert '<label class="md-nav__title" for="__nav_2" id="__nav_2_title">' in named
    assert 'id="__nav_2_label"' in named  # the icon label keeps its id
    nested = SECTION + SECTION.replace("__nav_2", "__nav_2_1").replace("Rekomendasi", "Sub")
    named = patches.name_nav_sections(nested)
    assert named.count('aria-labelledby="__nav_2_title"') == 1
    assert named.count('aria-labelledby="__nav_2_1_title"') == 1
    html = '<nav class="md-nav md-nav--secondary" aria-label="Daftar isi"></nav>'
    assert patches.name_nav_sections(html) == html


def test_a_changed_navigation_stops_the_build():
    changed = SECTION.replace('aria-labelledby="__nav_2_label"', 'aria-label="x"')
    with pytest.raises(PluginError, match="name_nav_sections"):
        patches.name_nav_sections(changed)


def test_material_s_bundle_is_read_from_its_base_template_and_loaded_deferred(site):
    path = patches.material_bundle((MATERIAL / "base.html").read_text(encoding="utf-8"))
    assert path == f"assets/javascripts/{MATERIAL_BUNDLE.name}"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert f'<script src="{path}" defer></script>' in home
    assert home.count("<script src=") == home.count("defer></script>")  # no script holds up the first paint


def test_a_base_template_that_loads_the_bundle_otherwise_stops_the_build():
    with pytest.raises(PluginError, match="written against Material .* BUNDLE_TAG"):
        patches.material_bundle('<script defer src="{{ \'assets/javascripts/bundle.1.min.js\' | url }}"></script>')
