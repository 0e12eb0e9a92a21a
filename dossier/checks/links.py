"""Links in page bodies: each relative link must reach a file in docs/, each #anchor an id there.

MkDocs validates links too, but in English only and after our checks have run; this reports
the same mistakes in both languages, together with every other problem of the build.
A link is resolved the way mkdocs-static-i18n does: `x.md` from an English page means
`x.en.md`, and its anchors are looked up in that language's version of the page.
"""
from __future__ import annotations

import difflib
import posixpath
import re
from dataclasses import dataclass
from typing import Callable
from urllib.parse import unquote, urlsplit

from markdown.extensions.toc import slugify  # what MkDocs' toc extension uses by default

from ..load.model import Dossier
from ..site import CITATION_FILES, LANGUAGE_FILES
from .problems import Problem, codes, form

# Anything with a scheme (https:, mailto:) or a network path (//host) leaves the site.
EXTERNAL = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)")
FENCE = re.compile(r"^[ \t]*(?P<fence>`{3,}|~{3,})")
CODE_SPAN = re.compile(r"(?<!`)(?P<ticks>`+)(?!`).+?(?<!`)(?P=ticks)(?!`)", re.S)
COMMENT = re.compile(r"<!--.*?-->", re.S)
REFERENCE = re.compile(r"^[ ]{0,3}\[(?!\^)[^\]\n]+\]:[ \t]*(?P<target><[^>\n]*>|\S+)", re.M)
HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+(?P<text>.*?)[ \t]*#*[ \t]*$", re.M)
ATTR_LIST = re.compile(r"\{:?[ \t]*(?P<attrs>[^{}\n]*)\}")
HTML_ID = re.compile(r"""\s(?:id|name)\s*=\s*["']?(?P<id>[^"'\s>]+)""", re.I)
# Reference links, which Python-Markdown publishes as plain text, brackets and all, when the page has
# no line "[label]: address" for their label: full references [text][label] (and [text][], whose label
# is the text) and shortcut references to source paragraphs, [¶N]. Any other [words] is prose.
# A label's line may be indented or quoted (in a list, a note, a quotation): any such line counts.
DEFINITION = re.compile(r"^[ \t>]*\[(?P<label>[^\[\]\n]*)\]:[ \t]*(?P<target><[^>\n]*>|\S+)?", re.M)
FULL_REFERENCE = re.compile(r"(?<!\\)\[(?P<text>(?:[^\[\]\\]|\\.|\[[^\[\]]*\])*)\]\[(?P<label>[^\[\]]*)\]")
SHORTCUT_REFERENCE = re.compile(r"(?<![\\\]])\[(?P<label>¶[^\[\]\n]*)\](?![\[(])")


@dataclass
class Link:
    line: int        # line within the text scanned (1-based)
    target: str      # as written, without <> and title
    image: bool
    definition: bool = False  # a "[label]: target" line


# ---------------------------------------------------------------- reading Markdown

def _blank(match: re.Match) -> str:
    """The matched text as spaces, newlines kept, so offsets and line numbers stay right."""
    return re.sub(r"[^\n]", " ", match.group(0))


def mask_code(text: str) -> str:
    """Text with code blocks, code spans and HTML comments blanked out: links there are examples."""
    lines = text.splitlines(keepends=True)
    fence = None
    for index, line in enumerate(lines):
        match = FENCE.match(line)
        if fence is None and match:
            fence = match["fence"]
        elif fence is not None and match and match["fence"][0] == fence[0] and len(match["fence"]) >= len(fence):
            lines[index] = re.sub(r"[^\n]", " ", line)
            fence = None
            continue
        if fence is not None:
            lines[index] = re.sub(r"[^\n]", " ", line)
    masked = "".join(lines)
    masked = COMMENT.sub(_blank, masked)
    return CODE_SPAN.sub(_blank, masked)


