#!/usr/bin/env python3
"""Which English pages may be out of date with their Indonesian original; record that they are not.

    python3 scripts/translation_status.py                 # list translations that may be out of date
    python3 scripts/translation_status.py --update PAGE   # PAGE's translation now matches its original
    python3 scripts/translation_status.py --all           # record every translation as up to date

PAGE is either language's file, with or without docs/ (pertemuan/x.md, docs/pertemuan/x.en.md).
The record is `translation_of: "<fingerprint of the Indonesian file>"` in the English page's
front matter (see dossier/checks/translation.py). Run --update only after checking the translation.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
VENV_PYTHON = PROJECT / ".venv" / "bin" / "python"
if VENV_PYTHON.exists() and Path(sys.prefix).resolve() != VENV_PYTHON.parents[1].resolve():
    os.execv(VENV_PYTHON, [str(VENV_PYTHON), *sys.argv])  # the project's packages (PyYAML) live there
sys.path.insert(0, str(PROJECT))

from dossier.checks import translation
from dossier.load import model  # noqa: E402
from dossier.site import Site  # noqa: E402

SITE = Site.load(PROJECT)


def find_status(statuses, page: str):
    """The status of a page named by either language's file, with or without docs/."""
    name = page.removeprefix("./").removeprefix("docs/")
    original, _ = SITE.page_and_language(name)
    return [status for status in statuses if status.page == original]


def update(project: Path, statuses) -> list[str]:
    changed = []
    for status in statuses:
        path = project / "docs" / status.translation
        text = path.read_text(encoding="utf-8")
        new = translation.set_record(text, status.current)
        if new != text:
            path.write_text(new, encoding="utf-8", newline="")
            changed.append(status.translation)
    return changed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--project", type=Path, default=PROJECT, help=argparse.SUPPRESS)  # tests
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--update", nargs="+", metavar="PAGE", help="record that PAGE's translation is up to date")
    group.add_argument("--all", action="store_true", help="record every translation as up to date")
    args = parser.parse_args(argv)
    project = args.project.resolve()

    dossier = model.load(project, project / "docs")
    statuses = translation.statuses(dossier)
    if args.update or args.all:
        chosen = statuses
        if args.update:
            chosen = []
            for page in args.update:
                found = find_status(statuses, page)
                if not found:
                    print(f"Tidak ada terjemahan untuk / No translation of: {page}", file=sys.stderr)
                    return 2
                chosen.extend(found)
        for path in update(project, chosen):
            print(f"docs/{path}: dicatat sebagai terjemahan terbaru / recorded as up to date")
        return 0

    behind = [s for s in statuses if s.stale or s.recorded is None]
    for status in behind:
        if status.recorded is None:
            print(f"docs/{status.translation}: belum dicatat / not recorded "
                  f"(translation_of: \"{status.current}\" bila sudah sesuai / if it matches)")
        else:
            print(translation.stale_notice(status))
    if not behind:
        print("Semua terjemahan sesuai dengan halaman Indonesianya. / Every translation matches its Indonesian page.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
