"""Read a Markdown page's YAML front matter, remembering the line of every field.

Line numbers let the build tell an editor exactly where a mistake is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

FENCE = "---"


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: faster


class _Loader(_BaseLoader):
    """SafeLoader that keeps dates as the strings editors typed ("2024-02-22").

    Partial dates ("2023-12") are strings anyway; one type for all keeps checks simple.
    """


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class FrontMatterError(ValueError):
    """Front matter that is not valid YAML: the line of the mistake in the file, what kind of
    mistake it is (the key of its message in dossier/checks/messages.*.yml, e.g. "unclosed_quote")
    and the values its message quotes (the line, and the line corrected where that is clear).
    `problem` keeps the parser's own words, for maintainers only."""

    def __init__(self, line: int, problem: str, kind: str = "unreadable_line", values: dict | None = None):
        super().__init__(problem)
        self.line = line
        self.problem = problem
        self.kind = kind
        self.values = values or {}


@dataclass
class PageSource:
    """One Markdown file: its front matter, body and where each field sits."""

    path: str                      # relative to docs/, e.g. "pertemuan/x.en.md"
    meta: dict
    body: str
    field_lines: dict = field(default_factory=dict)  # ("recommendations", 0, "id") -> line
    body_line: int = 1             # line of the file where the body starts
    text: str = ""                 # the whole file as read (checks and fingerprints use it)

    def line_of(self, *keys) -> int:
        """Line of the nearest field on the path given (1 when none)."""
        keys = tuple(keys)
        while keys:
            if keys in self.field_lines:
                return self.field_lines[keys]
            keys = keys[:-1]
        return 2 if self.meta else 1


def _map_lines(node, path: tuple, lines: dict, offset: int) -> None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = (*path, key_node.value)
            lines[key] = key_node.start_mark.line + 1 + offset
            _map_lines(value_node, key, lines, offset)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            key = (*path, index)
            lines[key] = item.start_mark.line + 1 + offset
            _map_lines(item, key, lines, offset)


def _construct(loader, node, offset: int) -> tuple[object, dict]:
    """(value, field lines) of a composed document."""
    if node is None:
        return None, {}
    lines: dict = {}
    _map_lines(node, (), lines, offset)
    return loader.construct_document(node), lines


# A front-matter field as a page's first line: "kind: meeting".
FIRST_FIELD = re.compile(r"^[A-Za-z_][\w-]*:(?:\s|$)")


