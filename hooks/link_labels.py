"""Hook: give the site's symbol-only links a name a screen reader can say, in the page's language.

"¶4" (a source paragraph) and "#" (a section's permanent link) mean nothing read out of
context, and the toc extension titles every "#" "Permanent link" in English on every page.
"""
import html
import re

SOURCE_LINK = re.compile(r'<a (href="[^"]*#p\d+") title="([^"]+)">(¶\d+)</a>')
PERMALINK = re.compile(
    r'(<h([1-6])[^>]*? id="([^"]+)"[^>]*>)(.*?)<a class="headerlink" href="#\3" title="Permanent link">#</a>',
    re.DOTALL)
TAG = re.compile(r"<[^>]+>")


def label_links(page_html: str, strings: dict) -> str:
    page_html = SOURCE_LINK.sub(r'<a \1 title="\2" aria-label="\2">\3</a>', page_html)

    def permalink(match):
        heading = " ".join(html.unescape(TAG.sub("", match[4])).split())
        label = html.escape(strings["permalink_label"].format(heading=heading), quote=True)
        title = html.escape(strings["permalink_title"], quote=True)
        return (f'{match[1]}{match[4]}<a class="headerlink" href="#{match[3]}" title="{title}" '
                f'aria-label="{label}">#</a>')

    return PERMALINK.sub(permalink, page_html)


def on_page_content(page_html, page, config, files):
    return label_links(page_html, config.extra["ui"])
