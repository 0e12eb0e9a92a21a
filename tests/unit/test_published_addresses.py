"""Which addresses a built site publishes, and why a registered one may no longer work."""
from built_site import SITE
from dossier.export import published

PAGE = '<html><h1 id="t">T</h1><article><h1 id="top">T</h1><h2 id="a">A</h2><h3 class="x" id="b">B</h3></article></html>'
STUB = '<html><head><meta http-equiv="refresh" content="0; url={}"></head></html>'


def make_site(tmp_path, files):
    for path, text in files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text)
    return tmp_path


def test_pages_their_heading_anchors_and_files_are_published(tmp_path):
    site = make_site(tmp_path, {
        "index.html": PAGE, "new/index.html": PAGE, "old/index.html": STUB.format("../new/"),
        "feed.xml": "<feed/>", "en/feed.xml": "<feed/>", "search/search_index.json": "{}",
    })
    assert published.published_urls(site, SITE) == [
        "/", "/#a", "/#b", "/en/feed.xml", "/feed.xml", "/new/", "/new/#a", "/new/#b",
    ]


def test_problems(tmp_path):
    site = make_site(tmp_path, {
        "new/index.html": PAGE,
        "old/index.html": STUB.format("../new/"),
        "gone/index.html": STUB.format("../nowhere/"),
        "away/index.html": STUB.format("https://example.org/"),
        "x/y/index.html": STUB.format("../../new/#a"),
    })
    assert published.problem(site, "/new/#a") is None
    assert published.problem(site, "/new/#zz") == "the page has no #zz"
    assert published.problem(site, "/missing/") == "not published and no redirect"
    assert published.problem(site, "/old/") is None
    assert published.problem(site, "/old/#b") is None  # the anchor is kept through the redirect
    assert published.problem(site, "/old/#zz") == "the page has no #zz"
    assert published.problem(site, "/gone/") == "redirects to ../nowhere/, which is not published"
    assert published.problem(site, "/away/") is None
    assert published.problem(site, "/x/y/") is None


def test_registry_round_trip(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(published.registry_text(["/b/", "/", "/b/"]))
    assert published.read_registry(path) == ["/", "/b/"]