def split(text: str) -> tuple[str | None, str, int]:
    """Return (front matter text or None, body, line where the body starts)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != FENCE:
        if lines and FIRST_FIELD.match(lines[0]) and any(line.rstrip() == FENCE for line in lines[1:]):
            # Fields, then a --- line: the opening --- was deleted. Without it nothing of the top
            # is read and every field would be reported missing; the one mistake is the fence.
            raise FrontMatterError(1, "no opening fence", "missing_top", {"first": f"`{lines[0].strip()}`"})
        return None, text, 1
    for index, line in enumerate(lines[1:], start=1):
        if line.rstrip() == FENCE:
            return "".join(lines[1:index]), "".join(lines[index + 1:]), index + 2
    raise FrontMatterError(1, "unclosed", "unclosed_top")


def _load(text: str, offset: int) -> tuple[object, dict]:
    """A YAML document and the line of each field, lines counted from `offset` lines above
    the text; a YAML mistake raises FrontMatterError with its line in the file."""
    loader = _Loader(text)
    try:
        # One parse gives both the node tree (for line numbers) and the values.
        node = loader.get_single_node()
        return _construct(loader, node, offset)
    except yaml.MarkedYAMLError as error:
        raise diagnose(text, error, offset) from error
    finally:
        loader.dispose()


# ---------------------------------------------------------------- YAML mistakes, at the line they are on

FIELD_LINE = re.compile(r"^(?P<indent>\s*)(?:-\s+)?(?:(?P<key>[^\s\"'#\[{][^:#]*?):(?:\s+|$))?(?P<value>.*)$")


# Signs that mean something to YAML at the start of a value (an alias, a tag, a directive, reserved).
SPECIAL_STARTS = "*!%@`"


def unclosed_quote(value: str) -> str | None:
    """The quote a value opens and does not close on its line, if any."""
    if not value or value[0] not in "\"'":
        return None
    quote, rest = value[0], value[1:]
    # Inside double quotes \" is a quote of the text; inside single quotes, ''.
    rest = re.sub(r"\\.", "", rest) if quote == '"' else rest.replace("''", "")
    return None if quote in rest else quote


def _looks_like_field(line: str) -> bool:
    return bool(re.match(r"^\s*(?:-\s+|[\w-]+:(?:\s|$))", line))


def _quoted(value: str) -> str:
    """A YAML scalar in quotes, whatever it holds: double quotes unless it holds one."""
    return "'" + value.replace("'", "''") + "'" if '"' in value else f'"{value}"'


def requoted(line: str) -> str:
    """A field's line with its whole value between quotes: `title: "Dialog "Kemensos" 2024"`
    (quotes around a value that holds them) -> `title: 'Dialog "Kemensos" 2024'`."""
    parts = FIELD_LINE.match(line)
    prefix = line[: parts.start("key")].lstrip() if parts["key"] else line[: parts.start("value")].lstrip()
    key = f"{parts['key']}: " if parts["key"] else ""
    value = parts["value"].strip()
    if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]  # the outer quotes were meant to hold the whole value
    return f"`{prefix}{key}{_quoted(value)}`"


def _closed_then_more(value: str) -> bool:
    """A quoted value followed by more text on its line: `"Dialog" dengan Kemensos`."""
    if not value or value[0] not in "\"'" or unclosed_quote(value):
        return False
    quote = value[0]
    rest = re.sub(r"\\.", "  ", value[1:]) if quote == '"' else value[1:].replace("''", "  ")
    after = rest[rest.index(quote) + 1:].strip()
    return bool(after) and not after.startswith("#")


def diagnose(text: str, error: yaml.MarkedYAMLError, offset: int) -> FrontMatterError:
    """Where a YAML mistake really is, and what it is, in the words staff use.

    Parsers report where they gave up, which for an unclosed quote can be many lines further down;
    the line that opens the quote is found by reading the lines up to there.
    """
    lines = text.splitlines()
    mark = error.problem_mark or error.context_mark
    at = min(mark.line, len(lines) - 1) if mark and lines else 0  # marks count from 0
    context = str(error.context or "")

    def found(index: int, kind: str, **values) -> FrontMatterError:
        line = lines[index] if 0 <= index < len(lines) else ""
        return FrontMatterError(index + 1 + offset, str(error.problem or error), kind,
                                {"text": f"`{line.strip()}`", **values})

    for index, line in enumerate(lines[: at + 1]):
        if "\t" in line[: len(line) - len(line.lstrip())]:
            return found(index, "tab_indent")
        parts = FIELD_LINE.match(line)
        quote = unclosed_quote(parts["value"].rstrip())
        following = next((later for later in lines[index + 1:] if later.strip()), "")
        if quote and (not following or _looks_like_field(following) or index == at):
            return found(index, "unclosed_quote", quote=f"`{quote}`", suggestion=f"`{line.strip()}{quote}`")
    if "flow sequence" in context or "flow mapping" in context:
        index = error.context_mark.line if error.context_mark else at
        bracket, closing = ("[", "]") if "sequence" in context else ("{", "}")
        return found(index, "unclosed_bracket", bracket=f"`{bracket}`", closing=f"`{closing}`",
                     suggestion=f"`{lines[index].strip()}{closing}`" if index < len(lines) else "")
    problem = str(error.problem or "")
    value = FIELD_LINE.match(lines[at])["value"].strip() if at < len(lines) else ""
    if value[:1] in SPECIAL_STARTS:
        return found(at, "special_sign", sign=f"`{value[0]}`", suggestion=requoted(lines[at]))
    if _closed_then_more(value):
        return found(at, "text_after_quote", suggestion=requoted(lines[at]))
    if "mapping values" in problem and at < len(lines):
        parts = FIELD_LINE.match(lines[at])
        if parts["key"] and mark.column >= parts.start("value"):  # a second colon, inside the value
            return found(at, "colon_in_value", suggestion=requoted(lines[at]))
        return found(at, "misaligned_line")
    if "expected key" in problem or "block end" in problem:
        return found(at, "misaligned_line")
    return found(at, "unreadable_line")


def parse(text: str, path: str) -> PageSource:
    """Parse a page; raises FrontMatterError with the file line of a YAML mistake."""
    front, body, body_line = split(text)
    if front is None:
        return PageSource(path, {}, body, {}, body_line, text)
    meta, lines = _load(front, offset=1)  # the opening --- is line 1
    meta = meta or {}
    if not isinstance(meta, dict):
        first = next((line.strip() for line in front.splitlines() if line.strip()), "")
        raise FrontMatterError(2, "not a mapping", values={"text": f"`{first}`"})
    return PageSource(path, meta, body, lines, body_line, text)


def load_yaml(text: str) -> tuple[object, dict]:
    """A YAML document and the line of each of its fields (for data files)."""
    return _load(text, offset=0)


def read(docs_dir: Path, relative: str) -> PageSource:
    return parse((docs_dir / relative).read_text(encoding="utf-8"), relative)
