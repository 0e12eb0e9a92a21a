"""Search: a Pagefind index of the built site in which any form of a word finds every page
that uses the word in any form.

Pagefind (PyPI `pagefind`; its binary comes with the `bin` extra) indexes each language apart,
by the page's <html lang>, and stems words with Snowball's stemmers. Snowball's Indonesian
stemmer misses many affixed forms (me-, pe- and ber- before t, k, s or a vowel; "kementerian"
does not lead to "menteri"), so before indexing every word of the articles is grouped by its
root (Indonesian: Sastrawi's dictionary-based stemmer; English: a small suffix stemmer), and
each page is given the other forms of its words' families. They are added to the copy of the
page handed to Pagefind only: readers, and screen readers, never meet them.

What is indexed of a page: its article (data-pagefind-body), less what the templates mark
data-pagefind-ignore (the translation notice, the dates and citation, statements that the
source records nothing) and the "#" permalinks. The title weighs most; other headings keep
Pagefind's weights (h2 6 ... h6 2, text 1). Each page also gets filters, by kind of page and by
institution, from the dossier's data, with values in the page's language.

The extra forms follow an element with id FORMS_ID, in groups "form: other forms ...", and weigh
ADDED_FORM_WEIGHT, less than a word of the text: a page that uses the very word a reader typed
ranks above one that only uses another form of it ("pendataan" finds the pages about data
collection before the one with a heading "Data terbuka"). The first word
of each group is a form the page itself uses: when a reader's word matched only an added form,
the search dialog (docs/assets/javascripts/search.js) shows and highlights that form where the
page uses it instead.

Nothing here imports MkDocs; hooks/search.py calls index_site() after the build.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import html
import re
import shutil
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .load import model

BUNDLE_DIR = "pagefind"
PRINT_VIEW_MARK = "data-dossier-print-view"  # dossier/views/print_view.py's MARK
FORMS_ID = "dossier-search-forms"
TITLE_WEIGHT = 10  # Pagefind's maximum: a page about a subject before one that mentions it
# Pagefind weighs on a quadratic scale: an added form counts a quarter of a word of the text.
ADDED_FORM_WEIGHT = 0.5
# Pagefind's own interfaces, which the site does not use (its dialog uses the JavaScript API).
UNUSED_BUNDLE_FILES = (
    "pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
    "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js",
)
# Kinds of page offered as a filter; every other kind (home, views, glossary, about) is "overview".
KIND_FILTERS = ("institution", "letter", "meeting", "follow_up", "source")

WORD = re.compile(r"[^\W_]+")  # letters and digits, as Pagefind keeps them
_ARTICLE = re.compile(r'<article class="md-content__inner[^"]*"')
_ARTICLE_END = "</article>"
_H1 = re.compile(r"<h1(?=[\s>])")
_PERMALINK = re.compile(r'<a class="headerlink"[^>]*>#</a>')
_LANG = re.compile(r'<html[^>]*\slang="([^"]+)"')


# ---------------------------------------------------------------- roots of words

@functools.lru_cache(maxsize=1)
def _sastrawi():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


_ENGLISH_SUFFIXES = sorted((
    "abilities", "ability", "ables", "able", "ibilities", "ibility", "ibles", "ible",
    "isations", "isation", "izations", "ization", "ations", "ation", "ators", "ator",
    "ates", "ated", "ating", "ate", "itions", "ition", "ions", "ion", "ments", "ment",
    "nesses", "ness", "ities", "ity", "ives", "ive", "ings", "ing", "ers", "er", "ies", "ied",
    "es", "ed", "ly", "s",  # not "al": informal is not information, nor national nation
), key=len, reverse=True)


def english_root(word: str) -> str:
    """A simple suffix stemmer: coordinate, coordinates, coordinated, coordinating, coordination
    -> "coordin"; recommends, recommended, recommendation -> "recommend"; ministry, ministries
    -> "ministr". Roots keep at least 3 letters."""
    for suffix in _ENGLISH_SUFFIXES:
        if not word.endswith(suffix) or len(word) - len(suffix) < 3:
            continue
        stem = word[: -len(suffix)]
        if suffix == "es" and not stem.endswith(("s", "x", "z", "ch", "sh")):
            continue  # notes -> note, not "not"; boxes, addresses -> box, address
        if suffix == "s" and stem.endswith(("s", "u", "i")):
            continue  # address, status, basis
        word = stem
        break
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "aeiosl":
        word = word[:-1]  # stopped -> stopp -> stop
    if len(word) > 4 and (word[-1] == "e" or (word[-1] == "y" and word[-2] not in "aeiou")):
        word = word[:-1]  # coordinate, issue; ministry (not they, day)
    return word


@functools.lru_cache(maxsize=None)
def word_root(word: str, lang: str) -> str:
    """The root a word form is grouped under: "perlindungan" -> "lindung" (Sastrawi)."""
    word = word.lower()
    if lang == "id":
        return _sastrawi().stem(word) or word
    return english_root(word)


def words_of(text: str) -> list[str]:
    return WORD.findall(text.lower())


# ---------------------------------------------------------------- the article's words

# Elements Pagefind leaves out of its index by itself.
_LEFT_OUT = {"head", "style", "script", "noscript", "label", "form", "svg", "footer", "nav",
             "iframe", "template"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr"}
# Inline elements: Pagefind joins their text to their neighbours' (no space between).
_INLINE = {"a", "abbr", "acronym", "b", "bdo", "big", "button", "cite", "code", "dfn", "em",
           "i", "img", "input", "kbd", "map", "object", "output", "q", "samp", "select", "small",
           "span", "strong", "sub", "sup", "textarea", "time", "tt", "var", "mark", "s", "u"}


_TOKEN = re.compile(r"<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>|([^<]+)", re.DOTALL)


def article_words(page_html: str) -> list[str]:
    """Every word Pagefind indexes from the page's article, in order: the text of its elements
    but those left out, inline elements joined to their neighbours as Pagefind joins them. A scan
    of tags, not an HTML parser: on a large dossier a parser was most of the indexing's time."""
    start = _ARTICLE.search(page_html)
    if not start:
        return []
    end = page_html.rfind(_ARTICLE_END)
    words: list[str] = []
    stack: list[tuple[str, bool]] = []   # (tag, left out) of the open elements
    run: list[str] = []

    def flush():
        if run:
            words.extend(words_of(html.unescape("".join(run))))
            run.clear()

    for token in _TOKEN.finditer(page_html, start.start(), end + len(_ARTICLE_END)):
        closing, tag, attrs, text = token.groups()
        if text is not None:
            if stack and not stack[-1][1]:
                run.append(text)
            continue
        if tag is None:
            continue  # a comment
        tag = tag.lower()
        if tag not in _INLINE:
            flush()
        if tag in _VOID:
            continue
        if closing:
            if any(entry[0] == tag for entry in stack):
                while stack.pop()[0] != tag:
                    pass
            if not stack:
                break  # the article's end
            continue
        out = (stack[-1][1] if stack else False) or tag in _LEFT_OUT or "data-pagefind-ignore" in attrs
        stack.append((tag, out))
        if attrs.rstrip().endswith("/"):
            stack.pop()  # <x/> closes itself
    flush()
    return words


