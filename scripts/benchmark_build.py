#!/usr/bin/env python3
"""Benchmark: how build time grows with the dossier, and what the project's hooks cost.

Copies the project into a temporary folder, adds N synthetic meeting records per language,
commits it all to a new git repository (builds read the history for the translation status),
and times `mkdocs build --strict` three ways:

- with hooks: the project as it is;
- same pages, no hooks: the `hooks:` list (and the template overrides that read what hooks
  provide) removed, and every page's Markdown written out
  beforehand exactly as the hooks would give it to MkDocs (views rendered, H1, abbreviations),
  so both builds render the same pages and the difference is what the hooks themselves cost;
- stock: hooks and overrides removed and nothing written out (markers stay HTML comments), for
  reference: pages without their generated views.

Two measures of the hooks' cost, printed side by side:

- in the hooks: the seconds spent loading the hook files and inside their event handlers
  during the build with hooks (MkDocs' loading and registration of each is wrapped with a
  timer), as a share of the rest of that build: what the hooks add, measured within one build;
- difference: the build with hooks against the same pages built without them. It also
  counts what the hooks make possible but do not run: the template overrides (page dates,
  citation, sharing metadata), which cannot render without the hooks' data.

Each variant is built once to warm up, then the runs alternate between the variants (so a
machine that slows down weighs on all alike); medians are printed as a Markdown table, with
the size of each language's search index in the build with hooks (Pagefind's files for that
language, scripts/page_weight.py; the other variants have no search: mkdocs.yml lists no search plugin).
Not a test: timings vary with the machine and its load.

    .venv/bin/python scripts/benchmark_build.py            # 0, 100, 250 and 500 records
    .venv/bin/python scripts/benchmark_build.py --sizes 500 --runs 5
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
sys.path.insert(0, str(PROJECT))
from dossier.site import Site  # noqa: E402

SITE = Site.load(PROJECT)
COPY = ["docs", "data", "schemas", "strings", "hooks", "dossier", "overrides", "sources", "mkdocs.yml"]

MEETING = """---
kind: meeting
id: synthetic-{n:04d}
title: {title} {n}
description: {title} {n}.
published: "2026-11-27"
updated: "2026-11-27"
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


def prerender(project: Path) -> None:
    """Write each page's Markdown as the hooks would hand it to MkDocs (for the no-hooks build)."""
    from dossier import project as core
    from dossier.load import model
    from dossier.views import page as page_views
    from dossier.views import render_markers

    dossier = model.load(project, project / "docs")
    strings = {lang: core.strings(project, lang) for lang in SITE.codes}
    rendered = {}
    for page, versions in dossier.pages.items():
        for lang, source in versions.items():
            body = render_markers(source.body, dossier, page, lang, strings[lang])
            body = page_views.heading_markdown(body, source.meta.get("title"))
            body = page_views.with_abbreviations(body, dossier.glossary, lang)
            path = project / "docs" / source.path
            front = path.read_text(encoding="utf-8")[: -len(source.body) or None]
            rendered[path] = front + body
    for path, text in rendered.items():
        path.write_text(text, encoding="utf-8")


def make_project(target: Path, records: int, hooks: bool, written_out: bool = False) -> None:
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
        # The template overrides read what the hooks provide (interface strings, metadata).
        config = config.replace("  custom_dir: overrides\n", "")
    (target / "mkdocs.yml").write_text(config, encoding="utf-8")
    for n in range(records):
        date = f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}"
        original = MEETING.format(n=n, date=date, **WORDS["id"])
        english = MEETING.format(n=n, date=date, **WORDS["en"])
        folder = target / "docs" / "pertemuan"
        (folder / f"synthetic-{n:04d}.md").write_text(original, encoding="utf-8")
        (folder / f"synthetic-{n:04d}.en.md").write_text(english, encoding="utf-8")
    if written_out:
        prerender(target)
    # A git repository with one commit, as every real build has (CI clones with history): the
    # translation status reads it (dossier/load/history.py).
    identity = {**os.environ, "GIT_AUTHOR_NAME": "benchmark", "GIT_AUTHOR_EMAIL": "benchmark@localhost",
                "GIT_COMMITTER_NAME": "benchmark", "GIT_COMMITTER_EMAIL": "benchmark@localhost"}
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "benchmark"]):
        subprocess.run(["git", *command], cwd=target, check=True, env=identity)


def hooks_of(project: Path) -> list[str]:
    """The hook files mkdocs.yml lists (as MkDocs names them when it registers their events)."""
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    if "\nhooks:\n" not in config:
        return []
    block = config[config.index("\nhooks:\n") + 8:].split("\n\n", 1)[0]
    return [line.strip()[2:] for line in block.splitlines() if line.strip().startswith("- ")]


