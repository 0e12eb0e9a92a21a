"""Hook: the files a build publishes besides the pages, per language (dossier.export).

/data/dossier.json with its schema, /feed.xml, each page's citation (kutip.bib, kutip.ris), redirects
of renamed pages (en/...), the 404 page of each language (en/404.html), our own CSS and JS
without their comments, and the one stylesheet every page loads (dossier.export.stylesheet),
once the last language has been built.
"""
import json
import shutil
from pathlib import Path

from build_state import STATE
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from dossier.export import assets, citation, data, feed, redirects, stylesheet
from dossier.site import EXPORT_PATH, FEED_PATH, SCHEMA_PATH


@event_priority(-100)  # last: the page is moved as the other hooks leave it
def on_post_template(output, template_name, config):
    # MkDocs writes 404.html at the site root in every language's build: the default language's
    # stays there (it shows every language); another language's goes under its own root.
    if template_name != "404.html" or STATE.lang == STATE.site.default:
        return output
    _write(config, STATE.site.root(STATE.lang) + "404.html", output)
    return ""  # MkDocs then skips writing it at the root


def on_post_build(config):
    site, lang, dossier, root = STATE.site, STATE.lang, STATE.dossier, STATE.site.root(STATE.lang)
    document = data.build(dossier, lang)
    _write(config, root + EXPORT_PATH, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    shutil.copyfile(Path(config.config_file_path).parent / "schemas/export/dossier.schema.json",
                    Path(config.site_dir) / root / SCHEMA_PATH)
    items = feed.entries(dossier, lang, config.extra["feed_id"], STATE.strings)
    _write(config, root + FEED_PATH, feed.render(site=site, lang=lang, title=STATE.strings["feed_title"],
                                                  subtitle=config.site_name, author=config.site_author,
                                                  feed_id=config.extra["feed_id"], items=items))
    for path, text in citation.files(dossier, site, lang, author=config.site_author, site_name=config.site_name).items():
        _write(config, path, text)
    if lang != site.default and "redirects" in config.plugins:
        maps = config.plugins["redirects"].config["redirect_maps"]
        for path, html in redirects.redirect_pages(site, lang, maps).items():
            _write(config, path, html)
    scripts = [getattr(item, "path", item) for item in config.extra_javascript]
    parts = config.extra["stylesheet"]["parts"]
    for relative in [*config.extra_css, *parts, *scripts, *assets.LOADED_LATER]:
        path = Path(config.site_dir) / str(relative)
        if path.suffix in (".css", ".js") and path.is_file():
            path.write_text(assets.without_comments(path.read_text(encoding="utf-8"), path.suffix), encoding="utf-8")
    if lang == site.codes[-1]:  # static-i18n builds the others first: every page is written now
        _write_stylesheet(config, parts)


def _write_stylesheet(config, parts) -> None:
    try:
        css = stylesheet.build(Path(config.site_dir), Path(config.docs_dir),
                               stylesheet.material_stylesheet(config.theme.dirs), parts,
                               Path(config.config_file_path).parent)
    except stylesheet.StylesheetError as error:
        raise PluginError(str(error)) from error
    _write(config, config.extra["stylesheet"]["path"], css)


def _write(config, relative: str, text: str) -> None:
    target = Path(config.site_dir) / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
