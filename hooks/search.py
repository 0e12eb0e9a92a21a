"""Hook: the search index, made by Pagefind from the built site (dossier/search.py).

static-i18n builds each other language inside the default language's on_post_build, so the
last language's post_build is the first to see the whole site written: the site is indexed
there, every language at once (Pagefind keeps one index per <html lang>). `mkdocs serve`
rebuilds, and so re-indexes, on every change.
"""
from pathlib import Path

from build_state import STATE

from dossier import project, search


def on_post_build(config):
    if STATE.lang != STATE.site.codes[-1] or STATE.problems:
        return  # the other languages are built after this one; under serve, pages are the problems
    project_dir = Path(config.config_file_path).parent
    strings = {lang: project.strings(project_dir, lang) for lang in STATE.site.codes}
    search.index_site(Path(config.site_dir), search.site_filters(STATE.dossier, strings))
