"""The generated cross-views, rendered as Markdown from the dossier's data.

Each view is a pure function (dossier, page, lang, strings) -> Markdown, where `page`
is the Indonesian path of the page being built (links are made relative to it).
"""
from __future__ import annotations

import posixpath
import re

from .. import dates
from ..load.model import MARKER, Dossier
from ..site import EXPORT_PATH, SCHEMA_PATH
from . import follow_ups

# An inline link "](…sumber/x.md#p2" or a reference definition "]: …sumber/x.md#p2".
SOURCE_LINK = re.compile(r"\](?:\(|:[ \t]*)(?P<target>[^)\s]*?sumber/[a-z0-9-]+\.md)#p(?P<number>\d+)")


# ---------------------------------------------------------------- small helpers

def relative(from_page: str, to: str) -> str:
    """Link from one page to another (paths under docs/, anchors kept)."""
    target, _, anchor = to.partition("#")
    path = posixpath.relpath(target, posixpath.dirname(from_page) or ".")
    return f"{path}#{anchor}" if anchor else path


def link(from_page: str, to: str, text: str) -> str:
    return f"[{text}]({relative(from_page, to)})"


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def none_recorded(text: str) -> str:
    """A view with nothing to list says so in a sentence, not with an empty table; the search
    leaves the sentence out (a page would rank for what it says it does not have)."""
    return text + '\n{: data-pagefind-ignore="index" }\n'


def source_link(from_page: str, ref: str, s: dict) -> str:
    number = ref.rsplit("#p", 1)[1]
    title = s["source_paragraph_title"].format(n=number)
    return f'[¶{number}]({relative(from_page, ref)} "{title}")'


def institution(dossier: Dossier, from_page: str, ident: str, lang: str, in_table: bool = False) -> str:
    entry = dossier.institutions[ident]
    # In a table cell on a phone, the author's long official name would take eight lines.
    name = entry["short_name"] if in_table and entry.get("author") else entry["name"][lang]
    return link(from_page, entry["page"], name)


def institutions(dossier, from_page, idents, lang, in_table: bool = False) -> str:
    return ", ".join(institution(dossier, from_page, i, lang, in_table) for i in idents)


def page_link(dossier, from_page, page, lang) -> str:
    return link(from_page, page, dossier.title(page, lang))


def date_text(meta: dict, lang: str, s: dict) -> str:
    """The date of a record; every reading, in date order, where the source contradicts itself."""
    alternatives = meta.get("date_alternatives") or []
    if not alternatives:
        return dates.format_date_field(meta["date"], lang, s)
    days = sorted([meta["date"], *alternatives])
    if all(dates.precision(day) == "day" for day in days) and len({day[:7] for day in days}) == 1:
        # "21 atau 22 Februari 2024": the days, then their common month once.
        numbers = [str(dates.parse(day)[0].day) for day in days]
        text = numbers[0]
        for other in numbers[1:]:
            text = s["date_or"].format(first=text, second=other)
        return f"{text} {dates.format_date(days[0][:7], lang)}"
    readings = [dates.format_date(day, lang) for day in days]
    text = readings[0]
    for other in readings[1:]:
        text = s["date_or"].format(first=text, second=other)
    return text


def date_conflict_note(meta: dict, lang: str, s: dict) -> str | None:
    """Both readings of a self-contradicting date, and what is certain."""
    alternatives = meta.get("date_alternatives") or []
    if not alternatives or not isinstance(meta.get("date"), str):
        return None
    readings = [meta["date"], *alternatives]
    days = sorted(readings)
    spelled = [
        f"{dates.WEEKDAYS[lang][dates.parse(day)[0].weekday()]}, {dates.format_date(day, lang)}"
        for day in days
    ]
    months = {day[:7] for day in days}
    certain = dates.format_date(months.pop(), lang) if len(months) == 1 else s["date_between"].format(
        start=dates.format_date(days[0], lang), end=dates.format_date(days[-1], lang))
    readings_text = spelled[0]
    for other in spelled[1:]:
        readings_text = s["date_or"].format(first=readings_text, second=other)
    written = dates.weekday_named(meta.get("date_as_written", ""))
    return s["date_conflict"].format(
        text=meta.get("date_as_written", meta["date"]),
        written_weekday=dates.WEEKDAYS[lang][written] if written is not None else "",
        date=dates.format_date(meta["date"], lang),
        weekday=dates.WEEKDAYS[lang][dates.parse(meta["date"])[0].weekday()],
        readings=readings_text,
        certain=certain,
    )


