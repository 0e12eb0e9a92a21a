"""Hook: trim Material's main stylesheet in the built site to the rules its pages can use.

The rules are in dossier/stylesheets.py. static-i18n builds English inside the Indonesian
build, so this runs more than once; each run trims Material's original file using every
page built so far, and the last run has seen the pages of both languages.
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


def on_post_build(config):
    site = Path(config.site_dir)
    original = _original(config)
    pages = [path.read_text(encoding="utf-8") for path in sorted(site.rglob("*.html"))]
    used = set().union(*(stylesheets.classes_in_html(page) for page in pages))
    # Whatever else may read a custom property: our stylesheets, scripts and the pages.
    others = [path.read_text(encoding="utf-8") for pattern in ("*.css", "*.js")
              for path in sorted(site.joinpath("assets").rglob(pattern)) if path.name != original.name]
    trimmed = stylesheets.trim(original.read_text(encoding="utf-8"), used, "\n".join(pages + others))
    site.joinpath(STYLESHEETS, original.name).write_text(trimmed, encoding="utf-8")
