"""The one stylesheet every page loads: Material's, trimmed to the rules the site can use, then
ours (dossier.css, print.css) whole, in that order, the cascade of separate files.

A page's first view is then its HTML and this one render-blocking file (docs-dev/performance.md).
The trimming is PurgeCSS's (npm, installed by `npm ci` before the build: scripts/lib/venv.sh);
nothing here parses CSS. What PurgeCSS keeps is what matches the built pages, our scripts, and
RUNTIME_HTML: the elements, classes and attributes Material's script adds to a page at run time
for the features this site uses. tests/site/test_stylesheet.py checks that every class the
script can add is either kept or belongs to a feature listed as unused; the browser test
tests/browser/test_trimmed_stylesheet.py that every element, in every state a reader can put a
page in, has the same computed style as with Material's whole stylesheet.
Our own stylesheets are never trimmed: other work changes them, and all of it is kept.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

from dossier.export.assets import without_comments

PURGE_SCRIPT = Path(__file__).with_name("purge_css.cjs")

# What Material's script (bundle.*.min.js, 9.8.2) adds to pages, per feature this site uses:
# PurgeCSS finds it in none of the built pages, so it is described here.
RUNTIME_HTML = """
<!-- The drawer open on a phone: the page under it does not scroll. -->
<body data-md-scrolllock></body>
<!-- content.tooltips: an acronym's meaning; the same elements for the header's source facts. -->
<div class="md-tooltip2 md-tooltip2--active md-tooltip2--top md-tooltip2--bottom" role="tooltip">
  <div class="md-tooltip2__inner md-typeset"></div></div>
<div class="md-tooltip2 md-tooltip2--active" role="dialog"><div class="md-tooltip2__inner md-typeset"></div></div>
<div class="md-tooltip md-tooltip--active md-tooltip--inline" role="tooltip">
  <div class="md-tooltip__inner md-typeset"></div></div>
<!-- Every table of the content, wrapped so that it scrolls sideways. -->
<div class="md-typeset__scrollwrap"><div class="md-typeset__table"><table></table></div></div>
<!-- navigation.tracking, toc.follow: the section being read, and those above it. -->
<a class="md-nav__link md-nav__link--active md-nav__link--passed"></a>
<!-- The header shows the page's title once its heading has scrolled away. -->
<div class="md-header__title md-header__title--active"></div>
<!-- navigation.sections: a section's toggle before the script sets it. -->
<input class="md-toggle md-toggle--indeterminate">
<!-- Material's message dialog ("Copied to clipboard"). -->
<div class="md-dialog md-dialog--active"></div>
"""

# The custom properties our stylesheets and scripts read (the names after var( ).
_VARIABLE_READ = re.compile(r"var\(\s*(--[\w-]+)")


class StylesheetError(RuntimeError):
    """The stylesheet could not be made: what is missing, and how to get it."""


def material_stylesheet(theme_dirs) -> Path:
    """Material's main stylesheet (assets/stylesheets/main.<hash>.min.css) in the theme."""
    for theme_dir in theme_dirs:
        found = sorted(Path(theme_dir, "assets/stylesheets").glob("main.*.min.css"))
        if found:
            return found[0]
    raise StylesheetError("Material's assets/stylesheets/main.*.min.css is not in the theme")


def ours(docs_dir: Path, parts) -> str:
    """Our stylesheets, without their comments, one after the other."""
    return "\n".join(without_comments(Path(docs_dir, part).read_text(encoding="utf-8"), ".css")
                     for part in parts)


def variables_read(texts) -> list[str]:
    return sorted({name for text in texts for name in _VARIABLE_READ.findall(text)})


def trim(css: str, content: list[Path], variables: list[str], project: Path) -> str:
    """css without the rules that match nothing in content (files) and RUNTIME_HTML (PurgeCSS)."""
    node = shutil.which("node")
    if node is None:
        raise StylesheetError("Node.js (node) is needed to build the stylesheet; install Node.js 20 or newer")
    job = {"css": css, "content": [str(path) for path in content], "raw": [RUNTIME_HTML],
           "variables": variables}
    result = subprocess.run([node, str(PURGE_SCRIPT)], input=json.dumps(job), capture_output=True,
                            text=True, encoding="utf-8", cwd=project)
    if "Cannot find module 'purgecss'" in result.stderr:
        # node looks in the project's node_modules, then NODE_PATH (the tests' copies of the project)
        raise StylesheetError("PurgeCSS is not installed: run ./scripts/build (or `npm ci`) once")
    if result.returncode != 0 or not result.stdout.strip():
        raise StylesheetError(f"PurgeCSS failed: {result.stderr.strip() or 'no output'}")
    return result.stdout


def build(site_dir: Path, docs_dir: Path, material: Path, parts, project: Path, *, trimmed: bool = True) -> str:
    """Material's stylesheet (trimmed to what site_dir's pages and scripts use) and ours."""
    material_css = material.read_text(encoding="utf-8")
    own = ours(docs_dir, parts)
    if trimmed:
        scripts = sorted(Path(docs_dir, "assets").rglob("*.js"))
        pages = sorted(site_dir.rglob("*.html"))
        own_texts = [own, *(path.read_text(encoding="utf-8") for path in [*scripts, *Path(docs_dir, "assets").rglob("*.css")])]
        material_css = trim(material_css, [*pages, *scripts], variables_read(own_texts), project)
    return material_css.rstrip("\n") + "\n" + own
