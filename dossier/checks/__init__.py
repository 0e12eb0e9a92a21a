"""Check: every problem of the dossier's pages (every language) and data files, with file and line.

Returns every problem found (never stops at the first), as problems.Problem objects; the
report (problems.report) puts causes before the problems that only follow from them.
The generated views are a layer above the checks: where a check needs them (which marker
names exist, which anchors a view adds), the caller hands them in as `views`.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..load import front_matter
from ..load.model import Dossier
from . import assets, links, raw_html, translation, urls  # noqa: F401 (translation: for project)
from .problems import CAUSES, Problem
from .references import (PLACEHOLDER, cut_value_problems, duplicate_id_problems, follow_up_problems, marker_problems,  # noqa: F401
                         nav_pages, nav_problems, placeholder_problems, reference_problems, weekday_problems)
from .schema import (data_problems, flatten_page_schema, inline_refs, language_problems, load_schemas,  # noqa: F401
                     schema_problems, translated_fields, validators)


@dataclass
class Views:
    """What the checks need to know of the generated views."""

    names: set[str]
    # (body, page, lang) -> the body with the views that add headings rendered
    render_anchored: Callable[[str, str, str], str] | None = None


def _anchor_finder(dossier: Dossier, views: Views | None):
    """ids_of(file) for links.check: a page's anchors, generated views included where they render."""
    cache: dict[str, set[str] | None] = {}
    unreadable = {p.path for p in dossier.load_problems}

    def ids_of(file: str) -> set[str] | None:
        if file not in cache:
            page, lang = dossier.site.page_and_language(file)
            source = dossier.pages.get(page, {}).get(lang)
            body = source.body if source and file not in unreadable else None
            if body is not None and "<!-- dossier:" in body:
                try:  # without the views, the anchors they add are unknown: accept any
                    body = views.render_anchored(body, page, lang) if views and views.render_anchored else None
                except Exception:  # broken data is reported by the front matter checks; accept any anchor
                    body = None
            cache[file] = links.anchors(body) if body is not None else None
        return cache[file]

    return ids_of


def _recover_bodies(dossier: Dossier) -> None:
    """Give pages whose front matter is not valid YAML their body back, so it is checked too."""
    for problem in dossier.load_problems:
        if problem.path.startswith("data/"):
            continue
        page, lang = dossier.site.page_and_language(problem.path)
        source = dossier.pages[page][lang]
        try:
            _, source.body, source.body_line = front_matter.split(source.text)
        except front_matter.FrontMatterError:
            pass  # no closing ---: nothing can be told apart from the front matter


def content_problems(dossier: Dossier, views: Views | None = None) -> list[Problem]:
    """Links and anchors, raw HTML, image sizes and addresses of every page body."""
    _recover_bodies(dossier)
    docs = dossier.docs_dir
    files = {path.relative_to(docs).as_posix() for path in docs.rglob("*") if path.is_file()}
    return [
        *links.check(dossier, files, _anchor_finder(dossier, views)),
        *raw_html.check(dossier),
        *assets.check(dossier),
        *urls.check(dossier),
    ]


def _mark_consequences(dossier: Dossier, found: list[Problem]) -> None:
    """Note which problems only follow from a file that could not be read or is invalid."""
    broken = {p.file for p in found if p.message in CAUSES}
    for problem in found:
        if problem.message == "unknown_institution" and "data/institutions.yml" in broken:
            problem.follows_from = "data/institutions.yml"
        elif problem.message == "unknown_source_paragraph":
            target = f"docs/{str(problem.values.get('value', '')).split('#')[0]}"
            if target in broken:
                problem.follows_from = target


def yaml_problem(problem) -> Problem:
    """A file that cannot be read, told as the kind of mistake it is, on the line it is on."""
    values = {"text": "", **problem.values}
    return Problem(problem.path, problem.line, "", problem.kind, values,
                   folder="" if problem.path.startswith("data/") else "docs/")


# A value that is wrong in itself: where the two versions differ in it, or it is also malformed,
# that follows from this one mistake.
WRONG_VALUES = ("unknown_institution", "unknown_page", "unknown_source_paragraph", "bad_date", "bad_value")


