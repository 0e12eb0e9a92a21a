"""Hook: load the dossier's front matter (both languages) and data/, and check it.

Any problem stops the build with one bilingual report listing all of them, so that
`mkdocs serve`, the tests and CI all show an editor the same messages.
The loaded data is left in config.extra.dossier for the hooks that render views.
"""
import os
from pathlib import Path

from mkdocs.exceptions import PluginError

from dossier import checks, model, problems


# static-i18n runs a full build per language: load and check once while nothing changed.
_cache: dict = {}


def _inputs_fingerprint(project_dir: Path, docs_dir: Path) -> tuple:
    files = [*docs_dir.rglob("*.md"), *(project_dir / "data").glob("*.yml"),
             *(project_dir / "schemas").glob("*.json")]
    return tuple(sorted((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files))


def on_config(config):
    project_dir = Path(config.config_file_path).parent
    docs_dir = Path(config.docs_dir)
    # Pages mkdocs.yml leaves out of nav on purpose (not_in_nav, exclude_docs, draft_docs).
    exempt = [spec for spec in (config.not_in_nav, config.exclude_docs, config.draft_docs) if spec]
    fingerprint = (_inputs_fingerprint(project_dir, docs_dir), repr(config.nav), repr(exempt))
    if _cache.get("fingerprint") != fingerprint:
        dossier = model.load(project_dir, docs_dir)
        found = checks.check(dossier, project_dir / "schemas", nav=config.nav, nav_exempt=exempt)
        _cache.update(fingerprint=fingerprint, dossier=dossier, problems=found)
    if _cache["problems"]:
        if os.environ.get("GITHUB_ACTIONS") == "true":
            # Workflow commands on stdout become annotations on the pull request's diff.
            print(problems.github_annotations(_cache["problems"]), flush=True)
        raise PluginError(problems.report(_cache["problems"]))
    config.extra["dossier"] = _cache["dossier"]
    return config
