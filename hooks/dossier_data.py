"""Hook: load the dossier's front matter (both languages) and data/, and check it.

Any problem stops the build with one bilingual report listing all of them, so that
`mkdocs serve`, the tests and CI all show an editor the same messages.
The loaded data is left in config.extra.dossier for the hooks that render views.
"""
from pathlib import Path

from mkdocs.exceptions import PluginError

from dossier import checks, model, problems


def on_config(config):
    project_dir = Path(config.config_file_path).parent
    dossier = model.load(project_dir, Path(config.docs_dir))
    # Pages mkdocs.yml leaves out of nav on purpose (not_in_nav, exclude_docs, draft_docs).
    exempt = [spec for spec in (config.not_in_nav, config.exclude_docs, config.draft_docs) if spec]
    found = checks.check(dossier, project_dir / "schemas", nav=config.nav, nav_exempt=exempt)
    if found:
        raise PluginError(problems.report(found))
    config.extra["dossier"] = dossier
    return config