# ---------------------------------------------------------------- families and extra forms

def families(pages: list[list[str]], lang: str) -> dict[str, set[str]]:
    """Root -> every form of it in the given pages (Indonesian: the root too, a dictionary word
    a reader may type although no page uses it bare)."""
    found: dict[str, set[str]] = defaultdict(set)
    for words in pages:
        for word in words:
            found[word_root(word, lang)].add(word)
    if lang == "id":
        for root, forms in found.items():
            if root.isalpha():
                forms.add(root)
    return dict(found)


def extra_forms(words: list[str], family_of: dict[str, set[str]], lang: str) -> list[tuple[str, list[str]]]:
    """(the first form of a family the page uses, the family's forms it does not use) for each
    family of the page that has forms elsewhere, in the order the page first uses them."""
    first_of: dict[str, str] = {}   # root -> first form used
    for word in words:
        first_of.setdefault(word_root(word, lang), word)
    forms_used = set(words)
    extras = []
    for root, first in first_of.items():
        missing = sorted(family_of.get(root, set()) - forms_used)
        if missing:
            extras.append((first, missing))
    return extras


def forms_html(extras: list[tuple[str, list[str]]]) -> str:
    """The extra forms as Pagefind is to index them, after the element the dialog looks for."""
    if not extras:
        return ""
    groups = " ".join(f"{first}: {' '.join(missing)}" for first, missing in extras)
    return f'<div id="{FORMS_ID}" data-pagefind-weight="{ADDED_FORM_WEIGHT}">{groups}</div>'


def filters_html(filters: dict[str, list[str]]) -> str:
    return "".join(
        f'<span data-pagefind-filter="{html.escape(name)}:{html.escape(value, quote=True)}"></span>'
        for name, values in sorted(filters.items()) for value in values
    )


def prepared_html(page_html: str, extras: list[tuple[str, list[str]]],
                  filters: dict[str, list[str]]) -> str:
    """The page as handed to Pagefind: its article marked as the body, the title weighted, the
    permalinks out, filters and the extra forms at the article's end. Raises if it has no article."""
    match = _ARTICLE.search(page_html)
    end = page_html.rfind(_ARTICLE_END)
    if not match or end < match.end():
        raise ValueError("no Material article in the page")
    article = page_html[match.start():end]
    article = article.replace("<article", "<article data-pagefind-body", 1)
    article = _H1.sub(f'<h1 data-pagefind-weight="{TITLE_WEIGHT}"', article, count=1)
    article = _PERMALINK.sub("", article)
    return (page_html[:match.start()] + article + filters_html(filters) + forms_html(extras)
            + page_html[end:])


# ---------------------------------------------------------------- filters from the dossier

