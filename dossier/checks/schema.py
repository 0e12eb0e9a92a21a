"""Front matter against schemas/: fields, values, and the languages agreeing on what is not translated.

Valid pages are the rule; jsonschema finds every error of a page with its path, and each
becomes a Problem on the line of that field.
"""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from referencing import Registry, Resource

from ..site import TEMPLATES
from .problems import Problem, closest, codes, dotted, form

LANGUAGE_NAMES = {"id": ("Indonesia", "Indonesian"), "en": ("Inggris", "English")}
# How a value of each JSON type is written, for a value of the wrong type (forms in messages.*.yml).
TYPE_FORMS = {"string": "text", "array": "list", "boolean": "yes_no", "integer": "number", "object": "fields"}

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


def schema_problems(source, schemas: dict, registry: Registry, site=None, by_kind: dict | None = None) -> list[Problem]:
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
                    # In an item of a list ("raised #1"), the field goes in that item, not at the top.
                    found.append(Problem(source.path, line, dotted([*path, name]),
                                         "missing_item_field" if path else "missing_field",
                                         {"field": name, "kind": kind, "parent": dotted(path), "line": line,
                                          "template": site.template(kind, site.page_and_language(source.path)[1])
                                          if site else kind}))
        elif error.validator in ("additionalProperties", "unevaluatedProperties"):
            allowed = _allowed_fields(schemas, kind, error)
            for name in error.instance:
                if name not in allowed:
                    found.append(Problem(source.path, source.line_of(*path, name),
                                         dotted([*path, name]), "unknown_field",
                                         {"field": name, "kind": kind, "allowed": codes(allowed),
                                          "parent": dotted(path)}))
        else:
            found.append(Problem(source.path, line, dotted(path), "bad_value",
                                 {"value": json.dumps(error.instance, ensure_ascii=False),
                                  "field": dotted(path), **expected(error)}))
    _join_misspelt(found)
    # jsonschema gives one "required" error per missing field, each naming the whole list: once each.
    return list({(p.line, p.field, p.message): p for p in found}.values())


def _join_misspelt(found: list[Problem]) -> None:
    """An unknown field that is a missing required field misspelt ("dates" for "date") is one
    mistake: told as the misspelling, on its line, with the missing field folded under it."""
    missing = {(p.values["parent"], p.values["field"]): p for p in found
               if p.message in ("missing_field", "missing_item_field")}
    for problem in found:
        if problem.message != "unknown_field":
            continue
        parent = problem.values["parent"]
        meant = closest(problem.values["field"], [name for place, name in missing if place == parent], cutoff=0.7)
        if meant:
            problem.message = "misspelt_field"
            problem.values["suggestion"] = meant
            problem.values["meant_field"] = missing[(parent, meant)].field  # as the missing field is named
            missing[(parent, meant)].caused_by = problem


def expected(error) -> dict:
    """How the value an error is about should be written, in words, in each language."""
    schema = error.schema
    if error.validator == "type":
        wanted = schema["type"] if isinstance(schema["type"], str) else schema["type"][0]
        if not (wanted == "string" and schema.get("x-form")):
            return form(TYPE_FORMS.get(wanted, "text"))
    if schema.get("x-form"):
        return form(schema["x-form"])
    if error.validator in ("enum", "const"):
        allowed = schema["enum"] if error.validator == "enum" else [schema["const"]]
        return form("one_of", values=codes(allowed))
    if error.validator == "minItems":
        return form("non_empty_list")
    return form("text")


def describe(error, allowed=()) -> dict:
    """What is wrong with a value of a data file, in words: {"detail": id text, "detail_en": en text}."""
    if error.validator == "required":
        missing = next(name for name in error.validator_value if name not in error.instance)
        words = form("required", name=missing)
    elif error.validator == "additionalProperties":
        extra = next(name for name in error.instance if name not in error.schema.get("properties", {}))
        words = form("unknown", name=extra, allowed=codes(sorted(error.schema.get("properties", {}))))
    else:
        words = expected(error)
    return {"detail": words["expected"], "detail_en": words["expected_en"]}


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


