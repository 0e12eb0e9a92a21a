"""Images under docs/ must stay within a size budget: readers are often on phones with paid data.

An oversized image is reported where a page shows it (file and line), or on the image itself
when no page does (MkDocs publishes every file in docs/, shown or not).
"""
from __future__ import annotations

import re
from pathlib import Path

from .links import find_links, mask_code, resolve
from ..load.model import Dossier
from .problems import Problem

# 200 KB holds a photo 1600 px wide at JPEG quality 80, or any chart as PNG or SVG.
IMAGE_BUDGET_BYTES = 200 * 1024
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".bmp", ".tif", ".tiff", ".ico"}
HTML_SRC = re.compile(r"""\s(?:src|srcset|poster)\s*=\s*["']?(?P<url>[^"'\s>]+)""", re.I)


def oversized_images(docs_dir: Path, budget: int = IMAGE_BUDGET_BYTES) -> dict[str, int]:
    """{path under docs/: size in bytes} of every image over the budget."""
    return {
        path.relative_to(docs_dir).as_posix(): path.stat().st_size
        for path in sorted(docs_dir.rglob("*"))
        if path.is_file() and path.suffix.lower() in IMAGE_SUFFIXES and path.stat().st_size > budget
    }


def _references(source) -> list[tuple[int, str]]:
    """(line in the file, target as written) of everything a page body points to."""
    refs = [(source.body_line + link.line - 1, link.target) for link in find_links(source.body)]
    masked = mask_code(source.body)
    refs += [(source.body_line + masked.count("\n", 0, m.start()), m["url"]) for m in HTML_SRC.finditer(masked)]
    return refs


def check(dossier: Dossier, budget: int = IMAGE_BUDGET_BYTES) -> list[Problem]:
    big = oversized_images(dossier.docs_dir, budget)
    if not big:
        return []
    found, shown = [], set()
    for _, versions in sorted(dossier.pages.items()):
        for _, source in sorted(versions.items()):
            for line, target in _references(source):
                resolved, _ = resolve(source.path, target)
                for image in (resolved, _localized(resolved, source.path)):
                    if image in big:
                        shown.add(image)
                        found.append(Problem(source.path, line, "", "image_too_large", _values(image, big[image], budget)))
                        break
    for image, size in big.items():
        if image not in shown:
            found.append(Problem(image, 0, "", "image_too_large", _values(image, size, budget)))
    return found


def _localized(resolved: str | None, page_path: str) -> str | None:
    """x.png linked from an English page may be served as x.en.png (mkdocs-static-i18n)."""
    if not resolved or not page_path.endswith(".en.md"):
        return None
    stem, _, suffix = resolved.rpartition(".")
    return f"{stem}.en.{suffix}"


def _values(image: str, size: int, budget: int) -> dict:
    return {"image": f"docs/{image}", "size": round(size / 1024), "budget": round(budget / 1024)}
