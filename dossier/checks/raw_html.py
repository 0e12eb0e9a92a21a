"""Raw HTML, links and images in page bodies must not run script, take the page over, or make
readers' browsers contact another host.

Readers of this dossier may be followed; the site promises that reading it contacts no one
but the site itself. Plain links to other sites are fine: the reader chooses to follow them.
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from .links import EXTERNAL, find_links, mask_code, shown
from ..load.model import Dossier
from .problems import Problem, form

# Elements that run code, put another page (or plug-in) inside ours, or take the page over: a <meta>
# refresh sends readers elsewhere, <base> changes where every link leads, a <form> sends what readers
# type, <link> and <style> restyle (or hide) the page for everyone. Each is refused, with why
# (messages.*.yml's forms, active_*).
ACTIVE_TAGS = {"script": "active_script", "iframe": "active_embed", "frame": "active_embed",
               "frameset": "active_embed", "object": "active_embed", "embed": "active_embed",
               "applet": "active_embed", "portal": "active_embed", "meta": "active_meta", "base": "active_base",
               "form": "active_form", "link": "active_link", "style": "active_style"}
# Addresses that run script when followed or loaded; data: ones too, when followed (a data: image is fine).
SCRIPT_SCHEMES = ("javascript", "vbscript")
FOLLOWED_ATTRIBUTES = {"href", "action", "formaction", "xlink:href"}
# Attributes whose URL the browser fetches by itself, without the reader clicking.
LOADING_ATTRIBUTES = {"src", "srcset", "poster", "data", "background", "lowsrc", "dynsrc", "xlink:href"}
CSS_URL = re.compile(r"""(?:url\(\s*|@import\s+)["']?(?P<url>[^"')\s;]+)""", re.I)
# <https://...> and <name@host> are Markdown autolinks, not HTML elements.
AUTOLINK = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>")


def _loads_from_elsewhere(url: str) -> bool:
    """A URL that reaches another host (http:, https:, //host); data: and relative paths do not."""
    url = url.strip()
    return bool(EXTERNAL.match(url)) and not url.lower().startswith(("data:", "javascript:", "mailto:", "tel:"))


def _host(url: str) -> str:
    match = re.match(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//(?P<host>[^/?#\s]+)", url.strip())
    return match["host"] if match else url.split(":", 1)[0]


def scheme(url: str) -> str:
    """An address's scheme as a browser reads it ("javascript" for "Java&#115;cript :x" too): character
    references decoded, spaces and control characters dropped (browsers ignore them), in lower case."""
    plain = re.sub(r"[\x00-\x20\x7f]", "", html.unescape(url))
    match = re.match(r"(?P<scheme>[a-zA-Z][a-zA-Z0-9+.-]*):", plain)
    return match["scheme"].lower() if match else ""


def _refused(tag: str, reason: str) -> dict:
    why = form(reason)
    return {"tag": tag, "why": why["expected"], "why_en": why["expected_en"]}


class _Scanner(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str, dict]] = []   # (line, message, values)

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        if tag in ACTIVE_TAGS:
            self.found.append((line, "active_content", _refused(f"<{tag}>", ACTIVE_TAGS[tag])))
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.found.append((line, "active_content", _refused(f"<{tag} {name}=...>", "active_script")))
            elif scheme(value) in SCRIPT_SCHEMES:
                self.found.append((line, "active_content",
                                   _refused(f'<{tag} {name}="{shown(value, 60)}">', "active_script")))
            elif scheme(value) == "data" and name in FOLLOWED_ATTRIBUTES:
                self.found.append((line, "active_content",
                                   _refused(f'<{tag} {name}="{shown(value, 60)}">', "active_data")))
            elif tag in ACTIVE_TAGS:
                continue  # already reported, once per element; removing it removes what it loads
            elif name in LOADING_ATTRIBUTES:
                for url in (value.split(",") if name == "srcset" else [value]):
                    url = url.strip().split(" ")[0]
                    if _loads_from_elsewhere(url):
                        self.found.append((line, "external_resource",
                                           {"value": f"<{tag} {name}=\"{url}\">", "host": _host(url)}))
            elif name == "style":
                self._css(line, tag, value)

    def _css(self, line, tag, css):
        for match in CSS_URL.finditer(css):
            if _loads_from_elsewhere(match["url"]):
                self.found.append((line, "external_resource",
                                   {"value": f"<{tag}> {match['url']}", "host": _host(match["url"])}))


def _markdown_link(link) -> str:
    """A Markdown link as staff wrote it, its text left out."""
    target = shown(link.target, 60)
    return f"[...]: {target}" if link.definition else f"{'!' if link.image else ''}[...]({target})"


def body_problems(path: str, body: str, body_line: int) -> list[Problem]:
    """Active content and external resources in one page body (raw HTML, Markdown links and images)."""
    masked = AUTOLINK.sub(lambda m: " " * len(m.group(0)), mask_code(body))
    found = []
    if "<" in masked:  # most bodies have no raw HTML: no need to parse them
        scanner = _Scanner()
        scanner.feed(masked)
        scanner.close()
        found = [Problem(path, body_line + line - 1, "", message, values)
                 for line, message, values in scanner.found]
    for link in find_links(body):
        kind = scheme(link.target)
        if kind in SCRIPT_SCHEMES or (kind == "data" and not link.image):
            reason = "active_data" if kind == "data" else "active_script"
            found.append(Problem(path, body_line + link.line - 1, "", "active_content",
                                 _refused(_markdown_link(link), reason)))
        elif link.image and _loads_from_elsewhere(link.target):
            found.append(Problem(path, body_line + link.line - 1, "", "external_resource",
                                 {"value": f"![...]({link.target})", "host": _host(link.target)}))
    return found


def check(dossier: Dossier) -> list[Problem]:
    return [
        problem
        for _, versions in sorted(dossier.pages.items())
        for _, source in sorted(versions.items())
        for problem in body_problems(source.path, source.body, source.body_line)
    ]
