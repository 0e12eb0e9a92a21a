"""Hook: append the glossary's acronyms to every page, in the page's language.

Python-Markdown's abbr extension then shows each acronym's meaning as a tooltip
wherever it appears. A single auto-appended snippet file cannot differ by language.
"""


def abbreviation_lines(glossary: list, lang: str) -> str:
    lines = [
        f"*[{entry['abbr']}]: {' '.join(entry['term'][lang].split())}"
        for entry in glossary
        if entry.get("abbr")
    ]
    return "\n".join(lines)


def on_page_markdown(markdown, page, config, files):
    glossary = config.extra["dossier"].glossary
    return f"{markdown}\n\n{abbreviation_lines(glossary, config.extra['ui_language'])}\n"