def recommendations(dossier: Dossier, lang: str) -> list[tuple[str, dict, dict]]:
    """(letter page, letter front matter, recommendation) for every recommendation."""
    return [
        (page, meta, item)
        for page, meta in dossier.of_kind("letter", lang)
        for item in meta.get("recommendations") or []
    ]


# ---------------------------------------------------------------- views on one record

def record_facts(dossier: Dossier, page: str, lang: str, s: dict) -> str:
    """The facts of a letter, meeting or follow-up, from its own front matter."""
    meta = dossier.meta(page, lang)
    kind = meta.get("kind")
    rows: list[tuple[str, str]] = []
    if "date" in meta:
        rows.append((s["label_date"], date_text(meta, lang, s)))
    if kind == "letter":
        rows.append((s["label_from"], institution(dossier, page, meta["sender"], lang)))
        to = institutions(dossier, page, meta["recipients"], lang)
        if meta.get("recipients_complete") is False:
            to += " " + s["recipients_incomplete"]
        rows.append((s["label_to"], to))
    if kind == "meeting":
        rows.append((s["label_place"], meta["place"]))
        rows.append((s["label_attendees"], "; ".join(_attendees(dossier, page, meta, lang, s))))
    if meta.get("in_reply_to"):
        label = s["label_follow_up_to"] if kind == "meeting" else s["label_in_reply_to"]
        rows.append((label, page_link(dossier, page, meta["in_reply_to"], lang)))
    if kind == "follow_up":
        rows.append((s["label_owner"], institutions(dossier, page, meta["owners"], lang)))
        rows.append((s["label_status"], s[f"follow_up_status_{meta['status']}"]))
        rows.append((s["label_dates"], step_dates(meta, lang, s, dossier.today)))
        if meta.get("status_history"):
            rows.append((s["label_status_history"], "; ".join(
                f"{dates.format_date(m.date, lang)}: {s['follow_up_group_' + m.status]}"
                for m in follow_ups.moments(meta) if m.kind == "status")))
        rows.append((s["label_origin"], page_link(dossier, page, meta["origin"], lang)))
    cited = [ref for ref in [meta.get("date_source"), *(e.get("source") for e in meta.get("status_history") or [])]
             if ref and ref != meta["source"]]
    cited = list(dict.fromkeys([*cited, meta["source"]]))
    rows.append((s["label_source"], ", ".join(source_link(page, ref, s) for ref in cited)))
    lines = []
    for term, definition in rows:
        lines += [term, f":   {definition}", ""]
    return "\n".join(lines)


def date_note(dossier: Dossier, page: str, lang: str, s: dict) -> str:
    """Where the source's date contradicts itself: both readings and what is certain."""
    note = date_conflict_note(dossier.meta(page, lang), lang, s)
    return f'!!! warning ""\n\n    {note}\n' if note else ""


def _attendees(dossier, page, meta, lang, s) -> list[str]:
    parts = []
    for group in meta["attendees"]:
        people = [
            person["name"] + (f", {person['role']}" if person.get("role") else "")
            for person in group["people"]
        ] or [s["no_names_recorded"]]
        text = f"{institution(dossier, page, group['institution'], lang)}: {', '.join(people)}"
        if group.get("with_staff"):
            text += s["label_with_staff"]
        parts.append(text)
    return parts


def letter_recommendations(dossier: Dossier, page: str, lang: str, s: dict) -> str:
    meta = dossier.meta(page, lang)
    if not meta.get("recommendations"):
        return none_recorded(s["letter_recommendations_none"])
    rows = [f"| {s['label_recommendation']} | {s['label_addressed_to']} | {s['label_coordinate_with']} | {s['label_source']} |",
            "| --- | --- | --- | --- |"]
    for item in meta.get("recommendations") or []:
        rows.append(
            f"| {cell(item['summary'])} | {institution(dossier, page, item['addressed_to'], lang, in_table=True)} "
            f"| {institutions(dossier, page, item['partners'], lang, in_table=True)} | {source_link(page, item['source'], s)} |"
        )
    return "\n".join(rows) + "\n"


