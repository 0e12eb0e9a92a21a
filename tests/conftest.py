"""Shared fixtures: the site is built once per test run; browser tests share one Chromium."""
from __future__ import annotations

import functools
import http.server
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
# Known end-of-life notices (Material; ProperDocs through mkdocs-redirects) would otherwise be
# mistaken for build warnings by tests that read MkDocs' output; scripts/lib/venv.sh sets them too.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
os.environ.setdefault("DISABLE_MKDOCS_2_WARNING", "true")
# Builds of copies of the project (tmp_path) find the PurgeCSS that `npm ci` installed here
# (dossier/export/stylesheet.py runs node, which reads NODE_PATH after the copy's node_modules).
os.environ.setdefault("NODE_PATH", str(PROJECT / "node_modules"))
sys.path.insert(0, str(PROJECT))  # the engine-free dossier package

from dossier.load import model  # noqa: E402

# The site is built for, and served under, a project path as on GitHub Pages, so that links
# which only work at the domain root are caught.
TEST_SITE_URL = "https://dossier.test/dosier-pekerja-rumahan/"
SITE_PATH = "/dosier-pekerja-rumahan/"

# Debian's Chromium everywhere; CHROMIUM_PATH only where there is none (GitHub's Ubuntu runners,
# where scripts/lib/venv.sh installs Playwright's Chromium and sets it).
CHROMIUM = os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium"
# Without these flags Chromium tries to reach Google's hosts, which this network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def build_site(site_dir: Path, config: Path = PROJECT / "mkdocs.yml", env: dict | None = None):
    """Run `mkdocs build --strict`; return the completed process (output in .stdout)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": TEST_SITE_URL, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site_dir)],
        cwd=config.parent, capture_output=True, text=True, env=env,
    )


def make_pdfs(site_dir: Path):
    """What ./scripts/build runs after MkDocs: the whole dossier's PDFs (python -m dossier pdf)."""
    env = {**os.environ, "SITE_URL": TEST_SITE_URL, "CHROMIUM_PATH": CHROMIUM}
    return subprocess.run([sys.executable, "-m", "dossier", "pdf", str(site_dir)], cwd=PROJECT,
                          capture_output=True, text=True, env=env)


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The site as ./scripts/build makes it, once: --strict (fails the run on any warning), then the PDFs."""
    site_dir = tmp_path_factory.mktemp("site")
    result = build_site(site_dir)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert not re.search(r"^WARNING", output, re.MULTILINE), output
    made = make_pdfs(site_dir)
    assert made.returncode == 0, made.stdout + made.stderr
    return site_dir


@pytest.fixture(scope="session")
def dossier() -> model.Dossier:
    return model.load(PROJECT, PROJECT / "docs")


class _PagesLikeHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site under SITE_PATH and answers unknown paths with 404.html, like GitHub Pages."""

    def translate_path(self, path):
        if not path.startswith(SITE_PATH):
            return str(Path(self.directory) / "-outside-the-site-")
        return super().translate_path("/" + path[len(SITE_PATH):])

    def send_error(self, code, message=None, explain=None):
        not_found = Path(self.directory) / "404.html"
        if code != 404 or not not_found.is_file():
            return super().send_error(code, message, explain)
        body = not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def base_url(site) -> str:
    """The built site served on a free loopback port under SITE_PATH (no trailing slash)."""
    handler = functools.partial(_PagesLikeHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{SITE_PATH.rstrip('/')}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})  # a phone
    tab = context.new_page()
    yield tab
    context.close()
