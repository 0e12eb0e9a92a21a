"""The exit from MkDocs, tested: ProperDocs (the maintained fork of MkDocs 1.x) builds the site
with scripts/build-properdocs, in an environment without the mkdocs package, and writes the same
files as MkDocs, byte for byte, but for one line: the generator <meta> Material writes in each
HTML page, which names the engine. README: "If MkDocs or Material can no longer be installed".

The first run installs that environment (.venv/properdocs, about a minute); later runs reuse it
until requirements-properdocs.txt changes."""
from __future__ import annotations

import ast
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from built_site import comparable_files
from conftest import TEST_SITE_URL, make_pdfs

PROJECT = Path(__file__).resolve().parents[2]
# Where scripts/build-properdocs puts the environment.
PROPERDOCS_VENV = Path(os.environ.get("PROPERDOCS_VENV")
                       or Path(os.environ.get("VENV", PROJECT / ".venv")) / "properdocs")
# In requirements.txt, but not in ProperDocs' environment: MkDocs and what only MkDocs needs.
LEFT_OUT = {"mkdocs", "mkdocs-get-deps", "mergedeep"}
# mkdocs-static-i18n 1.3.1 reads lunr.js's languages from the mkdocs distribution's file list
# when it is imported; without that distribution it logs this and uses its own list, which is
# the same as MkDocs 1.6.1's (neither has Indonesian). It is logged while the configuration is
# loaded, before --strict counts warnings, so the build passes; the comparison below shows it
# changes nothing. Any other WARNING fails the test.
KNOWN_WARNING = "WARNING -  mkdocs_static_i18n: Unable to detect lunr languages from mkdocs distribution"
MEETING = "pertemuan/2024-02-22-dialog-kemensos.md"


def pins(path: Path) -> dict[str, str]:
    return dict(re.findall(r"^([A-Za-z0-9._-]+)==(\S+)", path.read_text(encoding="utf-8"), flags=re.M))


def run_script(project: Path, site_dir: Path, **env) -> subprocess.CompletedProcess:
    """scripts/build-properdocs with the environment conftest.build_site gives MkDocs."""
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": TEST_SITE_URL,
                   "SITE_DIR": str(site_dir), "PROPERDOCS_VENV": str(PROPERDOCS_VENV), **env}
    return subprocess.run([project / "scripts" / "build-properdocs"], cwd=project, env=environment,
                          capture_output=True, text=True)