def meeting_raised(dossier: Dossier, page: str, lang: str, s: dict) -> str:
    meta = dossier.meta(page, lang)
    if not meta.get("raised"):
        return none_recorded(s["meeting_raised_none"])
    return "\n".join(
        f"- {item['summary']} {source_link(page, item['source'], s)}" for item in meta.get("raised") or []
    ) + "\n"


def meeting_follow_ups(dossier: Dossier, page: str, lang: str, s: dict) -> str:
    if not any(m["origin"] == page for _, m in dossier.of_kind("follow_up", lang)):
        return none_recorded(s["meeting_follow_ups_none"])
    return follow_up_table(dossier, page, lang, s, origin=page)


# ---------------------------------------------------------------- cross-views

def recommendation_table(dossier: Dossier, page: str, lang: str, s: dict) -> str:
    """Every recommendation, grouped by the institution it is addressed to."""
    rows = [f"| {s['label_addressed_to']} | {s['label_recommendation']} | {s['label_coordinate_with']} | {s['label_letter']} | {s['label_source']} |",
            "| --- | --- | --- | --- | --- |"]
    ordered = sorted(recommendations(dossier, lang), key=lambda r: list(dossier.institutions).index(r[2]["addressed_to"]))
    for letter, letter_meta, item in ordered:
        rows.append(
            f"| {institution(dossier, page, item['addressed_to'], lang, in_table=True)} | {cell(item['summary'])} "
            f"| {institutions(dossier, page, item['partners'], lang, in_table=True)} "
            f"| {link(page, letter, dates.format_date_field(letter_meta['date'], lang, s))} "
            f"| {source_link(page, item['source'], s)} |"
        )
    return "\n".join(rows) + "\n"


def institution_table(dossier: Dossier, page: str, lang: str, s: dict) -> str:
    """Each institution with the recommendations it is addressed or named in."""
    rows = [f"| {s['label_institution']} | {s['institution_heading_addressed']} | {s['institution_heading_partner']} "
            f"| {s['institution_heading_meetings']} | {s['label_mentioned_at_meeting']} |",
            "| --- | --- | --- | --- | --- |"]
    recs = recommendations(dossier, lang)
    meetings = dossier.of_kind("meeting", lang)
    for ident, entry in dossier.institutions.items():
        if entry.get("author"):
            continue
        addressed = sum(1 for _, _, r in recs if r["addressed_to"] == ident)
        partner = sum(1 for _, _, r in recs if ident in r["partners"])
        attended = sum(1 for _, m in meetings if ident in {a["institution"] for a in m["attendees"]})
        mentioned = sum(1 for _, m in meetings for r in m.get("raised") or [] if ident in r["institutions"])
        rows.append(f"| {institution(dossier, page, ident, lang, in_table=True)} | {addressed} | {partner} "
                    f"| {attended} | {mentioned} |")
    return "\n".join(rows) + "\n"


