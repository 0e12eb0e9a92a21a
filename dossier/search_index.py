"""One search index per language (pure parts of hooks/search_per_language.py).

Material's search fetches search/search_index.json from its "base" URL and resolves each
result's location against that base. Each language gets its own index beside its own root
(search/ for Indonesian, en/search/ for English) with locations relative to that root, so
the English pages' base only has to point at en/.
"""
from __future__ import annotations

import json
import posixpath
import re

DEFAULT_LANGUAGE = "id"  # temporary: this module goes with the lunr index (issue 10)

INDEX_PATH = "search/search_index.json"
CONFIG_SCRIPT = re.compile(
    r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.DOTALL
)


def language_root(lang: str) -> str:
    """Where a language's pages live in the site: "" or "en/"."""
    return "" if lang == DEFAULT_LANGUAGE else f"{lang}/"


def index_for(entries: list[dict], lang: str, settings: dict) -> dict:
    """The search index document of one language: its lunr settings and its own entries.

    Entry locations are made relative to the language's root ("en/a/#x" -> "a/#x").
    """
    root = language_root(lang)
    docs = []
    for entry in entries:
        location = entry["location"]
        if root and not location.startswith(root):
            raise ValueError(f"{location!r} is not an {lang} page")
        docs.append({**entry, "location": location[len(root):]})
    return {"config": settings, "docs": docs}


def index_json(document: dict) -> str:
    """Compact JSON, as Material's search plugin writes it."""
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False, default=str)


def _html_safe_json(value) -> str:
    """JSON that cannot end a <script> element, like Jinja's tojson."""
    text = json.dumps(value, ensure_ascii=False)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("'", "\\u0027")):
        text = text.replace(char, escape)
    return text


def point_search_at_language(html: str, lang: str) -> str:
    """Make Material's __config "base" the language's root, where its own index is.

    The base must end with "/": the browser resolves "search/search_index.json" against it.
    """
    root = language_root(lang)
    if not root:
        return html
    match = CONFIG_SCRIPT.search(html)
    if not match:
        raise ValueError("no Material __config script in the page")
    config = json.loads(match.group(2))
    config["base"] = posixpath.join(config["base"], root)
    return html[: match.start(2)] + _html_safe_json(config) + html[match.end(2):]
