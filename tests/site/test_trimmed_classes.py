"""No rule a reader needs is trimmed from Material's stylesheet (hooks/trim_stylesheet.py).

The trim keeps rules for classes found in the built pages and for those Material's script
adds at run time (RUNTIME_CLASSES). A class the script may add whose every rule is gone must
belong to a feature this site does not use; a new one fails here until it is either added to
RUNTIME_CLASSES or to the list below. (The acronym tooltips were lost that way once.)
"""
from __future__ import annotations

import re
from pathlib import Path

import material

from dossier import stylesheets

ASSETS = Path(material.__file__).parent / "templates" / "assets"

# Features of Material this site leaves off, by the classes their script adds.
UNUSED_FEATURES = {
    "md-annotation", "md-annotation-list", "md-annotation__index",            # code annotations
    "md-code__button", "md-code__button--active", "md-code__content", "md-code__nav",  # code copy
    "md-source__fact", "md-source__facts", "md-source__repository--active",  # repository facts (removed on purpose)
    "md-search-result__article", "md-search-result__icon", "md-search-result__item",
    "md-search-result__link", "md-search-result__more", "md-search-result__terms",  # search (Pagefind's instead)
    "md-status",                                                            # page status badges
    "md-tag", "md-tag-icon", "md-tags",                                     # tags
    "md-version", "md-version__alias", "md-version__current", "md-version__item",
    "md-version__link", "md-version__list",                                 # versions (mike)
}


def _rules_naming(css: str, name: str) -> int:
    return len(re.findall(r"\.%s(?![\w-])" % re.escape(name), css))


def test_classes_material_s_script_adds_keep_their_rules(site):
    bundle = next(ASSETS.glob("javascripts/bundle.*.min.js")).read_text(encoding="utf-8")
    original = next(ASSETS.glob("stylesheets/main.*.min.css")).read_text(encoding="utf-8")
    trimmed = next(site.glob("assets/stylesheets/main.*.min.css")).read_text(encoding="utf-8")
    added_by_script = set(re.findall(r"md-[a-z0-9_-]+", bundle))
    lost = {name for name in added_by_script
            if _rules_naming(original, name) and not _rules_naming(trimmed, name)}
    assert lost, "nothing is trimmed: the test would show nothing"
    assert lost - UNUSED_FEATURES == set()
    assert not stylesheets.RUNTIME_CLASSES & UNUSED_FEATURES


def test_the_tooltip_rules_are_kept(site):
    trimmed = next(site.glob("assets/stylesheets/main.*.min.css")).read_text(encoding="utf-8")
    assert _rules_naming(trimmed, "md-tooltip2") and _rules_naming(trimmed, "md-tooltip2--active")
