"""Hook: a 404 page per language; the root one offers both languages.

MkDocs renders 404.html into the site root in each language's build, so static-i18n's last
build (English) overwrote the Indonesian one. Here the English 404 goes to en/404.html
instead, and the root 404.html, which GitHub Pages serves for every missing address, shows
Indonesian first, then English. Both link to the homes by absolute path from site_url, and
their language selector leads to the language homes: they are served at any address.
"""
from pathlib import Path
from urllib.parse import urlsplit

from dossier import interface_strings
from dossier.model import DEFAULT_LANGUAGE, LANGUAGES


def _home_path(config, lang: str) -> str:
    site_path = urlsplit(config.site_url or "/").path.rstrip("/") + "/"
    return site_path if lang == DEFAULT_LANGUAGE else f"{site_path}{lang}/"


def on_config(config):
    lang = config.extra["ui_language"]
    shown = list(LANGUAGES) if lang == DEFAULT_LANGUAGE else [lang]
    project_dir = Path(config.config_file_path).parent
    config.extra["not_found"] = [
        {
            "lang": each,
            "ui": interface_strings.load(project_dir, each),
            "home": _home_path(config, each),
        }
        for each in shown
    ]
    return config


def on_pre_template(template, template_name, config):
    if template_name == "404.html":
        # static-i18n leaves the last page's relative language links here; a 404 has no twin.
        i18n = config.plugins["i18n"]
        homes = [
            {"name": language.name, "link": _home_path(config, language.locale), "lang": language.locale}
            for language in i18n.config.languages
            if language.build
        ]
        # static-i18n sets it both as an item and as an attribute (which templates read first).
        config.extra["alternate"] = homes
        config.extra.alternate = homes
    return template


def on_post_template(output, template_name, config):
    lang = config.extra["ui_language"]
    if template_name != "404.html" or lang == DEFAULT_LANGUAGE:
        return output
    target = Path(config.site_dir) / lang / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, encoding="utf-8")
    return ""  # MkDocs then leaves the root 404.html, the default language's, as it is
