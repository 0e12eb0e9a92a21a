"""Create a new page in both languages from dossier/templates/, filled in from the arguments.

The templates are the ones staff copy by hand in GitHub's web editor (CONTRIBUTING.md): every
value to write is a TODO. This fills in the fields the arguments give and leaves the rest.

    ./scripts/dossier new meeting --date 2024-05-14 --slug dialog-kemnaker \\
        --attendees kemnaker,komnas-perempuan --source sumber/dialog-kemensos-2024.md#p1
    ./scripts/dossier new follow-up --slug pendataan-bps \\
        --origin pertemuan/2024-02-22-dialog-kemensos.md --owners kemensos,bps
    ./scripts/dossier new letter --date 2024-03 --slug surat-kemnaker \\
        --sender komnas-perempuan --recipients kemnaker
    ./scripts/dossier new institution --id kemendagri --short-name Kemendagri \\
        --name "Kementerian Dalam Negeri" --name-en "Ministry of Home Affairs"

For an institution it also adds the page to the navigation (mkdocs.yml) and its entry to
data/institutions.yml (from dossier/templates/institution.yml). Meetings, letters and follow-up
steps are not listed in the navigation one by one (mkdocs.yml's not_in_nav): their section's
generated list shows them. What the arguments do not give stays a TODO placeholder: the build
fails, naming each TODO's file and line, until every one is replaced with real content, so a
half-written page is never published.
"""
from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from pathlib import Path

import yaml

from . import dates
from .site import Site

PROJECT = Path.cwd()
TEMPLATES = Path(__file__).resolve().parent / "templates"
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SOURCE = re.compile(r"^sumber/[a-z0-9-]+\.md#p[0-9]+$")
STATUSES = ["set", "in_progress", "done", "dropped"]


class Refused(Exception):
    """An argument the page cannot be made from; the message is for the editor, in both languages."""


# ---------------------------------------------------------------- helpers

def quoted(text: str) -> str:
    """A YAML scalar that stays a string whatever it holds (colons, quotes, digits)."""
    return json.dumps(text, ensure_ascii=False)


def flow_list(items: list[str]) -> str:
    return "[" + ", ".join(items) + "]"


