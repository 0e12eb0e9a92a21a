"""Follow-up steps in time: the dates a source gives them (planned, due, done), their status
history, whether they are upcoming, and the order the tracker lists them in.

Dates keep the precision the source gives (a year, a month or a day). A step whose source gives
no date has none here, and the pages say so rather than guess one.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .. import dates

DATE_FIELDS = ("planned", "due", "done")
# The tracker's groups, in order: what is under way first, then what is agreed, then what is over.
STATUS_ORDER = ("in_progress", "set", "done", "dropped")
CLOSED = ("done", "dropped")
# Each group's heading anchor in the tracker, the same in every language.
GROUP_ANCHORS = {"in_progress": "sedang-berjalan", "set": "ditetapkan", "done": "selesai", "dropped": "dibatalkan"}


@dataclass(frozen=True)
class Moment:
    """One dated fact of a step: a planned, due or done date, or a change of status."""

    kind: str                  # "planned", "due", "done" or "status"
    date: str                  # as written: "2024", "2024-05" or "2024-05-14"
    status: str | None = None  # for a change of status
    source: str | None = None  # the source paragraph of that fact, where it has its own


def moments(meta: dict) -> list[Moment]:
    """Every dated fact of a step, earliest first (a change of status before a date on the same day)."""
    found = [Moment("status", entry["date"], entry["status"], entry.get("source"))
             for entry in meta.get("status_history") or []]
    said = {(moment.date, moment.status) for moment in found}
    # A done date the status history already gives ("done" on that date) is the same fact: once.
    found += [Moment(kind, meta[kind], source=meta.get("date_source")) for kind in DATE_FIELDS
              if meta.get(kind) and not (kind == "done" and (meta[kind], "done") in said)]
    return sorted(found, key=lambda moment: dates.sort_key(moment.date))


def upcoming(meta: dict, today: dt.date) -> bool:
    """Not done or dropped, and its planned date (else its due date) has not passed: the last day
    that date can mean is today or later."""
    target = meta.get("planned") or meta.get("due")
    return meta.get("status") not in CLOSED and bool(target) and dates.parse(target)[1] >= today


def when(meta: dict) -> str | None:
    """The date a step is listed by: when it was done, else when it is planned, else due, else its
    last change of status; None when the source gives it no date."""
    history = meta.get("status_history") or []
    for value in (meta.get("done") if meta.get("status") == "done" else None, meta.get("planned"), meta.get("due"),
                  history[-1]["date"] if history else None):
        if value:
            return value
    return None


def ordered(steps: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """(page, front matter) of steps by status group, then date (undated last), then title."""
    def key(step):
        meta = step[1]
        date = when(meta)
        rank = STATUS_ORDER.index(meta["status"]) if meta.get("status") in STATUS_ORDER else len(STATUS_ORDER)
        return rank, date is None, dates.sort_key(date) if date else (), str(meta.get("title", ""))

    return sorted(steps, key=key)
