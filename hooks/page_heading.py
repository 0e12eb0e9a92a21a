"""Hook: print each page's H1 from its front matter `title`, so the title is written once.

Without it, Material shows the navigation label as the H1 ("Beranda" instead of the home
page's title). Pages that write their own `# Heading` keep it.
"""
import re

HEADING = re.compile(r"^# ", re.MULTILINE)


def heading_markdown(markdown: str, title: str | None) -> str:
    if not title or HEADING.search(markdown):
        return markdown
    return f"# {title}\n\n{markdown}"


def on_page_markdown(markdown, page, config, files):
    return heading_markdown(markdown, page.meta.get("title"))
