"""Hook: Jinja filters for the templates in overrides/.

- format_date: a day in the page's language (the formatting is dossier/dates.py's).
- name_nav_sections: give Material's navigation sections their names (see below).
"""
import re

from dossier import dates


def format_day(value, lang: str) -> str:
    """"2026-11-27" (or a date) -> "27 November 2026" / "27 November 2026"."""
    return dates.format_date(str(value)[:10], lang)


# With navigation.indexes, Material 9.8 names each section's <nav> by a label that holds
# only an icon, so every section is an unnamed landmark (axe: landmark-unique). The
# section's title label comes right after; name the <nav> by that one instead.
_SECTION = re.compile(
    r'aria-labelledby="(?P<id>__nav_[\d_]+)_label"(?P<between>[^>]*>\s*)'
    r'<label class="md-nav__title" for="(?P=id)">'
)


def name_nav_sections(html: str) -> str:
    return _SECTION.sub(
        r'aria-labelledby="\g<id>_title"\g<between><label class="md-nav__title" for="\g<id>" id="\g<id>_title">',
        html,
    )


def on_env(env, config, files):
    env.filters["format_date"] = format_day
    env.filters["name_nav_sections"] = name_nav_sections
    return env