def split_ids(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


def check_slug(value: str, what: str) -> str:
    if not SLUG.match(value):
        raise Refused(f"{what} `{value}`: hanya huruf kecil, angka dan tanda hubung (contoh: dialog-kemnaker) / "
                      f"only lower-case letters, digits and hyphens (e.g. dialog-kemnaker).")
    return value


def check_date(value: str) -> str:
    try:
        dates.parse(value)
    except dates.DateError:
        raise Refused(f"--date `{value}`: tulis TTTT-BB-HH, TTTT-BB atau TTTT / write YYYY-MM-DD, YYYY-MM or YYYY.")
    return value


def check_institutions(ids: list[str], known: dict, option: str) -> list[str]:
    unknown = [i for i in ids if i not in known]
    if unknown or not ids:
        raise Refused(f"{option} `{','.join(unknown) or '-'}`: lembaga tidak dikenal / unknown institution. "
                      f"Pilih dari / choose from: {', '.join(known)} "
                      f"(lembaga baru / a new one: ./scripts/dossier new institution ...).")
    return ids


def check_source(source: str | None, docs: Path) -> str | None:
    if source is not None and (not SOURCE.match(source) or not (docs / source.split("#")[0]).exists()):
        raise Refused(f"--source `{source}`: tulis halaman sumber yang ada dan nomor paragrafnya / "
                      f"give an existing source page and its paragraph, e.g. sumber/dialog-kemensos-2024.md#p1.")
    return source


# ---------------------------------------------------------------- filling in a template

def set_field(text: str, key: str, value: str) -> str:
    """A template with a top-level field's value (its line, and the lines indented under it) replaced."""
    field = re.compile(rf"^{re.escape(key)}:.*\n(?:[ \t]+\S.*\n)*", re.M)
    match = field.search(text)
    if not match:
        raise ValueError(f"the template has no field {key}")  # a template and this file out of step
    line = f"{key}:{value}\n" if value.startswith("\n") else f"{key}: {value}\n"
    return text[:match.start()] + line + text[match.end():]


def fill(text: str, fields: dict, source: str | None = None, words: dict | None = None) -> str:
    """A template filled in: the fields given (the others keep their TODO), the source paragraph the
    body cites ([¶N] and its link), and words written as TODO(...) in the text."""
    for key, value in fields.items():
        if value is not None:
            text = set_field(text, key, value)
    if source:
        page, number = source.split("#p")
        text = set_field(text, "source", source)
        text = (text.replace("¶N", f"¶{number}").replace("#pN", f"#p{number}").replace("sumber/TODO.md", page)
                .replace('paragraf N"', f'paragraf {number}"').replace('paragraph N"', f'paragraph {number}"'))
    for token, value in (words or {}).items():
        text = text.replace(token, value)
    return text


def add_to_nav(mkdocs_text: str, page: str) -> str:
    """mkdocs.yml with `page` listed in its folder's section of nav, in name order after index.md."""
    folder = page.split("/")[0] + "/"
    entries = list(re.finditer(rf"^(?P<indent>[ \t]*)- (?P<path>{re.escape(folder)}[^\s:]+\.md)[ \t]*$",
                               mkdocs_text, re.M))
    if not entries:
        raise Refused(f"mkdocs.yml: tidak ada bagian nav untuk {folder}; tambahkan halaman ke nav sendiri / "
                      f"no nav section for {folder}; add the page to nav by hand.")
    after = entries[0]
    for entry in entries:
        if entry["path"].endswith("/index.md") or entry["path"] < page:
            after = entry
    line = f"\n{after['indent']}- {page}"
    return mkdocs_text[:after.end()] + line + mkdocs_text[after.end():]


# ---------------------------------------------------------------- the kinds of page
# Each gives the page's path and, per language, the fields to fill in; the same for both languages
# unless the language's own value is given (titles, places). What is not given keeps its TODO.

def meeting(args, known, docs) -> tuple[str, dict]:
    date = check_date(args.date)
    slug = check_slug(args.slug, "--slug")
    attendees = check_institutions(split_ids(args.attendees), known, "--attendees")
    common = {"id": f"{slug}-{date}", "date": quoted(date),
              "attendees": "".join(f"\n  - institution: {i}\n    people: []" for i in attendees)}
    return f"pertemuan/{date}-{slug}.md", {
        "id": {**common, "title": _quoted(args.title), "place": _quoted(args.place)},
        "en": {**common, "title": _quoted(args.title_en), "place": _quoted(args.place_en)},
    }


def follow_up(args, known, docs) -> tuple[str, dict]:
    slug = check_slug(args.slug, "--slug")
    origin = args.origin.removeprefix("docs/")
    if not origin.endswith(".md") or origin.endswith(".en.md") or not (docs / origin).exists():
        raise Refused(f"--origin `{args.origin}`: halaman asal tidak ada / the originating page does not exist "
                      f"(contoh / e.g. pertemuan/2024-02-22-dialog-kemensos.md).")
    common = {"id": slug, "origin": origin, "status": args.status,
              "owners": flow_list(check_institutions(split_ids(args.owners), known, "--owners"))}
    return f"tindak-lanjut/{slug}.md", {"id": {**common, "title": _quoted(args.title)},
                                         "en": {**common, "title": _quoted(args.title_en)}}


def letter(args, known, docs) -> tuple[str, dict]:
    date = check_date(args.date)
    slug = check_slug(args.slug, "--slug")
    common = {"id": f"{slug}-{date}", "date": quoted(date),
              "sender": check_institutions([args.sender], known, "--sender")[0],
              "recipients": flow_list(check_institutions(split_ids(args.recipients), known, "--recipients"))}
    return f"korespondensi/{date}-{slug}.md", {"id": {**common, "title": _quoted(args.title)},
                                                "en": {**common, "title": _quoted(args.title_en)}}


def institution(args, known, docs) -> tuple[str, dict]:
    ident = check_slug(args.id, "--id")
    if ident in known:
        raise Refused(f"--id `{ident}`: lembaga ini sudah ada / this institution already exists "
                      f"({known[ident]['page']}).")
    return f"rekomendasi/{ident}.md", {
        "id": {"institution": ident, "title": quoted(f"{args.name} ({args.short_name})")},
        "en": {"institution": ident, "title": quoted(f"{args.name_en} ({args.name}, {args.short_name})")},
        "words": {"TODO(nama lembaga)": args.name, "TODO(the name in English)": args.name_en},
        "entry": [ident, args.short_name, args.name, args.name_en, f"rekomendasi/{ident}.md"],
    }


def _quoted(text: str | None) -> str | None:
    return quoted(text) if text else None


KINDS = {"meeting": meeting, "follow-up": follow_up, "letter": letter, "institution": institution}


# ---------------------------------------------------------------- creating the files

def create(kind: str, page: str, values: dict, project: Path, source: str | None = None) -> list[str]:
    """Write both languages' files from the templates (and the nav and data entries); return what was written."""
    docs = project / "docs"
    site = Site.load(project)
    template = kind.replace("-", "_")
    english = site.file_for(page, "en")
    for path in (page, english):
        if (docs / path).exists():
            raise Refused(f"docs/{path} sudah ada / already exists; pilih --slug lain / choose another --slug.")
    (docs / page).parent.mkdir(parents=True, exist_ok=True)
    # First published today; both dates change with later edits (see CONTRIBUTING.md).
    today = quoted(datetime.date.today().isoformat())
    for lang, path in (("id", page), ("en", english)):
        text = (TEMPLATES / site.file_for(f"{template}.md", lang)).read_text(encoding="utf-8")
        fields = {**values[lang], "published": today, "updated": today}
        (docs / path).write_text(fill(text, fields, source, values.get("words")), encoding="utf-8")
    written = [f"docs/{page}", f"docs/{english}"]
    if kind == "institution":
        data = project / "data" / "institutions.yml"
        entry = fill_entry((TEMPLATES / "institution.yml").read_text(encoding="utf-8"), values["entry"])
        data.write_text(data.read_text(encoding="utf-8").rstrip("\n") + "\n" + entry, encoding="utf-8")
        written.append("data/institutions.yml")
        config = project / "mkdocs.yml"
        config.write_text(add_to_nav(config.read_text(encoding="utf-8"), page), encoding="utf-8")
        written.append("mkdocs.yml")
    return written


def fill_entry(template: str, values: list[str]) -> str:
    """The data template's entry (its comment lines left out) with its TODO values, in order, filled in."""
    lines = [line for line in template.splitlines() if not line.startswith("#")]
    todo = iter(values)
    filled = [re.sub(r'"TODO:[^"]*"', lambda _: quoted(next(todo)), line) for line in lines]
    return "\n".join(filled) + "\n"


def parser() -> argparse.ArgumentParser:
    main_parser = argparse.ArgumentParser(prog="python -m dossier new", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    main_parser.add_argument("--project", type=Path, default=PROJECT, help=argparse.SUPPRESS)  # tests
    kinds = main_parser.add_subparsers(dest="kind", required=True)

    def texts(sub, what):
        sub.add_argument("--title", help=f"{what}'s title in Indonesian")
        sub.add_argument("--title-en", help=f"{what}'s title in English")
        sub.add_argument("--source", help="source paragraph, e.g. sumber/dialog-kemensos-2024.md#p1")

    sub = kinds.add_parser("meeting", help="a meeting record (pertemuan/)")
    sub.add_argument("--date", required=True, help="YYYY-MM-DD (or YYYY-MM, YYYY)")
    sub.add_argument("--slug", required=True, help="short name for the address, e.g. dialog-kemnaker")
    sub.add_argument("--attendees", required=True, help="institution ids, comma-separated")
    sub.add_argument("--place", help="place, in Indonesian")
    sub.add_argument("--place-en", help="place, in English")
    texts(sub, "the meeting")

    sub = kinds.add_parser("follow-up", help="a follow-up step (tindak-lanjut/)")
    sub.add_argument("--slug", required=True)
    sub.add_argument("--origin", required=True, help="page it comes from, e.g. pertemuan/2024-02-22-dialog-kemensos.md")
    sub.add_argument("--owners", required=True, help="institution ids, comma-separated")
    sub.add_argument("--status", choices=STATUSES, default="set")
    texts(sub, "the step")

    sub = kinds.add_parser("letter", help="a letter (korespondensi/)")
    sub.add_argument("--date", required=True)
    sub.add_argument("--slug", required=True)
    sub.add_argument("--sender", required=True, help="institution id")
    sub.add_argument("--recipients", required=True, help="institution ids, comma-separated")
    texts(sub, "the letter")

    sub = kinds.add_parser("institution", help="an institution (rekomendasi/ and data/institutions.yml)")
    sub.add_argument("--id", required=True, help="e.g. kemendagri")
    sub.add_argument("--short-name", required=True, help="e.g. Kemendagri")
    sub.add_argument("--name", required=True, help="full name in Indonesian")
    sub.add_argument("--name-en", required=True, help="name in English, following the glossary")
    return main_parser


def main(argv=None) -> int:
    args = parser().parse_args(argv)
    project = args.project.resolve()
    docs = project / "docs"
    known = {entry["id"]: entry for entry in
             yaml.safe_load((project / "data" / "institutions.yml").read_text(encoding="utf-8"))}
    try:
        page, values = KINDS[args.kind](args, known, docs)
        written = create(args.kind, page, values, project, check_source(getattr(args, "source", None), docs))
    except Refused as refusal:
        print(f"Tidak dibuat / Not created: {refusal}", file=sys.stderr)
        return 2
    template = args.kind.replace("-", "_")
    print(f"Dibuat dari templat / Created from the templates dossier/templates/{template}.md, {template}.en.md:")
    for path in written:
        print(f"  {path}")
    todo = [(path, number, line.strip())
            for path in written[:2]
            for number, line in enumerate((project / path).read_text(encoding="utf-8").splitlines(), start=1)
            if "TODO" in line]
    if todo:
        print("\nIsi setiap TODO; situs tidak diterbitkan sebelum semuanya terisi.\n"
              "Fill in every TODO; the site is not published until all are filled:")
        for path, number, line in todo:
            print(f"  {path}:{number}: {line}")
    print("\nPratinjau / Preview: ./scripts/serve")
    return 0