def build_here() -> None:
    """Run `mkdocs build --strict` in this folder, timing the loading of the project's hook
    files and every event handler they register; print the seconds spent in them as the last
    line. MkDocs' Hooks._load_hook and PluginCollection._register_event are wrapped here (a
    benchmark may lean on internals)."""
    import functools
    import json

    from mkdocs import plugins
    from mkdocs.__main__ import cli
    from mkdocs.config import config_options

    hooks = set(hooks_of(Path.cwd()))
    spent = [0.0]
    # The search index (hooks/search.py, Pagefind) was made by Material's search plugin, outside
    # the hooks, before: its seconds are counted apart, so the hooks' share compares like with like.
    searching = [0.0]
    register = plugins.PluginCollection._register_event

    def timed_register(self, event_name, method, plugin_name=None):
        if plugin_name in hooks:
            inner = method

            @functools.wraps(inner)  # keeps the handler's priority attribute
            def method(*args, **kwargs):
                started = time.perf_counter()
                try:
                    return inner(*args, **kwargs)
                finally:
                    seconds = time.perf_counter() - started
                    spent[0] += seconds
                    if plugin_name == "hooks/search.py":
                        searching[0] += seconds
        return register(self, event_name, method, plugin_name)

    plugins.PluginCollection._register_event = timed_register

    # Loading the hook files (and what they import) is their cost too.
    load_hook = config_options.Hooks._load_hook

    def timed_load_hook(self, name, path):
        started = time.perf_counter()
        try:
            return load_hook(self, name, path)
        finally:
            spent[0] += time.perf_counter() - started

    config_options.Hooks._load_hook = timed_load_hook
    try:
        cli(["build", "--strict", "-q"])
    except SystemExit as exit:
        if exit.code:
            raise
    print(json.dumps({"hooks_seconds": spent[0], "search_seconds": searching[0]}))


def build_seconds(project: Path) -> tuple[float, float, float]:
    """Wall seconds of one build, the seconds spent inside the project's hooks, and of those the
    seconds spent making the search index."""
    import json

    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    started = time.perf_counter()
    result = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--build-here"],
                            cwd=project, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"build failed in {project}:\n{(result.stdout + result.stderr)[-3000:]}")
    spent = json.loads(result.stdout.strip().splitlines()[-1])
    return elapsed, spent["hooks_seconds"], spent["search_seconds"]


VARIANTS = {  # name -> (hooks, written_out)
    "with hooks": (True, False),
    "same pages, no hooks": (False, True),
    "stock": (False, False),
}


def measure(records: int, runs: int) -> tuple[dict[str, tuple[float, float, float]], dict]:
    """Median (wall, in hooks, of which search) seconds per variant, and the search index sizes of the build
    with hooks; runs alternate between the variants, so that a machine slowing down or
    speeding up weighs on all of them alike."""
    with tempfile.TemporaryDirectory(prefix="dossier-bench-") as folder:
        projects = {}
        for name, (hooks, written_out) in VARIANTS.items():
            projects[name] = Path(folder) / name.replace(" ", "-").replace(",", "")
            projects[name].mkdir()
            make_project(projects[name], records, hooks, written_out)
        samples: dict[str, list[tuple[float, float, float]]] = {name: [] for name in VARIANTS}
        for name in VARIANTS:  # a first build compiles templates and warms caches: not counted
            build_seconds(projects[name])
        for _ in range(runs):
            for name in VARIANTS:
                samples[name].append(build_seconds(projects[name]))
        sys.path.insert(0, str(PROJECT / "scripts"))
        import page_weight

        index = page_weight.search_index_sizes(projects["with hooks"] / "site")
        return {name: tuple(statistics.median(sample[i] for sample in found) for i in range(3))
                for name, found in samples.items()}, index


def main() -> None:
    if sys.argv[1:] == ["--build-here"]:
        build_here()
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 100, 250, 500],
                        help="synthetic meeting records per language")
    parser.add_argument("--runs", type=int, default=3, help="builds per measurement (median)")
    args = parser.parse_args()
    real_pages = sum(1 for p in (PROJECT / "docs").rglob("*.md") if not p.name.endswith(".en.md"))
    print("| records per language | pages built | with hooks (s) | ms per page | in the hooks (s) "
          "| hooks' share | of which search index (s) | share without it | same pages, no hooks (s) | difference | stock, no views (s) | ms per page "
          "| search index, id / en (KB) |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for records in args.sizes:
        pages = 2 * (real_pages + records)
        found, index = measure(records, args.runs)
        sizes = " / ".join(f"{index[lang]['total'] / 1000:.1f}" for lang in ("id", "en") if lang in index)
        with_hooks, in_hooks, in_search = found["with hooks"]
        same_pages = found["same pages, no hooks"][0]
        stock = found["stock"][0]
        rest = in_hooks - in_search
        print(f"| {records} | {pages} | {with_hooks:.2f} | {1000 * with_hooks / pages:.1f} | {in_hooks:.2f} "
              f"| {100 * in_hooks / (with_hooks - in_hooks):+.0f}% "
              f"| {in_search:.2f} | {100 * rest / (with_hooks - in_hooks):+.0f}% "
              f"| {same_pages:.2f} | {100 * (with_hooks / same_pages - 1):+.0f}% "
              f"| {stock:.2f} | {1000 * stock / pages:.1f} | {sizes} |", flush=True)


if __name__ == "__main__":
    main()
