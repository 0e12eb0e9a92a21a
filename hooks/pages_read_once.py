"""Hook: give MkDocs each page as dossier_data already read it, instead of reading it again.

MkDocs reads every Markdown file and parses its front matter after dossier_data has done
both for its checks; on a large dossier the second reading is a tenth of a second per
thousand pages. Here MkDocs gets the body (as it would cut it) and, before any other hook
reads it, the front matter dossier_data parsed. dossier_data keeps dates as the strings
editors typed, where MkDocs would make dates of them; the templates print both alike.
"""
from mkdocs.plugins import event_priority

from dossier import model


def _source(page, config):
    dossier = config.extra.get("dossier")
    if dossier is None:
        return None
    path, lang = model.page_and_language(page.file.src_uri)
    return dossier.pages.get(path, {}).get(lang)


def body_as_mkdocs_reads_it(source) -> str | None:
    """The Markdown MkDocs would keep after the front matter, or None to let it read the file."""
    if not source.meta:
        return None  # no front matter, or none dossier_data could read: MkDocs decides
    body = source.body.lstrip("\n")  # as mkdocs.utils.meta.get_data does
    if body.startswith("---"):
        return None  # a rule at the top would be taken for front matter: leave it to MkDocs
    return body


def on_page_read_source(page, config):
    source = _source(page, config)
    body = body_as_mkdocs_reads_it(source) if source is not None else None
    if body is not None:
        page.dossier_front_matter = source.meta
    return body


@event_priority(100)  # before every other hook or plugin that reads page.meta
def on_page_markdown(markdown, page, config, files):
    front_matter = getattr(page, "dossier_front_matter", None)
    if front_matter is not None:
        # A copy: a plugin may add to page.meta, and the dossier serves later builds too.
        page.meta = dict(front_matter)
    return markdown
