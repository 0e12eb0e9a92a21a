"""Redirect pages of a renamed page's old address, for the languages mkdocs-redirects leaves out.

mkdocs-redirects (mkdocs.yml: plugins: redirects: redirect_maps, old file -> new file) writes
its pages at the site root, where the default language lives. A renamed page moves in every
language, so the same map gives each other language its redirects under its root
(en/old/ -> en/new/), written here in the same form.
"""
from __future__ import annotations

import posixpath

from ..site import Site

PAGE = """
<!doctype html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title>Redirecting...</title>
    <link rel="canonical" href="{url}">
    <script>var anchor=window.location.hash.substr(1);location.href="{url}"+(anchor?"#"+anchor:"")</script>
    <meta http-equiv="refresh" content="0; url={url}">
</head>
<body>
You're being redirected to a <a href="{url}">new destination</a>.
</body>
</html>
"""


def redirect_pages(site: Site, lang: str, redirect_maps: dict) -> dict[str, str]:
    """{path of the old address's index.html under the site: its HTML}, for one language."""
    pages = {}
    for old, new in redirect_maps.items():
        old_url = site.page_url(old, lang)
        if new.lower().startswith(("http://", "https://")):
            target = new
        else:
            page, _, anchor = new.partition("#")
            target = posixpath.relpath(site.page_url(page, lang), old_url) + "/" + (f"#{anchor}" if anchor else "")
        pages[f"{old_url}index.html"] = PAGE.format(url=target)
    return pages
