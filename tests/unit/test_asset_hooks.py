"""The hooks that rewrite published assets: hooks/skip_sitemap_lookups.py, hooks/strip_asset_comments.py."""
from pathlib import Path

import material
import pytest

from built_site import load_hook

sitemaps = load_hook("skip_sitemap_lookups")
comments = load_hook("strip_asset_comments")

MATERIAL_BUNDLE = next(Path(material.__file__).parent.glob("templates/assets/javascripts/bundle.*.min.js"))


def test_the_alternate_link_query_of_material_s_bundle_matches_nothing():
    script = 'x();function ui(){e.pipe(b(()=>M("link[rel=alternate]")))}y("[rel=alternate]")'
    changed = sitemaps.without_sitemap_lookups(script)
    assert '"link[rel=alternate]"' not in changed and sitemaps.NOTHING in changed
    assert changed.replace(sitemaps.NOTHING, sitemaps.SELECTOR) == script  # nothing else changed
    assert sitemaps.without_sitemap_lookups(changed) == changed  # the second language's build


def test_a_bundle_without_the_query_stops_the_build_with_a_reason():
    with pytest.raises(ValueError, match="occurs 0 times"):
        sitemaps.without_sitemap_lookups("function other(){}")


def test_the_installed_material_bundle_has_the_query_once():
    changed = sitemaps.without_sitemap_lookups(MATERIAL_BUNDLE.read_text(encoding="utf-8"))
    assert changed.count(sitemaps.NOTHING) == 1


def test_comments_go_code_stays():
    css = "/* why */\n:root {\n  --x: 1; /* kept: not a whole line */\n}\n\n/* a\n   b */\na { b: c; }\n"
    assert comments.without_comments(css, ".css") == ":root {\n  --x: 1; /* kept: not a whole line */\n}\na { b: c; }\n"
    js = '// why\n(function () {\n  // how\n  var u = "https://x.test/a"; // kept\n})();\n'
    assert comments.without_comments(js, ".js") == '(function () {\n  var u = "https://x.test/a"; // kept\n})();\n'
