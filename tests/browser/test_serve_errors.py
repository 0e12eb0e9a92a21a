"""While editing with ./scripts/serve: a content error shows in the browser, and the page comes back
by itself once the file is fixed. `mkdocs serve` runs on a free port in a copy of the project."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import PROJECT

sys.path.insert(0, str(PROJECT / "tests" / "staff"))
from staff_helpers import copy_project, edit  # noqa: E402

PAGE = "docs/tentang.md"
TITLE = "title: Tentang dosier ini\n"
BROKEN = 'title: "Tentang dosier ini\n'
REBUILD = 180_000  # ms: a rebuild of both languages on a loaded machine


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def served(tmp_path):
    """(project copy, address, the server's output file) of `mkdocs serve` as ./scripts/serve runs it."""
    root = copy_project(tmp_path / "project")
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    env = {**os.environ, "SITE_URL": f"http://127.0.0.1:{port}/", "NO_MKDOCS_2_WARNING": "1",
           "DISABLE_MKDOCS_2_WARNING": "true"}
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--strict", "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=root, stdout=log, stderr=subprocess.STDOUT, env=env)
    deadline = time.monotonic() + REBUILD / 1000
    while "Serving on" not in (tmp_path / "serve.log").read_text() and server.poll() is None:
        assert time.monotonic() < deadline, (tmp_path / "serve.log").read_text()
        time.sleep(0.5)
    assert server.poll() is None, (tmp_path / "serve.log").read_text()
    yield root, f"http://127.0.0.1:{port}", tmp_path / "serve.log"
    server.terminate()
    server.wait(timeout=30)
    log.close()


def test_a_content_error_shows_in_the_browser_and_goes_once_fixed(served, page):
    root, address, log = served
    page.goto(f"{address}/tentang/")
    assert page.locator("h1").inner_text().startswith("Tentang dosier ini")

    edit(root, PAGE, TITLE, BROKEN)  # an unclosed quote, as saved from an editor
    problem = page.locator("li.dossier-problem")
    problem.wait_for(timeout=REBUILD)  # the page reloaded by itself: live reload still works
    assert problem.count() == 1
    assert problem.get_attribute("data-file") == PAGE and problem.get_attribute("data-line") == "3"
    indonesian, english = problem.locator('div[lang="id"]'), problem.locator('div[lang="en"]')
    assert "Tanda kutip tidak ditutup" in indonesian.inner_text()
    assert 'title: "Tentang dosier ini"' in indonesian.inner_text()  # the fix, the line corrected
    assert "A quote is not closed" in english.inner_text() and "Fix:" in english.inner_text()
    assert f"{PAGE}:3" in problem.inner_text()
    assert "Tanda kutip tidak ditutup / A quote is not closed" in log.read_text()  # the terminal says the same

    # Every page of the site shows the problems, English first on the English pages.
    other = page.context.new_page()
    other.goto(f"{address}/en/linimasa/")
    listed = other.locator("li.dossier-problem")
    assert listed.count() == 1
    texts = listed.locator("div[lang]")
    assert texts.nth(0).get_attribute("lang") == "en" and texts.nth(1).get_attribute("lang") == "id"
    other.close()

    edit(root, PAGE, BROKEN, TITLE)  # fixed and saved
    page.locator("h1", has_text="Tentang dosier ini").wait_for(timeout=REBUILD)
    assert page.locator("li.dossier-problem").count() == 0
    assert page.locator("#penerbit").count() == 1  # the page's own content again


def test_the_published_build_still_stops_on_the_same_error(tmp_path):
    root = copy_project(tmp_path / "project")
    edit(root, PAGE, TITLE, BROKEN)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
                            cwd=root, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode != 0
    assert f"{PAGE}:3: Tanda kutip tidak ditutup / A quote is not closed" in result.stdout + result.stderr
    assert not (tmp_path / "site" / "index.html").exists() and not Path(tmp_path / "site" / "tentang").exists()
