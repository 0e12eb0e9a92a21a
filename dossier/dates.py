"""Dates with the precision the source gives: a year, a month or a day.

A date is written in front matter as "2023", "2023-12" or "2024-02-22"; a date
the source does not give but bounds is written as {not_before: ..., not_after: ...}.
"""
from __future__ import annotations

import calendar
import datetime as dt
import os
import re

DATE_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

MONTHS = {
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
           "Agustus", "September", "Oktober", "November", "Desember"],
    "en": ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"],
}
WEEKDAYS = {
    "id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}


def today() -> dt.date:
    """The build's date, in UTC: SOURCE_DATE_EPOCH where set (reproducible builds, as MkDocs reads it)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch else dt.datetime.now(dt.timezone.utc)
    return moment.date()


class DateError(ValueError):
    """A date string that is not a real year, month or day."""


def parse(value: str) -> tuple[dt.date, dt.date]:
    """Return the first and last day a partial ISO date can mean."""
    match = DATE_PATTERN.match(str(value))
    if not match:
        raise DateError(value)
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        exact = dt.date(year, month, day)
    except ValueError as error:
        raise DateError(value) from error
    return exact, exact


def precision(value: str) -> str:
    """"year", "month" or "day"."""
    return {1: "year", 2: "month", 3: "day"}[len(str(value).split("-"))]


def interval(date_field) -> tuple[dt.date, dt.date]:
    """The span a front-matter date field (exact or bounded) can mean."""
    if isinstance(date_field, dict):
        return parse(date_field["not_before"])[0], parse(date_field["not_after"])[1]
    return parse(date_field)


def sort_key(date_field) -> tuple[dt.date, dt.date]:
    """Order events by the earliest day they can be, then the latest."""
    return interval(date_field)


def format_date(value: str, lang: str) -> str:
    """"2023-12" -> "Desember 2023"; "2024-02-22" -> "22 Februari 2024"."""
    first, _ = parse(value)
    kind = precision(value)
    if kind == "year":
        return str(first.year)
    month = MONTHS[lang][first.month - 1]
    if kind == "month":
        return f"{month} {first.year}"
    return f"{first.day} {month} {first.year}"


def format_date_field(date_field, lang: str, strings: dict) -> str:
    """Human wording of an exact or bounded date, in the page's language."""
    if isinstance(date_field, dict):
        return strings["date_between"].format(
            start=format_date(date_field["not_before"], lang),
            end=format_date(date_field["not_after"], lang),
        )
    return format_date(date_field, lang)


def weekday_named(text: str, lang: str = "id") -> int | None:
    """Index of the weekday a text names (Rabu -> 2), or None."""
    for index, name in enumerate(WEEKDAYS[lang]):
        if re.search(rf"\b{name}\b", text, re.IGNORECASE):
            return index
    return None


def weekday_of(value: str) -> int | None:
    """Weekday index of an exact day, None for a month or a year."""
    if precision(value) != "day":
        return None
    return parse(value)[0].weekday()
