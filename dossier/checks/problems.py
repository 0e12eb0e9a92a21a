"""Problems found in the content, told to an editor in Indonesian with English alongside.

Each message names the file (under docs/), the line, the field, what is wrong and how
to fix it. All problems of a build are reported together.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

# The messages, one catalogue per language (messages.id.yml, messages.en.yml: what is wrong, how
# to fix it), as message id -> ({lang: what}, {lang: fix}). Reports give Indonesian, then English.
REPORT_LANGUAGES = ("id", "en")


def _catalogue() -> dict:
    messages: dict = {}
    for lang in REPORT_LANGUAGES:
        text = (Path(__file__).parent / f"messages.{lang}.yml").read_text(encoding="utf-8")
        for key, entry in yaml.safe_load(text).items():
            what, fix = messages.setdefault(key, ({}, {}))
            what[lang], fix[lang] = entry["what"], entry["fix"]
    return messages


MESSAGES = _catalogue()


@dataclass
class Problem:
    path: str          # under `folder`
    line: int
    field: str
    message: str       # key of MESSAGES
    values: dict
    folder: str = "docs/"  # pages are under docs/; data files ("data/x.yml") set ""
    follows_from: str = ""  # a file whose own problem causes this one (then reported under it)

    @property
    def file(self) -> str:
        """Path from the repository root, as an editor finds it."""
        return f"{self.folder}{self.path}"

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file  # line 0: whole file

    def render(self) -> str:
        what, fix = MESSAGES[self.message]
        values = {key: _short(value) for key, value in self.values.items()}
        field = f" `{self.field}`" if self.field else ""
        return (  # [key]: the message's name, to look up in CONTRIBUTING.md
            f"{self.where}:{field} [{self.message}]\n"
            f"    [id] {what['id'].format(**values)} Perbaikan: {fix['id'].format(**values)}\n"
            f"    [en] {what['en'].format(**values)} Fix: {fix['en'].format(**values)}"
        )


def _short(value) -> str:
    text = str(value)
    return text if len(text) <= 200 else text[:197] + "..."


# Problems that leave a whole file unread: whatever else goes wrong there may follow from them.
CAUSES = ("yaml", "data_invalid")
# The same unknown name in many places is one missing record (or one typo copied): report it once.
REPEATABLE = ("unknown_institution", "unknown_page", "unknown_source_paragraph")


def arrange(problems: list[Problem]) -> list[tuple[Problem, list[Problem]]]:
    """Each problem to fix, with the problems that only follow from it; causes first.

    A problem marked follows_from a file goes under that file's first cause; the second and
    later uses of one unknown name go under the first. The rest, by file and line.
    """
    ordered = sorted(problems, key=lambda p: (p.message not in CAUSES, p.file, p.line, p.field))
    heads: list[tuple[Problem, list[Problem]]] = []
    by_cause_file: dict[str, list[Problem]] = {}
    by_name: dict[tuple, list[Problem]] = {}
    for problem in ordered:
        if problem.message in CAUSES:
            followers: list[Problem] = []
            heads.append((problem, followers))
            by_cause_file.setdefault(problem.file, followers)
            continue
        if problem.follows_from in by_cause_file:
            by_cause_file[problem.follows_from].append(problem)
            continue
        name = (problem.message, str(problem.values.get("value"))) if problem.message in REPEATABLE else None
        if name in by_name:
            by_name[name].append(problem)
            continue
        followers = []
        heads.append((problem, followers))
        if name:
            by_name[name] = followers
    return heads


def _followers_line(followers: list[Problem]) -> str:
    places = ", ".join(p.where for p in followers[:8]) + (", ..." if len(followers) > 8 else "")
    n = len(followers)
    return (f"    (+{n}) [id] {n} masalah lain timbul dari masalah ini dan hilang setelah ini diperbaiki: {places}\n"
            f"    (+{n}) [en] {n} more problem(s) follow from this one and go once it is fixed: {places}")


def report(problems: list[Problem]) -> str:
    """Every problem under one bilingual heading: the one to fix first comes first."""
    arranged = arrange(problems)
    count = len(arranged)
    heading = (
        f"{count} masalah di isi situs; tidak ada yang diterbitkan sampai semuanya diperbaiki.\n"
        f"{count} problem(s) in the site's content; nothing is published until all are fixed."
    )
    blocks = [head.render() + (f"\n{_followers_line(followers)}" if followers else "")
              for head, followers in arranged]
    return "\n\n".join([heading, *blocks])


def _escape_data(text: str) -> str:
    # GitHub's workflow-command escaping (runner's CommandExtensions): % first, then line breaks.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotations(problems: list[Problem]) -> str:
    """One `::error file=…,line=…::` workflow command per problem, so that GitHub Actions shows
    each on the offending line of the pull request's diff. Paths are from the repository root."""
    commands = []
    for problem, followers in arrange(problems):
        # render()'s first line is the location, which the annotation already carries.
        location, _, body = problem.render().partition("\n")
        if followers:
            body += "\n" + _followers_line(followers)
        message = "\n".join(line.lstrip(" ") for line in (body or location).split("\n"))
        properties = {"file": problem.file}
        if isinstance(problem.line, int) and problem.line > 0:
            properties["line"] = str(problem.line)
        title = "Masalah isi / Content problem" + (f": {problem.field}" if problem.field else "")
        properties["title"] = title
        joined = ",".join(f"{key}={_escape_property(value)}" for key, value in properties.items())
        commands.append(f"::error {joined}::{_escape_data(message)}")
    return "\n".join(commands)


def dotted(path) -> str:
    """A field's path as an editor reads it: ("recommendations", 0, "id") -> recommendations[0].id."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
