from signpost_common.languages import LANGUAGE_NAMES, LANGUAGES, RIGHT_TO_LEFT, direction, supported
from web.config import Config


def test_every_language_is_named_in_itself_and_has_a_direction():
    assert LANGUAGES[0] == "en"
    assert set(LANGUAGE_NAMES) == set(LANGUAGES)
    assert LANGUAGE_NAMES["es"] == "Español" and LANGUAGE_NAMES["ar"] == "العربية"
    assert {"ar", "ur", "fa"} == RIGHT_TO_LEFT


def test_direction_and_the_english_fallback():
    assert [direction(lang) for lang in ("ar", "ur", "fa", "en", "pl", None)] == [
        "rtl", "rtl", "rtl", "ltr", "ltr", "ltr"]
    assert supported("tr") == "tr"
    assert supported("xx") == "en" and supported(None) == "en"


def test_the_site_lists_the_shared_languages_in_order():
    assert list(LANGUAGES) == Config.LANGUAGES
