"""References between records: institutions, pages, source paragraphs, dates and their
weekdays, ids used twice, markers of generated views, TODO placeholders, the navigation.
"""
from __future__ import annotations

import re

from .. import dates
from ..load import front_matter
from ..load.model import MARKER, Dossier
from .problems import FORMS, Problem, closest, codes, dotted
from .schema import missing_page

SOURCE_REF = re.compile(r"^(?P<page>[^#]+)#p(?P<number>\d+)$")

# ---------------------------------------------------------------- references and dates

def _walk_values(meta, path=()):
    """Every (path, value) of a front matter, leaves and containers alike."""
    yield path, meta
    if isinstance(meta, dict):
        for key, value in meta.items():
            yield from _walk_values(value, (*path, key))
    elif isinstance(meta, list):
        for index, value in enumerate(meta):
            yield from _walk_values(value, (*path, index))


INSTITUTION_FIELDS = {"sender", "recipients", "addressed_to", "partners", "institution",
                      "institutions", "owners", "publisher"}
PAGE_FIELDS = {"in_reply_to", "origin"}
DATE_FIELDS = {"date", "date_alternatives", "not_before", "not_after", "planned", "due", "done"}


def did_you_mean(value: str, known) -> dict:
    """{"hint": id text, "hint_en": en text}: the known name a mistyped one is closest to, if any
    ("Kemensos", "kemsos" -> kemensos)."""
    name = closest(value, known, cutoff=0.75)
    if not name:
        return {"hint": "", "hint_en": ""}
    texts = FORMS["did_you_mean"]
    return {"hint": " " + texts["id"].format(name=name), "hint_en": " " + texts["en"].format(name=name)}


def _field_name(path) -> str | None:
    names = [part for part in path if isinstance(part, str)]
    return names[-1] if names else None


def reference_problems(source, dossier: Dossier) -> list[Problem]:
    found = []
    for path, value in _walk_values(source.meta):
        if not isinstance(value, str) or not path:
            continue
        name = _field_name(path)
        line, field = source.line_of(*path), dotted(path)
        if name in INSTITUTION_FIELDS and value not in dossier.institutions:
            found.append(Problem(source.path, line, field, "unknown_institution",
                                 {"value": value, "field": field, "allowed": codes(dossier.institutions),
                                  **did_you_mean(value, dossier.institutions),
                                  "template": dossier.site.repository_file("dossier/templates/institution.yml"),
                                  "page_template": dossier.site.template("institution")}))
        elif name in PAGE_FIELDS and value not in dossier.pages:
            found.append(Problem(source.path, line, field, "unknown_page", missing_page(dossier.site, value, field)))
        elif name == "source":
            found.extend(_source_ref_problems(source, dossier, value, line, field))
        elif name in DATE_FIELDS and dates.DATE_PATTERN.match(value):
            try:
                dates.parse(value)
            except dates.DateError:
                found.append(Problem(source.path, line, field, "bad_date",
                                     {"value": value, "field": field}))
    return found


def _source_ref_problems(source, dossier, value, line, field) -> list[Problem]:
    match = SOURCE_REF.match(value)
    target = dossier.meta(match["page"], dossier.site.default) if match else {}
    count = target.get("paragraphs", 0) if target.get("kind") == "source" else 0
    if match and 1 <= int(match["number"]) <= count:
        return []
    return [Problem(source.path, line, field, "unknown_source_paragraph",
                    {"value": value, "field": field, "count": count or "N"})]


def weekday_problems(source) -> list[Problem]:
    """A date the source writes with a weekday that does not match needs both readings."""
    meta = source.meta
    written, date = meta.get("date_as_written"), meta.get("date")
    if not isinstance(written, str) or not isinstance(date, str) or meta.get("date_alternatives"):
        return []
    named = dates.weekday_named(written)
    try:
        actual = dates.weekday_of(date)
    except dates.DateError:
        return []
    if named is None or actual is None or named == actual:
        return []
    first, _ = dates.parse(date)
    alternative = first.fromordinal(first.toordinal() + (named - actual))
    return [Problem(source.path, source.line_of("date_as_written"), "date_as_written",
                    "weekday_conflict",
                    {"written": dates.WEEKDAYS["id"][named], "actual": dates.WEEKDAYS["id"][actual],
                     "written_en": dates.WEEKDAYS["en"][named], "actual_en": dates.WEEKDAYS["en"][actual],
                     "date": date, "alternative": alternative.isoformat()})]


