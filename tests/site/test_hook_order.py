"""The hooks share one state object, and their order does not matter: the site built with the
hooks listed in reverse order is the same, file for file."""
import filecmp
import sys

import yaml

from built_site import comparable_files
from conftest import build_site, make_pdfs

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1] / "staff"))
from staff_helpers import copy_project  # noqa: E402


def test_the_hooks_in_reverse_order_build_the_same_site(site, tmp_path):
    root = copy_project(tmp_path / "project")
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    hooks = yaml.safe_load(text.split("\nhooks:\n", 1)[1].split("\n\n", 1)[0].join(["hooks:\n", ""]))["hooks"]
    assert len(hooks) > 1
    listed = "".join(f"  - {hook}\n" for hook in hooks)
    assert listed in text
    config.write_text(text.replace(listed, "".join(f"  - {hook}\n" for hook in reversed(hooks))), encoding="utf-8")
    result = build_site(tmp_path / "site", config)
    assert result.returncode == 0, result.stdout + result.stderr

    reversed_site = tmp_path / "site"
    assert make_pdfs(reversed_site).returncode == 0  # as the `site` fixture (./scripts/build) does
    assert comparable_files(site) == comparable_files(reversed_site)
    # The PDFs differ in their creation time and ids; their pages are the print view's, compared here.
    different = [name for name in comparable_files(site) if not name.endswith(".pdf")
                 and not filecmp.cmp(site / name, reversed_site / name, shallow=False)]
    assert different == []