def _line_at(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _is_image(text: str, close: int) -> bool:
    """Whether the ] at `close` ends the text of an image: walk back to its [ and look for !."""
    depth = 0
    for index in range(close, -1, -1):
        if text[index] == "]":
            depth += 1
        elif text[index] == "[":
            depth -= 1
            if depth == 0:
                return index > 0 and text[index - 1] == "!"
    return False


def _inline_target(text: str, start: int) -> str | None:
    """The destination of an inline link whose "(" ends just before `start`."""
    index = start
    while index < len(text) and text[index] in " \t\n":
        index += 1
    if index < len(text) and text[index] == "<":
        end = text.find(">", index)
        return text[index + 1:end] if end != -1 else None
    depth, begin = 0, index
    while index < len(text):
        char = text[index]
        if char in " \t\n":
            break
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                break
            depth -= 1
        index += 1
    return text[begin:index]


def find_links(text: str) -> list[Link]:
    """Inline links and images, and reference definitions, outside code; in the order written."""
    masked = mask_code(text)
    found = []
    for match in re.finditer(r"\]\(", masked):
        target = _inline_target(masked, match.end())
        if target is not None:
            found.append((match.start(), Link(_line_at(masked, match.start()), target,
                                              _is_image(masked, match.start()))))
    for match in REFERENCE.finditer(masked):
        found.append((match.start(), Link(_line_at(masked, match.start()),
                                          match["target"].strip("<>"), False, definition=True)))
    return [link for _, link in sorted(found, key=lambda pair: pair[0])]


# ---------------------------------------------------------------- reference links

@dataclass
class Reference:
    line: int        # line of its label within the text scanned (1-based)
    written: str     # the use as written, e.g. "[¶3]", "[laporan tahunan][laporan]"
    label: str       # as written
    key: str         # as Python-Markdown looks it up: lower case, runs of white space as one space


def definitions(text: str) -> dict[str, str]:
    """The labels a page gives an address to ("[label]: address" lines, outside code): key -> address."""
    return {match["label"].strip().lower(): (match["target"] or "").strip("<>")
            for match in DEFINITION.finditer(mask_code(text)) if not match["label"].startswith("^")}


def _full_references(masked: str, start: int, end: int):
    for match in FULL_REFERENCE.finditer(masked, start, end):
        yield match
        yield from _full_references(masked, match.start("text"), match.end("text"))  # [![x][img]][link]


def shown(text: str, limit: int = 40) -> str:
    """Text as a message quotes it: on one line, cut short."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 3] + "..."


def find_references(text: str) -> list[Reference]:
    """Full references [text][label] and shortcut references [¶N], outside code and label lines."""
    masked = DEFINITION.sub(lambda match: _blank(match) if not match["label"].startswith("^") else match[0],
                            mask_code(text))
    found = []
    for match in _full_references(masked, 0, len(masked)):
        label = match["label"] or match["text"]
        if label.startswith("^"):
            continue  # a footnote
        written = f"[{shown(match['text'])}][{shown(match['label'])}]"
        found.append((match.start("label"), Reference(_line_at(masked, match.start("label")), written, label,
                                                      re.sub(r"\s+", " ", label).lower())))
    for match in SHORTCUT_REFERENCE.finditer(masked):
        label = match["label"]
        found.append((match.start(), Reference(_line_at(masked, match.start()), f"[{label}]", label,
                                               re.sub(r"\s+", " ", label).lower())))
    return [reference for _, reference in sorted(found, key=lambda pair: pair[0])]


SOURCE_PARAGRAPH = re.compile(r"^¶\s*(?P<number>\d+)$")


def _definition_line(dossier: Dossier, page: str, lang: str, reference: Reference, defined: dict) -> str:
    """The label's line to suggest: as the page's other language gives it; for a source paragraph
    [¶N], the source this page already cites (its other [¶...] lines, its `source` field), else an example."""
    for other, source in sorted(dossier.pages.get(page, {}).items()):
        target = definitions(source.body).get(reference.key) if other != lang else None
        if target:
            return f"[{reference.label}]: {target}"
    paragraph = SOURCE_PARAGRAPH.match(reference.label)
    if not paragraph:
        return f"[{reference.label}]: https://..."
    folder = posixpath.dirname(page) or "."
    cited = [target.split("#")[0] for key, target in defined.items() if key.startswith("¶") and ".md" in target]
    field = dossier.meta(page, lang).get("source")
    named = [value for value in (field if isinstance(field, list) else [field])
             if isinstance(value, str) and value.startswith("sumber/")]
    named += sorted(p for p in dossier.pages if p.startswith("sumber/") and posixpath.basename(p) != "index.md")
    cited += [posixpath.relpath(value.split("#")[0], folder) for value in named]
    path = cited[0] if cited else posixpath.relpath("sumber", folder) + "/..."
    return f"[{reference.label}]: {path}#p{paragraph['number']}"


# Two source marks side by side, "[¶3] [¶4]": Markdown reads one link, "¶3", to ¶4's address.
JOINED_SOURCES = re.compile(r"\[(?P<first>¶\s*\d+)\][ \t]*\n?[ \t]*\[(?P<second>¶\s*\d+)\](?![:(])")


def reference_problems(dossier: Dossier, page: str, lang: str, source) -> list[Problem]:
    """Each reference link of a page whose label the page gives no address to, and source marks
    written side by side, which would make one link to the wrong paragraph."""
    defined = definitions(source.body)
    found = [Problem(source.path, source.body_line + reference.line - 1, "", "link_undefined_reference",
                     {"use": reference.written, "label": reference.label,
                      "definition": _definition_line(dossier, page, lang, reference, defined)})
             for reference in find_references(source.body) if reference.key not in defined]
    masked = mask_code(source.body)
    for match in JOINED_SOURCES.finditer(masked):
        found.append(Problem(source.path, source.body_line + _line_at(masked, match.start()) - 1, "",
                             "source_links_joined", {"use": f"`{' '.join(match[0].split())}`",
                                                     "first": match["first"], "second": match["second"],
                                                     "apart": f"`[{match['first']}], [{match['second']}]`"}))
    return found


# ---------------------------------------------------------------- anchors

def _plain(heading: str) -> str:
    """Heading text roughly as the toc extension sees it: without Markdown or HTML."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"[*_`]", "", text)


def anchors(text: str) -> set[str]:
    """Every id a page's Markdown gives: explicit {#id} / {: #id } (headings, paragraphs),
    automatic heading ids, and id= / name= in raw HTML."""
    masked = mask_code(text)
    ids: set[str] = set()
    for match in ATTR_LIST.finditer(masked):
        ids.update(token[1:] for token in match["attrs"].split() if token.startswith("#") and len(token) > 1)
    ids.update(match["id"] for match in HTML_ID.finditer(masked))
    for match in HEADING.finditer(masked):
        heading = match["text"]
        if ATTR_LIST.search(heading) and "#" in ATTR_LIST.search(heading)["attrs"]:
            continue
        slug = slugify(_plain(ATTR_LIST.sub("", heading)), "-")
        unique, number = slug, 0
        while unique in ids:  # the toc extension numbers repeated headings: x, x_1, x_2
            number += 1
            unique = f"{slug}_{number}"
        ids.add(unique)
    return ids


# ---------------------------------------------------------------- resolving and checking

def resolve(from_file: str, target: str) -> tuple[str | None, str]:
    """(file path under docs/ the link's path points to, anchor); path None when it leaves docs/."""
    parts = urlsplit(target)
    path, anchor = unquote(parts.path), unquote(parts.fragment)
    if not path:
        return from_file, anchor
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(from_file), path))
    if joined == ".." or joined.startswith("../"):
        return None, anchor
    if path.endswith("/") or joined == ".":
        joined = posixpath.join("" if joined == "." else joined, "index.md")
    return joined, anchor


def _language_file(site, resolved: str, lang: str, files: set[str]) -> str:
    """The file static-i18n serves for a link written from a page in `lang`."""
    if resolved.endswith(".md"):
        page, _ = site.page_and_language(resolved)
        if resolved != page:
            return resolved  # the link names a language suffix itself
        return site.file_for(page, lang)
    stem, dot, suffix = resolved.rpartition(".")
    localized = f"{stem}.{lang}.{suffix}" if dot and lang != site.default else resolved
    return localized if localized in files else resolved


def check(dossier: Dossier, files: set[str], ids_of: Callable[[str], set[str] | None]) -> list[Problem]:
    """Problems with the relative links of every page.

    `files`: every file under docs/ (posix paths). `ids_of(file)`: the anchors of a page,
    or None where they cannot be known (then any anchor is accepted).
    """
    # Site.page_url read backwards: which page each address of this site shows.
    by_url = {dossier.site.page_url(page, lang): page
              for page, versions in dossier.pages.items() for lang in versions}
    found = []
    for page, versions in sorted(dossier.pages.items()):
        for lang, source in sorted(versions.items()):
            for link in find_links(source.body):
                line = source.body_line + link.line - 1
                found.extend(_link_problems(source.path, lang, line, link, files, ids_of, dossier, by_url))
            found.extend(reference_problems(dossier, page, lang, source))
    return found


def site_address(site, target: str) -> str | None:
    """The address within the site that a link written as an address names, "linimasa/#x", for
    "/linimasa/#x" and for the site's own full address (site_url) followed by it; else None."""
    parts, base = urlsplit(target), urlsplit(site.url)
    if target.startswith("/") and not target.startswith("//"):
        root = base.path if (parts.path + "/").startswith(base.path) else "/"  # the site's path copied, or not
    elif (parts.scheme.lower() in ("http", "https", "") and base.netloc
          and parts.netloc.lower() == base.netloc.lower() and (parts.path + "/").startswith(base.path)):
        root = base.path
    else:
        return None
    return parts.path[len(root):] + (f"#{parts.fragment}" if parts.fragment else "")


def _relative_file(dossier, files, by_url, from_file: str, address: str) -> str | None:
    """The relative path to write for an address within the site: its page's Markdown file, a file
    of docs/, else a guess from the address; None for a file the build makes (the feed, the PDF)."""
    url, _, fragment = address.partition("#")
    url = url.split("?")[0].removesuffix("index.html")
    file = by_url.get(url) or by_url.get(url.rstrip("/") + "/" if url.strip("/") else "")
    if file is None:
        plain = url
        for lang in dossier.site.translations:
            plain = plain.removeprefix(f"{lang}/") if plain != lang else ""
        if plain in LANGUAGE_FILES or posixpath.basename(plain) in CITATION_FILES:
            return None
        file = plain if plain in files else (plain.rstrip("/") + ".md" if plain.strip("/") else "index.md")
    relative = posixpath.relpath(file, posixpath.dirname(from_file) or ".")
    return relative + (f"#{fragment}" if fragment else "")


def _link_problems(path, lang, line, link, files, ids_of, dossier, by_url) -> list[Problem]:
    target = link.target
    if not target:
        return []
    address = site_address(dossier.site, target)
    if address is not None and not (link.image and EXTERNAL.match(target)):  # images: raw_html's concern
        relative = _relative_file(dossier, files, by_url, path, address)
        if relative is None and EXTERNAL.match(target):
            return []  # only its full address reaches a file the build makes
        why = form("absolute_own_site" if EXTERNAL.match(target) else "absolute_slash")
        return [Problem(path, line, "", "link_absolute",
                        {"target": target, "why": why["expected"], "why_en": why["expected_en"],
                         "relative": relative or address})]
    if EXTERNAL.match(target):
        return []  # external links are allowed; external images are raw_html's concern
    resolved, anchor = resolve(path, target)
    if resolved is None:
        return [Problem(path, line, "", "link_missing_page", {"target": target, "resolved": target})]
    served = _language_file(dossier.site, resolved, lang, files)
    if served not in files:
        page, _ = dossier.site.page_and_language(resolved)
        if not (resolved.endswith(".md") and page in dossier.pages):  # a missing translation is reported once, elsewhere
            return [Problem(path, line, "", "link_missing_page", {"target": target, "resolved": resolved})]
        served = next(iter(dossier.pages[page].values())).path
    if not anchor or not served.endswith(".md"):
        return []
    ids = ids_of(served)
    if ids is None or anchor in ids:
        return []
    # The likeliest intended anchors first: the list is cut short in the message.
    likely = difflib.get_close_matches(anchor, sorted(ids), n=3, cutoff=0.5)
    ordered = likely + [i for i in sorted(ids) if i not in likely]
    return [Problem(path, line, "", "link_missing_anchor",
                    {"target": target, "anchor": anchor, "resolved": served,
                     "allowed": codes(f"#{i}" for i in ordered)})]
