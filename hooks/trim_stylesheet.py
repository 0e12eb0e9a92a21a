"""Hook: trim Material's main stylesheet in the built site to the rules its pages can use.

The rules are in dossier/stylesheets.py. static-i18n builds the other languages inside the
default language's build, after this hook has run for it; only the last language's run sees
every page of the site, so only that run trims. What each page uses is noted as MkDocs
writes it, so that run need not read a thousand pages back; files written otherwise (404
pages, redirects) are read.
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


# Output file -> (classes, custom properties read) of each page written in this process.
_used_by_page: dict[str, tuple[set, set]] = {}


def _used_in(html: str) -> tuple[set, set]:
    return stylesheets.classes_in_html(html), stylesheets.custom_properties_read(html)


def on_post_page(output, page, config):
    _used_by_page[page.file.abs_dest_path] = _used_in(output)
    return output


def on_post_build(config):
    if not is_last_language_build(config):
        return
    site = Path(config.site_dir)
    original = _original(config)
    classes, properties = set(), set()
    for path in sorted(site.rglob("*.html")):
        used = _used_by_page.get(str(path)) or _used_in(path.read_text(encoding="utf-8"))
        classes |= used[0]
        properties |= used[1]
    # Whatever else may read a custom property: our stylesheets and scripts.
    others = [path.read_text(encoding="utf-8") for pattern in ("*.css", "*.js")
              for path in sorted(site.joinpath("assets").rglob(pattern)) if path.name != original.name]
    trimmed = stylesheets.trim(original.read_text(encoding="utf-8"), classes, "\n".join(others),
                               properties_read=properties)
    site.joinpath(STYLESHEETS, original.name).write_text(trimmed, encoding="utf-8")
