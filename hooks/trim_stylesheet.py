"""Hook: trim Material's main stylesheet in the built site to the rules its pages can use.

The rules are in dossier/stylesheets.py. static-i18n builds the other languages inside the
default language's build, after this hook has run for it; only the last language's run sees
every page of the site, so only that run trims.
"""
from pathlib import Path

from dossier import stylesheets

STYLESHEETS = "assets/stylesheets"


def _original(config) -> Path:
    for theme_dir in config.theme.dirs:
        found = sorted(Path(theme_dir, STYLESHEETS).glob("main.*.min.css"))
        if found:
            return found[0]
    raise FileNotFoundError(f"Material's {STYLESHEETS}/main.*.min.css")


def is_last_language_build(config) -> bool:
    """True in the run that ends the site's build (the only one without static-i18n)."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return True
    later = [lang for lang in i18n.build_languages if lang != i18n.default_language]
    return not later or i18n.current_language == later[-1]


def on_post_build(config):
    if not is_last_language_build(config):
        return
    site = Path(config.site_dir)
    original = _original(config)
    pages = [path.read_text(encoding="utf-8") for path in sorted(site.rglob("*.html"))]
    used = set().union(*(stylesheets.classes_in_html(page) for page in pages))
    # Whatever else may read a custom property: our stylesheets, scripts and the pages.
    others = [path.read_text(encoding="utf-8") for pattern in ("*.css", "*.js")
              for path in sorted(site.joinpath("assets").rglob(pattern)) if path.name != original.name]
    trimmed = stylesheets.trim(original.read_text(encoding="utf-8"), used, "\n".join(pages + others))
    site.joinpath(STYLESHEETS, original.name).write_text(trimmed, encoding="utf-8")
