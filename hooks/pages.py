"""Hook: each page's Markdown, HTML and template context, from the dossier (dossier.views).

- Markdown: the front matter `title` as H1, <!-- dossier:NAME --> markers replaced by their
  generated views, the glossary's acronyms appended (abbr tooltips);
- HTML: symbol-only links named for screen readers; table cells labelled with their column's
  header (tables read as cards on phones);
- templates (overrides/): `dossier`, what they print about the page in its language;
- the print view (docs/cetak.md): every page's rendered HTML, as one document.
"""
import importlib.metadata

from build_state import STATE

from dossier import project
from dossier.site import PRINT_PAGE
from dossier.views import page as page_views
from dossier.views import render_markers, tables


def on_page_markdown(markdown, page, config, files):
    path, lang = STATE.file_language(page.file.src_uri)
    markdown = page_views.heading_markdown(markdown, page.meta.get("title"))
    if "<!-- dossier:" in markdown:
        markdown = render_markers(markdown, STATE.dossier, path, lang, STATE.strings)
    return page_views.with_abbreviations(markdown, STATE.dossier.glossary, lang)


def on_page_content(html, page, config, files):
    return tables.label_cells(page_views.label_links(html, STATE.strings, page_views.source_names(STATE.dossier, STATE.lang)))


def on_nav(nav, config, files):
    STATE.files = files  # MkDocs renders every page's HTML before any template: the print view reads them
    return nav


def on_page_context(context, page, config, nav):
    path, _ = STATE.file_language(page.file.src_uri)
    if path == PRINT_PAGE:
        page.content = project.print_document(
            STATE, page.content, _rendered_pages(nav), dossier_title=config.site_name, publisher=config.site_author)
    alternates = {lang: alternate.url for lang, alternate in (getattr(page.file, "alternates", None) or {}).items()}
    context["dossier"] = project.page_context(
        STATE, page.file.src_uri, meta=page.meta, title=page.title, url=page.canonical_url,
        alternates=alternates, build_date=context["build_date_utc"].date(),
        site_name=config.site_name)
    return context


def _rendered_pages(nav) -> tuple[list[str], dict]:
    """(nav order, {page: (url, title, HTML)}) of the language being built."""
    in_nav = [STATE.file_language(item.file.src_uri)[0] for item in nav.pages]
    rendered = {}
    for file in STATE.files.documentation_pages():
        page, lang = STATE.file_language(file.src_uri)
        if lang == STATE.lang and file.page is not None and file.page.content is not None:
            rendered[page] = (file.url, file.page.title, file.page.content)
    return in_nav, rendered


def on_template_context(context, template_name, config):
    if template_name == "404.html":
        context["dossier"] = project.not_found_context(STATE, config.config_file_path)
    return context


def on_env(env, config, files):
    env.filters["format_date"] = page_views.format_day
    env.filters["date_parts"] = page_views.date_parts
    # For the generator line of main.html's site_meta block, as Material writes it.
    env.globals["dossier_material_version"] = importlib.metadata.version("mkdocs-material")
    return env
