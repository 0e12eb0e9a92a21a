import pytest
import yaml

from built_site import PROJECT
from dossier.load import model
from dossier.views import generated as views

STRINGS = yaml.safe_load((PROJECT / "strings" / "en.yml").read_text())


def dossier():
    return model.load(PROJECT, PROJECT / "docs")


def test_links_are_relative_to_the_page_being_built():
    assert views.relative("rekomendasi/kemensos.md", "sumber/x.md#p2") == "../sumber/x.md#p2"
    assert views.relative("index.md", "rekomendasi/index.md") == "rekomendasi/index.md"


def test_unknown_marker_is_an_error_not_silently_left():
    with pytest.raises(KeyError):
        views.render_markers("<!-- dossier:no-such-view -->", dossier(), "index.md", "en", STRINGS)


def test_timeline_orders_events_by_earliest_possible_day():
    events = views.timeline_events(dossier(), "en")
    assert [meta["kind"] for _, meta in events] == ["letter", "letter", "meeting"]
    assert events[1][1]["date"] == {"not_before": "2023-12", "not_after": "2024-02-22"}


def test_self_contradicting_date_shows_both_readings_and_what_is_certain():
    meta = {"date": "2024-02-22", "date_as_written": "Rabu (22/02/2024)", "date_alternatives": ["2024-02-21"]}
    note = views.date_conflict_note(meta, "en", STRINGS)
    assert "Wednesday, 21 February 2024 or Thursday, 22 February 2024" in note
    assert "February 2024" in note.split("certain:")[1]
    assert views.date_conflict_note({"date": "2023-12"}, "en", STRINGS) is None


def test_table_cells_cannot_break_the_table():
    assert views.cell("a | b\nc") == "a \\| b c"


def test_only_the_views_declared_with_anchors_add_headings():
    """checks.py renders just VIEWS_WITH_ANCHORS to learn a page's anchors; the rest must add none."""
    real = dossier()
    for page, versions in real.pages.items():
        for lang, source in versions.items():
            for match in views.MARKER.finditer(source.body):
                if match["name"] in views.VIEWS_WITH_ANCHORS:
                    continue
                out = views.VIEWS[match["name"]](real, page, lang, STRINGS)
                assert "{#" not in out and " id=" not in out and not out.lstrip().startswith("#"), match["name"]


def test_a_record_with_nothing_to_list_says_so_instead_of_an_empty_table():
    """A new meeting has no follow-up steps and may record nothing urged; a letter may carry no
    recommendation: a sentence, left out of the search, not a table's header over empty cells."""
    loaded = dossier()
    meeting = "pertemuan/2024-02-22-dialog-kemensos.md"
    loaded.pages[meeting]["en"].meta = {**loaded.meta(meeting, "en"), "raised": []}
    for step in [page for page, _ in loaded.of_kind("follow_up", "en")]:
        del loaded.pages[step]
    letter = next(page for page, meta in loaded.of_kind("letter", "en") if meta.get("recommendations"))
    loaded.pages[letter]["en"].meta = {**loaded.meta(letter, "en"), "recommendations": []}
    for view, page, key in [(views.meeting_follow_ups, meeting, "meeting_follow_ups_none"),
                            (views.meeting_raised, meeting, "meeting_raised_none"),
                            (views.letter_recommendations, letter, "letter_recommendations_none")]:
        text = view(loaded, page, "en", STRINGS)
        assert text == STRINGS[key] + '\n{: data-pagefind-ignore="index" }\n' and "|" not in text


def test_a_meeting_with_follow_up_steps_lists_them_in_a_table():
    loaded = dossier()
    text = views.meeting_follow_ups(loaded, "pertemuan/2024-02-22-dialog-kemensos.md", "en", STRINGS)
    assert text.startswith(f"| {STRINGS['label_step']} |") and text.count("\n") >= 3
