"""Hook: an Atom feed of dossier updates per language, at /feed.xml and /en/feed.xml.

Entries come from the front matter of meetings, letters and follow-up steps (dossier/feed.py).
The feed is linked from the head (overrides/partials/head-metadata.html reads extra.feed) and
from the footer (a Material social link, added here per language).
"""
from pathlib import Path
from urllib.parse import urlsplit

from dossier import feed
from dossier.model import DEFAULT_LANGUAGE


def _path_of(url: str) -> str:
    # Same-site links as absolute paths: they work on any page, under `mkdocs serve` too.
    return urlsplit(url).path


def on_config(config):
    lang = config.extra["ui_language"]
    ui = config.extra["ui"]
    url = _path_of(feed.feed_url(config.site_url or "/", lang))
    config.extra["feed"] = {"url": url, "title": ui["feed_title"]}
    others = [link for link in config.extra.get("social") or [] if not link.get("dossier_feed")]
    config.extra["social"] = others + [
        {"icon": "material/rss", "link": url, "name": ui["feed_link"], "dossier_feed": True}
    ]
    return config


def on_post_build(config):
    lang = config.extra["ui_language"]
    items = feed.entries(config.extra["dossier"], lang, config.site_url, config.extra["feed_id"], config.extra["ui"])
    text = feed.render(
        lang=lang, title=config.extra["ui"]["feed_title"], subtitle=config.site_name,
        author=config.site_author, site_url=config.site_url, feed_id=config.extra["feed_id"], items=items,
    )
    target = Path(config.site_dir) / ("" if lang == DEFAULT_LANGUAGE else lang) / feed.FEED_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
