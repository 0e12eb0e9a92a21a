"""Hook: each page's Markdown, HTML and template context, from the dossier (dossier.views).

- Markdown: the front matter `title` as H1, <!-- dossier:NAME --> markers replaced by their
  generated views, the glossary's acronyms appended (abbr tooltips);
- HTML: symbol-only links named for screen readers; table cells labelled with their column's
  header (tables read as cards on phones);
- templates (overrides/): `dossier`, what they print about the page in its language.
"""
import importlib.metadata

from build_state import STATE

from dossier import project
from dossier.views import page as page_views
from dossier.views import render_markers
from dossier.views import tables


def on_page_markdown(markdown, page, config, files):
    path, lang = STATE.file_language(page.file.src_uri)
    markdown = page_views.heading_markdown(markdown, page.meta.get("title"))
    if "<!-- dossier:" in markdown:
        markdown = render_markers(markdown, STATE.dossier, path, lang, STATE.strings)
    return page_views.with_abbreviations(markdown, STATE.dossier.glossary, lang)


def on_page_content(html, page, config, files):
    return tables.label_cells(page_views.label_links(html, STATE.strings))


def on_page_context(context, page, config, nav):
    alternates = {lang: alternate.url for lang, alternate in (getattr(page.file, "alternates", None) or {}).items()}
    context["dossier"] = project.page_context(
        STATE, page.file.src_uri, meta=page.meta, title=page.title, url=page.canonical_url,
        alternates=alternates, build_date=context["build_date_utc"].date())
    return context


def on_template_context(context, template_name, config):
    if template_name == "404.html":
        context["dossier"] = project.not_found_context(STATE, config.config_file_path)
    return context


def on_env(env, config, files):
    env.filters["format_date"] = page_views.format_day
    # For the generator line of main.html's site_meta block, as Material writes it.
    env.globals["dossier_material_version"] = importlib.metadata.version("mkdocs-material")
    return env
