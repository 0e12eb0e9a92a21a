"""Links that last: every address in tests/published_urls.txt still works (as a page, or as a
redirect to one), and every address the site publishes is in it. Renaming a page is fine;
breaking a link is not. dossier/published.py, scripts/published_urls.py, mkdocs-redirects."""
import shutil

import pytest

from built_site import PROJECT
from conftest import build_site, make_pdfs
from built_site import SITE
from dossier.export import published

REGISTRY = PROJECT / "tests" / "published_urls.txt"


@pytest.fixture(scope="module")
def registered():
    urls = published.read_registry(REGISTRY)
    assert len(urls) > 100 and "/" in urls and "/en/" in urls
    return urls


def test_every_published_address_still_works(site, registered):
    broken = {url: why for url in registered if (why := published.problem(site, url))}
    assert not broken, (
        "Published addresses no longer work. If a page was renamed or moved, map its old file "
        f"to the new one in mkdocs.yml (plugins: redirects: redirect_maps): {broken}"
    )


def test_every_address_the_site_publishes_is_registered(site, registered):
    new = sorted(set(published.published_urls(site, SITE)) - set(registered))
    assert not new, f"Register them: .venv/bin/python scripts/published_urls.py --write\n{new}"


def test_pages_and_headings_are_registered_in_both_languages(registered):
    for url in ("/pertemuan/2024-02-22-dialog-kemensos/#hasil", "/en/pertemuan/2024-02-22-dialog-kemensos/#hasil",
                "/feed.xml", "/en/feed.xml"):
        assert url in registered
    indonesian = {url for url in registered if not url.startswith("/en/")} - {"/sitemap.xml"}
    english = {url[len("/en"):] for url in registered if url.startswith("/en/")}
    assert indonesian == english  # every address has its twin


@pytest.fixture(scope="module")
def renamed_site(tmp_path_factory):
    """The project with the timeline page renamed (linimasa -> kronologi) and a redirect for it."""
    project = tmp_path_factory.mktemp("renamed") / "project"
    shutil.copytree(
        PROJECT, project,
        ignore=shutil.ignore_patterns(".venv", ".git", "site", "__pycache__", ".pytest_cache"),
    )
    for suffix in ("md", "en.md"):
        (project / f"docs/linimasa.{suffix}").rename(project / f"docs/kronologi.{suffix}")
    for path in [project / "mkdocs.yml", *project.glob("docs/**/*.md")]:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("linimasa.md", "kronologi.md"), encoding="utf-8")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "redirect_maps: {}" in text
    config.write_text(text.replace("redirect_maps: {}", "redirect_maps:\n        linimasa.md: kronologi.md"))
    site = tmp_path_factory.mktemp("renamed-site")
    result = build_site(site, config=config)
    assert result.returncode == 0, result.stdout + result.stderr
    assert make_pdfs(site).returncode == 0  # the PDFs' addresses are published too (./scripts/build)
    return site


def test_a_renamed_page_keeps_its_addresses_through_a_redirect(renamed_site, registered):
    assert (renamed_site / "kronologi/index.html").is_file()
    assert (renamed_site / "en/kronologi/index.html").is_file()
    broken = {url: why for url in registered if (why := published.problem(renamed_site, url))}
    assert not broken
    # Both languages' old addresses are redirects to the new page, in the same language.
    assert published.redirect_target((renamed_site / "linimasa/index.html").read_text()) == "../kronologi/"
    assert published.redirect_target((renamed_site / "en/linimasa/index.html").read_text()) == "../kronologi/"


def test_without_the_redirect_the_old_addresses_are_reported(renamed_site, registered, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(renamed_site, site)
    shutil.rmtree(site / "linimasa")
    shutil.rmtree(site / "en/linimasa")
    broken = {url for url in registered if published.problem(site, url)}
    assert broken == {url for url in registered if url.startswith(("/linimasa/", "/en/linimasa/"))}
    assert "/linimasa/" in broken and "/en/linimasa/" in broken
