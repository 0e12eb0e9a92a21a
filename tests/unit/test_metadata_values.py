"""Pure parts of the head metadata: dates, absolute URLs, Material's hreflang links."""
import datetime as dt

import pytest

from dossier.views import metadata

BUILT = dt.date(2026, 11, 27)


@pytest.mark.parametrize("value", ["2024-02-22", dt.date(2024, 2, 22), dt.datetime(2024, 2, 22, 9, 30)])
def test_front_matter_dates_in_any_yaml_form(value):
    assert metadata.iso_date(value) == "2024-02-22"


def test_a_malformed_date_is_an_error():
    with pytest.raises(ValueError):
        metadata.iso_date("22/02/2024")


def test_dates_from_front_matter():
    assert metadata.page_dates({"published": "2024-03-01", "updated": "2024-05-02"}, BUILT) == ("2024-03-01", "2024-05-02")
    assert metadata.page_dates({"published": "2024-03-01"}, BUILT) == ("2024-03-01", "2024-03-01")


def test_without_dates_the_build_date_stands_in():
    assert metadata.page_dates({}, BUILT) == ("2026-11-27", "2026-11-27")


def test_citation_dates_use_slashes():
    assert metadata.citation_date("2024-02-22") == "2024/02/22"


@pytest.mark.parametrize("url, expected", [("", "https://x.test/p/"), ("./", "https://x.test/p/"), ("en/a/", "https://x.test/p/en/a/")])
def test_absolute_url(url, expected):
    assert metadata.absolute_url("https://x.test/p/", url) == expected


def test_page_metadata_of_an_english_article():
    meta = metadata.page_metadata(
        meta={"title": "T", "description": "A\n  b", "published": "2024-03-01"}, title="ignored",
        lang="en", url="https://x.test/p/en/a/", alternates={"id": "a/", "en": "en/a/"},
        site_url="https://x.test/p/", default_lang="id", is_home=False, build_date=BUILT, image_path="i.png",
        strings={"social_image_alt": "alt"},
    )
    assert meta["description"] == "A b"
    assert meta["x_default"] == "https://x.test/p/a/"
    assert meta["locale"] == "en_US" and meta["locale_alternates"] == ["id_ID"]
    assert meta["type"] == "article" and meta["citation_date"] == "2024/03/01"
    assert meta["image"] == "https://x.test/p/i.png"