def _fold_differences(found: list[Problem]) -> None:
    """Two versions that differ because one holds a wrong value or a misspelt field name: the
    wrong value (the misspelling) is the problem. A name that is both malformed and unknown
    ("Kemensos") is told once, as unknown, with what it may have meant."""
    invalid: dict[tuple[str, str], Problem] = {}
    for problem in found:
        if problem.message == "misspelt_field":
            invalid[(problem.path, problem.field)] = problem
            invalid[(problem.path, problem.values["meant_field"])] = problem
    # The most telling first: an unknown name (with what it may have meant) before its malformed form.
    for problem in sorted(found, key=lambda p: WRONG_VALUES.index(p.message) if p.message in WRONG_VALUES else -1):
        if problem.message in WRONG_VALUES:
            invalid.setdefault((problem.path, problem.field), problem)
    for problem in found:
        if problem.message in ("languages_differ", "languages_field_missing", "languages_differ_count"):
            other = problem.values["other"].removeprefix("docs/")
            problem.caused_by = invalid.get((problem.path, problem.field)) or invalid.get((other, problem.field))
        elif problem.message == "bad_value":
            cause = invalid.get((problem.path, problem.field))
            if cause is not problem and cause.line == problem.line:
                problem.caused_by = cause


def check(dossier: Dossier, schema_dir: Path, nav=None, nav_exempt=(), views: Views | None = None,
          nav_records=(), config_text: str = "") -> list[Problem]:
    """Every problem in the dossier's pages (every language) and data files: front matter, then bodies.

    `nav`: the nav of mkdocs.yml, when known; every page must be listed in it except
    those matched by `nav_exempt` (path specs with a match_file method), and no record matched by
    `nav_records` (mkdocs.yml's not_in_nav patterns) may be (`config_text`: mkdocs.yml, for lines).
    """
    schemas, registry = load_schemas(schema_dir)
    translated = translated_fields(schemas)
    found = [yaml_problem(p) for p in dossier.load_problems]
    found.extend(data_problems(dossier, schemas, registry))
    unreadable = {p.path for p in dossier.load_problems}
    by_kind = validators(schemas, registry)
    touched = dossier.history.touched
    for page, versions in sorted(dossier.pages.items()):
        for source in versions.values():
            if source.path in unreadable:
                continue
            found.extend(schema_problems(source, schemas, registry, dossier.site, by_kind))
            found.extend(reference_problems(source, dossier))
            found.extend(weekday_problems(source))
            found.extend(follow_up_problems(source))
            if views is not None:
                found.extend(marker_problems(source, views.names))
        if not unreadable & {v.path for v in versions.values()}:
            found.extend(language_problems(dossier.site, page, versions, translated, touched))
    found.extend(duplicate_id_problems(dossier))
    for page, versions in sorted(dossier.pages.items()):
        for source in versions.values():
            if source.path not in unreadable and source.meta:
                front, _, _ = front_matter.split(source.text)
                found.extend(cut_value_problems(source.path, front.splitlines(), 2))
    for name, text in dossier.data_text.items():
        if name not in unreadable:
            found.extend(cut_value_problems(name, text.splitlines(), 1, folder=""))
    found.extend(content_problems(dossier, views))
    if nav is not None:
        found.extend(nav_problems(dossier, nav, nav_exempt, nav_records, config_text))
    _fold_differences(found)
    placeholders = []
    for versions in dossier.pages.values():
        for source in versions.values():
            placeholders.extend(placeholder_problems(source, source.text))
    for name, text in dossier.data_text.items():  # an entry copied from dossier/templates/ and not filled in
        placeholders.extend(Problem(name, number, "", "placeholder", {"text": line.strip()}, folder="")
                            for number, line in enumerate(text.splitlines(), start=1) if PLACEHOLDER.search(line))
    # A line still holding a placeholder is reported as that alone, not as the invalid value it is.
    lines = {(p.path, p.line) for p in placeholders}
    found = [*placeholders, *(p for p in found if (p.path, p.line) not in lines)]
    _mark_consequences(dossier, found)
    for problem in found:
        if problem.folder == "docs/" and problem.path.endswith(".md"):
            problem.page, lang = dossier.site.page_and_language(problem.path)
            problem.language_rank = dossier.site.codes.index(lang)
    return found
