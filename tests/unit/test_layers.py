"""The dossier package knows nothing of MkDocs, and its layers import one way only:
load <- checks <- views <- export (project and the command line sit on top)."""
import ast
from pathlib import Path

import pytest

from built_site import PROJECT

PACKAGE = PROJECT / "dossier"
ENGINES = ("mkdocs", "material", "mkdocs_static_i18n", "properdocs")
# Each layer, and the layers it may import from (site and dates are the vocabulary of all).
ALLOWED = {
    "site": set(), "dates": set(),
    "load": {"site", "dates", "load"},
    "checks": {"site", "dates", "load", "checks"},
    "views": {"site", "dates", "load", "views"},
    "export": {"site", "dates", "load", "views", "export"},
}


def imports(path: Path) -> list[str]:
    """Absolute names of the modules a file imports (relative imports resolved within dossier)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module = ["dossier", *path.relative_to(PACKAGE).with_suffix("").parts]
    package = module[:-1] if path.name != "__init__.py" else module[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            name = ".".join([*base, node.module] if node.module else base)
            found += [name] + [f"{name}.{alias.name}" for alias in node.names]
    return found


FILES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PROJECT)))
def test_no_engine_is_imported(path):
    assert not [name for name in imports(path) if name.split(".")[0] in ENGINES]


@pytest.mark.parametrize("path", [p for p in FILES if p.relative_to(PACKAGE).parts[0].removesuffix(".py") in ALLOWED],
                         ids=lambda p: str(p.relative_to(PROJECT)))
def test_layers_import_one_way(path):
    layer = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
    used = {name.split(".")[1] for name in imports(path) if name.startswith("dossier.") and len(name.split(".")) > 1}
    used = {name for name in used if name in ALLOWED}
    assert used <= ALLOWED[layer], f"{layer} imports {used - ALLOWED[layer]}"


def test_the_check_finds_an_import_against_the_flow(tmp_path, monkeypatch):
    """The rule can fail: a check importing a view is caught."""
    bad = PACKAGE / "checks" / "_against_the_flow_test.py"
    bad.write_text("from ..views import generated\n", encoding="utf-8")
    try:
        used = {n.split(".")[1] for n in imports(bad) if n.startswith("dossier.")}
        assert "views" in used and not used <= ALLOWED["checks"]
    finally:
        bad.unlink()
