"""dossier/views/follow_ups.py: a follow-up step's dates, status history, upcoming flag and order."""
from __future__ import annotations

import datetime as dt

from dossier.views import follow_ups

STEP = {"status": "in_progress", "planned": "2024-05", "due": "2024-06-30",
        "status_history": [{"date": "2024-02-22", "status": "set"}, {"date": "2024-04", "status": "in_progress"}]}


def test_moments_are_every_dated_fact_earliest_first():
    assert [(m.kind, m.date, m.status) for m in follow_ups.moments(STEP)] == [
        ("status", "2024-02-22", "set"), ("status", "2024-04", "in_progress"),
        ("planned", "2024-05", None), ("due", "2024-06-30", None)]


def test_a_done_date_the_history_gives_too_is_one_moment():
    done = {"status": "done", "done": "2024-03", "status_history": [{"date": "2024-03", "status": "done"}]}
    assert [(m.kind, m.date) for m in follow_ups.moments(done)] == [("status", "2024-03")]


def test_a_step_without_dates_has_none():
    assert follow_ups.moments({"status": "set"}) == []
    assert follow_ups.when({"status": "set"}) is None


def test_upcoming_until_the_last_day_its_date_can_mean():
    assert follow_ups.upcoming(STEP, dt.date(2024, 5, 31))       # "May 2024": still this month
    assert not follow_ups.upcoming(STEP, dt.date(2024, 6, 1))    # planned date passed
    assert follow_ups.upcoming({**STEP, "planned": None}, dt.date(2024, 6, 1))  # then the due date
    assert not follow_ups.upcoming({**STEP, "status": "done"}, dt.date(2024, 1, 1))
    assert not follow_ups.upcoming({"status": "set"}, dt.date(2024, 1, 1))


def test_steps_are_ordered_by_status_then_date_undated_last():
    steps = [("a.md", {"title": "A", "status": "set"}),
             ("b.md", {"title": "B", "status": "done", "done": "2024-03"}),
             ("c.md", {"title": "C", "status": "set", "planned": "2024-07"}),
             ("d.md", {"title": "D", "status": "in_progress", "due": "2025"}),
             ("e.md", {"title": "E", "status": "set", "planned": "2024-02-10"})]
    assert [page for page, _ in follow_ups.ordered(steps)] == ["d.md", "e.md", "c.md", "a.md", "b.md"]
