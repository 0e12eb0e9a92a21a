"""Keep translations in step: each English page records which version of its Indonesian page it translates.

The record is `translation_of: "<fingerprint>"` in the English page's front matter, where the
fingerprint is the start of the SHA-256 of the Indonesian file. When the Indonesian page changes,
the fingerprints differ: readers see a notice and the build lists the page (information only,
so a correction in Indonesian can be published before its translation catches up).
scripts/translation_status.py writes and refreshes the record.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ..load.front_matter import FENCE
from ..load.model import Dossier
from .problems import Problem

FIELD = "translation_of"
LENGTH = 12  # hex digits: enough to tell versions of one page apart, short enough to copy by hand
RECORD_LINE = re.compile(rf"^{FIELD}\s*:.*$", re.M)


def fingerprint(text: str) -> str:
    """Fingerprint of a page's text; line endings do not count (web editors may use CRLF)."""
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:LENGTH]


@dataclass
class Status:
    page: str           # the Indonesian file, e.g. "pertemuan/x.md"
    translation: str    # the translated file, e.g. "pertemuan/x.en.md"
    recorded: str | None
    current: str

    @property
    def stale(self) -> bool:
        return self.recorded is not None and self.recorded != self.current


def statuses(dossier: Dossier) -> list[Status]:
    """Every translated page that has its Indonesian original, in path order."""
    found = []
    for page, versions in sorted(dossier.pages.items()):
        original = versions.get(dossier.site.default)
        if original is None:
            continue
        current = fingerprint(original.text)
        for lang, source in sorted(versions.items()):
            if lang == dossier.site.default or source.meta.get("kind") == "_unreadable":
                continue
            recorded = source.meta.get(FIELD)
            found.append(Status(page, source.path, str(recorded) if recorded is not None else None, current))
    return found


def stale(dossier: Dossier) -> list[Status]:
    return [status for status in statuses(dossier) if status.stale]


def problems(dossier: Dossier) -> list[Problem]:
    """A translation without a record, and a record on an original, are mistakes."""
    found = []
    for status in statuses(dossier):
        if status.recorded is None:
            found.append(Problem(status.translation, 2, FIELD, "translation_not_recorded",
                                 {"original": f"docs/{status.page}", "value": status.current,
                                  "page": f"docs/{status.translation}"}))
    for page, versions in sorted(dossier.pages.items()):
        original = versions.get(dossier.site.default)
        if original is not None and FIELD in original.meta:
            found.append(Problem(original.path, original.line_of(FIELD), FIELD, "translation_of_on_original", {}))
    return found


def stale_notice(status: Status) -> str:
    """One line for the build log, in Indonesian with English alongside."""
    return (f"docs/{status.translation}: terjemahan mungkin usang / translation may be out of date: "
            f"docs/{status.page} berubah sejak/changed since {status.recorded} (sekarang/now {status.current}). "
            f"Setelah diperbarui/Once updated: python3 scripts/translation_status.py --update docs/{status.translation}")


def set_record(text: str, value: str) -> str:
    """A page's text with `translation_of` set to value in its front matter (added last if absent)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != FENCE:
        newline = "\n"
        return f"{FENCE}{newline}{FIELD}: \"{value}\"{newline}{FENCE}{newline}{newline}{text}"
    newline = "\r\n" if lines[0].endswith("\r\n") else "\n"
    record = f"{FIELD}: \"{value}\"{newline}"
    for index, line in enumerate(lines[1:], start=1):
        if line.rstrip() == FENCE:
            for inner in range(1, index):
                if RECORD_LINE.match(lines[inner].rstrip("\r\n")):
                    lines[inner] = record
                    return "".join(lines)
            lines.insert(index, record)
            return "".join(lines)
    raise ValueError("front matter is not closed")
