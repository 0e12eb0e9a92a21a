"""Problems found in the content, told to an editor in Indonesian with English alongside.

Each message names the file (under docs/), the line, the field, what is wrong and how
to fix it. All problems of a build are reported together, the one to fix first at the top.
"""
from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

# The messages, one catalogue per language (messages.id.yml, messages.en.yml): a short title, what
# is wrong and how to fix it. Reports give Indonesian, then English.
REPORT_LANGUAGES = ("id", "en")


def _catalogue() -> tuple[dict, dict, dict]:
    """(problems, notices, forms): problems and notices as key -> {"title"|"what"|"fix": {lang: text}};
    forms (how a kind of value is written, for the messages about values) as name -> {lang: text}."""
    entries: dict = {}
    forms: dict = {}
    for lang in REPORT_LANGUAGES:
        text = (Path(__file__).parent / f"messages.{lang}.yml").read_text(encoding="utf-8")
        catalogue = yaml.safe_load(text)
        for name, form in catalogue.pop("forms").items():
            forms.setdefault(name, {})[lang] = form
        for key, entry in catalogue.items():
            merged = entries.setdefault(key, {"notice": bool(entry.get("notice"))})
            for part in ("title", "what", "fix"):
                merged.setdefault(part, {})[lang] = entry[part]
    problems = {key: entry for key, entry in entries.items() if not entry["notice"]}
    notices = {key: entry for key, entry in entries.items() if entry["notice"]}
    return problems, notices, forms


CATALOGUE, NOTICES, FORMS = _catalogue()
# message id -> ({lang: what}, {lang: fix})
MESSAGES = {key: (entry["what"], entry["fix"]) for key, entry in CATALOGUE.items()}
FIX_WORD = {"id": "Perbaikan", "en": "Fix"}


def codes(items) -> str:
    """Names to write as they are (ids, fields, markers), each as code: `a`, `b`."""
    return ", ".join(f"`{item}`" for item in items) or "-"


def closest(name: str, known, cutoff: float) -> str | None:
    """The known name a mistyped one is closest to ("Kemensos", "kemsos" -> "kemensos"), if any."""
    found = difflib.get_close_matches(name.lower(), list(known), n=1, cutoff=cutoff)
    return found[0] if found else None


def form(name: str, /, **values) -> dict:
    """How a kind of value is written, in each language: {"expected": id text, "expected_en": en text}."""
    texts = FORMS[name]
    return {"expected": texts["id"].format(**values), "expected_en": texts["en"].format(**values)}


@dataclass
class Problem:
    path: str          # under `folder`
    line: int
    field: str
    message: str       # key of MESSAGES
    values: dict
    folder: str = "docs/"  # pages are under docs/; data files ("data/x.yml") and mkdocs.yml set ""
    follows_from: str = ""  # a file whose own problem causes this one (then reported under it)
    caused_by: "Problem | None" = None  # a problem this one only follows from (then reported under it)
    # Where the report puts the file: a page's versions together, its default language's first
    # (checks.check sets them from the site's languages; "" and 0 keep the file's own place).
    page: str = ""
    language_rank: int = 0

    @property
    def file(self) -> str:
        """Path from the repository root, as an editor finds it."""
        return f"{self.folder}{self.path}"

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file  # line 0: whole file

    def text(self, lang: str) -> tuple[str, str, str]:
        """(title, what, fix) in one language."""
        values = {key: _short(value) for key, value in self.values.items()}
        entry = CATALOGUE[self.message]
        return tuple(entry[part][lang].format(**values) for part in ("title", "what", "fix"))

    def headline(self) -> str:
        """The first line: where, and what is wrong in a few words in both languages."""
        field = f" `{self.field}`:" if self.field else ""
        return f"{self.where}:{field} {self.text('id')[0]} / {self.text('en')[0]} [{self.message}]"

    def render(self) -> str:
        lines = [self.headline()]
        for lang in REPORT_LANGUAGES:
            _, what, fix = self.text(lang)
            lines.append(f"    [{lang}] {what} {FIX_WORD[lang]}: {fix}")
        return "\n".join(lines)  # [key]: the message's name, to look up in CONTRIBUTING.md