def _shown(value) -> str:
    """A value as the message quotes it; a dash where the field is missing."""
    return "—" if value is None else json.dumps(value, ensure_ascii=False)


def language_problems(site, page: str, versions: dict, translated: set[str], touched=frozenset()) -> list[Problem]:
    """A page missing in a language, and fields that must be the same in every language but differ.

    A difference is reported on the file being changed (`touched`: the pull request's or the
    uncommitted edit's files), naming the other; on the original when both or neither are.
    """
    found = []
    for lang in site.codes:
        if lang not in versions:
            present = next(iter(versions.values()))
            expected = site.file_for(page, lang)
            found.append(Problem(present.path, 1, "", "missing_translation",
                                 {"expected": f"docs/{expected}", "language": LANGUAGE_NAMES[lang][0],
                                  "language_en": LANGUAGE_NAMES[lang][1],
                                  "template": site.template(present.meta.get("kind"), lang)}))
    if found:
        return found
    original = versions[site.default]
    for lang in site.translations:
        other = versions[lang]
        here, there = (other, original) if other.path in touched and original.path not in touched else (original, other)
        left = _strip_translated(here.meta, translated)
        right = _strip_translated(there.meta, translated)
        for path, value_here, value_there in _differences(left, right):
            values = {"field": dotted(path), "value_here": _shown(value_here), "value_other": _shown(value_there),
                      "other": f"docs/{there.path}", "other_line": there.line_of(*path)}
            message = "languages_differ"
            if value_here is None or value_there is None:
                # A field one version lacks: say where it is, not a line of the version without it.
                message, values["present"] = "languages_field_missing", f"docs/{(here if value_there is None else there).path}"
                values["absent"] = f"docs/{(there if value_there is None else here).path}"
            elif isinstance(value_here, list) and isinstance(value_there, list):
                # An item added to one version only: the counts, not both lists written out.
                message = "languages_differ_count"
                values.update(count_here=len(value_here), count_other=len(value_there))
            found.append(Problem(here.path, here.line_of(*path), dotted(path), message, values))
    return found



def data_problems(dossier, schemas: dict, registry: Registry) -> list[Problem]:
    """data/*.yml against schemas/data-*.schema.json, and the pages they name."""
    found = []
    for name, (value, lines) in dossier.data.items():
        schema_name = "data-" + name.split("/")[-1].replace(".yml", ".schema.json")
        schema = inline_refs(schemas[schema_name], schema_name, schemas)
        line_of = lambda *keys: next((lines[keys[:n]] for n in range(len(keys), 0, -1) if keys[:n] in lines), 1)  # noqa: E731
        template = dossier.site.repository_file(f"{TEMPLATES}/{name.split('/')[-1].replace('institutions', 'institution')}")
        for error in jsonschema.Draft202012Validator(schema, registry=registry).iter_errors(value):
            path = list(error.absolute_path)
            item = schema.get("items", {})
            found.append(Problem(name, line_of(*path), dotted(path), "data_invalid",
                                 {"field": dotted(path) or name, **describe(error),
                                  "required": codes(item.get("required", [])), "template": template}, folder=""))
        for index, entry in enumerate(value):
            page = entry.get("page") if isinstance(entry, dict) else None
            if isinstance(page, str) and page not in dossier.pages:
                found.append(Problem(name, line_of(index, "page"), dotted([index, "page"]), "unknown_page",
                                     missing_page(dossier.site, page, "page"), folder=""))
    return found


def missing_page(site, page: str, field: str) -> dict:
    """The values of an unknown_page problem: which files to create, from which template."""
    return {"value": page, "field": field, "english_file": site.file_for(page, site.translations[0]),
            "template": site.template(site.kind_of_folder(page))}