def institution_record(dossier: Dossier, page: str, lang: str, s: dict) -> str:
    """What the dossier records about the institution a page is about."""
    ident = dossier.meta(page, lang)["institution"]
    name = dossier.institution_name(ident, lang, in_sentence=True)
    recs = recommendations(dossier, lang)
    out = []

    def section(key, anchor, items, empty_key):
        if items:
            out.append(f"## {s[key]} {{#{anchor}}}\n")
            out.append("\n".join(f"- {item}" for item in items))
        else:
            # "The source records nothing": the same words on every institution's page, which
            # the search leaves out (a page would rank for what it says it does not have).
            out.append(f'## {s[key]} {{#{anchor} data-pagefind-ignore="index"}}\n')
            out.append(none_recorded(s[empty_key].format(name=name)))
        out.append("")

    section("institution_heading_addressed", "rekomendasi-untuknya", [
        f"{r['summary']} ({s['label_coordinate_with'].lower()}: {institutions(dossier, page, r['partners'], lang)}) "
        f"{link(page, letter, dates.format_date_field(m['date'], lang, s))} {source_link(page, r['source'], s)}"
        for letter, m, r in recs if r["addressed_to"] == ident
    ], "institution_addressed_none")
    section("institution_heading_partner", "mitra-koordinasi", [
        s["institution_partner_in"].format(recommendation=r["summary"],
                                           addressee=institution(dossier, page, r["addressed_to"], lang))
        + f" {source_link(page, r['source'], s)}"
        for _, _, r in recs if ident in r["partners"]
    ], "institution_partner_none")

    letters = []
    for letter, m in dossier.of_kind("letter", lang):
        label = page_link(dossier, page, letter, lang)
        when = dates.format_date_field(m["date"], lang, s)
        cite = source_link(page, m["source"], s)
        if ident in m["recipients"]:
            letters.append(s["institution_letter_received"].format(letter=label, date=when) + f" {cite}")
        elif m.get("recipients_complete") is False and m["sender"] != ident:
            letters.append(s["institution_letter_unknown"].format(
                letter=label, date=when, name=name,
                named=", ".join(dossier.institution_name(r, lang, in_sentence=True) for r in m["recipients"]))
                + f" {cite}")
    out.append(f"## {s['institution_heading_letters']} {{#surat}}\n")
    out.append("\n".join(f"- {item}" for item in letters) if letters else "-")
    out.append("")

    section("institution_heading_response", "tanggapan", [
        f"{page_link(dossier, page, letter, lang)} ({dates.format_date_field(m['date'], lang, s)}): "
        f"{m.get('summary', '')} {source_link(page, m['source'], s)}"
        for letter, m in dossier.of_kind("letter", lang) if m["sender"] == ident
    ], "institution_response_none")
    section("institution_heading_meetings", "pertemuan", [
        s["institution_meeting_attended"].format(meeting=page_link(dossier, page, meeting, lang),
                                                 date=date_text(m, lang, s))
        + f" {source_link(page, m['source'], s)}"
        for meeting, m in dossier.of_kind("meeting", lang)
        if ident in {a["institution"] for a in m["attendees"]}
    ], "institution_meetings_none")
    section("institution_heading_raised", "didorong-komnas-perempuan", [
        f"{item['summary']} ({page_link(dossier, page, meeting, lang)}) {source_link(page, item['source'], s)}"
        for meeting, m in dossier.of_kind("meeting", lang)
        for item in m.get("raised") or [] if ident in item["institutions"]
    ], "institution_raised_none")
    section("institution_heading_follow_ups", "tindak-lanjut", [
        f"{page_link(dossier, page, step, lang)}: {s['follow_up_status_' + m['status']]} "
        f"{source_link(page, m['source'], s)}"
        for step, m in dossier.of_kind("follow_up", lang) if ident in m["owners"]
    ], "institution_follow_ups_none")
    return "\n".join(out) + "\n"


def step_dates(meta: dict, lang: str, s: dict, today) -> str:
    """A step's dates in words ("direncanakan Mei 2024; tenggat 30 Juni 2024 (akan datang)"), or that
    the source gives none."""
    words = [s[f"follow_up_date_{kind}"].format(date=dates.format_date(meta[kind], lang))
             for kind in follow_ups.DATE_FIELDS if meta.get(kind)]
    if not words:
        return s["follow_up_no_date"]
    text = "; ".join(words)
    return f"{text} ({s['follow_up_upcoming']})" if follow_ups.upcoming(meta, today) else text


def follow_up_table(dossier: Dossier, page: str, lang: str, s: dict, origin: str | None = None,
                    steps: list | None = None) -> str:
    """Steps with owner, status, dates, origin and source; by status, then date (follow_ups.ordered)."""
    rows = [f"| {s['label_step']} | {s['label_owner']} | {s['label_status']} | {s['label_dates']} | {s['label_origin']} "
            f"| {s['label_source']} |", "| --- | --- | --- | --- | --- | --- |"]
    for step, m in steps if steps is not None else follow_ups.ordered(dossier.of_kind("follow_up", lang)):
        if origin and m["origin"] != origin:
            continue
        rows.append(
            f"| {page_link(dossier, page, step, lang)} | {institutions(dossier, page, m['owners'], lang, in_table=True)} "
            f"| {s['follow_up_status_' + m['status']]} | {cell(step_dates(m, lang, s, dossier.today))} "
            f"| {page_link(dossier, page, m['origin'], lang)} | {source_link(page, m['source'], s)} |"
        )
    return "\n".join(rows) + "\n"


