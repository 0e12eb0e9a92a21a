#!/usr/bin/env python3
"""What the PDFs add to ./scripts/build: the MkDocs build and `python -m dossier pdf` timed
apart, in turn, medians of N runs (default 3), on this dossier. Prints a Markdown table.

    .venv/bin/python scripts/benchmark_pdf.py [--runs N]

./scripts/serve makes no PDF; this is the cost of ./scripts/build, CI and the publish workflow.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from dossier.site import PDF_PATH, Site  # noqa: E402

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=PROJECT, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    site = Site.load(PROJECT)
    builds, pdfs = [], []
    with tempfile.TemporaryDirectory(prefix="benchmark-pdf-") as scratch:
        out = Path(scratch) / "site"
        for _ in range(args.runs):
            builds.append(timed([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(out)]))
            pdfs.append(timed([sys.executable, "-m", "dossier", "pdf", str(out)]))
        from pypdf import PdfReader

        made = {lang: out / site.root(lang) / PDF_PATH for lang in site.codes}
        rows = [(lang, len(PdfReader(path).pages), path.stat().st_size / 1000) for lang, path in made.items()]
    build, pdf = statistics.median(builds), statistics.median(pdfs)
    print(f"Medians of {args.runs} runs, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}\n")
    print("| mkdocs build (s) | python -m dossier pdf (s) | PDFs' share of ./scripts/build | " +
          " | ".join(f"{lang}: pages, KB" for lang, _, _ in rows) + " |")
    print("| --- | --- | --- | " + " | ".join("---" for _ in rows) + " |")
    print(f"| {build:.2f} | {pdf:.2f} | {pdf / (build + pdf):.0%} | " +
          " | ".join(f"{pages}, {size:.0f}" for _, pages, size in rows) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
