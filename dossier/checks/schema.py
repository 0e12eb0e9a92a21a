"""Front matter against schemas/: fields, values, and the languages agreeing on what is not translated.

Valid pages are the rule; jsonschema finds every error of a page with its path, and each
becomes a Problem on the line of that field.
"""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from referencing import Registry, Resource

from .problems import Problem, dotted

LANGUAGE_NAMES = {"id": ("Indonesia", "Indonesian"), "en": ("Inggris", "English")}
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



def _allowed_fields(schemas: dict, kind: str, error) -> list[str]:
    if error.validator == "additionalProperties":
        return sorted(error.schema.get("properties", {}))
    own = schemas.get(f"{kind}.schema.json", {}).get("properties", {})
    return sorted(set(own) | set(schemas["page.schema.json"]["properties"]))


def validators(schemas: dict, registry: Registry) -> dict:
    """One validator per kind of page, made when first needed (a check makes each once, not per page)."""
    class ByKind(dict):
        def __missing__(self, name):
            flat = flatten_page_schema(inline_refs(schemas[name], name, schemas))
            self[name] = jsonschema.Draft202012Validator(flat, registry=registry)
            return self[name]

    return ByKind()


def schema_problems(source, schemas: dict, registry: Registry, by_kind: dict | None = None) -> list[Problem]:
    meta = source.meta
    kind = meta.get("kind")
    schema_name = f"{kind}.schema.json"
    if schema_name not in schemas:
        schema_name = "page.schema.json"  # reports the unknown kind and missing fields
    validator = (by_kind if by_kind is not None else validators(schemas, registry))[schema_name]
    found = []
    for error in validator.iter_errors(meta):
        path = list(error.absolute_path)
        line = source.line_of(*path)
        if error.validator == "required":
            for name in error.validator_value:
                if name not in error.instance:
                    found.append(Problem(source.path, line, dotted([*path, name]), "missing_field",
                                         {"field": name, "kind": kind}))
        elif error.validator in ("additionalProperties", "unevaluatedProperties"):
            allowed = _allowed_fields(schemas, kind, error)
            for name in error.instance:
                if name not in allowed:
                    found.append(Problem(source.path, source.line_of(*path, name),
                                         dotted([*path, name]), "unknown_field",
                                         {"field": name, "kind": kind, "allowed": ", ".join(allowed)}))
        else:
            expected = _expected(error)
            found.append(Problem(source.path, line, dotted(path), "bad_value",
                                 {"value": json.dumps(error.instance, ensure_ascii=False),
                                  "field": dotted(path), "detail": error.validator,
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


def language_problems(site, page: str, versions: dict, translated: set[str]) -> list[Problem]:
    found = []
    for lang in site.codes:
        if lang not in versions:
            present = next(iter(versions.values()))
            expected = site.file_for(page, lang)
            found.append(Problem(present.path, 1, "", "missing_translation",
                                 {"expected": expected, "language": LANGUAGE_NAMES[lang][0],
                                  "language_en": LANGUAGE_NAMES[lang][1]}))
    if found:
        return found
    original = versions[site.default]
    for lang in site.translations:
        other = versions[lang]
        left = _strip_translated(original.meta, translated)
        right = _strip_translated(other.meta, translated)
        for path, value_id, value_other in _differences(left, right):
            found.append(Problem(other.path, other.line_of(*path), dotted(path), "languages_differ",
                                 {"field": dotted(path), "value_id": json.dumps(value_id, ensure_ascii=False),
                                  "value_en": json.dumps(value_other, ensure_ascii=False),
                                  "other": f"docs/{original.path}:{original.line_of(*path)}"}))
    return found



def data_problems(dossier, schemas: dict, registry: Registry) -> list[Problem]:
    """data/*.yml against schemas/data-*.schema.json, and the pages they name."""
    found = []
    for name, (value, lines) in dossier.data.items():
        schema_name = "data-" + name.split("/")[-1].replace(".yml", ".schema.json")
        schema = inline_refs(schemas[schema_name], schema_name, schemas)
        line_of = lambda *keys: next((lines[keys[:n]] for n in range(len(keys), 0, -1) if keys[:n] in lines), 1)  # noqa: E731
        for error in jsonschema.Draft202012Validator(schema, registry=registry).iter_errors(value):
            path = list(error.absolute_path)
            item = schema.get("items", {})
            found.append(Problem(name, line_of(*path), dotted(path), "data_invalid",
                                 {"field": dotted(path) or name, "detail": error.message,
                                  "expected": ", ".join(item.get("required", []))}, folder=""))
        for index, entry in enumerate(value):
            page = entry.get("page") if isinstance(entry, dict) else None
            if isinstance(page, str) and page not in dossier.pages:
                found.append(Problem(name, line_of(index, "page"), f"[{index}].page", "unknown_page",
                                     {"value": page, "field": "page"}, folder=""))
    return found