def _short(value) -> str:
    text = str(value)
    return text if len(text) <= 400 else text[:397] + "..."


def notice(key: str, **values) -> str:
    """Information that is not a problem (the site is still published), in both languages."""
    entry = NOTICES[key]
    where = f"{values['file']}: " if "file" in values else ""
    lines = [f"{where}{entry['title']['id']} / {entry['title']['en']}"]
    for lang in REPORT_LANGUAGES:
        lines.append(f"    [{lang}] {entry['what'][lang].format(**values)} {entry['fix'][lang].format(**values)}")
    return "\n".join(lines)


# Problems that leave a whole file unread: whatever else goes wrong there may follow from them.
CAUSES = ("unclosed_quote", "text_after_quote", "special_sign", "colon_in_value", "tab_indent", "unclosed_bracket",
          "misaligned_line", "missing_top", "unclosed_top", "unreadable_line", "data_invalid")
# The same unknown name in many places is one missing record (or one typo copied): report it once.
REPEATABLE = ("unknown_institution", "unknown_page", "unknown_source_paragraph")


def arrange(problems: list[Problem]) -> list[tuple[Problem, list[Problem]]]:
    """Each problem to fix, with the problems that only follow from it; causes first.

    A problem marked follows_from a file goes under that file's first cause, one caused_by another
    under that one; the second and later uses of one unknown name go under the first. The rest, by
    file and line.
    """
    ordered = sorted(problems, key=lambda p: (p.message not in CAUSES, p.folder + (p.page or p.path),
                                              p.language_rank, p.line, p.field))
    heads: list[tuple[Problem, list[Problem]]] = []
    by_cause_file: dict[str, list[Problem]] = {}
    by_name: dict[tuple, list[Problem]] = {}
    by_problem: dict[int, list[Problem]] = {}
    deferred = [p for p in ordered if p.caused_by is not None and p.caused_by in problems]
    for problem in ordered:
        if problem in deferred:
            continue
        if problem.message in CAUSES:
            followers: list[Problem] = []
            heads.append((problem, followers))
            by_cause_file.setdefault(problem.file, followers)
            by_problem[id(problem)] = followers
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
        by_problem[id(problem)] = followers
        if name:
            by_name[name] = followers
    for problem in deferred:
        followers = by_problem.get(id(problem.caused_by))
        if followers is None:  # its cause is itself folded under another: go with it
            followers = next(group for head, group in heads if problem.caused_by in group)
        followers.append(problem)
    return heads


def _followers_line(followers: list[Problem], lang: str) -> str:
    wheres = list(dict.fromkeys(p.where for p in followers))  # one place once, however many problems
    places = ", ".join(wheres[:8]) + (", ..." if len(wheres) > 8 else "")
    n = len(followers)
    if lang == "id":
        return f"(+{n}) [id] {n} masalah lain timbul dari masalah ini atau merupakan kesalahan yang sama: {places}"
    return f"(+{n}) [en] {n} more problem(s) follow from this one or are the same mistake again: {places}"


def report(problems: list[Problem]) -> str:
    """Every problem, the one to fix first at the top (its first line names file and line), then the count."""
    arranged = arrange(problems)
    count = len(arranged)
    blocks = [head.render() + "".join(f"\n    {_followers_line(followers, lang)}" for lang in REPORT_LANGUAGES
                                      if followers)
              for head, followers in arranged]
    closing = (
        f"{count} masalah di isi situs; tidak ada yang diterbitkan sampai semuanya diperbaiki. "
        f"Perbaiki dari yang paling atas.\n"
        f"{count} problem(s) in the site's content; nothing is published until all are fixed. "
        f"Start with the one at the top."
    )
    return "\n\n".join([*blocks, closing])


def _escape_data(text: str) -> str:
    # GitHub's workflow-command escaping (runner's CommandExtensions): % first, then line breaks.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def workflow_command(kind: str, properties: dict, message: str) -> str:
    """One GitHub Actions workflow command (`::error …::` or `::warning …::`) on a single line."""
    joined = ",".join(f"{key}={_escape_property(str(value))}" for key, value in properties.items())
    return f"::{kind} {joined}::{_escape_data(message)}"


