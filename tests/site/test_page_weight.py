"""Speed budget on bytes: the first view of every page, compressed, with scripts/page_weight.py.

At most 60 KB in total; render-blocking, only the HTML and one stylesheet, at most 25 KB together
(scripts/page_weight.py), for every page in both languages. The last tests check the weighing itself on a small site made here.
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


def test_first_view_of_every_page_is_at_most_60_kb(weights):
    over = [w for w in weights if w.total > w.total_budget]
    assert not over, _report(over)


def test_render_blocking_part_of_every_page_is_at_most_25_kb(weights):
    over = [w for w in weights if w.blocking > w.blocking_budget]
    assert not over, _report(over)


def test_nothing_holds_up_a_first_view_but_the_html_and_one_stylesheet(weights):
    assert page_weight.BLOCKING_STYLESHEETS == 1
    other = [w for w in weights if [r.kind for r in w.resources if r.blocking] != ["html", "css"]]
    assert not other, _report(other)


def test_only_the_print_view_has_the_larger_budget_of_a_whole_document(weights):
    assert sorted(w.page for w in weights if w.print_view) == ["/cetak/", "/en/cetak/"]
    assert all(w.total_budget == page_weight.TOTAL_BUDGET for w in weights if not w.print_view)


def test_what_a_page_loads_exists_in_the_site(weights):
    # A missing stylesheet, script or search index would make a page look light and broken.
    missing = {(w.page, r.url) for w in weights for r in w.resources if not r.exists}
    assert not missing


def test_first_view_includes_material_and_our_assets(weights):
    home = next(w for w in weights if w.page == "/")
    kinds = {(r.kind, Path(r.url).name.split(".")[0]) for r in home.resources}
    assert {("html", ""), ("css", "site"), ("js", "bundle"),
            ("js", "search-open"), ("js", "cite"), ("image", "favicon")} <= kinds
    assert not {url for url in (r.url for r in home.resources) if "pagefind" in url or "/search." in url}


def test_nothing_of_the_search_on_first_view_and_a_first_search_within_budget(weights):
    assert all(w.search_on_first_view == 0 for w in weights)
    over = [w for w in weights if w.first_search > page_weight.FIRST_SEARCH_BUDGET]
    assert not over, [(w.page, w.first_search) for w in over]
    home = next(w for w in weights if w.page == "/")
    names = {Path(r.url).name.split(".")[0] for r in home.search}
    assert {"search", "pagefind", "pagefind-entry", "wasm"} <= names
    assert all(r.exists for r in home.search)
    # Pagefind's WebAssembly alone is about 70 KB; the first search is all of it and more.
    assert 70 * page_weight.KB < home.first_search


def test_index_sizes_per_language(site):
    sizes = page_weight.search_index_sizes(site)
    assert set(sizes) == {"id", "en"}
    assert all(size["pages"] >= 20 and size["total"] > size["index"] > 0 for size in sizes.values())


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
</head><body>
<img src="../i/photo.png"><img src="../i/later.png" loading="lazy">
<img src="data:image/png;base64,AAAA">
<script src="../s/app.js"></script></body></html>"""
MAIN_CSS = '@import url("more.css");@font-face{src:url(f.woff2)}.x{background:url("../i/bg.png")}'


def test_weighing_a_small_site(tmp_path):
    files = {
        "index.html": PAGE.replace("https://example.org/sub/a/", "https://example.org/sub/"),
        "a/index.html": PAGE, "s/main.css": MAIN_CSS, "s/more.css": ".y{}", "s/paper.css": "a{}",
        "s/f.woff2": b"\0" * 300, "s/app.js": "x" * 50,
        "i/icon.png": b"\1" * 20, "i/photo.png": b"\2" * 30, "i/later.png": b"\3" * 999,
        "i/bg.png": b"\4" * 40,
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
        "/i/icon.png": ("image", False, 20),
        "/i/photo.png": ("image", False, 30),         # the lazy image is not in the first view
    }
    assert weight.blocking == _gz(PAGE) + _gz(MAIN_CSS) + _gz(".y{}")
    assert weight.total == sum(size for _, _, size in found.values())
    assert weight.search == [] and weight.first_search == 0


DIALOG = """<!doctype html><html lang="en"><head></head><body>
<script src="../s/open.js"></script>
<dialog data-dossier-search data-bundle="../pf/" data-module="../s/search.js" data-styles="../s/search.css"></dialog>
</body></html>"""


