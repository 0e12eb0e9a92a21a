"""Hook: under `mkdocs serve`, content problems show in the browser instead of stopping the server.

`mkdocs build` (CI, the tests, publishing) still stops on any problem and writes no site
(hooks/load_and_check.py). Under serve, every page of the language being built becomes one page
listing the problems (file, line, what is wrong, the fix, in both languages). MkDocs' live reload
is injected into it as into any page, so saving the fixed file rebuilds the site and the browser
shows the page it was on again. The terminal gets the same report (hooks/load_and_check.py).
"""
from build_state import STATE
from mkdocs.plugins import event_priority

from dossier import project


def on_startup(command, dirty):
    STATE.serving = command == "serve"  # MkDocs' documented way to tell serve from build


@event_priority(-110)  # after static-i18n's on_files (-100) has chosen this language's pages
def on_files(files, config):
    if STATE.problems:
        page = project.problems_page(STATE.problems, STATE.lang)
        for file in files.documentation_pages():
            file.content_string = page  # MkDocs 1.6: the page is read from this text, not the file
    return files