def follow_up_problems(source) -> list[Problem]:
    """A follow-up step's status is the last of its status history, where it has one."""
    meta = source.meta
    history = meta.get("status_history")
    if meta.get("kind") != "follow_up" or not isinstance(history, list) or not history:
        return []
    last = history[-1] if isinstance(history[-1], dict) else {}
    if last.get("status") in (None, meta.get("status")):
        return []
    return [Problem(source.path, source.line_of("status"), "status", "status_not_latest",
                    {"status": meta.get("status"), "latest": last.get("status"), "date": last.get("date")})]


def duplicate_id_problems(dossier: Dossier) -> list[Problem]:
    found, seen = [], {}
    for page, versions in sorted(dossier.pages.items()):
        source = versions.get(dossier.site.default)
        if not source:
            continue
        ids = [((), source.meta.get("id"))]
        for key in ("recommendations", "raised"):
            for index, item in enumerate(source.meta.get(key) or []):
                if isinstance(item, dict):
                    ids.append(((key, index, "id"), item.get("id")))
        for path, value in ids:
            if not isinstance(value, str):
                continue
            where = f"docs/{source.path}:{source.line_of(*path) if path else source.line_of('id')}"
            if value in seen:
                found.append(Problem(source.path, source.line_of(*path) if path else source.line_of("id"),
                                     dotted(path) or "id", "duplicate_id", {"value": value, "other": seen[value]}))
            else:
                seen[value] = where
    return found


# ---------------------------------------------------------------- everything

def marker_problems(source, view_names) -> list[Problem]:
    found = []
    for match in MARKER.finditer(source.body):
        if match["name"] not in view_names:
            line = source.body_line + source.body[: match.start()].count("\n")
            found.append(Problem(source.path, line, "", "unknown_marker",
                                 {"value": match["name"], "allowed": codes(sorted(view_names))}))
    return found


# ---------------------------------------------------------------- placeholders left by python -m dossier new

PLACEHOLDER = re.compile(r"\bTODO\b")


def placeholder_problems(source, text: str) -> list[Problem]:
    """Every line still holding a TODO placeholder: a new page is not published half-written."""
    found = []
    if "TODO" not in text:  # a plain search first: the regular expression is slower
        return found
    field_at = sorted(((line, keys) for keys, line in source.field_lines.items()), key=lambda item: item[0])
    for number, line in enumerate(text.splitlines(), start=1):
        if not PLACEHOLDER.search(line):
            continue
        if number < source.body_line and line.lstrip().startswith("#"):
            continue  # a template's example, commented out: its TODOs count once it is in use
        keys = [k for at, k in field_at if at <= number] if number < source.body_line else []
        field = dotted(keys[-1]) if keys else ""
        found.append(Problem(source.path, number, field, "placeholder", {"text": line.strip()}))
    return found


# A value starting like this is quoted, a list, a block of text or an alias: a # in it is no note.
NOT_PLAIN = tuple("\"'[{|>&*!#")
# One space, then # and text at once ("Kantor #2"): a number or a tag, not a note.
CUT = re.compile(r"(?<=\S)\s#(?=\S)")
BLOCK_START = re.compile(r"^[|>][-+0-9]*\s*(?:#.*)?$")


