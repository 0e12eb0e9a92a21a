"""Hook: make the interface strings of the language being built available.

strings/<lang>.yml -> config.extra.ui, read by the other hooks and by templates in overrides/.
"""
from pathlib import Path

from dossier import interface_strings


def current_language(config) -> str:
    """The language static-i18n is building now (it builds one language at a time)."""
    i18n = config.plugins.get("i18n")
    return getattr(i18n, "current_language", None) or config.theme.get("language", "id")


def on_config(config):
    project_dir = Path(config.config_file_path).parent
    lang = current_language(config)
    config.extra["ui"] = interface_strings.load(project_dir, lang)
    config.extra["ui_language"] = lang
    return config