def follow_up_tracker(dossier: Dossier, page: str, lang: str, s: dict) -> str:
    """Every step, grouped by status (under way, agreed, done, dropped), each group by date."""
    steps = follow_ups.ordered(dossier.of_kind("follow_up", lang))
    out = []
    for status in follow_ups.STATUS_ORDER:
        group = [(step, m) for step, m in steps if m["status"] == status]
        if group:
            out.append(f"## {s['follow_up_group_' + status]} {{#{follow_ups.GROUP_ANCHORS[status]}}}\n")
            out.append(follow_up_table(dossier, page, lang, s, steps=group))
    return "\n".join(out)


def timeline_events(dossier: Dossier, lang: str) -> list[tuple[str, dict]]:
    """Every dated letter and meeting, earliest first."""
    events = dossier.of_kind("letter", lang) + dossier.of_kind("meeting", lang)
    return sorted(events, key=lambda event: dates.sort_key(event[1]["date"]))


def timeline(dossier: Dossier, page: str, lang: str, s: dict) -> str:
    """Every dated letter and meeting, and every date of a follow-up step (planned, due, done, a
    change of status), earliest first; upcoming dates are marked."""
    rows = [f"| {s['label_date']} | {s['label_event']} | {s['label_who']} | {s['label_source']} |",
            "| --- | --- | --- | --- |"]
    dated = []
    for event, m in timeline_events(dossier, lang):
        if m["kind"] == "letter":
            who = [m["sender"]]
        else:
            who = [a["institution"] for a in m["attendees"]]
        dated.append((dates.sort_key(m["date"]), f"| {cell(date_text(m, lang, s))} | {page_link(dossier, page, event, lang)} "
                      f"| {institutions(dossier, page, who, lang, in_table=True)} "
                      f"| {source_link(page, m.get('date_source') or m['source'], s)} |"))
    for step, m in dossier.of_kind("follow_up", lang):
        for moment in follow_ups.moments(m):
            when = dates.format_date(moment.date, lang)
            if moment.kind in ("planned", "due") and follow_ups.upcoming(m, dossier.today) \
                    and dates.parse(moment.date)[1] >= dossier.today:
                when += f" ({s['follow_up_upcoming']})"
            status = s["follow_up_group_" + moment.status] if moment.status else ""
            what = s[f"timeline_follow_up_{moment.kind}"].format(step=page_link(dossier, page, step, lang), status=status)
            dated.append((dates.sort_key(moment.date), f"| {cell(when)} | {what} "
                          f"| {institutions(dossier, page, m['owners'], lang, in_table=True)} "
                          f"| {source_link(page, moment.source or m['source'], s)} |"))
    rows += [row for _, row in sorted(dated, key=lambda entry: entry[0])]
    return "\n".join(rows) + "\n"


def meeting_list(dossier: Dossier, page: str, lang: str, s: dict) -> str:
    rows = [f"| {s['label_date']} | {s['label_meeting']} | {s['label_place']} |", "| --- | --- | --- |"]
    for meeting, m in sorted(dossier.of_kind("meeting", lang), key=lambda e: dates.sort_key(e[1]["date"])):
        rows.append(f"| {cell(date_text(m, lang, s))} | {page_link(dossier, page, meeting, lang)} | {cell(m['place'])} |")
    return "\n".join(rows) + "\n"


