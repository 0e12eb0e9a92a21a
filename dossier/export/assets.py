"""Our own stylesheets and scripts as published: without their comments.

The files in docs/assets/ explain themselves at length for the people who maintain them;
readers on slow mobile data need none of that (about 2 KB compressed of each first view).
Only whole comments are removed: /* ... */ blocks and // lines that start a line, so that
nothing inside a string or a URL is touched.
"""
import re

BLOCK_COMMENT = re.compile(r"^[ \t]*/\*.*?\*/[ \t]*\n", re.MULTILINE | re.DOTALL)
LINE_COMMENT = re.compile(r"^[ \t]*//.*\n", re.MULTILINE)
BLANK_LINES = re.compile(r"\n[ \t]*(?=\n)")
# Ours too, though not in mkdocs.yml: what the search dialog loads when opened (search-open.js).
LOADED_LATER = ("assets/javascripts/search.js", "assets/stylesheets/search.css")


def without_comments(text: str, suffix: str) -> str:
    text = BLOCK_COMMENT.sub("", text)
    if suffix == ".js":
        text = LINE_COMMENT.sub("", text)
    return BLANK_LINES.sub("", text)
