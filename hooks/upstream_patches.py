"""Hook: every place the site depends on Material's internals, each checked loudly.

Written against Material 9.8.2. When an upgrade changes what a patch expects, the build stops
with a message naming both versions; it never goes on silently with the patch undone.
- Partials replaced in overrides/partials/: the build stops when Material's own file is no
  longer the one ours was written from (compare, update ours, then the hash here).
- name_nav_sections (overrides/main.html, site_nav block): with navigation.indexes, each
  section's <nav> is named by a label that holds only an icon (axe: landmark-unique); it is
  named by the section's title label instead.
- Material's script fetches <alternate link>/sitemap.xml for every <link rel=alternate> (the
  hreflang links): 404s and console errors on every inner page. Its selector is pointed at
  nothing; the language menu needs none of it (static-i18n links each page to its twin).
- material_bundle (overrides/main.html, scripts block): Material's script tag, deferred, so
  that nothing but the HTML and one stylesheet holds up the first paint (docs-dev/performance.md);
  its file name (with a hash) is read from Material's base.html, which must name it once.
"""
import hashlib
import importlib.metadata
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

WRITTEN_AGAINST = "9.8.2"
REPLACED_PARTIALS = {  # Material's file: sha256 (first 16 hex digits) in WRITTEN_AGAINST
    "partials/header.html": "8cf3fb15bcf969ff",
    "partials/alternate.html": "572b1d4dae611aa5",
    "partials/source.html": "6847616d67be4920",
}
SECTION = re.compile(r'aria-labelledby="(?P<id>__nav_[\d_]+)_label"(?P<between>[^>]*>\s*)'
                     r'<label class="md-nav__title" for="(?P=id)">')
SELECTOR = '"link[rel=alternate]"'
NOTHING = '"link[rel=alternate][data-dossier-never]"'  # no element has this attribute
BUNDLE_TAG = re.compile(r"""<script src="\{\{ '(assets/javascripts/bundle\.[0-9a-f]+\.min\.js)' \| url \}\}"></script>""")


def _fail(what: str) -> PluginError:
    installed = importlib.metadata.version("mkdocs-material")
    return PluginError(f"hooks/upstream_patches.py (written against Material {WRITTEN_AGAINST}, installed "
                       f"{installed}): {what}")


def _material_dir(config) -> Path:
    return next(Path(d) for d in config.theme.dirs if Path(d, "partials", "header.html").is_file()
                and "material" in Path(d).parts)


def name_nav_sections(html: str) -> str:
    named, count = SECTION.subn(
        r'aria-labelledby="\g<id>_title"\g<between><label class="md-nav__title" for="\g<id>" id="\g<id>_title">', html)
    if count != html.count('class="md-nav__title" for="__nav_'):
        raise _fail("name_nav_sections: Material's section navigation changed; update SECTION.")
    return named


def without_sitemap_lookups(script: str) -> str:
    if script.count(SELECTOR) == 1:
        return script.replace(SELECTOR, NOTHING)
    if script.count(NOTHING) == 1:
        return script  # done already (the next language's build)
    raise _fail(f"{SELECTOR} occurs {script.count(SELECTOR)} times in Material's bundle, not once: find the "
                "function that fetches sitemap.xml for link[rel=alternate] and update SELECTOR, or remove "
                "this patch if Material no longer does it.")


def on_config(config):
    material = _material_dir(config)
    for name, expected in REPLACED_PARTIALS.items():
        actual = hashlib.sha256((material / name).read_bytes()).hexdigest()[:16]
        if actual != expected:
            raise _fail(f"Material's {name} changed ({actual}, was {expected}): compare it with "
                        f"overrides/{name}, update ours, then the hash here.")
    return config


def material_bundle(base_html: str) -> str:
    """The path of Material's script, as its base.html's scripts block loads it."""
    found = BUNDLE_TAG.findall(base_html)
    if len(found) != 1:
        raise _fail(f"Material's base.html loads its bundle {len(found)} times as BUNDLE_TAG expects, not once: "
                    "see how its scripts block loads the script now, and update BUNDLE_TAG and the scripts "
                    "block of overrides/main.html.")
    return found[0]


def on_env(env, config, files):
    env.filters["name_nav_sections"] = name_nav_sections
    env.globals["dossier_material_bundle"] = material_bundle(
        (_material_dir(config) / "base.html").read_text(encoding="utf-8"))
    return env


def on_post_build(config):
    bundles = sorted(Path(config.site_dir).glob("assets/javascripts/bundle.*.min.js"))
    if not bundles:
        raise _fail("no assets/javascripts/bundle.*.min.js in the built site")
    for bundle in bundles:
        bundle.write_text(without_sitemap_lookups(bundle.read_text(encoding="utf-8")), encoding="utf-8")