def letter_list(dossier: Dossier, page: str, lang: str, s: dict) -> str:
    rows = [f"| {s['label_date']} | {s['label_letter']} | {s['label_from']} | {s['label_to']} |",
            "| --- | --- | --- | --- |"]
    for letter, m in sorted(dossier.of_kind("letter", lang), key=lambda e: dates.sort_key(e[1]["date"])):
        to = institutions(dossier, page, m["recipients"], lang, in_table=True)
        if m.get("recipients_complete") is False:
            to += " " + s["recipients_incomplete"]
        rows.append(f"| {cell(dates.format_date_field(m['date'], lang, s))} | {page_link(dossier, page, letter, lang)} "
                    f"| {institution(dossier, page, m['sender'], lang, in_table=True)} | {cell(to)} |")
    return "\n".join(rows) + "\n"


def cited_paragraphs(dossier: Dossier, source_page: str, lang: str, strings: dict) -> dict[str, list[int]]:
    """page -> numbers of the paragraphs of `source_page` it links to or cites in front matter."""
    cited: dict[str, set[int]] = {}
    for page, versions in dossier.pages.items():
        version = versions.get(lang)
        if page == source_page or version is None:
            continue
        # Generated views cite the source too: render them (not this view, to avoid recursion).
        body = version.body
        if "derived-pages" not in body:
            body = render_markers(body, dossier, page, lang, strings)
        text = body + "\n" + repr(version.meta)
        for match in SOURCE_LINK.finditer(text):
            target = posixpath.normpath(posixpath.join(posixpath.dirname(page), match["target"]))
            if target == source_page:
                cited.setdefault(page, set()).add(int(match["number"]))
        for ref in re.findall(r"(sumber/[a-z0-9-]+\.md)#p(\d+)", repr(version.meta)):
            if ref[0] == source_page:
                cited.setdefault(page, set()).add(int(ref[1]))
    return {page: sorted(numbers) for page, numbers in sorted(cited.items())}


def derived_pages(dossier: Dossier, page: str, lang: str, s: dict) -> str:
    cited = cited_paragraphs(dossier, page, lang, s)
    if not cited:
        return s["derived_none"] + "\n"
    lines = []
    for other, numbers in cited.items():
        refs = ", ".join(f"[{n}](#p{n})" for n in numbers)
        lines.append(f"- {page_link(dossier, page, other, lang)}: {s['derived_paragraphs'].format(list=refs)}")
    return "\n".join(lines) + "\n"


def glossary(dossier: Dossier, page: str, lang: str, s: dict) -> str:
    out = []
    for entry in dossier.glossary:
        out.append(f"## {entry['term'][lang]} {{#{entry['id']}}}\n")
        out.append(" ".join(entry["definition"][lang].split()) + "\n")
    return "\n".join(out)


def data_export(dossier: Dossier, page: str, lang: str, s: dict) -> str:
    """Links to the JSON export, relative to the page (mkdocs does not know these files)."""
    up = "../" * (page.count("/") + (0 if page.endswith("index.md") else 1))
    return (f'- <a href="{up}{EXPORT_PATH}" type="application/json">{s["data_export_link"]}</a>\n'
            f'- <a href="{up}{SCHEMA_PATH}" type="application/schema+json">{s["data_schema_link"]}</a>\n')


VIEWS = {
    "record-facts": record_facts,
    "date-note": date_note,
    "letter-recommendations": letter_recommendations,
    "meeting-raised": meeting_raised,
    "meeting-follow-ups": meeting_follow_ups,
    "recommendation-table": recommendation_table,
    "institution-table": institution_table,
    "institution-record": institution_record,
    "follow-up-tracker": follow_up_tracker,
    "timeline": timeline,
    "meeting-list": meeting_list,
    "letter-list": letter_list,
    "derived-pages": derived_pages,
    "glossary": glossary,
    "data-export": data_export,
}

# The views that add headings (so anchors other pages may link to); the others add none.
VIEWS_WITH_ANCHORS = {"institution-record", "glossary", "follow-up-tracker"}


def render_markers(markdown: str, dossier: Dossier, page: str, lang: str, s: dict,
                   only: set[str] | None = None) -> str:
    """Replace each <!-- dossier:NAME --> with its view; unknown names raise KeyError.

    `only`: render just these views and drop the other markers (to learn anchors cheaply).
    """
    def view(match):
        name = match["name"]
        if only is not None and name in VIEWS and name not in only:
            return ""
        return VIEWS[name](dossier, page, lang, s)

    return MARKER.sub(view, markdown)
