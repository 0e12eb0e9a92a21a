"""dossier/checks/assets.py (image budget) and urls.py (two pages, one address)."""
from __future__ import annotations

import pytest

from built_site import SITE, dossier_from_pages
from dossier.checks import assets, urls


def test_budget_is_a_sensible_size():
    assert 100 * 1024 <= assets.IMAGE_BUDGET_BYTES <= 500 * 1024


def test_oversized_image_is_reported_where_it_is_shown(tmp_path):
    dossier = dossier_from_pages(tmp_path, {
        "p/a.md": "---\nkind: view\n---\n\n![big](big.jpg)\n\n<img src=\"big.jpg\">\n![small](small.png)\n",
    })
    (tmp_path / "p" / "big.jpg").write_bytes(b"\0" * (assets.IMAGE_BUDGET_BYTES + 1))
    (tmp_path / "p" / "small.png").write_bytes(b"\0" * assets.IMAGE_BUDGET_BYTES)
    found = assets.check(dossier)
    assert [(p.path, p.line, p.values["image"]) for p in found] == [("p/a.md", 5, "docs/p/big.jpg"),
                                                                   ("p/a.md", 7, "docs/p/big.jpg")]


def test_oversized_image_no_page_shows_is_reported_on_itself(tmp_path):
    dossier = dossier_from_pages(tmp_path, {"a.md": "---\nkind: view\n---\n"})
    (tmp_path / "unused.png").write_bytes(b"\0" * (assets.IMAGE_BUDGET_BYTES * 2))
    found = assets.check(dossier)
    assert [(p.path, p.line, p.values["size"], p.values["budget"]) for p in found] == [
        ("unused.png", 0, round(assets.IMAGE_BUDGET_BYTES * 2 / 1024), round(assets.IMAGE_BUDGET_BYTES / 1024))]
    assert found[0].render().startswith("docs/unused.png: Gambar terlalu besar / An image that is too large [image_too_large]\n")


def test_other_big_files_are_not_images(tmp_path):
    dossier = dossier_from_pages(tmp_path, {"a.md": "---\nkind: view\n---\n"})
    (tmp_path / "data.json").write_bytes(b"\0" * (assets.IMAGE_BUDGET_BYTES * 2))
    assert assets.check(dossier) == []


@pytest.mark.parametrize("file, url", [
    ("index.md", ""), ("index.en.md", "en/"), ("linimasa.md", "linimasa/"),
    ("rekomendasi/index.md", "rekomendasi/"), ("rekomendasi/README.md", "rekomendasi/"),
    ("pertemuan/x.en.md", "en/pertemuan/x/"), ("en/pertemuan/x.md", "en/pertemuan/x/"),
])
def test_page_url(file, url):
    assert SITE.page_url(file) == url


def test_two_pages_one_address(tmp_path):
    page = "---\nkind: view\n---\n"
    dossier = dossier_from_pages(tmp_path, {"linimasa.md": page, "linimasa/index.md": page, "en/tentang.md": page,
                                      "tentang.en.md": page, "tentang.md": page})
    found = urls.check(dossier)
    assert sorted((p.path, p.values["url"]) for p in found) == [("linimasa/index.md", "linimasa/"),
                                                                ("tentang.en.md", "en/tentang/")]
