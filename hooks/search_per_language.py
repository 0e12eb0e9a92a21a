"""Hook: one search index per language, so a search finds pages in the reader's language only.

static-i18n merges the entries of every language it builds into the default language's
search/search_index.json. Instead, each other language's entries go, with that language's lunr
settings, to its own index (en/search/search_index.json), and are then taken out of the search
plugin so that static-i18n's merge leaves the default index with the default language only.
English pages' search is pointed at the English index. The English root also gets a copy of
the site's sitemap, where Material's script would look for it from English pages
(navigation.instant, which is off, and the look-ups hooks/skip_sitemap_lookups.py stops).
Settings: the search plugin's own (mkdocs.yml) are the default language's; a language's entry
in extra.search_by_language overrides them (lunr has an English stemmer, none for Indonesian).
"""
import shutil
from pathlib import Path

from build_state import STATE
from mkdocs.plugins import event_priority

from dossier import search_index


def _search_plugin(config):
    for name in ("material/search", "search"):
        if name in config.plugins:
            return config.plugins[name]
    raise KeyError("the search plugin is not enabled")


def on_post_page(output, page, config):
    return search_index.point_search_at_language(output, STATE.lang)


def on_post_template(output, template_name, config):
    # The 404 page has a search box too.
    if template_name == "404.html" and output.strip():
        return search_index.point_search_at_language(output, STATE.lang)
    return output


@event_priority(-50)  # after the search plugin has indexed this language, before static-i18n merges
def on_post_build(config):
    lang = STATE.lang
    if lang == STATE.site.default:
        return  # the search plugin writes it, from the default language's entries only
    plugin = _search_plugin(config)
    settings = {key: plugin.config[key] for key in ("lang", "separator", "pipeline", "fields")}
    settings.update((config.extra.get("search_by_language") or {}).get(lang, {}))
    entries = plugin.search_index.entries
    document = search_index.index_for(entries, lang, settings)
    path = Path(config.site_dir) / search_index.language_root(lang) / search_index.INDEX_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(search_index.index_json(document), encoding="utf-8")
    entries.clear()  # nothing of this language for static-i18n to merge into the default index
    sitemap = Path(config.site_dir) / "sitemap.xml"
    if sitemap.is_file():
        shutil.copyfile(sitemap, path.parent.parent / "sitemap.xml")
