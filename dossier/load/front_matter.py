"""Read a Markdown page's YAML front matter, remembering the line of every field.

Line numbers let the build tell an editor exactly where a mistake is.
"""
from __future__ import annotations

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
    """Front matter that is not valid YAML; carries the line in the file."""

    def __init__(self, line: int, problem: str):
        super().__init__(problem)
        self.line = line
        self.problem = problem


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


def split(text: str) -> tuple[str | None, str, int]:
    """Return (front matter text or None, body, line where the body starts)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != FENCE:
        return None, text, 1
    for index, line in enumerate(lines[1:], start=1):
        if line.rstrip() == FENCE:
            return "".join(lines[1:index]), "".join(lines[index + 1:]), index + 2
    raise FrontMatterError(1, "unclosed")


def _load(text: str, offset: int) -> tuple[object, dict]:
    """A YAML document and the line of each field, lines counted from `offset` lines above
    the text; a YAML mistake raises FrontMatterError with its line in the file."""
    loader = _Loader(text)
    try:
        # One parse gives both the node tree (for line numbers) and the values.
        node = loader.get_single_node()
        return _construct(loader, node, offset)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = (mark.line + 1 + offset) if mark else 1  # marks count from 0
        raise FrontMatterError(line, str(error.problem or error)) from error
    finally:
        loader.dispose()


def parse(text: str, path: str) -> PageSource:
    """Parse a page; raises FrontMatterError with the file line of a YAML mistake."""
    front, body, body_line = split(text)
    if front is None:
        return PageSource(path, {}, body, {}, body_line, text)
    meta, lines = _load(front, offset=1)  # the opening --- is line 1
    meta = meta or {}
    if not isinstance(meta, dict):
        raise FrontMatterError(2, "not a mapping")
    return PageSource(path, meta, body, lines, body_line, text)


def load_yaml(text: str) -> tuple[object, dict]:
    """A YAML document and the line of each of its fields (for data files)."""
    return _load(text, offset=0)


def read(docs_dir: Path, relative: str) -> PageSource:
    return parse((docs_dir / relative).read_text(encoding="utf-8"), relative)
