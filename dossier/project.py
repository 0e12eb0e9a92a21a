"""The dossier as a build uses it, in order: load, check, then what the views and exports need.

The one module the MkDocs adapter (hooks/) and the command line (python -m dossier) call,
so both run the same checks and print the same report.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import views
from .views import print_view
from .checks import Views, check, load_schemas, translated_fields, translation
from .checks.problems import Problem
from .load import Dossier, load
from .site import FEED_PATH, PDF_PATH, PRINT_PAGE, Site, read_config  # noqa: F401 (read_config: for the command line)


@dataclass
class Loaded:
    site: Site
    dossier: Dossier
    problems: list[Problem]
    stale: list[translation.Stale]  # translations that may be out of date (information, not problems)

    def stale_in(self, lang: str) -> list[translation.Stale]:
        return [item for item in self.stale if self.site.page_and_language(item.translation)[1] == lang]

    @property
    def history_notice(self) -> str | None:
        """Where git's history is not there, the one line that says so (else None)."""
        return translation.history_notice(self.dossier.history)


class _AnyStrings(dict):
    """Stand-in interface strings: views are rendered for the checks only to learn their anchors."""

    def __missing__(self, key):
        return key


def views_for_checks(dossier: Dossier) -> Views:
    def render_anchored(body: str, page: str, lang: str) -> str:
        return views.render_markers(body, dossier, page, lang, _AnyStrings(), only=views.VIEWS_WITH_ANCHORS)

    return Views(names=set(views.VIEWS), render_anchored=render_anchored)


def nav_exemptions(config: dict) -> list:
    """mkdocs.yml's not_in_nav, exclude_docs and draft_docs as path specs, read as MkDocs reads them."""
    import pathspec  # what MkDocs uses for these settings

    return [pathspec.gitignore.GitIgnoreSpec.from_lines(config[key].splitlines())
            for key in ("not_in_nav", "exclude_docs", "draft_docs") if config.get(key)]


def load_and_check(project_dir: Path, docs_dir: Path | None = None, site_url: str | None = None,
                   nav=None, nav_exempt=None, repo_url: str | None = None) -> Loaded:
    """Load and check the project; nav and its exemptions are read from mkdocs.yml unless given."""
    project_dir = Path(project_dir)
    config = read_config(project_dir)
    site = Site.from_config({**config, "site_url": site_url or config.get("site_url"),
                             "repo_url": repo_url or config.get("repo_url")})
    if nav is None:
        nav, nav_exempt = config.get("nav"), nav_exemptions(config)
    dossier = load(project_dir, docs_dir, site)
    exempt = [spec for spec in (nav_exempt or ()) if spec]
    records = (config.get("not_in_nav") or "").split()
    config_text = (project_dir / "mkdocs.yml").read_text(encoding="utf-8")
    found = check(dossier, project_dir / "schemas", nav=nav, nav_exempt=exempt, views=views_for_checks(dossier),
                  nav_records=records, config_text=config_text)
    stale = [] if found else translation.stale(dossier, translated_fields(load_schemas(project_dir / "schemas")[0]))
    if not found:
        print_view.date_as_its_parts(dossier)  # after the checks, which read what staff wrote
    return Loaded(site, dossier, found, stale)


@dataclass
class Said:
    """What one language's build tells the editor: workflow commands for GitHub (stdout), the
    report of the problems, and lines of information for the log."""

    commands: str
    report: str
    info: list[str]


def said(loaded: Loaded, lang: str, in_actions: bool) -> Said:
    """What a build in `lang` says; what concerns every language is said in the default one only."""
    from .checks import problems as reported

    first = lang == loaded.site.default
    stale = loaded.stale_in(lang)
    commands = []
    if in_actions and first and loaded.problems:
        commands.append(reported.github_annotations(loaded.problems))
    if in_actions and stale:
        commands.append(translation.github_annotations(stale, loaded.site.repo_url))
    info = [translation.stale_notice(item, loaded.site.repo_url) for item in stale]
    if first and loaded.history_notice and not loaded.problems:
        info.append(loaded.history_notice)
    report = reported.report(loaded.problems) if loaded.problems else ""
    return Said("\n".join(commands), report, info)


def empty_dossier(loaded: Loaded) -> Dossier:
    """A dossier with nothing in it, for a build that only shows the problems (under serve)."""
    return Dossier(docs_dir=loaded.dossier.docs_dir, site=loaded.site)


def problems_page(found: list[Problem], lang: str) -> str:
    """The Markdown of the page that stands in for every page while the content has problems (serve)."""
    from .checks.problems import PAGE_HEADINGS, arrange, report_page

    title = PAGE_HEADINGS[lang][0].format(count=len(arrange(found)))
    return f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\nhide: [navigation, toc]\n---\n\n{report_page(found, lang)}\n"


def strings(project_dir: Path, lang: str) -> dict:
    """The interface words of a language: strings/<lang>.yml (the same keys in every language)."""
    return yaml.safe_load((Path(project_dir) / "strings" / f"{lang}.yml").read_text(encoding="utf-8"))


def feed_path(site: Site, lang: str) -> str:
    """The feed's address, site-relative (the templates' `url` filter makes it relative to the page,
    so it works wherever the site is served: a preview, a mirror, an archived copy)."""
    return site.root(lang) + FEED_PATH


def document_paths(site: Site, lang: str) -> dict:
    """The whole dossier's PDF and print view in a language, site-relative (as feed_path)."""
    return {"pdf": site.root(lang) + PDF_PATH, "print": site.page_url(PRINT_PAGE, lang)}