def in_properdocs_env(code: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([PROPERDOCS_VENV / "bin" / "python", "-c", code, *args],
                          capture_output=True, text=True)


@pytest.fixture(scope="module")
def properdocs_build(site, tmp_path_factory):
    """The site built by ProperDocs for the same address and day as the MkDocs build (`site`).

    The build date is the one input that differs between two runs: the citation's "accessed"
    date and the pages' dates in the sitemap. SOURCE_DATE_EPOCH (read by MkDocs and ProperDocs
    alike) gives ProperDocs the moment MkDocs wrote its home page, so a test run that crosses
    midnight still compares like with like."""
    site_dir = tmp_path_factory.mktemp("properdocs-site")
    built_at = int((site / "index.html").stat().st_mtime)
    result = run_script(PROJECT, site_dir, SOURCE_DATE_EPOCH=str(built_at))
    return site_dir, result


# ---------------------------------------------------------------- the environment

def test_the_properdocs_requirements_are_the_sites_without_mkdocs():
    site, properdocs = pins(PROJECT / "requirements.txt"), pins(PROJECT / "requirements-properdocs.txt")
    assert not LEFT_OUT & properdocs.keys(), (
        "requirements-properdocs.txt pins " + ", ".join(sorted(LEFT_OUT & properdocs.keys()))
        + ". Run scripts/update-requirements: it leaves them out (--unsafe-package), which a"
        " Dependabot recompile does not repeat.")
    assert "properdocs" in properdocs
    expected = {name: version for name, version in site.items() if name not in LEFT_OUT | {"properdocs"}}
    actual = {name: version for name, version in properdocs.items() if name != "properdocs"}
    assert actual == expected, (
        "ProperDocs' environment must have exactly the site's packages, in the same versions, so "
        "that only the engine differs: list in requirements-properdocs.in what requirements.in "
        "lists (properdocs instead of mkdocs), then run scripts/update-requirements.")


def test_the_properdocs_environment_has_no_mkdocs(properdocs_build):
    probe = in_properdocs_env(
        "import importlib.metadata as m, json\n"
        "def version(name):\n"
        "    try: return m.version(name)\n"
        "    except m.PackageNotFoundError: return None\n"
        "try:\n"
        "    import mkdocs; imported = mkdocs.__file__\n"
        "except ModuleNotFoundError: imported = None\n"
        "print(json.dumps({'import mkdocs': imported, 'mkdocs': version('mkdocs'),"
        " 'properdocs': version('properdocs')}))")
    assert probe.returncode == 0, probe.stderr
    found = json.loads(probe.stdout)
    assert found["import mkdocs"] is None and found["mkdocs"] is None, found
    assert found["properdocs"] == pins(PROJECT / "requirements-properdocs.txt")["properdocs"], found


def _mkdocs_imports() -> list[tuple[str, str, list[str]]]:
    """Each `from mkdocs... import ...` (and `import mkdocs...`) of the site's build code."""
    imports = []
    paths = [*sorted((PROJECT / "hooks").rglob("*.py")), *sorted((PROJECT / "dossier").rglob("*.py"))]
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(PROJECT)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and \
                    node.module.split(".")[0] == "mkdocs":
                imports.append((where, node.module, [a.name for a in node.names]))
            elif isinstance(node, ast.Import):
                imports += [(where, a.name, []) for a in node.names if a.name.split(".")[0] == "mkdocs"]
    return imports


def test_the_hooks_imports_from_mkdocs_are_properdocs_own(properdocs_build):
    """The `properdocs` command maps every mkdocs.* module to properdocs.* before it loads the
    plugins and hooks (properdocs/replacement.py); each name the hooks import must be there."""
    imports = _mkdocs_imports()
    assert imports, "no import of mkdocs found in hooks/: has the adapter moved?"
    result = in_properdocs_env(
        "import importlib, json, sys\n"
        "import properdocs.replacement\n"
        "problems = []\n"
        "for where, module, names in json.loads(sys.argv[1]):\n"
        "    try:\n"
        "        aliased = importlib.import_module(module)\n"
        "        own = importlib.import_module('properdocs' + module[len('mkdocs'):])\n"
        "        for name in names:\n"
        "            if getattr(aliased, name) is not getattr(own, name):\n"
        "                problems.append(f'{where}: {module}.{name} is not ProperDocs own')\n"
        "    except Exception as error:\n"
        "        problems.append(f'{where}: {module} {names}: {error!r}')\n"
        "print(json.dumps(problems))", json.dumps(imports))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


# ---------------------------------------------------------------- the build

def test_properdocs_builds_the_site_strictly_without_warnings(properdocs_build):
    site_dir, result = properdocs_build
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # The build's log lines ("WARNING -  ..."), not pip's while it installs the environment.
    warnings = [line for line in output.splitlines()
                if re.match(r"(WARNING|ERROR) +-  ", line) and line != KNOWN_WARNING]
    assert not warnings, output
    assert (site_dir / "index.html").is_file() and (site_dir / "en" / "index.html").is_file()


def _generator_line(engine: str) -> re.Pattern[bytes]:
    """The whole line of the generator <meta> Material's base.html writes for this engine."""
    material = importlib.metadata.version("mkdocs-material")
    element = f'<meta name="generator" content="{engine}, mkdocs-material-{material}">'
    return re.compile(rb"^[ \t]*" + re.escape(element.encode()) + rb"\r?\n", flags=re.M)


def test_properdocs_writes_the_same_pages_as_mkdocs(site, properdocs_build):
    site_dir, result = properdocs_build
    assert result.returncode == 0, result.stdout + result.stderr
    # Material writes mkdocs-{{ mkdocs_version }}; ProperDocs sets that to "ProperDocs <version>".
    by_mkdocs = _generator_line(f"mkdocs-{importlib.metadata.version('mkdocs')}")
    properdocs = pins(PROJECT / "requirements-properdocs.txt")["properdocs"]
    by_properdocs = _generator_line(f"mkdocs-ProperDocs {properdocs}")

    assert make_pdfs(site_dir).returncode == 0  # as ./scripts/build does after either engine
    ours, theirs = comparable_files(site), comparable_files(site_dir)
    assert ours == theirs, {"only MkDocs": sorted(set(ours) - set(theirs)),
                            "only ProperDocs": sorted(set(theirs) - set(ours))}

    differ, removed, first = [], 0, ""
    for name in ours:
        mine, other = (site / name).read_bytes(), (site_dir / name).read_bytes()
        if name.endswith(".html"):
            mine, count = by_mkdocs.subn(b"", mine)
            other, other_count = by_properdocs.subn(b"", other)
            if count != other_count:
                differ.append(f"{name}: generator line {count} times by MkDocs, {other_count} by ProperDocs")
                continue
            removed += count
        if mine != other and not name.endswith(".pdf"):  # PDFs: their creation time and ids differ
            differ.append(name)
            if not first:
                at = next((i for i, (a, b) in enumerate(zip(mine, other)) if a != b), min(len(mine), len(other)))
                first = (f"{name}, from byte {at} (of {len(mine)} and {len(other)}):\n"
                         f"  MkDocs:     {mine[max(0, at - 60):at + 100]!r}\n"
                         f"  ProperDocs: {other[max(0, at - 60):at + 100]!r}")
    assert not differ, f"{len(differ)} of {len(ours)} files differ: {differ[:10]}\n{first}"
    assert removed > 0, "no generator line found: has Material changed how it writes it?"


def test_a_content_problem_stops_the_properdocs_build_with_the_report(properdocs_build, tmp_path):
    """The hooks' PluginError is ProperDocs' own, so a problem ends the build with the bilingual
    report, as with MkDocs (tests/workflows/test_build_script.py), not with a traceback."""
    project = tmp_path / "project"
    shutil.copytree(PROJECT, project, ignore=shutil.ignore_patterns(
        ".git", ".venv", "site", "__pycache__", ".pytest_cache", "node_modules", ".cache"))
    page = project / "docs" / MEETING
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace('date: "2024-02-22"', 'date: "2024-02-30"'), encoding="utf-8")
    line = 1 + text.splitlines().index('date: "2024-02-22"')
    result = run_script(project, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output, output
    first = next(line_ for line_ in output.splitlines() if f"docs/{MEETING}:{line}: `date`" in line_)
    assert first.rstrip().endswith("[bad_date]"), output
    assert "[en] The date `2024-02-30` in `date` does not exist." in output, output
    assert "Aborted with a BuildError!" in result.stdout, output
