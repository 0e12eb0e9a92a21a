"""Hook: load the dossier (front matter of every page, data/) and check it, for each language built.

Any problem stops the build with one bilingual report, the cause first, so that
`mkdocs serve`, the tests, CI and `python -m dossier check` show an editor the same messages.
"""
import os
from pathlib import Path

from build_state import STATE, current_language
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger

from dossier import project
from dossier.checks import problems

log = get_plugin_logger("dossier")


@event_priority(-110)  # after static-i18n's on_config (-100) has set this build's theme.language
def on_config(config):
    project_dir = Path(config.config_file_path).parent
    lang = current_language(config)
    # static-i18n builds the other languages inside the default language's build, from the same
    # files: they use what that build loaded and checked. Every build (and every rebuild under
    # `mkdocs serve`) starts with the default language, so nothing stale is ever used.
    if STATE.dossier is None or lang == STATE.site.default:
        loaded = project.load_and_check(project_dir, docs_dir=Path(config.docs_dir), site_url=config.site_url,
                                        nav=config.nav, nav_exempt=(config.not_in_nav, config.exclude_docs,
                                                                    config.draft_docs))
        if loaded.problems:
            STATE.dossier = None
            if os.environ.get("GITHUB_ACTIONS") == "true":
                # Workflow commands on stdout become annotations on the pull request's diff.
                print(problems.github_annotations(loaded.problems), flush=True)
            raise PluginError(problems.report(loaded.problems))
        STATE.site, STATE.dossier = loaded.site, loaded.dossier
    STATE.lang = lang
    STATE.strings = project.strings(project_dir, STATE.lang)
    STATE.stale = {}
    for status in project.stale_translations(STATE.dossier, STATE.lang):
        log.info(project.stale_notice(status))  # INFO: --strict still passes
        STATE.stale[status.translation] = status.page
    # The feed in the footer's links (Material's extra.social), in this language.
    feed = {"icon": "material/rss", "link": project.feed_path(STATE.site, STATE.lang),
            "name": STATE.strings["feed_link"], "dossier_feed": True}
    config.extra["social"] = [link for link in config.extra.get("social") or [] if not link.get("dossier_feed")] + [feed]
    return config
