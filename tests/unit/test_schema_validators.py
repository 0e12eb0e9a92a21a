"""The fast schema check (fastjsonschema) and the detailed one (jsonschema) agree.

checks.schema_problems trusts fastjsonschema's "valid" and asks jsonschema only for the
errors of an invalid page, so a page the fast check passes wrongly would be published
unchecked. Here both judge every real page and thousands of broken copies of them.
"""
import copy

import fastjsonschema
import jsonschema
import pytest

from built_site import PROJECT
from dossier import checks
from dossier.load import model

WRONG_VALUES = [None, True, 0, 2.5, "", "x", "2024-13-45", "TODO", [], [1], {}, {"a": 1}]


def _validators():
    schemas, registry = checks.load_schemas(PROJECT / "schemas")
    page_schemas = [name for name in schemas if not name.startswith(("data-", "definitions"))]
    found = {}
    for name in page_schemas:
        flat = checks.flatten_page_schema(checks.inline_refs(schemas[name], name, schemas))
        found[name] = (fastjsonschema.compile(flat), jsonschema.Draft202012Validator(flat, registry=registry))
    return found


def _schema_for(meta, validators):
    name = f"{meta.get('kind')}.schema.json"
    return name if name in validators else "page.schema.json"


def _broken_copies(meta):
    """The page with one thing wrong: a field gone, a wrong value, an unknown field, at any depth."""
    def walk(node, path):
        if isinstance(node, dict):
            for key in node:
                yield ("delete", path + (key,))
                yield from walk(node[key], path + (key,))
            yield ("add", path + ("unknown_field",))
        elif isinstance(node, list):
            yield ("empty", path)
            for index, item in enumerate(node):
                yield from walk(item, path + (index,))
        for value in WRONG_VALUES:
            yield ("set", path, value)

    for change in walk(meta, ()):
        broken = copy.deepcopy(meta)
        *parents, last = change[1] or ("",)
        target = broken
        for key in parents:
            target = target[key]
        if change[0] == "delete":
            del target[last]
        elif change[0] == "add":
            target[last] = "x"
        elif change[0] == "empty":
            if not change[1]:
                continue
            target[last] = []
        elif change[1]:
            target[last] = change[2]
        else:
            continue
        yield broken


def _real_metas():
    dossier = model.load(PROJECT, PROJECT / "docs")
    return [source.meta for versions in dossier.pages.values() for source in versions.values()]


def _fast_says_valid(validate, meta) -> bool:
    try:
        validate(meta)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


@pytest.mark.parametrize("meta", _real_metas(), ids=lambda meta: f"{meta.get('kind')}-{meta.get('title', '')[:30]}")
def test_both_validators_agree_on_a_page_and_its_broken_copies(meta):
    validators = _validators()
    checked = disagreements = 0
    for candidate in [meta, *_broken_copies(meta)]:
        fast, detailed = validators[_schema_for(candidate, validators)]
        checked += 1
        if _fast_says_valid(fast, candidate) != detailed.is_valid(candidate):
            disagreements += 1
    assert checked > 20 and disagreements == 0


def test_the_fast_check_does_reject_a_broken_page():
    # Guards the test above against validators that accept everything.
    meta = next(m for m in _real_metas() if m.get("kind") == "meeting")
    validators = _validators()
    fast, detailed = validators["meeting.schema.json"]
    broken = {**meta, "date": "22 Februari"}
    assert not _fast_says_valid(fast, broken) and not detailed.is_valid(broken)
