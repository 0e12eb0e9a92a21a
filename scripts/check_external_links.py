#!/usr/bin/env python3
"""Check the external links (<a href="http…">) of a built site; exit 1 if any is broken.

Used by .github/workflows/links.yml once a week. Standard library only, on purpose: no
third-party action or binary to pin and trust, and the tests run it here against a server on
loopback. A link is broken when it answers 404 or 410, or when it keeps failing (5xx,
DNS, refused, timeout) after retries. 401, 403 and 429 mean a site refuses robots, not that
the page is gone: they are listed as "not verified" and do not fail the check.

    python scripts/check_external_links.py SITE_DIR [--ignore PREFIX ...] [--markdown]

With GITHUB_ACTIONS=true each broken link is also printed as an `::error` workflow command,
and with GITHUB_STEP_SUMMARY set the table is appended to the job summary.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import html.parser
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

BROKEN_STATUSES = {404, 410}
UNVERIFIED_STATUSES = {401, 403, 429}
USER_AGENT = "Mozilla/5.0 (compatible; dossier-link-check/1.0)"


class _Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def external_links(site_dir: Path, ignore: tuple[str, ...] = ()) -> dict[str, set[str]]:
    """Each external URL (fragment removed) -> the pages (relative to site_dir) linking to it."""
    found: dict[str, set[str]] = {}
    for page in sorted(site_dir.rglob("*.html")):
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8", errors="replace"))
        for href in parser.hrefs:
            url = urllib.parse.urldefrag(href.strip()).url
            if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
                continue
            if any(url.startswith(prefix) for prefix in ignore):
                continue
            found.setdefault(url, set()).add(page.relative_to(site_dir).as_posix())
    return found


@dataclass
class Result:
    url: str
    status: int | None      # HTTP status, or None when no answer came
    detail: str
    pages: set[str] = field(default_factory=set)

    @property
    def broken(self) -> bool:
        return self.status is None or self.status in BROKEN_STATUSES or self.status >= 500

    @property
    def unverified(self) -> bool:
        return self.status in UNVERIFIED_STATUSES


def _request(url: str, method: str, timeout: float) -> tuple[int | None, str]:
    request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.reason
    except urllib.error.HTTPError as error:
        return error.code, str(error.reason)
    except (urllib.error.URLError, OSError) as error:  # DNS, refused, TLS, timeout
        reason = getattr(error, "reason", error)
        return None, str(reason)


def check_url(url: str, timeout: float = 20, retries: int = 2, pause: float = 5) -> Result:
    """HEAD first (cheap); GET when HEAD is refused or fails, since many servers mishandle HEAD."""
    for attempt in range(retries + 1):
        status, detail = _request(url, "HEAD", timeout)
        if status is None or status >= 400:
            status, detail = _request(url, "GET", timeout)
        result = Result(url, status, detail)
        # Only failures that may pass are retried; a 404 is an answer.
        if not (status is None or status >= 500 or status == 429) or attempt == retries:
            return result
        time.sleep(pause * (attempt + 1))
    return result  # pragma: no cover - the loop always returns


def check_site(site_dir: Path, ignore: tuple[str, ...] = (), workers: int = 4, **options) -> list[Result]:
    links = external_links(site_dir, ignore)
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(lambda url: check_url(url, **options), sorted(links)))
    for result in results:
        result.pages = links[result.url]
    return results


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(results: list[Result]) -> str:
    broken = [r for r in results if r.broken]
    unverified = [r for r in results if r.unverified]
    lines = [
        "## Tautan eksternal / External links",
        "",
        f"{len(results)} diperiksa / checked; {len(broken)} rusak / broken; "
        f"{len(unverified)} tidak dapat diverifikasi / not verified.",
    ]
    for title, rows in (("Rusak / Broken", broken), ("Tidak dapat diverifikasi / Not verified", unverified)):
        if rows:
            lines += ["", f"### {title}", "", "| URL | Status | Halaman / Pages |", "| --- | --- | --- |"]
            for r in rows:
                status = str(r.status) if r.status is not None else f"— {r.detail}"
                lines.append(f"| {_cell(r.url)} | {_cell(status)} | {_cell(', '.join(sorted(r.pages)))} |")
    return "\n".join(lines) + "\n"


def _workflow_error(result: Result) -> str:
    status = result.status if result.status is not None else result.detail
    message = f"{result.url} ({status}) on: {', '.join(sorted(result.pages))}"
    message = message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return f"::error title=Broken external link::{message}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site_dir", type=Path)
    parser.add_argument("--ignore", action="append", default=[], metavar="PREFIX",
                        help="skip URLs starting with PREFIX (repeatable)")
    parser.add_argument("--markdown", action="store_true", help="print the report as Markdown")
    parser.add_argument("--timeout", type=float, default=20)
    parser.add_argument("--retries", type=int, default=2)
    parser.add_argument("--pause", type=float, default=5, help="seconds before the first retry")
    args = parser.parse_args(argv)
    if not args.site_dir.is_dir():
        parser.error(f"{args.site_dir} is not a directory; build the site first (scripts/build)")

    results = check_site(args.site_dir, tuple(args.ignore), timeout=args.timeout,
                         retries=args.retries, pause=args.pause)
    report = markdown(results)
    if args.markdown:
        print(report, end="")
    else:
        for r in results:
            state = "BROKEN" if r.broken else "NOT VERIFIED" if r.unverified else "ok"
            print(f"{state:12} {r.status if r.status is not None else '-':>4}  {r.url}  ({r.detail})")
    if os.environ.get("GITHUB_ACTIONS") == "true":
        for r in results:
            if r.broken:
                print(_workflow_error(r))
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as handle:
            handle.write(report)
    return 1 if any(r.broken for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