def test_weighing_a_first_search(tmp_path):
    entry = ('{"languages": {"en": {"hash": "en_1", "wasm": "en", "page_count": 3}, '
             '"id": {"hash": "id_1", "wasm": "id", "page_count": 1}}}')
    _write(tmp_path, {
        "a/index.html": DIALOG, "s/open.js": "o", "s/search.js": "const PAGE_SIZE = 2;", "s/search.css": "c{}",
        "pf/pagefind.js": "p" * 99, "pf/pagefind-entry.json": entry, "pf/pagefind.en_1.pf_meta": b"m" * 10, "pf/pagefind.id_1.pf_meta": b"n",
        "pf/wasm.en.pagefind": b"w" * 700, "pf/wasm.id.pagefind": b"v" * 800,
        "pf/filter/en_a.pf_filter": b"f" * 5, "pf/filter/en_b.pf_filter": b"f" * 6,
        "pf/index/en_a.pf_index": b"i" * 50, "pf/index/en_b.pf_index": b"i" * 60, "pf/index/id_a.pf_index": b"i" * 90,
        "pf/fragment/en_a.pf_fragment": b"g" * 7, "pf/fragment/en_b.pf_fragment": b"g" * 9,
        "pf/fragment/en_c.pf_fragment": b"g" * 8,
    })
    weight = page_weight.first_view(page_weight.Site(tmp_path), "/a/")
    assert {r.url for r in weight.resources} == {"/a/", "/s/open.js"}
    assert weight.search_on_first_view == 0
    # The dialog's files, Pagefind's, the language's metadata, WebAssembly and filters, its
    # largest index chunk, and the largest excerpts, as many as the dialog shows at first.
    assert {r.url: r.size for r in weight.search} == {
        "/s/search.js": _gz("const PAGE_SIZE = 2;"), "/s/search.css": _gz("c{}"),
        "/pf/pagefind.js": _gz("p" * 99), "/pf/pagefind-entry.json": _gz(entry),
        "/pf/pagefind.en_1.pf_meta": 10, "/pf/wasm.en.pagefind": 700,
        "/pf/filter/en_a.pf_filter": 5, "/pf/filter/en_b.pf_filter": 6,
        "/pf/index/en_b.pf_index": 60,
        "/pf/fragment/en_b.pf_fragment": 9, "/pf/fragment/en_c.pf_fragment": 8,
    }
    assert weight.first_search == sum(r.size for r in weight.search)
    assert page_weight.search_index_sizes(tmp_path, "pf")["en"] == {
        "index": 110, "fragment": 24, "filter": 11, "meta": 10, "total": 155, "pages": 3}


def test_a_resource_on_another_host_is_reported_not_weighed(tmp_path):
    _write(tmp_path, {"index.html": '<link rel="stylesheet" href="https://cdn.example.com/x.css">'})
    (resource,) = page_weight.first_view(page_weight.Site(tmp_path), "/").resources[1:]
    assert (resource.url, resource.exists, resource.size) == ("https://cdn.example.com/x.css", False, 0)


def test_check_fails_on_a_page_over_budget(tmp_path):
    _write(tmp_path, {"index.html": '<link rel="stylesheet" href="s.css"><p>'
                      + "".join(f"{i:x}" for i in range(40000)) + "</p>", "s.css": "p{}"})
    args = [sys.executable, str(PROJECT / "scripts/page_weight.py"), str(tmp_path)]
    assert subprocess.run(args, capture_output=True).returncode == 0
    checked = subprocess.run([*args, "--check", "--markdown"], capture_output=True, text=True)
    assert checked.returncode == 1
    assert "**Over budget: /**" in checked.stdout


def test_check_fails_on_a_second_render_blocking_stylesheet(tmp_path):
    one = '<link rel="stylesheet" href="a.css"><link rel="stylesheet" href="p.css" media="print">'
    _write(tmp_path, {"index.html": one, "a.css": "a{}", "p.css": "p{}"})
    args = [sys.executable, str(PROJECT / "scripts/page_weight.py"), str(tmp_path), "--check"]
    assert subprocess.run(args, capture_output=True).returncode == 0
    (tmp_path / "index.html").write_text(one + '<link rel="stylesheet" href="b.css">')
    (tmp_path / "b.css").write_text("b{}")
    assert subprocess.run(args, capture_output=True).returncode == 1
