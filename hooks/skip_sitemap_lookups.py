"""Hook: stop Material's script fetching a sitemap.xml beside every hreflang link.

Material reads each <link rel="alternate"> in the head as the root of a site in another
language and fetches <that address>/sitemap.xml, to map pages between such sites. Here the
alternates are the page itself in each language (static-i18n), so on every page but the
homes each fetch is a 404: three wasted requests on slow mobile data, errors in the console
(Lighthouse: best practices). The language switch needs none of it: static-i18n links each
page to its twin, and language-hash.js keeps the section. Changing the selector Material
queries to one that matches nothing leaves the rest of its script as it is.

Material rewrites its bundle in every release: if the selector is not found, the build
stops and says so (update the selector, or drop this hook if Material fixed it).
"""
from pathlib import Path

from mkdocs.exceptions import PluginError

SELECTOR = '"link[rel=alternate]"'
NOTHING = '"link[rel=alternate][data-dossier-never]"'  # no element has this attribute
BUNDLES = "assets/javascripts/bundle.*.min.js"


def without_sitemap_lookups(script: str) -> str:
    """Material's bundle with its alternate-link query matching nothing; raises if not found."""
    if script.count(SELECTOR) == 1:
        return script.replace(SELECTOR, NOTHING)
    if script.count(NOTHING) == 1:
        return script  # already done (static-i18n's second language build)
    raise ValueError(f"{SELECTOR} occurs {script.count(SELECTOR)} times in Material's script, not once")


def on_post_build(config):
    bundles = sorted(Path(config.site_dir).glob(BUNDLES))
    if not bundles:
        raise PluginError(f"hooks/skip_sitemap_lookups.py: no {BUNDLES} in the built site")
    for bundle in bundles:
        try:
            bundle.write_text(without_sitemap_lookups(bundle.read_text(encoding="utf-8")), encoding="utf-8")
        except ValueError as error:
            raise PluginError(
                f"hooks/skip_sitemap_lookups.py: {error}. Material's bundle has changed: find the "
                "function that fetches sitemap.xml for link[rel=alternate] and update SELECTOR "
                f"(or remove this hook if Material no longer does it). File: {bundle}"
            ) from error
