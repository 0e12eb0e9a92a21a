import datetime as dt

import pytest

from dossier import dates


def test_partial_dates_mean_the_whole_month_or_year():
    assert dates.parse("2023-12") == (dt.date(2023, 12, 1), dt.date(2023, 12, 31))
    assert dates.parse("2024") == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert dates.parse("2024-02-22") == (dt.date(2024, 2, 22),) * 2


@pytest.mark.parametrize("value", ["2024-02-30", "2023-13", "22/02/2024", "2024-2-2", ""])
def test_impossible_or_malformed_dates_are_refused(value):
    with pytest.raises(dates.DateError):
        dates.parse(value)


def test_dates_are_written_with_the_precision_given():
    assert dates.format_date("2023-12", "id") == "Desember 2023"
    assert dates.format_date("2023-12", "en") == "December 2023"
    assert dates.format_date("2024-02-22", "id") == "22 Februari 2024"
    assert dates.format_date("2024", "en") == "2024"


def test_bounded_dates_sort_after_their_lower_bound_and_read_as_a_range():
    letter, reply, meeting = "2023-12", {"not_before": "2023-12", "not_after": "2024-02-22"}, "2024-02-22"
    assert sorted([meeting, reply, letter], key=dates.sort_key) == [letter, reply, meeting]
    strings = {"date_between": "between {start} and {end}"}
    assert dates.format_date_field(reply, "en", strings) == "between December 2023 and 22 February 2024"


def test_the_source_weekday_contradiction_is_detectable():
    assert dates.weekday_named("Rabu (22/02/2024)") == 2  # Wednesday
    assert dates.weekday_of("2024-02-22") == 3  # Thursday
    assert dates.weekday_of("2024-02") is None
