"""Check the dossier's front matter: schema, dates, references, and the two languages agreeing.

Returns every problem found (never stops at the first), as problems.Problem objects.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import fastjsonschema
import jsonschema
from referencing import Registry, Resource

from . import assets, dates, front_matter, links, raw_html, translation, urls
from .model import DEFAULT_LANGUAGE, LANGUAGES, Dossier, file_for, page_and_language
from .problems import Problem

LANGUAGE_NAMES = {"id": ("Indonesia", "Indonesian"), "en": ("Inggris", "English")}
SOURCE_REF = re.compile(r"^(?P<page>[^#]+)#p(?P<number>\d+)$")
DATE_FORMS = {"id": "TTTT-BB-HH, TTTT-BB, TTTT, atau {not_before: ..., not_after: ...}",
              "en": "YYYY-MM-DD, YYYY-MM, YYYY, or {not_before: ..., not_after: ...}"}


# ---------------------------------------------------------------- schemas

def load_schemas(schema_dir: Path) -> tuple[dict, Registry]:
    """Schemas by file name, and a registry so their $refs resolve offline."""
    schemas = {
        path.name: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(schema_dir.glob("*.schema.json"))
    }
    registry = Registry().with_resources(
        (name, Resource.from_contents(schema)) for name, schema in schemas.items()
    )
    return schemas, registry


def inline_refs(node, current: str, schemas: dict):
    """The schema with every $ref replaced by its target (ours are not recursive).

    Validating against the inlined schema is several times faster than resolving
    references through a registry for each of hundreds of pages.
    """
    if isinstance(node, list):
        return [inline_refs(value, current, schemas) for value in node]
    if not isinstance(node, dict):
        return node
    if "$ref" not in node:
        return {key: inline_refs(value, current, schemas) for key, value in node.items()}
    file, _, pointer = node["$ref"].partition("#")
    target = schemas[file or current]
    for part in filter(None, pointer.split("/")):
        target = target[part]
    resolved = inline_refs(target, file or current, schemas)
    rest = {key: inline_refs(value, current, schemas) for key, value in node.items() if key != "$ref"}
    return {**resolved, **rest} if isinstance(resolved, dict) else resolved


def flatten_page_schema(schema: dict) -> dict:
    """allOf [page fields] + unevaluatedProperties: false, as one object with additionalProperties.

    The same constraints for our schemas (the parts have only type, required and properties),
    validated in about half the time; unknown-field errors then list every allowed field.
    """
    if schema.get("unevaluatedProperties") is not False or "allOf" not in schema:
        return schema
    flat = {key: value for key, value in schema.items() if key not in ("allOf", "unevaluatedProperties")}
    properties, required = {}, set(schema.get("required", []))
    for part in schema["allOf"]:
        assert set(part) <= {"$schema", "$id", "title", "description", "type", "required", "properties"}, part
        properties.update(part.get("properties", {}))
        required.update(part.get("required", []))
    properties.update(schema.get("properties", {}))  # a kind's own definition wins ("kind": const)
    return {**flat, "type": "object", "properties": properties, "required": sorted(required),
            "additionalProperties": False}


def translated_fields(schemas: dict) -> set[str]:
    """Names of properties that may differ between languages (schema keyword x-translated)."""
    names: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            for name, prop in node.get("properties", {}).items():
                if isinstance(prop, dict) and (
                    prop.get("x-translated") or str(prop.get("$ref", "")).endswith("/text")
                ):
                    names.add(name)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schemas)
    return names


def _dotted(path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _allowed_fields(schemas: dict, kind: str, error) -> list[str]:
    if error.validator == "additionalProperties":
        return sorted(error.schema.get("properties", {}))
    own = schemas.get(f"{kind}.schema.json", {}).get("properties", {})
    return sorted(set(own) | set(schemas["page.schema.json"]["properties"]))


def schema_problems(source, schemas: dict, registry: Registry, validators: dict | None = None) -> list[Problem]:
    meta = source.meta
    kind = meta.get("kind")
    schema_name = f"{kind}.schema.json"
    if schema_name not in schemas:
        schema_name = "page.schema.json"  # reports the unknown kind and missing fields
    validators = {} if validators is None else validators
    if schema_name not in validators:  # building a validator is costly; one per kind
        flat = flatten_page_schema(inline_refs(schemas[schema_name], schema_name, schemas))
        validators[schema_name] = (fastjsonschema.compile(flat),
                                   jsonschema.Draft202012Validator(flat, registry=registry))
    validate_fast, validator = validators[schema_name]
    # fastjsonschema compiles the schema to Python: ten times faster on a valid page, which
    # most are. It stops at the first error; jsonschema then finds them all, with their paths.
    # (tests/unit/test_schema_validators.py checks the two agree.)
    try:
        validate_fast(meta)
        return []
    except fastjsonschema.JsonSchemaException:
        pass
    found = []
    for error in validator.iter_errors(meta):
        path = list(error.absolute_path)
        line = source.line_of(*path)
        if error.validator == "required":
            for name in error.validator_value:
                if name not in error.instance:
                    found.append(Problem(source.path, line, _dotted([*path, name]), "missing_field",
                                         {"field": name, "kind": kind}))
        elif error.validator in ("additionalProperties", "unevaluatedProperties"):
            allowed = _allowed_fields(schemas, kind, error)
            for name in error.instance:
                if name not in allowed:
                    found.append(Problem(source.path, source.line_of(*path, name),
                                         _dotted([*path, name]), "unknown_field",
                                         {"field": name, "kind": kind, "allowed": ", ".join(allowed)}))
        else:
            expected = _expected(error)
            found.append(Problem(source.path, line, _dotted(path), "bad_value",
                                 {"value": json.dumps(error.instance, ensure_ascii=False),
                                  "field": _dotted(path), "detail": error.validator,
                                  "expected": expected}))
    return found


def _expected(error) -> str:
    schema = error.schema
    if "enum" in schema:
        return ", ".join(map(str, schema["enum"]))
    if "const" in schema:
        return str(schema["const"])
    if error.validator == "oneOf" or "partial_date" in json.dumps(schema):
        return f"{DATE_FORMS['id']} / {DATE_FORMS['en']}"
    if "pattern" in schema:
        return f"{schema.get('description', '')} ({schema['pattern']})".strip()
    if "type" in schema:
        return str(schema["type"])
    return json.dumps(schema, ensure_ascii=False)[:120]


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
DATE_FIELDS = {"date", "date_alternatives", "not_before", "not_after"}


def _field_name(path) -> str | None:
    names = [part for part in path if isinstance(part, str)]
    return names[-1] if names else None


def reference_problems(source, dossier: Dossier) -> list[Problem]:
    found = []
    for path, value in _walk_values(source.meta):
        if not isinstance(value, str) or not path:
            continue
        name = _field_name(path)
        line, field = source.line_of(*path), _dotted(path)
        if name in INSTITUTION_FIELDS and value not in dossier.institutions:
            found.append(Problem(source.path, line, field, "unknown_institution",
                                 {"value": value, "field": field,
                                  "allowed": ", ".join(dossier.institutions)}))
        elif name in PAGE_FIELDS and value not in dossier.pages:
            found.append(Problem(source.path, line, field, "unknown_page",
                                 {"value": value, "field": field}))
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
    target = dossier.meta(match["page"], DEFAULT_LANGUAGE) if match else {}
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


# ---------------------------------------------------------------- the two languages

def _strip_translated(value, translated: set[str]):
    if isinstance(value, dict):
        return {k: _strip_translated(v, translated) for k, v in value.items() if k not in translated}
    if isinstance(value, list):
        return [_strip_translated(v, translated) for v in value]
    return value


def _differences(left, right, path=()):
    if isinstance(left, dict) and isinstance(right, dict):
        for key in sorted(set(left) | set(right), key=str):
            yield from _differences(left.get(key), right.get(key), (*path, key))
    elif isinstance(left, list) and isinstance(right, list) and len(left) == len(right):
        for index, (a, b) in enumerate(zip(left, right)):
            yield from _differences(a, b, (*path, index))
    elif left != right:
        yield path, left, right


def language_problems(page: str, versions: dict, translated: set[str]) -> list[Problem]:
    found = []
    for lang in LANGUAGES:
        if lang not in versions:
            present = next(iter(versions.values()))
            expected = file_for(page, lang)
            found.append(Problem(present.path, 1, "", "missing_translation",
                                 {"expected": expected, "language": LANGUAGE_NAMES[lang][0],
                                  "language_en": LANGUAGE_NAMES[lang][1]}))
    if found:
        return found
    original = versions[DEFAULT_LANGUAGE]
    for lang in LANGUAGES:
        if lang == DEFAULT_LANGUAGE:
            continue
        other = versions[lang]
        left = _strip_translated(original.meta, translated)
        right = _strip_translated(other.meta, translated)
        for path, value_id, value_other in _differences(left, right):
            found.append(Problem(other.path, other.line_of(*path), _dotted(path), "languages_differ",
                                 {"field": _dotted(path), "value_id": json.dumps(value_id, ensure_ascii=False),
                                  "value_en": json.dumps(value_other, ensure_ascii=False),
                                  "other": f"docs/{original.path}:{original.line_of(*path)}"}))
    return found


def duplicate_id_problems(dossier: Dossier) -> list[Problem]:
    found, seen = [], {}
    for page, versions in sorted(dossier.pages.items()):
        source = versions.get(DEFAULT_LANGUAGE)
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
                                     _dotted(path) or "id", "duplicate_id", {"value": value, "other": seen[value]}))
            else:
                seen[value] = where
    return found


# ---------------------------------------------------------------- everything

def marker_problems(source) -> list[Problem]:
    from .views import MARKER, VIEWS
    found = []
    for match in MARKER.finditer(source.body):
        if match["name"] not in VIEWS:
            line = source.body_line + source.body[: match.start()].count("\n")
            found.append(Problem(source.path, line, "", "unknown_marker",
                                 {"value": match["name"], "allowed": ", ".join(VIEWS)}))
    return found


def data_problems(dossier: Dossier, schemas: dict, registry: Registry) -> list[Problem]:
    """data/*.yml against schemas/data-*.schema.json, and the pages they name."""
    found = []
    for name, (value, lines) in dossier.data.items():
        schema_name = "data-" + name.split("/")[-1].replace(".yml", ".schema.json")
        schema = inline_refs(schemas[schema_name], schema_name, schemas)
        line_of = lambda *keys: next((lines[keys[:n]] for n in range(len(keys), 0, -1) if keys[:n] in lines), 1)  # noqa: E731
        for error in jsonschema.Draft202012Validator(schema, registry=registry).iter_errors(value):
            path = list(error.absolute_path)
            item = schema.get("items", {})
            found.append(Problem(name, line_of(*path), _dotted(path), "data_invalid",
                                 {"field": _dotted(path) or name, "detail": error.message,
                                  "expected": ", ".join(item.get("required", []))}, folder=""))
        for index, entry in enumerate(value):
            page = entry.get("page") if isinstance(entry, dict) else None
            if isinstance(page, str) and page not in dossier.pages:
                found.append(Problem(name, line_of(index, "page"), f"[{index}].page", "unknown_page",
                                     {"value": page, "field": "page"}, folder=""))
    return found


# ---------------------------------------------------------------- placeholders left by scripts/new_page.py

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
        keys = [k for at, k in field_at if at <= number] if number < source.body_line else []
        field = _dotted(keys[-1]) if keys else ""
        found.append(Problem(source.path, number, field, "placeholder", {"text": line.strip()}))
    return found


# ---------------------------------------------------------------- page bodies

class _AnyStrings(dict):
    """Stand-in UI strings: views are rendered here only to learn the anchors they add."""

    def __missing__(self, key):
        return key


def _anchor_finder(dossier: Dossier):
    """ids_of(file) for links.check: a page's anchors, generated views included where they render."""
    cache: dict[str, set[str] | None] = {}
    unreadable = {p.path for p in dossier.load_problems}

    def ids_of(file: str) -> set[str] | None:
        if file not in cache:
            page, lang = page_and_language(file)
            source = dossier.pages.get(page, {}).get(lang)
            body = source.body if source and file not in unreadable else None
            if body is not None and "<!-- dossier:" in body:
                from .views import VIEWS_WITH_ANCHORS, render_markers
                try:
                    body = render_markers(body, dossier, page, lang, _AnyStrings(), only=VIEWS_WITH_ANCHORS)
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
        page, lang = page_and_language(problem.path)
        source = dossier.pages[page][lang]
        try:
            _, source.body, source.body_line = front_matter.split(
                (dossier.docs_dir / problem.path).read_text(encoding="utf-8"))
        except front_matter.FrontMatterError:
            pass  # no closing ---: nothing can be told apart from the front matter


def content_problems(dossier: Dossier) -> list[Problem]:
    """Links and anchors, raw HTML, image sizes and addresses of every page body."""
    _recover_bodies(dossier)
    docs = dossier.docs_dir
    files = {path.relative_to(docs).as_posix() for path in docs.rglob("*") if path.is_file()}
    return [
        *links.check(dossier, files, _anchor_finder(dossier)),
        *raw_html.check(dossier),
        *assets.check(dossier),
        *urls.check(dossier),
    ]


def nav_pages(nav) -> list[str]:
    """Every page file the `nav` of mkdocs.yml lists, in order."""
    if isinstance(nav, str):
        return [nav] if nav.endswith(".md") else []
    if isinstance(nav, dict):
        return [page for value in nav.values() for page in nav_pages(value)]
    if isinstance(nav, list):
        return [page for item in nav for page in nav_pages(item)]
    return []


def nav_problems(dossier: Dossier, nav, exempt=()) -> list[Problem]:
    """A page missing from nav is unreachable, and MkDocs' --strict stops on it (in English only).

    `exempt`: path specs (mkdocs.yml's not_in_nav, exclude_docs, draft_docs) of pages meant to be left out.
    """
    listed = set(nav_pages(nav))
    found = []
    for page, versions in sorted(dossier.pages.items()):
        if page in listed or DEFAULT_LANGUAGE not in versions or any(spec.match_file(page) for spec in exempt):
            continue
        folder = page.rsplit("/", 1)[0] + "/" if "/" in page else ""
        siblings = [p for p in nav_pages(nav) if folder and p.startswith(folder)]
        section = _nav_section(nav, siblings[0]) if siblings else "nav"
        found.append(Problem(page, 1, "", "not_in_nav", {"page": page, "section": section}))
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


def check(dossier: Dossier, schema_dir: Path, nav=None, nav_exempt=()) -> list[Problem]:
    """Every problem in the dossier's pages (both languages) and data files: front matter, then bodies.

    `nav`: the nav of mkdocs.yml, when known; every page must be listed in it except
    those matched by `nav_exempt` (path specs with a match_file method).
    """
    schemas, registry = load_schemas(schema_dir)
    translated = translated_fields(schemas)
    found = [Problem(p.path, p.line, "", "yaml", {"detail": p.problem},
                     folder="" if p.path.startswith("data/") else "docs/")
             for p in dossier.load_problems]
    found.extend(data_problems(dossier, schemas, registry))
    unreadable = {p.path for p in dossier.load_problems}
    validators: dict = {}
    for page, versions in sorted(dossier.pages.items()):
        for source in versions.values():
            if source.path in unreadable:
                continue
            found.extend(schema_problems(source, schemas, registry, validators))
            found.extend(reference_problems(source, dossier))
            found.extend(weekday_problems(source))
            found.extend(marker_problems(source))
        if not unreadable & {v.path for v in versions.values()}:
            found.extend(language_problems(page, versions, translated))
    found.extend(duplicate_id_problems(dossier))
    found.extend(translation.problems(dossier))
    found.extend(content_problems(dossier))
    if nav is not None:
        found.extend(nav_problems(dossier, nav, nav_exempt))
    placeholders = []
    for versions in dossier.pages.values():
        for source in versions.values():
            placeholders.extend(placeholder_problems(source, source.text))
    # A line still holding a placeholder is reported as that alone, not as the invalid value it is.
    lines = {(p.path, p.line) for p in placeholders}
    return [*placeholders, *(p for p in found if (p.path, p.line) not in lines)]