def institutions_of(meta: dict) -> list[str]:
    """Ids of the institutions a page is about or names in its facts, in order, once each."""
    found = [meta.get("institution"), meta.get("sender"), meta.get("publisher"),
             *(meta.get("recipients") or []), *(meta.get("owners") or [])]
    for recommendation in meta.get("recommendations") or []:
        found += [recommendation.get("addressed_to"), *(recommendation.get("partners") or [])]
    for attendee in meta.get("attendees") or []:
        found.append(attendee.get("institution"))
    for item in meta.get("raised") or []:
        found += item.get("institutions") or []
    return list(dict.fromkeys(ident for ident in found if isinstance(ident, str)))


def page_filters(dossier: model.Dossier, page: str, lang: str, strings: dict) -> dict[str, list[str]]:
    """{"kind": [label], "institution": [names]} of a page, in its language (strings/<lang>.yml)."""
    meta = dossier.meta(page, lang)
    kind = meta.get("kind") if meta.get("kind") in KIND_FILTERS else "overview"
    names = [dossier.institution_name(ident, lang) for ident in institutions_of(meta)
             if ident in dossier.institutions]
    return {"kind": [strings[f"search_kind_{kind}"]], "institution": names}


def site_filters(dossier: model.Dossier, strings: dict[str, dict]) -> dict[str, dict[str, list[str]]]:
    """URL of every page -> its filters."""
    return {
        "/" + dossier.site.page_url(page, lang): page_filters(dossier, page, lang, strings[lang])
        for page, versions in dossier.pages.items() for lang in versions if lang in strings
    }


# ---------------------------------------------------------------- indexing the site

@dataclass
class LanguageStats:
    pages: int = 0
    extra: dict = field(default_factory=dict, repr=False)   # url -> extras, for tests


@dataclass
class BuiltPage:
    url: str        # "/en/x/"
    path: str       # "en/x/index.html", under the site
    lang: str
    html: str
    words: list = field(default_factory=list)


def built_pages(site_dir: Path) -> list[BuiltPage]:
    """Every page of the site with an article, but the 404 pages; in path order."""
    pages = []
    for file in sorted(site_dir.rglob("*.html")):
        relative = file.relative_to(site_dir).as_posix()
        if relative.startswith(f"{BUNDLE_DIR}/") or relative.split("/")[-1] == "404.html":
            continue
        text = file.read_text(encoding="utf-8")
        lang = _LANG.search(text)
        if not lang or not _ARTICLE.search(text):
            continue  # redirects and other pages without an article
        if PRINT_VIEW_MARK in text:
            continue  # the print view repeats every page (dossier/views/print_view.py)
        url = "/" + (relative[: -len("index.html")] if relative.endswith("index.html") else relative)
        pages.append(BuiltPage(url, relative, lang[1].lower(), text))
    return pages


def prepare_site(site_dir: Path, target: Path, filters: dict | None = None) -> dict[str, LanguageStats]:
    """Write the copy of every page Pagefind is to index into target; per language, its pages and the forms each was given."""
    pages = built_pages(site_dir)
    stats: dict[str, LanguageStats] = {}
    by_lang: dict[str, list[BuiltPage]] = defaultdict(list)
    for page in pages:
        page.words = article_words(page.html)
        by_lang[page.lang].append(page)
    for lang, of_lang in by_lang.items():
        family_of = families([page.words for page in of_lang], lang)
        found = stats[lang] = LanguageStats(pages=len(of_lang))
        for page in of_lang:
            extras = extra_forms(page.words, family_of, lang)
            found.extra[page.url] = extras
            out = target / page.path
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(prepared_html(page.html, extras, (filters or {}).get(page.url, {})), encoding="utf-8")
    return stats


async def _pagefind(folder: Path, output: Path) -> int:
    from pagefind.index import IndexConfig, PagefindIndex

    # One request for the whole folder: Pagefind's Python service answers each request on a
    # 0.1 s poll, which one request per page would pay a thousand times on a large dossier.
    async with PagefindIndex(IndexConfig(output_path=str(output))) as index:
        result = await index.add_directory(str(folder))
    return result["page_count"]


def _run(coroutine):
    """asyncio.run, also where the caller already runs an event loop (Playwright's sync API does,
    in the test session): then in a thread of its own."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def index_site(site_dir: Path, filters: dict | None = None) -> dict[str, LanguageStats]:
    """Index every page of the built site into site_dir/pagefind/ (one index per language)."""
    site_dir = Path(site_dir).resolve()
    output = site_dir / BUNDLE_DIR
    if output.exists():
        shutil.rmtree(output)
    with tempfile.TemporaryDirectory(prefix="dossier-search-") as folder:
        stats = prepare_site(site_dir, Path(folder), filters)
        indexed = _run(_pagefind(Path(folder), output))
    if indexed != sum(found.pages for found in stats.values()):
        raise RuntimeError(f"Pagefind indexed {indexed} pages of {sum(s.pages for s in stats.values())}")
    for name in UNUSED_BUNDLE_FILES:
        (output / name).unlink(missing_ok=True)
    return stats
