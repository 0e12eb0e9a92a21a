"""Hook: the search index, made by Pagefind from the built site (dossier/search.py).

static-i18n builds each other language inside the default language's on_post_build, so only
the last language's post_build sees the whole site written: the site is indexed there, once,
every language at once (Pagefind keeps one index per <html lang>). `mkdocs serve` rebuilds,
and so re-indexes, on every change.
"""
from pathlib import Path

from dossier import interface_strings, search


def on_post_build(config):
    i18n = config.plugins.get("i18n")
    languages = getattr(i18n, "build_languages", None) or [config.extra["ui_language"]]
    later = [lang for lang in languages if lang != getattr(i18n, "default_language", None)]
    if i18n and later and i18n.current_language != later[-1]:
        return  # the other languages are built after this one
    project_dir = Path(config.config_file_path).parent
    strings = {lang: interface_strings.load(project_dir, lang) for lang in languages}
    search.index_site(Path(config.site_dir), search.site_filters(config.extra["dossier"], strings))