def citation_paths(site: Site, page_url: str) -> dict:
    """The page's BibTeX and RIS files (dossier/export/citation.py), site-relative (as feed_path)."""
    from .site import CITATION_FILES

    bib, ris = (page_url + name for name in CITATION_FILES)
    return {"bib": bib, "ris": ris}


SOCIAL_IMAGE = "assets/images/social-card.png"  # made by scripts/make-social-image.py


def page_context(state, src_uri: str, *, meta: dict, title: str, url: str, alternates: dict, build_date,
                 site_name: str = "") -> dict:
    """What the templates in overrides/ print about one page, in the language being built."""
    from .views import metadata
    from .views import page as page_views

    site, lang = state.site, state.lang
    page, _ = site.page_and_language(src_uri)
    stale = state.stale.get(src_uri)
    alternates = {code: alternates[code] for code in site.codes if code in alternates}  # the site's order
    alternates = alternates or {lang: site.page_url(page, lang)}
    head = metadata.page_metadata(
        meta=meta, title=title, lang=lang, url=url, alternates=alternates,
        site_url=site.url, default_lang=site.default, is_home=page == "index.md", build_date=build_date,
        image_path=SOCIAL_IMAGE, strings=state.strings)
    head["pdf_url"] = site.absolute(document_paths(site, lang)["pdf"])
    head["json_ld"] = metadata.json_ld_text(metadata.json_ld(
        dossier=state.dossier, page=page, lang=lang, meta={**meta, "title": head["title"]}, url=url,
        alternates=alternates, site_url=site.url, default_lang=site.default, site_name=site_name,
        published=head["published"], modified=head["modified"], publisher=metadata.publisher_id(state.dossier)))
    return {
        "lang": lang,
        "default_lang": site.default,
        "ui": state.strings,
        "translated": lang != site.default,
        "original_url": site.page_url(page, site.default),
        "stale_original": site.page_url(stale.page, site.default) if stale else None,
        "stale_changes": stale.changes_url(site.repo_url) if stale else None,
        "feed": {"url": feed_path(site, lang), "title": state.strings["feed_title"]},
        # The language menu: this page in each language, site-relative (static-i18n's own links
        # are root-absolute on the home pages, which breaks a copy served elsewhere).
        "alternates": [{"name": language.name, "link": alternates[language.code], "lang": language.code}
                       for language in site.languages if language.code in alternates],
        "document": document_paths(site, lang),
        "is_print_view": page == PRINT_PAGE,
        "print_css": page_views.print_page_css(site_name, state.strings["pdf_page_of"]) if site_name else "",
        "citation_files": citation_paths(site, site.page_url(page, lang)),
        "meta": head,
    }


def not_found_context(state, config_file: str) -> dict:
    """The 404 page: the root one shows every language, the default first; others only their own.
    Its language menu leads to each language's home (a 404 is served at any address)."""
    from urllib.parse import urlsplit

    site = state.site
    shown = site.codes if state.lang == site.default else (state.lang,)
    project_dir = Path(config_file).parent
    homes = {lang: urlsplit(site.absolute(site.root(lang))).path for lang in site.codes}
    return {
        "lang": state.lang,
        "ui": state.strings,
        # Absolute paths here: a 404 page is served at any address.
        "feed": {"url": urlsplit(site.absolute(feed_path(site, state.lang))).path, "title": state.strings["feed_title"]},
        "not_found": [{"lang": lang, "ui": strings(project_dir, lang), "home": homes[lang]} for lang in shown],
        "alternates": [{"name": language.name, "link": homes[language.code], "lang": language.code}
                       for language in site.languages],
    }


def language_setting(config: dict, lang: str, key: str):
    """A setting of mkdocs.yml for one language: the i18n plugin's per-language value, else the site's."""
    for entry in config.get("plugins") or []:
        if isinstance(entry, dict) and "i18n" in entry:
            for language in entry["i18n"]["languages"]:
                if language["locale"] == lang and key in language:
                    return language[key]
    return config.get(key)


def print_document(state, own_html: str, rendered: tuple[list[str], dict], *, dossier_title: str,
                   publisher: str) -> str:
    """The print view's HTML in the language being built (dossier/views/print_view.py): its own
    text (without the H1, which the cover carries) after the cover, then every other page."""
    import re

    from . import dates

    site, lang, s = state.site, state.lang, state.strings
    in_nav, pages = rendered
    order = print_view.page_order(in_nav, list(pages))
    parts = [print_view.Part(page, pages[page][0], state.dossier.title(page, lang), pages[page][2]) for page in order]
    metas = [state.dossier.meta(page, lang) for page in order]
    meta = state.dossier.meta(print_view.PRINT_PAGE, lang)
    edition = print_view.edition([*metas, meta])
    cover = {
        "publisher": publisher, "dossier_title": dossier_title,
        "title": meta.get("title", ""), "anchor": "seluruh-dosier",
        "language": next(language.name for language in site.languages if language.code == lang),
        "edition": edition, "edition_text": dates.format_date(edition, lang) if edition else "",
        "url": site.absolute(site.root(lang)),
    }
    intro = re.sub(r"<h1\b.*?</h1>", "", own_html, count=1, flags=re.DOTALL)
    body = print_view.document(parts, site=site, lang=lang, strings=s, cover=cover)
    return body.replace("</header>\n", f"</header>\n<div class=\"dossier-print-intro\">{intro}</div>\n", 1)
