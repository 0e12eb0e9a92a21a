"""What every page gets besides its generated views: its title as H1, the glossary's
acronyms, names for symbol-only links, dates in the page's language.
"""
from __future__ import annotations

import datetime as dt
import html
import re

from .. import dates

HEADING = re.compile(r"^# ", re.MULTILINE)
SOURCE_LINK = re.compile(r'<a (href="[^"]*#p\d+") title="([^"]+)">(¶\d+)</a>')
SOURCE_SLUG = re.compile(r'(sumber/[a-z0-9-]+)/#p\d+"')
PERMALINK = re.compile(
    r'(<h([1-6])[^>]*? id="([^"]+)"[^>]*>)(.*?)<a class="headerlink" href="#\3" title="Permanent link">#</a>',
    re.DOTALL)
TAG = re.compile(r"<[^>]+>")


def heading_markdown(markdown: str, title: str | None) -> str:
    """The page's front matter `title` as its H1, so the title is written once.

    Without it, Material shows the navigation label as the H1 ("Beranda" instead of the home
    page's title). Pages that write their own `# Heading` keep it.
    """
    if not title or HEADING.search(markdown):
        return markdown
    return f"# {title}\n\n{markdown}"


def abbreviation_lines(glossary: list, lang: str) -> str:
    """The glossary's acronyms as abbr definitions in the page's language: Python-Markdown's abbr
    extension then shows each one's meaning wherever it appears (one snippet file cannot differ
    by language)."""
    return "\n".join(
        f"*[{entry['abbr']}]: {' '.join(entry['term'][lang].split())}"
        for entry in glossary
        if entry.get("abbr")
    )


def with_abbreviations(markdown: str, glossary: list, lang: str) -> str:
    return f"{markdown}\n\n{abbreviation_lines(glossary, lang)}\n"


def source_names(dossier, lang: str) -> dict[str, str]:
    """Each source page's short title ("sumber/x": "Siaran pers ..."), in the page's language."""
    return {page[:-3]: str(meta.get("short_title") or meta.get("title", ""))
            for page, meta in dossier.of_kind("source", lang)}


def label_links(page_html: str, strings: dict, sources: dict[str, str] | None = None) -> str:
    """Give symbol-only links a name a screen reader can say, in the page's language.

    "¶4" (a source paragraph) and "#" (a section's permanent link) mean nothing read out of
    context, and the toc extension titles every "#" "Permanent link" in English on every page.
    This is our own Markdown's output (toc's permalink setting), not the theme's.
    The page gets one live region for share.js, which puts a share button beside each "#" link
    (without JavaScript there is none) and announces there what it did.
    """
    def source_link(match):
        # On paper a "¶4" names its source (print.css), since the page's address is not a link there.
        source = SOURCE_SLUG.search(match[1])
        name = (sources or {}).get(source[1]) if source else None
        named = f' data-print-source="{html.escape(name, quote=True)}"' if name else ""
        return f'<a class="dossier-source-ref" {match[1]} title="{match[2]}" aria-label="{match[2]}"{named}>{match[3]}</a>'

    page_html = SOURCE_LINK.sub(source_link, page_html)

    def permalink(match):
        heading = " ".join(html.unescape(TAG.sub("", match[4])).split())
        label = html.escape(strings["permalink_label"].format(heading=heading), quote=True)
        title = html.escape(strings["permalink_title"], quote=True)
        return (f'{match[1]}{match[4]}<a class="headerlink" href="#{match[3]}" title="{title}" '
                f'aria-label="{label}">#</a>')

    page_html, headings = PERMALINK.subn(permalink, page_html)
    if headings:
        # share.js puts a share button after each "#" link; its words, in the page's language:
        words = {name: html.escape(strings[f"share_{name}"], quote=True) for name in ("label", "copied", "copy_failed")}
        page_html += (f'\n<p class="dossier-share-status" role="status" data-share-status '
                      f'data-label="{words["label"]}" data-copied="{words["copied"]}" '
                      f'data-failed="{words["copy_failed"]}"></p>')
    return page_html


def date_parts(value, lang: str) -> dict:
    """"2026-11-27" -> {"year": 2026, "month": "November", "day": 27}, the month in the page's
    language: for citation styles that order them their own way (APA: "2026, November 27")."""
    day = dt.date.fromisoformat(str(value)[:10])
    return {"year": day.year, "month": dates.MONTHS[lang][day.month - 1], "day": day.day}


def format_day(value, lang: str) -> str:
    """"2026-11-27" (or a date) -> "27 November 2026", in the page's language."""
    return dates.format_date(str(value)[:10], lang)


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def print_page_css(dossier_title: str, page_of: str) -> str:
    """@page rules for paper: the dossier's title bottom left, "Halaman N dari M" bottom right
    (page_of: strings' "Halaman {page} dari {pages}"), in Chromium's page margin boxes."""
    before, _, rest = page_of.partition("{page}")
    middle, _, after = rest.partition("{pages}")
    parts = [_css_string(before) if before else "", "counter(page)", _css_string(middle) if middle else "",
             "counter(pages)", _css_string(after) if after else ""]
    counter = " ".join(part for part in parts if part)
    small = "font-size:8pt;color:#555"
    return (f"@page{{@bottom-left{{content:{_css_string(dossier_title)};{small}}}"
            f"@bottom-right{{content:{counter};{small}}}}}")
