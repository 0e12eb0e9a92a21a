"""Hook: Jinja filters for the templates in overrides/ (dates in the page's language).

The formatting itself is dossier/dates.py's, shared with the generated views.
"""
from dossier import dates


def format_day(value, lang: str) -> str:
    """"2026-11-27" (or a date) -> "27 November 2026" / "27 November 2026"."""
    return dates.format_date(str(value)[:10], lang)


def on_env(env, config, files):
    env.filters["format_date"] = format_day
    return env
