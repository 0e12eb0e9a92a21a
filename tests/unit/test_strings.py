"""Interface strings: the same keys in every language, sorted, none empty where shown."""
import yaml

from built_site import PROJECT


def load(lang):
    return yaml.safe_load((PROJECT / "strings" / f"{lang}.yml").read_text(encoding="utf-8"))


def test_every_language_has_the_same_keys():
    assert set(load("id")) == set(load("en"))


def test_keys_are_sorted_so_that_additions_are_easy_to_find():
    for lang in ("id", "en"):
        keys = list(load(lang))
        assert keys == sorted(keys), lang


def test_placeholders_agree_between_languages():
    import string

    def fields(value):
        return {name for _, name, _, _ in string.Formatter().parse(value) if name}

    indonesian, english = load("id"), load("en")
    for key, value in indonesian.items():
        assert fields(value) == fields(english[key]), key
