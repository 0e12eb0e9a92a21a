"""Hook: publish our own stylesheets and scripts without their comments.

The files in docs/assets/ explain themselves at length for the people who maintain them;
readers on slow mobile data need none of that: it is about 2 KB compressed of each page's
first view, half of it render-blocking (speed budget, scripts/page_weight.py). Only whole
comments are removed: /* ... */ blocks and // lines that start a line, so that nothing
inside a string or a URL is touched. Material's files are not ours and are left alone.
"""
import re
from pathlib import Path

BLOCK_COMMENT = re.compile(r"^[ \t]*/\*.*?\*/[ \t]*\n", re.MULTILINE | re.DOTALL)
LINE_COMMENT = re.compile(r"^[ \t]*//.*\n", re.MULTILINE)
BLANK_LINES = re.compile(r"\n[ \t]*(?=\n)")


def without_comments(text: str, suffix: str) -> str:
    text = BLOCK_COMMENT.sub("", text)
    if suffix == ".js":
        text = LINE_COMMENT.sub("", text)
    return BLANK_LINES.sub("", text)


# Ours too, though not in mkdocs.yml: what the search dialog loads when opened (search-open.js).
LOADED_LATER = ("assets/javascripts/search.js", "assets/stylesheets/search.css")


def _our_assets(config) -> list[str]:
    scripts = [getattr(item, "path", item) for item in config.extra_javascript]
    return [str(path) for path in [*config.extra_css, *scripts, *LOADED_LATER]]


def on_post_build(config):
    site = Path(config.site_dir)
    for relative in _our_assets(config):
        path = site / relative
        if path.suffix in (".css", ".js") and path.is_file():
            path.write_text(without_comments(path.read_text(encoding="utf-8"), path.suffix), encoding="utf-8")
