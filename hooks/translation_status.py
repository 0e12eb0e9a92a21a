"""Hook: list English pages whose Indonesian original changed since they were translated.

The build only informs (INFO, so --strict still passes): a correction in Indonesian must be
publishable before its translation catches up. Readers of such a page see a notice
(overrides/partials/translation-status.html); the record is kept by scripts/translation_status.py.
"""
from mkdocs.plugins import get_plugin_logger

from dossier import model, translation

log = get_plugin_logger("translation_status")


def on_config(config):
    lang = config.extra["ui_language"]
    stale = [] if lang == model.DEFAULT_LANGUAGE else translation.stale(config.extra["dossier"])
    stale = [status for status in stale if model.page_and_language(status.translation)[1] == lang]
    for status in stale:
        log.info(translation.stale_notice(status))
    # Read by the template, keyed by source file: {"pertemuan/x.en.md": "pertemuan/x.md"}.
    config.extra["stale_translations"] = {status.translation: status.page for status in stale}
    return config
