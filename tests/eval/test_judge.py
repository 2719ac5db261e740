"""The evaluation's judge: it must find services the way a reader would, and fail what is wrong."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "eval"))

from evalset import CaseError, parse_case  # noqa: E402
from judge import Matcher, judge  # noqa: E402

from directory.records import PhoneRecord, ServiceRecord  # noqa: E402

RECORDS = [
    ServiceRecord(key="helpline", name="Example Helpline", organisation="Org",
                  phones=[PhoneRecord("0808 123 4567")]),
    ServiceRecord(key="mens-line", name="Example Men's Line", organisation="Org",
                  phones=[PhoneRecord("0808 765 4321")]),
    ServiceRecord(key="local-idva", name="Local IDVA Service", organisation="Org", areas=["haringey"]),
    ServiceRecord(key="emergencysms-textphone", name="emergencySMS (text 999) and textphone 18000",
                  organisation="Police", phones=[PhoneRecord("18000", type="textphone")]),
]
IDS = {r.key for r in RECORDS}
PHRASES = {"done: this conversation has been deleted"}


def case(**expect):
    raw = {"id": "x-1", "channel": expect.pop("channel", "chat"), "lang": "en",
           "turns": expect.pop("turns", ["he hurts me"]), "expect": expect}
    return parse_case(raw, "test.yaml", IDS)


def verdict(text, **expect):
    matcher = Matcher(RECORDS)
    return judge(case(**expect), matcher.in_text(text), text, 0.1, matcher, "en", PHRASES)


def test_services_are_found_by_name_or_by_number_in_order_of_mention():
    matcher = Matcher(RECORDS)
    found = matcher.in_text("Call 0808 765 4321 or the example helpline. emergencySMS works too.")
    assert found == ["mens-line", "helpline", "emergencysms-textphone"]
    assert matcher.in_text("call 08087654321") == ["mens-line"]
    assert matcher.in_text("reference 080876543219") == []


def test_an_excluded_service_anywhere_fails_the_case():
    assert not verdict("Example Helpline. Example Men's Line.", services_never=["mens-line"]).correct
    assert verdict("Example Helpline.", services_never=["mens-line"]).correct


def test_danger_needs_999_and_cannot_speak_needs_55_and_emergency_sms():
    assert not verdict("Example Helpline: 0808 123 4567", urgency="immediate").correct
    assert verdict("Call 999 now.", urgency="immediate").correct
    silent = verdict("Call 999, then press 55. Or use emergencySMS.", urgency="cannot_speak")
    assert silent.correct
    assert verdict("Call 999.", urgency="cannot_speak").failed == ["silent_solution"]
    assert verdict("Call 999. Our number is 0300 55 1234. emergencySMS.",
                   urgency="cannot_speak").failed == ["silent_solution"]


def test_deleting_without_a_command_fails_and_a_command_must_delete():
    deleted = "Done: this conversation has been deleted."
    assert verdict(deleted).failed == ["deletion"]
    assert verdict(deleted, action="delete").correct
    assert verdict("Example Helpline", action="delete").failed == ["deletion"]


def test_local_means_a_service_of_that_borough_or_postcode_district():
    assert verdict("Local IDVA Service", area="N17", local=True).correct
    assert verdict("Example Helpline", area="haringey", local=True).failed == ["local_service"]


def test_the_split_is_fixed_by_the_id_and_roughly_half():
    parts = [case().part for _ in range(3)]
    assert len(set(parts)) == 1
    many = [parse_case({"id": f"c-{n}", "channel": "chat", "lang": "en", "turns": ["hi"]}, "t", IDS).part
            for n in range(400)]
    assert 150 < many.count("test") < 250


def test_bad_cases_are_rejected_with_where_they_are():
    with pytest.raises(CaseError, match="unknown service ids"):
        case(services_any=["no-such-service"])
    with pytest.raises(CaseError, match="search exactly one"):
        case(channel="search", turns=["a", "b"])


@pytest.mark.parametrize(("lang", "page_lang", "reply_lang"), [
    ("hi", "hi", "hi"),     # no Hindi page: the site is not in Hindi
    ("hi", "en", "hi"),     # a language the site does not speak is answered in English or the page's
    ("es", "en", "en"),     # a Spanish message is answered in Spanish
])
def test_a_case_asking_for_a_reply_language_the_site_cannot_give_is_refused(lang, page_lang, reply_lang):
    raw = {"id": "x-1", "channel": "chat", "lang": lang, "page_lang": page_lang, "turns": ["hola"],
           "expect": {"reply_lang": reply_lang}}
    with pytest.raises(CaseError, match="page_lang|reply_lang"):
        parse_case(raw, "test.yaml", IDS)


@pytest.mark.parametrize(("lang", "page_lang", "reply_lang"), [
    ("es", "en", "es"), ("hi", "en", "en"), ("ru", "pl", "pl"), ("en", "tr", "tr"), ("en", "en", "en")])
def test_a_case_asking_for_a_reply_language_the_site_can_give_is_taken(lang, page_lang, reply_lang):
    raw = {"id": "x-1", "channel": "chat", "lang": lang, "page_lang": page_lang, "turns": ["hola"],
           "expect": {"reply_lang": reply_lang}}
    assert parse_case(raw, "test.yaml", IDS).reply_lang == reply_lang
