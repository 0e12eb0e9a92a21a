"""scripts/check_external_links.py, the weekly workflow's check, run against a loopback server."""
from __future__ import annotations

import http.server
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
SCRIPT = PROJECT / "scripts" / "check_external_links.py"


class _Handler(http.server.BaseHTTPRequestHandler):
    flaky_calls = 0

    def _answer(self, head: bool):
        path = self.path
        if path == "/ok":
            status = 200
        elif path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
            self.end_headers()
            return
        elif path == "/no-head":
            status = 405 if head else 200
        elif path == "/gone":
            status = 404
        elif path == "/robots-refused":
            status = 403
        elif path == "/down":
            status = 503
        elif path == "/flaky":  # fails on its first two requests (HEAD, then GET), then works
            type(self).flaky_calls += 1
            status = 500 if type(self).flaky_calls <= 2 else 200
        else:
            status = 404
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self):
        self._answer(head=True)

    def do_GET(self):
        self._answer(head=False)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    _Handler.flaky_calls = 0
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _site(tmp_path: Path, hrefs: dict[str, list[str]]) -> Path:
    site = tmp_path / "site"
    for page, links in hrefs.items():
        path = site / page
        path.parent.mkdir(parents=True, exist_ok=True)
        anchors = "".join(f'<a href="{href}">x</a>' for href in links)
        path.write_text(f"<!doctype html><html><body>{anchors}</body></html>", encoding="utf-8")
    return site


def _check(site: Path, tmp_path: Path, *args: str, github: bool = True):
    summary = tmp_path / "summary.md"
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY")}
    if github:
        env.update(GITHUB_ACTIONS="true", GITHUB_STEP_SUMMARY=str(summary))
    result = subprocess.run([sys.executable, SCRIPT, str(site), "--retries", "1", "--pause", "0",
                             "--timeout", "5", *args], capture_output=True, text=True, env=env)
    return result, summary


def test_working_links_pass(server, tmp_path):
    site = _site(tmp_path, {
        "index.html": [f"{server}/ok", f"{server}/moved#part", "../relative/", "#top", "mailto:a@b.c"],
        "en/index.html": [f"{server}/no-head", f"{server}/flaky", f"{server}/robots-refused"],
    })
    result, summary = _check(site, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "::error" not in result.stdout
    text = summary.read_text(encoding="utf-8")
    assert "5 diperiksa / checked; 0 rusak / broken; 1 tidak dapat diverifikasi / not verified." in text
    assert f"| {server}/robots-refused | 403 | en/index.html |" in text


def test_a_broken_link_fails_visibly(server, tmp_path):
    refused = f"http://127.0.0.1:{_closed_port()}/page"
    site = _site(tmp_path, {
        "index.html": [f"{server}/ok", f"{server}/gone"],
        "a/index.html": [f"{server}/gone", f"{server}/down"],
        "b/index.html": [refused],
    })
    result, summary = _check(site, tmp_path)
    assert result.returncode == 1
    errors = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    assert len(errors) == 3, result.stdout
    assert f"::error title=Broken external link::{server}/gone (404) on: a/index.html, index.html" in errors
    assert any(f"{server}/down (503)" in e for e in errors)
    assert any(refused in e for e in errors)
    text = summary.read_text(encoding="utf-8")
    assert "4 diperiksa / checked; 3 rusak / broken" in text
    assert f"| {server}/gone | 404 | a/index.html, index.html |" in text


def test_ignored_prefixes_are_not_requested(server, tmp_path):
    site = _site(tmp_path, {"index.html": [f"{server}/gone", f"{server}/ok"]})
    result, _ = _check(site, tmp_path, "--ignore", f"{server}/gone", github=False)
    assert result.returncode == 0, result.stdout
    assert "/gone" not in result.stdout and f"{server}/ok" in result.stdout


def test_a_missing_site_is_an_error_not_a_pass(tmp_path):
    result, _ = _check(tmp_path / "nothing", tmp_path, github=False)
    assert result.returncode == 2
    assert "build the site first" in result.stderr


def test_the_site_as_the_weekly_workflow_builds_it_has_links_to_check(tmp_path):
    """links.yml's two steps: scripts/build (repository address from GitHub), then the check's
    collection of links, which finds the site's outside links such as the repository's."""
    repo = "https://github.com/example/dosier-uji"
    site = tmp_path / "site"
    env = {**os.environ, "SITE_DIR": str(site), "REPO_URL": repo,
           "VENV": os.environ.get("VENV", str(PROJECT / ".venv"))}
    build = subprocess.run([PROJECT / "scripts" / "build"], cwd=PROJECT, env=env,
                           capture_output=True, text=True)
    assert build.returncode == 0, build.stdout + build.stderr

    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import check_external_links
    finally:
        sys.path.remove(str(SCRIPT.parent))
    links = check_external_links.external_links(site)
    assert repo in links and "index.html" in links[repo] and "en/index.html" in links[repo]
    assert all(url.startswith(("http://", "https://")) and "#" not in url for url in links)
