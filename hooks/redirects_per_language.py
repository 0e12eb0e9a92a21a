"""Hook: mkdocs-redirects' redirects for every language, not only the default one.

mkdocs-redirects writes a redirect page for each entry of redirect_maps (a renamed page's old
address -> its new one) at the site root, where the default language lives. Each other
language's pages live under their prefix (en/), and a renamed page moves there too: this writes
the same redirect under that prefix (en/old/ -> en/new/).
"""

from mkdocs.structure.files import File
from mkdocs_redirects.plugin import get_html_path, get_relative_html_path, write_html

from dossier.model import DEFAULT_LANGUAGE


def on_post_build(config):
    lang = config.extra["ui_language"]
    plugin = config.plugins.get("redirects")
    if lang == DEFAULT_LANGUAGE or plugin is None:
        return
    use_directory_urls = config.use_directory_urls
    for old, new in plugin.config["redirect_maps"].items():
        if new.lower().startswith(("http://", "https://")):
            target = new
        else:
            page, _, anchor = new.partition("#")
            url = File(page, "", "", use_directory_urls).url
            # Both addresses are under the same prefix, so the relative link is the same.
            target = get_relative_html_path(old, url + (f"#{anchor}" if anchor else ""), use_directory_urls)
        write_html(config.site_dir, f"{lang}/{get_html_path(old, use_directory_urls)}", target)
