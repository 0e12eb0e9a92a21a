"""Trim Material's main stylesheet to the rules this site can use (speed budget).

Material ships one stylesheet for every feature it has (blog, tags, content tabs, code
annotations, versions ...): 23 KB compressed, most of it for markup this site never has.
Two safe cuts, applied to the minified CSS:

1. A rule is dropped when each of its selectors names a class that no page has and that
   Material's script does not add for the features this site uses (RUNTIME_CLASSES), or
   needs a right-to-left element ([dir=rtl]) and no page has one.
   Classes inside :not(), :is(), :where(), :has() are ignored, so those selectors stay.
2. Then a custom property (--name) is dropped where it is declared if nothing
   (stylesheets, pages, scripts) reads it with var(--name).

Everything else is kept byte for byte. A browser test compares computed styles of pages
with the full and the trimmed stylesheet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# Classes Material's script (bundle.js) adds at run time for the features this site uses:
# the focus-visible polyfill, header and table-of-contents state, tables,
# the navigation's indeterminate toggles, the dialog, and the tooltips of content.tooltips
# (acronyms' meanings). Enabling another feature (code copy, annotations, tags, versions,
# content tabs, mermaid) means adding its classes here: tests/site/test_trimmed_classes.py
# lists the classes Material's script may add whose rules are trimmed, and fails on a new one.
RUNTIME_CLASSES = frozenset({
    "focus-visible", "js", "md-dialog--active", "md-header--shadow", "md-header__title--active",
    "md-icon", "md-nav__link--active", "md-nav__link--passed", "md-toggle--indeterminate",
    "md-tooltip", "md-tooltip--active", "md-tooltip--inline", "md-tooltip__inner",
    "md-tooltip2", "md-tooltip2--active", "md-tooltip2--bottom", "md-tooltip2--top",
    "md-tooltip2__inner",
    "md-typeset", "md-typeset__scrollwrap", "md-typeset__table",
})

# At-rules whose block holds rules (trimmed inside); any other block is kept as it is.
_GROUPING_AT_RULES = ("@media", "@supports", "@layer", "@container", "@document")


@dataclass
class Rule:
    """A qualified rule or at-rule: prelude plus a declaration text, or child rules."""

    prelude: str
    declarations: str | None = None          # None for statements (@charset ...;) and groups
    children: list["Rule"] | None = None     # rules inside @media, @supports ...

    @property
    def is_statement(self) -> bool:
        return self.declarations is None and self.children is None


@dataclass
class _Scanner:
    text: str
    pos: int = 0
    comments: list = field(default_factory=list)

    def skip_string(self) -> None:
        quote = self.text[self.pos]
        self.pos += 1
        while self.text[self.pos] != quote:
            self.pos += 2 if self.text[self.pos] == "\\" else 1
        self.pos += 1

    def block_end(self) -> int:
        """From just after a "{", the index of its matching "}"."""
        depth = 1
        while True:
            char = self.text[self.pos]
            if char in "\"'":
                self.skip_string()
                continue
            if self.text.startswith("/*", self.pos):
                self.pos = self.text.index("*/", self.pos) + 2
                continue
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
                if depth == 0:
                    return self.pos
            self.pos += 1


def parse(text: str) -> list[Rule]:
    """Parse a stylesheet into rules; comments are dropped."""
    rules, _ = _parse_rules(_Scanner(text), nested=False)
    return rules


def _parse_rules(scanner: _Scanner, nested: bool) -> tuple[list[Rule], int]:
    text, rules, start = scanner.text, [], scanner.pos
    prelude_parts: list[str] = []
    while scanner.pos < len(text):
        char = text[scanner.pos]
        if char in "\"'":
            scanner.skip_string()
            continue
        if text.startswith("/*", scanner.pos):
            prelude_parts.append(text[start:scanner.pos])
            scanner.pos = text.index("*/", scanner.pos) + 2
            start = scanner.pos
            continue
        if char == ";":
            # A statement at-rule (@charset, @import ...); a stray ";" is dropped.
            prelude = "".join(prelude_parts + [text[start:scanner.pos]]).strip()
            if prelude.startswith("@"):
                rules.append(Rule(prelude + ";"))
            prelude_parts, start = [], scanner.pos + 1
        elif char == "{":
            prelude = "".join(prelude_parts + [text[start:scanner.pos]]).strip()
            scanner.pos += 1
            if prelude.lower().startswith(_GROUPING_AT_RULES):
                children, _ = _parse_rules(scanner, nested=True)
                rules.append(Rule(prelude, children=children))
            else:
                body_start = scanner.pos
                end = scanner.block_end()
                rules.append(Rule(prelude, declarations=text[body_start:end]))
            scanner.pos += 1
            prelude_parts, start = [], scanner.pos
            continue
        elif char == "}" and nested:
            return rules, scanner.pos
        scanner.pos += 1
    return rules, scanner.pos


def serialize(rules: list[Rule]) -> str:
    out = []
    for rule in rules:
        if rule.is_statement:
            out.append(rule.prelude)
        elif rule.children is not None:
            out.append(f"{rule.prelude}{{{serialize(rule.children)}}}")
        else:
            out.append(f"{rule.prelude}{{{rule.declarations}}}")
    return "".join(out)


# ---------------------------------------------------------------- selectors

def split_top_level(text: str, separator: str) -> list[str]:
    """Split at separators outside (), [] and strings."""
    parts, depth, quote, current = [], 0, None, []
    for char in text:
        if quote:
            current.append(char)
            if char == quote:
                quote = None
            continue
        if char in "\"'":
            quote = char
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == separator and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts


_CLASS = re.compile(r"\.((?:[A-Za-z0-9_-]|\\.)+)")


# Material styles right-to-left scripts with [dir=rtl] selectors; a site whose pages are all
# left-to-right (dir="ltr" on <html>) can drop them. The trim treats the attribute like a
# class: RIGHT_TO_LEFT is "used" when a page has dir="rtl" (hooks/trim_stylesheet.py).
RIGHT_TO_LEFT = "[dir=rtl]"


def _outside_groups(text: str) -> str:
    previous = None
    while previous != text:                           # drop (...) of :not(), :is() ...
        previous, text = text, re.sub(r"\([^()]*\)", "", text)
    return text


def required_classes(selector: str) -> set[str]:
    """Classes an element chain must have for the selector to match anything (and
    RIGHT_TO_LEFT when it must be inside a right-to-left element)."""
    plain = _outside_groups(re.sub(r"\[[^\]]*\]", "", selector))  # attribute values may hold dots
    required = {match.replace("\\", "") for match in _CLASS.findall(plain)}
    if RIGHT_TO_LEFT in _outside_groups(selector):
        required.add(RIGHT_TO_LEFT)
    return required


def keep_selectors(prelude: str, used: set[str]) -> str | None:
    """The prelude with only the selectors that can match; None if none can."""
    selectors = [s for s in split_top_level(prelude, ",") if required_classes(s) <= used]
    return ",".join(selectors) if selectors else None


def _rewrite_style_rules(rules: list[Rule], rewrite) -> list[Rule]:
    """The rules with each style rule (selectors and declarations, also inside @media ...)
    replaced by rewrite(rule), or dropped when that is None; groups left empty go too."""
    kept = []
    for rule in rules:
        if rule.children is not None:
            children = _rewrite_style_rules(rule.children, rewrite)
            if children:
                kept.append(Rule(rule.prelude, children=children))
        elif rule.is_statement or rule.prelude.startswith("@"):
            kept.append(rule)
        else:
            rewritten = rewrite(rule)
            if rewritten is not None:
                kept.append(rewritten)
    return kept


def drop_unused_selectors(rules: list[Rule], used: set[str]) -> list[Rule]:
    def keep(rule: Rule) -> Rule | None:
        prelude = keep_selectors(rule.prelude, used)
        return Rule(prelude, declarations=rule.declarations) if prelude is not None else None

    return _rewrite_style_rules(rules, keep)


# ---------------------------------------------------------------- custom properties

_VAR = re.compile(r"var\(\s*(--[A-Za-z0-9_-]+)")


def custom_properties_read(*texts: str) -> set[str]:
    return {name for text in texts for name in _VAR.findall(text)}


def _without_properties(declarations: str, unread: set[str]) -> str:
    kept = [
        part for part in split_top_level(declarations, ";")
        if part.split(":", 1)[0].strip() not in unread
    ]
    return ";".join(kept)


def drop_unread_properties(rules: list[Rule], others: str, properties_read: set[str] = frozenset()) -> list[Rule]:
    """Drop declarations of --properties nothing reads; repeat, as one may read another.
    `properties_read`: those already known to be read elsewhere (found in the pages)."""
    read_outside = custom_properties_read(others) | set(properties_read)  # read once, not per round
    while True:
        declared = _declared(rules)
        unread = declared - read_outside - custom_properties_read(serialize(rules))
        if not unread:
            return rules
        rules = _strip(rules, unread)


def _declared(rules: list[Rule]) -> set[str]:
    names = set()
    for rule in rules:
        if rule.children is not None:
            names |= _declared(rule.children)
        elif rule.declarations is not None and not rule.prelude.startswith("@"):
            names |= {
                part.split(":", 1)[0].strip()
                for part in split_top_level(rule.declarations, ";")
                if part.strip().startswith("--")
            }
    return names


def _strip(rules: list[Rule], unread: set[str]) -> list[Rule]:
    def without_unread(rule: Rule) -> Rule | None:
        declarations = _without_properties(rule.declarations, unread)
        return Rule(rule.prelude, declarations=declarations) if declarations.strip() else None

    return _rewrite_style_rules(rules, without_unread)


# ---------------------------------------------------------------- pages

# A class attribute, quoted or not. A regular expression rather than an HTML parser: many
# times faster on a thousand pages, as the engine first looks for the literal "class". It
# errs only on the side of finding more classes than there are (data-class="x", or the
# words class="x" in a page's text), which only keeps more rules.
_CLASS_ATTRIBUTE = re.compile(r"""class\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""")
_CLASS_ATTRIBUTE_ANY_CASE = re.compile(_CLASS_ATTRIBUTE.pattern, re.IGNORECASE)  # slower


_RIGHT_TO_LEFT_ATTRIBUTE = re.compile(r"""\sdir\s*=\s*["']?rtl\b""", re.IGNORECASE)


def classes_in_html(html: str) -> set[str]:
    # HTML attribute names are case-insensitive; MkDocs, Markdown and Material write them in
    # lower case, hand-written HTML may not.
    pattern = _CLASS_ATTRIBUTE_ANY_CASE if ("CLASS" in html or "Class" in html) else _CLASS_ATTRIBUTE
    classes: set[str] = set()
    for double, single, bare in pattern.findall(html):
        classes.update((double or single or bare).split())
    if "rtl" in html and _RIGHT_TO_LEFT_ATTRIBUTE.search(html):
        classes.add(RIGHT_TO_LEFT)
    return classes


def trim(css: str, used_classes: set[str], others: str = "", properties_read: set[str] = frozenset()) -> str:
    """Material's stylesheet without rules no page can use; others = the texts (other
    stylesheets, pages, scripts) whose var(--name) keep a custom property, properties_read =
    custom properties known to be read already."""
    rules = drop_unused_selectors(parse(css), set(used_classes) | RUNTIME_CLASSES)
    return serialize(drop_unread_properties(rules, others, properties_read))
