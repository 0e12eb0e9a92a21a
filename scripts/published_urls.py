#!/usr/bin/env python3
"""Keep tests/published_urls.txt, the registry of every address the site has published.

    .venv/bin/python scripts/published_urls.py            # report; exit 1 if anything is off
    .venv/bin/python scripts/published_urls.py --write    # add newly published addresses
    .venv/bin/python scripts/published_urls.py --site site/   # use a site already built

Without --site, the site is built (mkdocs build --strict, then its PDFs) into a temporary directory.
--write never removes an address: one that was published stays published. If a page was
renamed, give its old file a redirect in mkdocs.yml (plugins: redirects: redirect_maps).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
REGISTRY = PROJECT / "tests" / "published_urls.txt"
sys.path.insert(0, str(PROJECT))

from dossier.export import published  # noqa: E402
from dossier.site import Site  # noqa: E402


def build(site: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", str(PROJECT / "mkdocs.yml"),
         "-d", str(site)],
        cwd=PROJECT, check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"},
    )
    # The PDFs too, as ./scripts/build makes them: their addresses are published.
    subprocess.run([sys.executable, "-m", "dossier", "pdf", str(site)], cwd=PROJECT, check=True, stdout=subprocess.DEVNULL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, help="a built site (default: build one now)")
    parser.add_argument("--write", action="store_true", help="add newly published addresses to the registry")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        site = args.site or Path(scratch)
        if not args.site:
            build(site)
        registered = published.read_registry(REGISTRY)
        current = published.published_urls(site, Site.load(PROJECT))
        new = sorted(set(current) - set(registered))
        broken = [(url, why) for url in registered if (why := published.problem(site, url))]
    for url, why in broken:
        print(f"BROKEN  {url}: {why}")
    if args.write:
        REGISTRY.write_text(published.registry_text(registered + new), encoding="utf-8")
        print(f"{len(new)} new address(es) added to {REGISTRY.relative_to(PROJECT)}")
        return 1 if broken else 0
    for url in new:
        print(f"NEW     {url}")
    return 1 if broken or new else 0


if __name__ == "__main__":
    sys.exit(main())
