#!/usr/bin/env python3
"""Benchmark: how build time grows with the dossier, and what the project's hooks cost.

Copies the project into a temporary folder, adds N synthetic meeting records per language,
and times `mkdocs build --strict` with the hooks and without them (the `hooks:` list removed;
markers then stay as HTML comments). Prints a Markdown table. Not a test: timings vary.

    .venv/bin/python scripts/benchmark_build.py            # 0, 100, 250 and 500 records
    .venv/bin/python scripts/benchmark_build.py --sizes 500 --runs 3
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT / "hooks"))
from dossier.translation import fingerprint  # noqa: E402
COPY = ["docs", "data", "schemas", "strings", "hooks", "overrides", "sources", "mkdocs.yml"]

MEETING = """---
kind: meeting
id: synthetic-{n:04d}
title: {title} {n}
description: {title} {n}.
date: "{date}"
place: {place}
attendees:
  - institution: kemensos
    people:
      - name: Synthetic Person {n}
        role: {role}
  - institution: komnas-perempuan
    people: []
raised:
  - id: synthetic-raised-{n:04d}
    institutions: [bps]
    summary: {summary}
    source: sumber/dialog-kemensos-2024.md#p4
source: sumber/dialog-kemensos-2024.md#p1
---

<!-- dossier:record-facts -->

## {heading} {{#ringkasan}}

{body} [¶1](../sumber/dialog-kemensos-2024.md#p1 "{cite}")

<!-- dossier:meeting-raised -->
"""

WORDS = {
    "id": dict(title="Pertemuan sintetis", place="Kantor Kementerian Sosial", role="peran sintetis",
               summary="agar pekerja rumahan masuk ke dalam sistem pendataan", heading="Ringkasan",
               body="Catatan pertemuan sintetis untuk mengukur waktu build. " * 20, cite="Sumber, paragraf 1"),
    "en": dict(title="Synthetic meeting", place="Ministry of Social Affairs", role="synthetic role",
               summary="that homeworkers be included in the data collection systems", heading="Summary",
               body="A synthetic meeting record for measuring build time. " * 20, cite="Source, paragraph 1"),
}


def make_project(target: Path, records: int, hooks: bool) -> None:
    for name in COPY:
        source = PROJECT / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        else:
            shutil.copy(source, target / name)
    # Meeting records are reached through pertemuan/index.md, not the navigation (mkdocs.yml).
    config = (target / "mkdocs.yml").read_text(encoding="utf-8")
    if not hooks:
        start = config.index("\nhooks:\n")
        end = config.index("\n\n", start + 1)
        config = config[:start] + config[end:]
    (target / "mkdocs.yml").write_text(config, encoding="utf-8")
    for n in range(records):
        date = f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}"
        original = MEETING.format(n=n, date=date, **WORDS["id"])
        english = MEETING.format(n=n, date=date, **WORDS["en"]).replace(
            "\n---\n", f'\ntranslation_of: "{fingerprint(original)}"\n---\n', 1)
        folder = target / "docs" / "pertemuan"
        (folder / f"synthetic-{n:04d}.md").write_text(original, encoding="utf-8")
        (folder / f"synthetic-{n:04d}.en.md").write_text(english, encoding="utf-8")


def build_seconds(project: Path) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"],
                            cwd=project, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"build failed in {project}:\n{(result.stdout + result.stderr)[-3000:]}")
    return elapsed


def measure(records: int, hooks: bool, runs: int) -> float:
    with tempfile.TemporaryDirectory(prefix="dossier-bench-") as folder:
        project = Path(folder)
        make_project(project, records, hooks)
        return statistics.median(build_seconds(project) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 100, 250, 500],
                        help="synthetic meeting records per language")
    parser.add_argument("--runs", type=int, default=3, help="builds per measurement (median)")
    args = parser.parse_args()
    real_pages = sum(1 for p in (PROJECT / "docs").rglob("*.md") if not p.name.endswith(".en.md"))
    print("| records per language | pages built | with hooks (s) | ms per page | without hooks (s) | ms per page | hooks add |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for records in args.sizes:
        pages = 2 * (real_pages + records)
        with_hooks = measure(records, True, args.runs)
        without = measure(records, False, args.runs)
        print(f"| {records} | {pages} | {with_hooks:.2f} | {1000 * with_hooks / pages:.1f} "
              f"| {without:.2f} | {1000 * without / pages:.1f} | {100 * (with_hooks / without - 1):+.0f}% |",
              flush=True)


if __name__ == "__main__":
    main()
