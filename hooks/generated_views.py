"""Hook: replace <!-- dossier:NAME --> markers in pages with views generated from the data.

The views themselves (tables, timeline, institution records ...) are in dossier/views.py.
"""
from dossier import model, views


def on_page_markdown(markdown, page, config, files):
    if "<!-- dossier:" not in markdown:
        return markdown
    path, _ = model.page_and_language(page.file.src_uri)
    lang = config.extra["ui_language"]
    return views.render_markers(markdown, config.extra["dossier"], path, lang, config.extra["ui"])
