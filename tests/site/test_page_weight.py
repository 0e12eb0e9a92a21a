"""Speed budget on bytes: the first view of every page, compressed, with scripts/page_weight.py.

At most 80 KB in total and 30 KB render-blocking (HTML and CSS), for every page in both
languages. The last tests check the weighing itself on a small site made here.
"""
from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PROJECT

sys.path.insert(0, str(PROJECT / "scripts"))
import page_weight  # noqa: E402


@pytest.fixture(scope="module")
def weights(site) -> list[page_weight.PageWeight]:
    return page_weight.weigh_site(site)


def _report(pages) -> str:
    return "\n" + "\n".join(
        f"{w.page}: total {w.total} B, render-blocking {w.blocking} B "
        f"({', '.join(f'{r.url} {r.size}' for r in w.resources)})"
        for w in pages
    )


def test_every_page_is_weighed(weights, dossier):
    pages = {w.page for w in weights}
    assert len(weights) >= 2 * len(dossier.pages)
    assert {"/", "/en/", "/pertemuan/2024-02-22-dialog-kemensos/"} <= pages


def test_first_view_of_every_page_is_at_most_80_kb(weights):
    over = [w for w in weights if w.total > page_weight.TOTAL_BUDGET]
    assert not over, _report(over)


def test_render_blocking_part_of_every_page_is_at_most_30_kb(weights):
    over = [w for w in weights if w.blocking > page_weight.BLOCKING_BUDGET]
    assert not over, _report(over)


def test_what_a_page_loads_exists_in_the_site(weights):
    # A missing stylesheet, script or search index would make a page look light and broken.
    missing = {(w.page, r.url) for w in weights for r in w.resources if not r.exists}
    assert not missing


def test_first_view_includes_material_and_our_assets(weights):
    home = next(w for w in weights if w.page == "/")
    kinds = {(r.kind, Path(r.url).name.split(".")[0]) for r in home.resources}
    assert {("html", ""), ("css", "main"), ("css", "dossier"), ("css", "print"), ("js", "bundle"),
            ("js", "search"), ("js", "cite"), ("image", "favicon"), ("data", "search_index")} <= kinds


def test_markdown_table_for_ci(site, weights):
    result = subprocess.run(
        [sys.executable, str(PROJECT / "scripts/page_weight.py"), str(site), "--markdown"],
        capture_output=True, text=True, check=True,
    )
    lines = result.stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("| Page |"))
    table = [line for line in lines[header + 2:] if line.startswith("| /")]
    assert len(table) == len(weights)
    assert "| /en/pertemuan/2024-02-22-dialog-kemensos/ |" in result.stdout
    assert "Every page is within budget." in result.stdout


# ---------------------------------------------------------------- the weighing itself

def _write(root: Path, files: dict) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode())


def _gz(text: str) -> int:
    return len(gzip.compress(text.encode(), compresslevel=6, mtime=0))


PAGE = """<!doctype html><html><head>
<link rel="canonical" href="https://example.org/sub/a/">
<link rel="stylesheet" href="../s/main.css">
<link rel="stylesheet" href="/sub/s/paper.css" media="print">
<link rel="alternate" href="/sub/en/a/" hreflang="en">
<link rel="icon" href="../i/icon.png">
</head><body><form name="search"></form>
<img src="../i/photo.png"><img src="../i/later.png" loading="lazy">
<img src="data:image/png;base64,AAAA">
<script id="__config" type="application/json">{"base": "..", "search": "../s/worker.js"}</script>
<script src="../s/app.js"></script></body></html>"""
MAIN_CSS = '@import url("more.css");@font-face{src:url(f.woff2)}.x{background:url("../i/bg.png")}'


def test_weighing_a_small_site(tmp_path):
    files = {
        "index.html": PAGE.replace("https://example.org/sub/a/", "https://example.org/sub/"),
        "a/index.html": PAGE, "s/main.css": MAIN_CSS, "s/more.css": ".y{}", "s/paper.css": "a{}",
        "s/f.woff2": b"\0" * 300, "s/app.js": "x" * 50, "s/worker.js": "w",
        "i/icon.png": b"\1" * 20, "i/photo.png": b"\2" * 30, "i/later.png": b"\3" * 999,
        "i/bg.png": b"\4" * 40, "search/search_index.json": '{"docs": []}',
    }
    _write(tmp_path, files)
    site = page_weight.Site(tmp_path)
    assert (site.base_path, site.host) == ("/sub/", "example.org")
    weight = page_weight.first_view(site, "/a/")
    found = {r.url: (r.kind, r.blocking, r.size) for r in weight.resources}
    assert found == {
        "/a/": ("html", True, _gz(PAGE)),
        "/s/main.css": ("css", True, _gz(MAIN_CSS)),
        "/s/more.css": ("css", True, _gz(".y{}")),
        "/s/f.woff2": ("font", False, 300),
        "/i/bg.png": ("image", False, 40),
        "/s/paper.css": ("css", False, _gz("a{}")),   # print: loaded, not render-blocking
        "/s/app.js": ("js", False, _gz("x" * 50)),
        "/s/worker.js": ("js", False, _gz("w")),
        "/i/icon.png": ("image", False, 20),
        "/i/photo.png": ("image", False, 30),         # the lazy image is not in the first view
        "/search/search_index.json": ("data", False, _gz('{"docs": []}')),  # in the total
    }
    assert weight.blocking == _gz(PAGE) + _gz(MAIN_CSS) + _gz(".y{}")
    assert weight.total == sum(size for _, _, size in found.values())
    assert weight.data == _gz('{"docs": []}')


def test_a_resource_on_another_host_is_reported_not_weighed(tmp_path):
    _write(tmp_path, {"index.html": '<link rel="stylesheet" href="https://cdn.example.com/x.css">'})
    (resource,) = page_weight.first_view(page_weight.Site(tmp_path), "/").resources[1:]
    assert (resource.url, resource.exists, resource.size) == ("https://cdn.example.com/x.css", False, 0)


def test_check_fails_on_a_page_over_budget(tmp_path):
    _write(tmp_path, {"index.html": "<p>" + "".join(f"{i:x}" for i in range(40000)) + "</p>"})
    args = [sys.executable, str(PROJECT / "scripts/page_weight.py"), str(tmp_path)]
    assert subprocess.run(args, capture_output=True).returncode == 0
    checked = subprocess.run([*args, "--check", "--markdown"], capture_output=True, text=True)
    assert checked.returncode == 1
    assert "**Over budget: /**" in checked.stdout
