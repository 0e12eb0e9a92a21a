"""The dossier's command line: the same checks and files as the build, without MkDocs.

    python -m dossier check            every problem, the cause first; exit 1 if there is any
    python -m dossier translations     translations that may be out of date (from git's history)
    python -m dossier new KIND ...     a new page in both languages (python -m dossier new -h)
    python -m dossier export [DIR]     the JSON export and feed of every language into DIR
    python -m dossier pdf [SITE_DIR]   the whole dossier as a PDF per language, from a built site

Run from the project's folder (where mkdocs.yml is), or with --project. ./scripts/dossier runs
it in the project's virtual environment.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import new, project
from .checks import problems, translation
from .export import data, feed
from .site import EXPORT_PATH, FEED_PATH


def check(args) -> int:
    loaded = project.load_and_check(args.project)
    if not loaded.problems:
        pages = sum(len(versions) for versions in loaded.dossier.pages.values())
        print(f"Tidak ada masalah di {pages} halaman. / No problems in {pages} pages.")
        translations(args, loaded)
        return 0
    if os.environ.get("GITHUB_ACTIONS") == "true":
        print(problems.github_annotations(loaded.problems))
    print(problems.report(loaded.problems), file=sys.stderr)
    return 1


def translations(args, loaded=None) -> int:
    """Translations that may be out of date: as the build logs them, or (--markdown) for a job summary."""
    loaded = loaded or project.load_and_check(args.project)
    repo_url = loaded.site.repo_url
    if getattr(args, "markdown", False):
        print(translation.summary_markdown(loaded.stale, repo_url, loaded.dossier.history), end="")
        return 0
    for item in loaded.stale:
        print(translation.stale_notice(item, repo_url))
    if loaded.history_notice:
        print(loaded.history_notice)
    elif not loaded.stale and args.command == "translations":
        print("Semua terjemahan mengikuti halaman aslinya. / Every translation follows its original.")
    return 0


def export(args) -> int:
    loaded = project.load_and_check(args.project)
    if loaded.problems:
        print(problems.report(loaded.problems), file=sys.stderr)
        return 1
    config = project.read_config(args.project)
    for lang in loaded.site.codes:
        strings = project.strings(args.project, lang)
        root = args.directory / loaded.site.root(lang)
        (root / EXPORT_PATH).parent.mkdir(parents=True, exist_ok=True)
        document = data.build(loaded.dossier, lang)
        (root / EXPORT_PATH).write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        items = feed.entries(loaded.dossier, lang, config["extra"]["feed_id"], strings)
        site_name = config["site_name"] if lang == loaded.site.default else project.language_setting(config, lang, "site_name")
        (root / FEED_PATH).write_text(feed.render(site=loaded.site, lang=lang, title=strings["feed_title"],
                                                  subtitle=site_name, author=config["site_author"],
                                                  feed_id=config["extra"]["feed_id"], items=items), encoding="utf-8")
        print(f"{root / EXPORT_PATH}\n{root / FEED_PATH}")
    return 0


def pdf(args) -> int:
    """After the build (./scripts/build): the PDFs, printed from the site's print view."""
    import time

    from .export import pdf as pdf_export

    config = project.read_config(args.project)
    site = project.Site.from_config(config)
    strings = {lang: project.strings(args.project, lang) for lang in site.codes}
    titles = {lang: project.language_setting(config, lang, "site_name") for lang in site.codes}
    descriptions = {lang: " ".join(str(project.language_setting(config, lang, "site_description")).split())
                    for lang in site.codes}
    start = time.perf_counter()
    made = pdf_export.make(args.site_dir, site, strings, titles, config["site_author"], descriptions)
    for item in made:
        print(f"{item.path}: {item.pages} pages, {item.size / 1000:.0f} KB")
    print(f"PDFs made in {time.perf_counter() - start:.1f} s")
    return 0


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["new"]:
        return new.main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m dossier", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--project", type=Path, default=Path.cwd(), help="the folder of mkdocs.yml")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="every problem of the content, as the build reports it")
    commands.add_parser("new", help="a new page in both languages (see: python -m dossier new -h)")
    listing = commands.add_parser("translations", help="translations that may be out of date, from git's history")
    listing.add_argument("--markdown", action="store_true", help="as Markdown, for a GitHub job summary")
    exporting = commands.add_parser("export", help="the JSON export and feeds into a folder")
    exporting.add_argument("directory", type=Path, nargs="?", default=Path("export"))
    printing = commands.add_parser("pdf", help="the whole dossier as PDF per language, from a built site")
    printing.add_argument("site_dir", type=Path, nargs="?", default=Path("site"))
    args = parser.parse_args(argv)
    return {"check": check, "translations": translations, "export": export, "pdf": pdf}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
