"""Whether each translated page still follows its Indonesian original, read from git's history.

Only what needs translating counts: the body and the front-matter fields that may differ between
languages (schemas: x-translated, or the `text` definition). A translation is out of date when a
commit changed that in the original and no change to the translation's own text descends from it.
So a commit (or pull request) changing both leaves the page current, and a change of status or
date changes nothing to translate. Uncommitted edits count as one more commit on top, so that
`mkdocs serve` shows the notice while editing. Nobody records anything by hand.

Without the history (no git, a shallow clone) nothing is known: no page is marked, and the build
says so once (`history_notice`).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from ..load import front_matter
from ..load.history import History
from ..load.model import NOT_READ, Dossier
from .problems import notice

UNCOMMITTED = ""  # in Stale.changes: an edit not committed yet


@dataclass
class Stale:
    page: str                # the original, e.g. "pertemuan/x.md"
    translation: str         # e.g. "pertemuan/x.en.md"
    original_file: str       # from the repository's root, e.g. "docs/pertemuan/x.md"
    translation_file: str    # likewise, e.g. "docs/pertemuan/x.en.md"
    since: str | None        # the last commit that changed the translation's text
    changes: list[str]       # the original's changes after it, newest first (UNCOMMITTED first if any)
    head: str | None

    def changes_url(self, repo_url: str) -> str | None:
        """GitHub's view of what changed in the original since the translation: the comparison of the
        two commits, at the original's diff (anchor: SHA-256 of its path), else the file's history."""
        if not repo_url:
            return None
        repo = repo_url.rstrip("/")
        committed = [commit for commit in self.changes if commit != UNCOMMITTED]
        if self.since and committed and self.head:
            anchor = hashlib.sha256(self.original_file.encode()).hexdigest()
            return f"{repo}/compare/{self.since[:12]}...{self.head[:12]}#diff-{anchor}"
        return f"{repo}/commits/{(self.head or 'HEAD')[:12]}/{self.original_file}"


def _translatable(value, translated: set[str]):
    """Only the values that may differ between languages, keeping where they are; None when none."""
    if isinstance(value, dict):
        kept = {}
        for key, item in value.items():
            inner = " ".join(str(item).split()) if key in translated and not isinstance(item, (dict, list)) \
                else _translatable(item, translated)
            if inner not in (None, "", [], {}):
                kept[key] = inner
        return kept or None
    if isinstance(value, list):
        kept = [inner for inner in (_translatable(item, translated) for item in value) if inner is not None]
        return kept or None
    return None


def to_translate(text: str | None, translated: set[str]) -> str | None:
    """What needs translating in a page's text (front matter fields and body), as one comparable string."""
    if text is None:
        return None
    try:
        source = front_matter.parse(text, "")
        meta, body = _translatable(source.meta, translated), source.body
    except front_matter.FrontMatterError:
        meta, body = "unreadable", text
    lines = [line.rstrip() for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return json.dumps([meta, "\n".join(lines).strip("\n")], ensure_ascii=False, sort_keys=True)


def _changes_to_text(history: History, path: str, translated: set[str]) -> list[str]:
    """The commits that changed what needs translating in a file, newest first."""
    changes = history.changes.get(path, [])
    texts = history.texts([blob for change in changes for blob in (change.before, change.after)])
    return [change.commit for change in changes
            if to_translate(texts.get(change.before), translated) != to_translate(texts.get(change.after), translated)]


def _edited_now(history: History, dossier: Dossier, path: str, translated: set[str]) -> bool:
    if path not in history.modified:
        return False
    page, lang = dossier.site.page_and_language(path)
    source = dossier.pages.get(page, {}).get(lang)
    committed = history.at_head.get(path)
    before = history.texts([committed]).get(committed) if committed else None
    return to_translate(source.text if source else None, translated) != to_translate(before, translated)


def stale(dossier: Dossier, translated: set[str]) -> list[Stale]:
    """Every translated page whose original changed, in what needs translating, after it; path order."""
    history = dossier.history
    if not history.known:
        return []
    # Every version of every page that the comparisons below read, in one git call, not two a page.
    history.texts([blob for path, changes in history.changes.items() if path.endswith(".md")
                   for change in changes for blob in (change.before, change.after)])
    found = []
    for page, versions in sorted(dossier.pages.items()):
        if dossier.site.default not in versions:
            continue
        for lang, source in sorted(versions.items()):
            if lang == dossier.site.default:
                continue
            if _edited_now(history, dossier, source.path, translated):
                continue  # the translation is being edited: after everything else
            translation_changes = _changes_to_text(history, source.path, translated)
            translated_from = history.ancestors(translation_changes)
            after = [commit for commit in _changes_to_text(history, page, translated) if commit not in translated_from]
            if _edited_now(history, dossier, page, translated):
                after.insert(0, UNCOMMITTED)
            if after:
                found.append(Stale(page, source.path, history.repository_path(page),
                                   history.repository_path(source.path),
                                   translation_changes[0] if translation_changes else None, after, history.head))
    return found


def stale_notice(item: Stale, repo_url: str = "") -> str:
    """The build log's line for one page (information: the site is still published)."""
    return notice("translation_stale", file=item.translation_file, original=item.original_file,
                  changes=item.changes_url(repo_url) or item.original_file)


def history_notice(history: History) -> str | None:
    """Said once per build where the history is unknown; None where it is known."""
    return None if history.known or history.missing == NOT_READ else notice(f"history_{history.missing}")


def github_annotations(items: list[Stale], repo_url: str = "") -> str:
    """A `::warning file=…::` workflow command per page, so that a green pull request shows it on the file."""
    from .problems import workflow_command

    return "\n".join(workflow_command("warning", {"file": item.translation_file, "title": notice_title("translation_stale")},
                                      "\n".join(line.strip() for line in stale_notice(item, repo_url).split("\n")[1:]))
                     for item in items)


def notice_title(key: str) -> str:
    from .problems import NOTICES

    return f"{NOTICES[key]['title']['id']} / {NOTICES[key]['title']['en']}"


def summary_markdown(items: list[Stale], repo_url: str, history: History) -> str:
    """The job summary's section: every page that may be out of date, with a link to what changed."""
    missing = history_notice(history)
    if missing:
        return f"## {notice_title(f'history_{history.missing}')}\n\n{missing}\n"
    if not items:
        return ""
    lines = [f"## {notice_title('translation_stale')}", ""]
    for item in items:
        url = item.changes_url(repo_url)
        changed = f"[`{item.original_file}`]({url})" if url else f"`{item.original_file}`"
        lines.append(f"- `{item.translation_file}` ← {changed}")
    return "\n".join(lines) + "\n"
