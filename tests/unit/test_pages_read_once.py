"""hooks/pages_read_once.py hands MkDocs exactly what it would have read itself."""
import datetime

import pytest
from mkdocs.utils import meta as mkdocs_meta

from built_site import PROJECT, load_hook
from dossier import front_matter, model

hook = load_hook("pages_read_once")
DOSSIER = model.load(PROJECT, PROJECT / "docs")
SOURCES = [source for versions in DOSSIER.pages.values() for source in versions.values()]


def _dates_as_typed(value):
    """MkDocs makes dates of unquoted YYYY-MM-DD; dossier_data keeps the text."""
    if isinstance(value, dict):
        return {key: _dates_as_typed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_dates_as_typed(item) for item in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


@pytest.mark.parametrize("source", SOURCES, ids=lambda source: source.path)
def test_body_and_front_matter_are_what_mkdocs_reads(source):
    markdown, meta = mkdocs_meta.get_data((PROJECT / "docs" / source.path).read_text(encoding="utf-8-sig"))
    assert hook.body_as_mkdocs_reads_it(source) == markdown
    assert source.meta == _dates_as_typed(meta)


def test_unusual_pages_are_left_to_mkdocs():
    without_front_matter = front_matter.parse("# Just a page\n", "x.md")
    rule_first = front_matter.parse("---\ntitle: x\n---\n\n---\n\nText\n", "y.md")
    assert hook.body_as_mkdocs_reads_it(without_front_matter) is None
    assert hook.body_as_mkdocs_reads_it(rule_first) is None
    ordinary = front_matter.parse("---\ntitle: x\n---\n\n\nText\n", "z.md")
    assert hook.body_as_mkdocs_reads_it(ordinary) == "Text\n"
