"""What every page gets besides its generated views: its title as H1, the glossary's
acronyms, names for symbol-only links, dates in the page's language.
"""
from __future__ import annotations

import html
import re

from .. import dates

HEADING = re.compile(r"^# ", re.MULTILINE)
SOURCE_LINK = re.compile(r'<a (href="[^"]*#p\d+") title="([^"]+)">(¶\d+)</a>')
PERMALINK = re.compile(
    r'(<h([1-6])[^>]*? id="([^"]+)"[^>]*>)(.*?)<a class="headerlink" href="#\3" title="Permanent link">#</a>',
    re.DOTALL)
TAG = re.compile(r"<[^>]+>")
# Material Design's "share-variant" icon, as Material's own icons are inlined.
SHARE_ICON = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false">'
              '<path d="M18 16.08c-.76 0-1.44.3-1.96.77L8.91 12.7c.05-.23.09-.46.09-.7s-.04-.47-.09-.7l7.05-4.11c'
              '.54.5 1.25.81 2.04.81a3 3 0 0 0 3-3 3 3 0 0 0-3-3 3 3 0 0 0-3 3c0 .24.04.47.09.7L8.04 9.81C7.5 9.31 '
              '6.79 9 6 9a3 3 0 0 0-3 3 3 3 0 0 0 3 3c.79 0 1.5-.31 2.04-.81l7.12 4.15c-.05.21-.08.43-.08.66 0 1.61 '
              '1.31 2.91 2.92 2.91s2.92-1.3 2.92-2.91A2.92 2.92 0 0 0 18 16.08"/></svg>')


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


def label_links(page_html: str, strings: dict) -> str:
    """Give symbol-only links a name a screen reader can say, in the page's language.

    "¶4" (a source paragraph) and "#" (a section's permanent link) mean nothing read out of
    context, and the toc extension titles every "#" "Permanent link" in English on every page.
    This is our own Markdown's output (toc's permalink setting), not the theme's.
    Each "#" link gets a share button beside it (shown by share.js, which needs JavaScript) and
    the page one live region to announce what it did.
    """
    page_html = SOURCE_LINK.sub(r'<a class="dossier-source-ref" \1 title="\2" aria-label="\2">\3</a>', page_html)

    def permalink(match):
        heading = " ".join(html.unescape(TAG.sub("", match[4])).split())
        label = html.escape(strings["permalink_label"].format(heading=heading), quote=True)
        title = html.escape(strings["permalink_title"], quote=True)
        share = html.escape(strings["share_label"].format(heading=heading), quote=True)
        return (f'{match[1]}{match[4]}<a class="headerlink" href="#{match[3]}" title="{title}" '
                f'aria-label="{label}">#</a>'
                f'<button type="button" class="dossier-share" data-share="{match[3]}" '
                f'data-share-heading="{html.escape(heading, quote=True)}" aria-label="{share}" hidden>'
                f'{SHARE_ICON}</button>')

    page_html, headings = PERMALINK.subn(permalink, page_html)
    if headings:
        copied = html.escape(strings["share_copied"], quote=True)
        failed = html.escape(strings["share_copy_failed"], quote=True)
        page_html += (f'\n<p class="dossier-share-status" role="status" data-share-status data-pagefind-ignore '
                      f'data-copied="{copied}" data-failed="{failed}"></p>')
    return page_html


def format_day(value, lang: str) -> str:
    """"2026-11-27" (or a date) -> "27 November 2026", in the page's language."""
    return dates.format_date(str(value)[:10], lang)
