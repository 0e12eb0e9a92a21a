"""What git knows of the pages: each commit that changed a file, the file before and after, which
commits descend from which, and what is being changed now.

Read with plain `git` commands in a few calls for the whole docs/ folder (no library, no MkDocs).
Where the history is not there (git missing, no repository, a shallow clone) `History.missing`
says why and nothing else is known: the callers say so rather than guess.
"""
from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path

EMPTY = "0" * 40  # git's blob id for "no file" in --raw output

# Why the history is unknown, for the callers' messages.
NO_GIT, NOT_A_REPOSITORY, SHALLOW = "no_git", "not_a_repository", "shallow"


@dataclass(frozen=True)
class Change:
    """One commit's change to one file: blob ids before and after (None: absent)."""

    commit: str
    before: str | None
    after: str | None


@dataclass
class History:
    missing: str = ""                 # "" when the history is known; else NO_GIT, NOT_A_REPOSITORY, SHALLOW
    root: Path | None = None          # the repository's top folder
    docs_prefix: str = ""             # docs/ as git names it from the root, e.g. "docs/"
    head: str | None = None           # None before the first commit
    changes: dict = field(default_factory=dict)  # docs-relative path -> [Change], newest first
    at_head: dict = field(default_factory=dict)  # docs-relative path -> blob id in HEAD
    modified: set = field(default_factory=set)   # docs-relative paths changed but not committed
    last_commit: set = field(default_factory=set)  # docs-relative paths the last commit changed
    parents: dict = field(default_factory=dict)  # commit -> parent commits
    _texts: dict = field(default_factory=dict)

    @property
    def known(self) -> bool:
        return not self.missing

    @property
    def touched(self) -> set[str]:
        """The pages being changed: uncommitted edits if there are any, else the last commit's
        (of a pull request's merge commit, everything the pull request changed)."""
        return set(self.modified or self.last_commit)

    def repository_path(self, docs_path: str) -> str:
        """"pertemuan/x.md" -> "docs/pertemuan/x.md", as GitHub names it."""
        return self.docs_prefix + docs_path

    def texts(self, blobs) -> dict[str, str]:
        """The text of each blob id given, read in one call."""
        wanted = sorted({blob for blob in blobs if blob and blob not in self._texts})
        if wanted:
            output = _git(self.root, "cat-file", "--batch", stdin="\n".join(wanted) + "\n").stdout
            at = 0
            for _ in wanted:
                header_end = output.index(b"\n", at)
                blob, kind, size = output[at:header_end].decode().split()
                start = header_end + 1
                self._texts[blob] = output[start:start + int(size)].decode("utf-8", "replace")
                at = start + int(size) + 1
        return {blob: self._texts[blob] for blob in blobs if blob}

    def ancestors(self, commits) -> set[str]:
        """The commits given and every commit they descend from."""
        stack, seen = list(commits), set()
        while stack:
            current = stack.pop()
            if current not in seen:
                seen.add(current)
                stack.extend(self.parents.get(current, ()))
        return seen


def _git(cwd, *args, stdin: str | None = None, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-c", "core.quotepath=off", *args], cwd=cwd, check=check,
                          input=stdin.encode() if stdin is not None else None, capture_output=True)


def _paths(output: bytes, prefix: str) -> set[str]:
    """NUL-separated paths from the root -> docs-relative paths."""
    return {path[len(prefix):] for path in output.decode().split("\0") if path.startswith(prefix)}


def read(docs_dir: Path) -> History:
    """The history of every file under docs_dir, as far as the repository holding it has it."""
    docs_dir = Path(docs_dir).resolve()
    try:
        found = _git(docs_dir, "rev-parse", "--show-toplevel", "--is-shallow-repository", check=False)
    except (FileNotFoundError, NotADirectoryError):
        return History(missing=NO_GIT)
    if found.returncode != 0:
        return History(missing=NOT_A_REPOSITORY)
    top, shallow = found.stdout.decode().splitlines()[:2]
    if shallow.strip() == "true":
        return History(missing=SHALLOW)
    root = Path(top)
    prefix = docs_dir.relative_to(root.resolve()).as_posix() + "/"
    if prefix == "./":
        prefix = ""
    history = History(root=root, docs_prefix=prefix)
    status = _git(root, "status", "--porcelain", "-z", "--untracked-files=all", "--no-renames", "--", prefix or ".")
    entries = status.stdout.decode().split("\0")
    history.modified = {entry[3:][len(prefix):] for entry in entries if len(entry) > 3 and entry[3:].startswith(prefix)}
    head = _git(root, "rev-parse", "--verify", "-q", "HEAD", check=False)
    if head.returncode != 0:
        return history  # no commit yet: every file is an uncommitted change
    history.head = head.stdout.decode().strip()

    for line in _git(root, "rev-list", "--parents", "HEAD").stdout.decode().splitlines():
        commit, *parents = line.split()
        history.parents[commit] = tuple(parents)
    log = _git(root, "log", "-z", "--raw", "--no-abbrev", "--no-renames", "--format=%x1e%H", "HEAD", "--", prefix or ".")
    for chunk in log.stdout.decode().split("\x1e")[1:]:
        commit, _, rest = chunk.partition("\0")
        tokens = rest.lstrip("\n").split("\0")
        for meta, path in zip(tokens[0::2], tokens[1::2]):
            if not path.startswith(prefix) or not meta.startswith(":"):
                continue
            _, _, before, after, _ = meta.lstrip("\n").split(" ", 4)
            change = Change(commit, None if before == EMPTY else before, None if after == EMPTY else after)
            history.changes.setdefault(path[len(prefix):], []).append(change)
    tree = _git(root, "ls-tree", "-r", "-z", "HEAD", "--", prefix or ".").stdout.decode()
    for entry in filter(None, tree.split("\0")):
        info, _, path = entry.partition("\t")
        if path.startswith(prefix):
            history.at_head[path[len(prefix):]] = info.split()[2]
    parents = history.parents[history.head]
    base = ["diff", "--name-only", "-z", "--no-renames", parents[0], history.head] if parents else \
        ["diff-tree", "--root", "--no-commit-id", "--name-only", "-z", "-r", history.head]
    history.last_commit = _paths(_git(root, *base, "--", prefix or ".").stdout, prefix)
    return history
