"""Hook: publish the dossier's data as JSON with its schema, per language.

/data/dossier.json (Indonesian) and /en/data/dossier.json (English), each beside
dossier.schema.json; the About page links to them.
"""
import json
import shutil
from pathlib import Path

from dossier import export


def on_post_build(config):
    lang = config.extra["ui_language"]
    document = export.build(config.extra["dossier"], lang, config.site_url or "/")
    # static-i18n builds every language into the same site_dir, English under en/.
    language_dir = Path(config.site_dir) / ("" if lang == "id" else lang)
    target = language_dir / export.EXPORT_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    schema = Path(config.config_file_path).parent / "schemas" / "export" / "dossier.schema.json"
    shutil.copyfile(schema, language_dir / export.SCHEMA_PATH)
