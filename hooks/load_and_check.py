"""Hook: load the dossier (front matter of every page, data/, git's history) and check it, for each language built.

Any problem stops the build with one bilingual report, the cause first, so that `mkdocs build`,
the tests, CI and `python -m dossier check` show an editor the same messages. Under `mkdocs serve`
the problems are shown in the browser instead (hooks/serve_errors.py). Translations that may be
out of date are information, not problems: logged, and annotated on a pull request.
"""
import os
import sys
from pathlib import Path

from build_state import STATE, current_language
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger

from dossier import project

log = get_plugin_logger("dossier")


@event_priority(-110)  # after static-i18n's on_config (-100) has set this build's theme.language
def on_config(config):
    project_dir = Path(config.config_file_path).parent
    lang = current_language(config)
    # static-i18n builds the other languages inside the default language's build, from the same
    # files: they use what that build loaded and checked. Every build (and every rebuild under
    # `mkdocs serve`) starts with the default language, so nothing stale is ever used.
    if STATE.loaded is None or lang == STATE.site.default:
        STATE.loaded = project.load_and_check(project_dir, docs_dir=Path(config.docs_dir), site_url=config.site_url,
                                              nav=config.nav, nav_exempt=(config.not_in_nav, config.exclude_docs,
                                                                          config.draft_docs), repo_url=config.repo_url)
    loaded = STATE.loaded
    STATE.site, STATE.lang, STATE.problems = loaded.site, lang, loaded.problems
    STATE.strings = project.strings(project_dir, STATE.lang)
    said = project.said(loaded, STATE.lang, in_actions=os.environ.get("GITHUB_ACTIONS") == "true")
    if said.commands:
        print(said.commands, flush=True)  # workflow commands on stdout become annotations on the files
    if said.report and not STATE.serving:
        STATE.loaded = None
        raise PluginError(said.report)
    if said.report and STATE.lang == loaded.site.default:
        print(said.report, file=sys.stderr, flush=True)  # not a log warning: --strict would stop serve
    for line in said.info:
        log.info(line)  # INFO: --strict still passes
    STATE.dossier = project.empty_dossier(loaded) if loaded.problems else loaded.dossier
    STATE.stale = {item.translation: item for item in loaded.stale_in(STATE.lang)}
    # The feed in the footer's links (Material's extra.social, printed as given): its published
    # address, so that it works from any copy of the site, in this language.
    feed = {"icon": "material/rss", "link": STATE.site.absolute(project.feed_path(STATE.site, STATE.lang)),
            "name": STATE.strings["feed_link"], "dossier_feed": True}
    config.extra["social"] = [link for link in config.extra.get("social") or [] if not link.get("dossier_feed")] + [feed]
    return config