def cut_value_problems(path: str, lines: list[str], first_line: int, folder: str = "docs/") -> list[Problem]:
    """Values silently cut at a " #": in the fields, a space then # starts a note, so in
    `place: Kantor #2 lantai 3` only "Kantor" is read. A note written as notes are (two spaces,
    then "# ": `author: true  # the dossier's author`) is meant; text blocks (| and >) and quoted
    values, in which # is text, are left alone."""
    found = []
    block_indent = quote = None
    for number, line in enumerate(lines, start=first_line):
        stripped, indent = line.strip(), len(line) - len(line.lstrip())
        if quote:  # inside a quoted value running over several lines
            quote = None if front_matter.unclosed_quote(quote + line.strip()) is None and quote in line else quote
            continue
        if block_indent is not None and (not stripped or indent > block_indent):
            continue
        block_indent = None
        if not stripped or stripped.startswith("#"):
            continue
        parts = front_matter.FIELD_LINE.match(line)
        value = parts["value"].strip()
        if BLOCK_START.match(value):
            block_indent = indent
        elif value[:1] in ("'", '"'):
            quote = front_matter.unclosed_quote(value)
        elif value and not value.startswith(NOT_PLAIN) and CUT.search(value):
            kept = CUT.split(value, maxsplit=1)[0].strip()
            found.append(Problem(path, number, str(parts["key"] or "").strip(), "cut_value",
                                 {"text": f"`{stripped}`", "kept": f"`{kept}`",
                                  "suggestion": front_matter.requoted(line)}, folder=folder))
    return found


def nav_pages(nav) -> list[str]:
    """Every page file the `nav` of mkdocs.yml lists, in order."""
    if isinstance(nav, str):
        return [nav] if nav.endswith(".md") else []
    if isinstance(nav, dict):
        return [page for value in nav.values() for page in nav_pages(value)]
    if isinstance(nav, list):
        return [page for item in nav for page in nav_pages(item)]
    return []


def nav_problems(dossier: Dossier, nav, exempt=(), records=(), config_text: str = "") -> list[Problem]:
    """The navigation rule: every page is listed in nav, except records, which never are.

    A page missing from nav is unreachable, and MkDocs' --strict stops on it (in English only).
    Records (mkdocs.yml's not_in_nav) are reached through their section's generated list: listed one
    by one, hundreds of them would make every page's navigation, and the build, grow with their square.
    `exempt`: path specs (not_in_nav, exclude_docs, draft_docs) of pages left out of nav; `records`:
    the not_in_nav patterns as written; `config_text`: mkdocs.yml, for the line of a record listed in nav.
    """
    listed = nav_pages(nav)
    found = []
    folders = ", ".join(pattern.strip("/").removesuffix("*.md") for pattern in records) or "-"
    for page, versions in sorted(dossier.pages.items()):
        if page in listed or dossier.site.default not in versions or any(spec.match_file(page) for spec in exempt):
            continue
        folder = page.rsplit("/", 1)[0] + "/" if "/" in page else ""
        siblings = [p for p in listed if folder and p.startswith(folder)]
        section = _nav_section(nav, siblings[0]) if siblings else "nav"
        found.append(Problem(page, 1, "", "not_in_nav", {"page": page, "section": section, "folders": folders}))
    if records:
        import pathspec  # what MkDocs uses for not_in_nav

        spec = pathspec.GitIgnoreSpec.from_lines(records)
        lines = config_text.splitlines()
        for page in listed:
            if spec.match_file(page) and not page.endswith("index.md"):  # a section's own page is listed
                line = next((n for n, text in enumerate(lines, start=1) if re.search(rf"[\s:]{re.escape(page)}\s*$", text)), 0)
                found.append(Problem("mkdocs.yml", line, "nav", "record_in_nav",
                                     {"page": page, "folder": page.rsplit("/", 1)[0] + "/"}, folder=""))
    return found


def _nav_section(nav, page: str, title: str = "nav") -> str:
    """Title of the nav section that lists a page."""
    if isinstance(nav, list):
        for item in nav:
            found = _nav_section(item, page, title)
            if found:
                return found
    elif isinstance(nav, dict):
        for key, value in nav.items():
            found = _nav_section(value, page, key if isinstance(value, list) else title)
            if found:
                return found
    elif nav == page:
        return title
    return ""


