"""Tables that a phone can read: every data cell labelled with its column's header.

Below a width (docs/assets/stylesheets/dossier.css, "Phones: tables as cards") each row shows
as a card and each cell shows its column's name before its value, read from the cell's
`data-label`: the same HTML as the wide table, no second copy of the data. Changing the CSS
`display` of table elements makes Chromium drop their table semantics, so the elements also get
their ARIA roles: screen readers still find a table whose cells are announced with their header.
"""
from __future__ import annotations

import html
import itertools
import re

TABLE = re.compile(r"<table(?P<attrs>[^>]*)>(?P<body>.*?)</table>", re.DOTALL)
HEAD = re.compile(r"<thead>(?P<head>.*?)</thead>", re.DOTALL)
HEADER_CELL = re.compile(r"<th(?P<attrs>(?:\s[^>]*)?)>(?P<text>.*?)</th>", re.DOTALL)
ROW = re.compile(r"<tr(?P<attrs>(?:\s[^>]*)?)>(?P<cells>.*?)</tr>", re.DOTALL)
DATA_CELL = re.compile(r"<td(?P<attrs>(?:\s[^>]*)?)>")
GROUP = re.compile(r"<(?P<tag>thead|tbody|tfoot)(?P<attrs>(?:\s[^>]*)?)>")
TAG = re.compile(r"<[^>]+>")


def _text(cell_html: str) -> str:
    return " ".join(html.unescape(TAG.sub("", cell_html)).split())


def _with_role(tag: str, attrs: str, role: str, extra: str = "") -> str:
    if "role=" in attrs:
        return f"<{tag}{attrs}{extra}>"
    return f'<{tag} role="{role}"{attrs}{extra}>'


def _label_table(match: re.Match) -> str:
    attrs, body = match["attrs"], match["body"]
    head = HEAD.search(body)
    if "role=" in attrs or not head:
        return match[0]  # labelled already, or no header row to label the cells with
    labels = [_text(cell["text"]) for cell in HEADER_CELL.finditer(head["head"])]

    def row(row_match: re.Match) -> str:
        cells = row_match["cells"]
        cells = HEADER_CELL.sub(lambda c: _with_role("th", c["attrs"], "columnheader") + c["text"] + "</th>", cells)
        column = itertools.count()

        def cell(cell_match: re.Match) -> str:
            index = next(column)
            label = labels[index] if index < len(labels) else ""
            extra = f' data-label="{html.escape(label, quote=True)}"' if label else ""
            return _with_role("td", cell_match["attrs"], "cell", extra)

        return _with_role("tr", row_match["attrs"], "row") + DATA_CELL.sub(cell, cells) + "</tr>"

    body = ROW.sub(row, body)
    body = GROUP.sub(lambda g: _with_role(g["tag"], g["attrs"], "rowgroup"), body)
    return _with_role("table", attrs, "table") + body + "</table>"


def label_cells(page_html: str) -> str:
    """Every table of a page's HTML with its ARIA roles and each data cell's `data-label`, the
    text of its column's header cell (already in the page's language)."""
    if "<table" not in page_html:
        return page_html
    return TABLE.sub(_label_table, page_html)