def github_annotations(problems: list[Problem]) -> str:
    """One `::error file=…,line=…::` workflow command per problem, so that GitHub Actions shows
    each on the offending line of the pull request's diff. Paths are from the repository root."""
    commands = []
    for problem, followers in arrange(problems):
        # render()'s first line is the location, which the annotation already carries.
        body = [line.lstrip(" ") for line in problem.render().split("\n")[1:]]
        if followers:
            body += [_followers_line(followers, lang) for lang in REPORT_LANGUAGES]
        properties = {"file": problem.file}
        if isinstance(problem.line, int) and problem.line > 0:
            properties["line"] = str(problem.line)
        title = f"{problem.text('id')[0]} / {problem.text('en')[0]}"
        properties["title"] = title + (f": {problem.field}" if problem.field else "")
        commands.append(workflow_command("error", properties, "\n".join(body)))
    return "\n".join(commands)


def dotted(path) -> str:
    """A field's path as an editor reads it, items counted from 1:
    ("recommendations", 0, "id") -> "recommendations #1 › id"."""
    parts = []
    for part in path:
        if isinstance(part, int):
            parts[-1:] = [f"{parts[-1]} #{part + 1}" if parts else f"#{part + 1}"]
        else:
            parts.append(str(part))
    return " › ".join(parts)


PAGE_HEADINGS = {
    "id": ("Situs belum dapat dibangun: ada {count} masalah di isi", "Perbaikan", "Masalah lain yang timbul dari masalah ini"),
    "en": ("The site cannot be built yet: {count} problem(s) in the content", "Fix", "Problems that follow from this one"),
}
PAGE_LEAD = {
    "id": "Perbaiki dari yang paling atas dan simpan berkasnya; halaman ini dimuat ulang sendiri.",
    "en": "Start with the one at the top and save the file; this page reloads by itself.",
}


def _html(text: str) -> str:
    """Message text as HTML: escaped, `code` as <code>."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(text))


def report_page(problems: list[Problem], lang: str) -> str:
    """The report as an HTML fragment for the browser (under `mkdocs serve`), the page's language
    first: each problem's file and line, title, what is wrong and the fix, in both languages.
    (The page's title, its H1, says the first line in the page's language.)"""
    order = [lang, *(other for other in REPORT_LANGUAGES if other != lang)]
    arranged = arrange(problems)
    e = html.escape
    out = [f'<div class="dossier-problems" data-problems="{len(arranged)}">']
    out.append(f'<p lang="{lang}">{e(PAGE_LEAD[lang])}</p>')
    for code in order[1:]:
        out.append(f'<p lang="{code}"><strong>{e(PAGE_HEADINGS[code][0].format(count=len(arranged)))}.</strong> '
                   f'{e(PAGE_LEAD[code])}</p>')
    out.append("<ol>")
    for problem, followers in arranged:
        out.append(f'<li class="dossier-problem" data-file="{e(problem.file)}" data-line="{problem.line}">')
        out.append(f"<p><code>{e(problem.where)}</code>" + (f" <code>{e(problem.field)}</code>" if problem.field else "")
                   + f" <small>[{e(problem.message)}]</small></p>")
        for code in order:
            title, what, fix = problem.text(code)
            out.append(f'<div lang="{code}"><p><strong>{_html(title)}</strong>. {_html(what)}</p>'
                       f"<p><strong>{e(PAGE_HEADINGS[code][1])}:</strong> {_html(fix)}</p></div>")
        if followers:
            out.append(f'<p><span lang="{order[0]}">{e(PAGE_HEADINGS[order[0]][2])}</span> / '
                       f'<span lang="{order[1]}">{e(PAGE_HEADINGS[order[1]][2])}</span>: '
                       + ", ".join(f"<code>{e(p.where)}</code>" for p in followers) + "</p>")
        out.append("</li>")
    out.append("</ol></div>")
    return "\n".join(out)
