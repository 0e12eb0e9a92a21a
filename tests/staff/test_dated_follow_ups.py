"""Dated follow-up steps, as staff record them (tests/fixtures/good/dated-follow-ups.yml): on the
step's page, in the timeline, grouped and ordered in the tracker, in the feed and in the JSON export.
The source's own step keeps no date, and its page says so in both languages."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import jsonschema
import pytest
import yaml
from bs4 import BeautifulSoup
from staff_helpers import PROJECT, apply_case, copy_project, run_checks

MAY_10_2024 = str(int(dt.datetime(2024, 5, 10, tzinfo=dt.timezone.utc).timestamp()))  # the build's "today"
CASE = yaml.safe_load((PROJECT / "tests" / "fixtures" / "good" / "dated-follow-ups.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = copy_project(tmp_path_factory.mktemp("dated") / "project")
    apply_case(root, CASE)
    assert [p.render() for p in run_checks(root)] == []
    out = root.parent / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": MAY_10_2024}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)],
                            cwd=root, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def article(site, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser").select_one("article")


def words(element) -> str:
    return " ".join(element.get_text(" ").split())


@pytest.mark.parametrize("prefix, planned, upcoming, history", [
    ("", "direncanakan Mei 2024; tenggat 30 Juni 2024 (akan datang)", "akan datang",
     "22 Februari 2024: Ditetapkan; April 2024: Sedang berjalan"),
    ("en/", "planned for May 2024; due by 30 June 2024 (upcoming)", "upcoming",
     "22 February 2024: Agreed; April 2024: In progress"),
])
def test_the_step_page_gives_its_dates_and_status_history(site, prefix, planned, upcoming, history):
    facts = words(article(site, f"{prefix}tindak-lanjut/pendataan-bps").select_one("dl"))
    assert planned in facts and history in facts


@pytest.mark.parametrize("prefix, no_date", [("", "Sumber tidak menyebut tanggal untuk langkah ini."),
                                             ("en/", "The source gives no date for this step.")])
def test_the_sources_own_step_says_it_has_no_date(site, prefix, no_date):
    assert no_date in words(article(site, f"{prefix}tindak-lanjut/koordinasi-kementerian-lembaga").select_one("dl"))


@pytest.mark.parametrize("prefix, expected", [
    ("", ["22 Februari 2024|Status Ditetapkan: Data bersama", "22 Februari 2024|Status Ditetapkan: Pendataan",
          "Maret 2024|Status Selesai: Data bersama", "April 2024|Status Sedang berjalan: Pendataan",
          "Mei 2024 (akan datang)|Direncanakan: Pendataan", "30 Juni 2024 (akan datang)|Tenggat: Pendataan"]),
    ("en/", ["22 February 2024|Status Agreed: Shared data", "22 February 2024|Status Agreed: Counting",
             "March 2024|Status Done: Shared data", "April 2024|Status In progress: Counting",
             "May 2024 (upcoming)|Planned: Counting", "30 June 2024 (upcoming)|Due: Counting"]),
])
def test_dated_steps_are_in_the_timeline_in_date_order(site, prefix, expected):
    rows = [row.select("td") for row in article(site, f"{prefix}linimasa").select("tbody tr")]
    steps = [f"{words(date)}|{words(event)}" for date, event, *_ in rows if "tindak-lanjut" in str(event)]
    assert [step[:len(want)] for step, want in zip(steps, expected)] == expected and len(steps) == len(expected)
    assert len(rows) == 3 + len(expected)  # the letters and the meeting are still there, in order


@pytest.mark.parametrize("prefix, groups", [("", ["Sedang berjalan", "Ditetapkan", "Selesai"]),
                                            ("en/", ["In progress", "Agreed", "Done"])])
def test_the_tracker_groups_by_status_and_orders_by_date(site, prefix, groups):
    tracker = article(site, f"{prefix}tindak-lanjut")
    headings = [h for h in tracker.select("h2") if h["id"] != "kutip"]  # the page's citation comes after
    assert [words(h).rstrip(" #") for h in headings] == groups
    assert [h["id"] for h in headings] == ["sedang-berjalan", "ditetapkan", "selesai"]
    tables = [[words(row.select("td")[0]) for row in table.select("tbody tr")] for table in tracker.select("table")]
    assert [len(rows) for rows in tables] == [1, 1, 1]


@pytest.mark.parametrize("prefix, title", [("", "Pendataan pekerja rumahan bersama BPS: status Sedang berjalan"),
                                           ("en/", "Counting homeworkers with BPS: status In progress")])
def test_the_feed_announces_each_change_of_status(site, prefix, title):
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = ET.parse(site / prefix / "feed.xml").getroot().findall("a:entry", ns)
    changes = {entry.findtext("a:title", namespaces=ns): entry for entry in entries if "/status/" in entry.findtext("a:id", namespaces=ns)}
    assert len(changes) == 4  # two steps, two changes each
    entry = changes[title]
    assert entry.findtext("a:id", namespaces=ns).endswith("/follow_up/pendataan-bps/status/2024-04/in_progress")
    assert entry.findtext("a:updated", namespaces=ns) == "2024-04-30T00:00:00Z"  # April 2024: its last day
    assert entry.find("a:link", ns).get("href").endswith(f"/{prefix}tindak-lanjut/pendataan-bps/")


def test_the_export_carries_the_dates_the_history_and_upcoming(site):
    schema = json.loads((PROJECT / "schemas" / "export" / "dossier.schema.json").read_text(encoding="utf-8"))
    for prefix in ("", "en/"):
        document = json.loads((site / prefix / "data" / "dossier.json").read_text(encoding="utf-8"))
        jsonschema.validate(document, schema)
        steps = {step["id"]: step for step in document["follow_ups"]}
        assert (steps["pendataan-bps"]["planned"], steps["pendataan-bps"]["due"], steps["pendataan-bps"]["done"]) == \
            ("2024-05", "2024-06-30", None)
        assert [(e["date"], e["status"]) for e in steps["pendataan-bps"]["status_history"]] == \
            [("2024-02-22", "set"), ("2024-04", "in_progress")]
        assert steps["pendataan-bps"]["status_history"][1]["source"]["paragraph"] == 4
        assert steps["pendataan-bps"]["upcoming"] is True and steps["data-bersama"]["upcoming"] is False
        real = steps["koordinasi-kementerian-lembaga"]
        assert (real["planned"], real["due"], real["done"], real["status_history"], real["upcoming"]) == \
            (None, None, None, [], False)
