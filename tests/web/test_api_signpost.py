"""POST /api/signpost on the real seed directory, both databases."""
import pytest


def ask(client, message, context=None):
    reply = client.post("/api/signpost", json={"message": message, "context": context})
    assert reply.status_code == 200, reply.data
    return reply.get_json()


def names(answer):
    return [s["service"]["name"] for s in answer["services"]]


def test_a_recent_rape_in_london_gets_the_havens_with_the_reason(seeded_client):
    answer = ask(seeded_client, "he raped me last night, I'm in Camden")
    assert answer["understanding"]["urgency"] == "recent_assault"
    first = answer["services"][0]
    assert first["service"]["name"].startswith("The Havens")
    assert first["reason_text"] == "for a recent rape or sexual assault in London"
    assert first["service"]["phones"], "a first-line service always comes with a way to reach it"


def test_danger_comes_back_as_emergency_advice(seeded_client):
    answer = ask(seeded_client, "i cant talk, he is in the next room with a knife")
    assert answer["emergency"][:1] == ["call_999"]
    assert {"silent_solution", "emergency_sms"} <= set(answer["emergency"])


def test_a_language_the_directory_cannot_read_is_named_and_gets_999_and_an_interpreter(seeded_client):
    answer = ask(seeded_client, "Mein Mann schlägt mich jeden Abend und ich habe große Angst")
    assert answer["understanding"]["unread_language"] == "de"
    assert answer["emergency"] == ["call_999"]
    first = answer["services"][0]
    assert first["service"]["name"] == "National Domestic Abuse Helpline"
    assert first["reason_text"] == "24 hours, with an interpreter in your language"
    assert ask(seeded_client, "my husband hits me")["understanding"]["unread_language"] is None


@pytest.mark.parametrize("message, speaker", [
    ("Há alguma associação que fale português e ajude mulheres?", "Latin American Women's Rights Service"),
    ("hay alguien que hable español? mi pareja me controla", "Latin American Women's Rights Service"),
    ("kesek heye ku kurdî diaxive? mêrê min li min dixe", "IKWRO advice and support"),
    ("is there anyone who speaks Turkish? my husband hits me", "IMECE Women's Centre"),
])
def test_asking_for_someone_who_speaks_a_language_brings_services_that_do(seeded_client, message, speaker):
    answer = ask(seeded_client, message)
    assert "language" in answer["understanding"]["needs"]
    assert speaker in names(answer)[:2]
    chosen = {s["service"]["name"]: s for s in answer["services"]}
    assert chosen[speaker]["reason_text"] == "support in your language"


# The seed services that list Turkish among their languages.
TURKISH_SPEAKERS = {"IMECE Women's Centre", "IKWRO advice and support"}


def test_writing_in_a_language_brings_one_service_that_speaks_it_after_the_lines_that_fit(seeded_client):
    answer = ask(seeded_client, "merhaba esimle yasiyoruz, cok bagiriyor bazen de itip kakiyor, telefonumu "
                                "kontrol ediyor")
    assert "language" not in answer["understanding"]["needs"]
    listed = names(answer)
    assert "National Domestic Abuse Helpline" in listed
    assert listed[-1] in TURKISH_SPEAKERS and len(TURKISH_SPEAKERS & set(listed)) == 1
    assert answer["services"][-1]["reason_text"] == "support in your language"
    # Not a language only named ("my husband is Turkish"), and not for a man (both are for women).
    assert not TURKISH_SPEAKERS & set(names(ask(seeded_client, "my husband is turkish and he hits me")))
    assert not TURKISH_SPEAKERS & set(names(ask(seeded_client, "erkegim, karim bana vuruyor, telefonumu "
                                                               "kontrol ediyor")))


def test_asking_for_a_language_no_service_lists_gets_the_line_with_interpreters(seeded_client):
    answer = ask(seeded_client, "is there someone who speaks Tigrinya")
    first = answer["services"][0]
    assert first["reason_text"] == "24 hours, with an interpreter in your language"


def test_the_context_carries_the_topic_to_the_next_turn_and_a_place_brings_local_help(seeded_client):
    first = ask(seeded_client, "my husband hits me")
    assert first["local_known"] is None
    second = ask(seeded_client, "i live in wood green", first["context"])
    assert second["understanding"]["abuse"][0] == "domestic_abuse"
    assert second["understanding"]["boroughs"] == ["haringey"]
    assert second["local_known"] is True
    local = [s for s in second["services"] if s["local"]]
    assert local
    assert all("haringey" in {a["description"] for a in s["service"]["service_areas"]} for s in local)
    assert all(s["service"]["phones"] or s["service"].get("url") or s["service"].get("email") for s in local)


def test_danger_said_once_keeps_999_first_until_they_say_they_are_safe(seeded_client):
    first = ask(seeded_client, "he is outside the door with a knife")
    assert first["context"]["danger"] == ["immediate"]
    second = ask(seeded_client, "i live in wood green", first["context"])
    assert second["emergency"][0] == "call_999" and second["understanding"]["urgency"] == "immediate"
    safe = ask(seeded_client, "the police came and took him, im safe now", second["context"])
    assert not safe["emergency"] and safe["context"]["danger"] == []


def test_a_place_outside_london_is_remembered_and_said_to_have_no_local_service_known(seeded_client):
    first = ask(seeded_client, "my husband hits me, i live in leeds")
    assert first["understanding"]["elsewhere"] == "leeds" and first["context"]["elsewhere"] == "leeds"
    assert first["local_known"] is False
    assert not [s for s in first["services"] if s["local"]]
    second = ask(seeded_client, "what can i do", first["context"])
    assert second["understanding"]["elsewhere"] == "leeds" and second["local_known"] is False
    forged = ask(seeded_client, "what can i do", {**first["context"], "elsewhere": "<b>nowhere</b>"})
    assert forged["understanding"]["elsewhere"] is None and forged["local_known"] is None


def test_harm_said_to_be_near_before_what_it_is_makes_danger_when_it_is_said(seeded_client):
    first = ask(seeded_client, "my husbands family booked our flights, we fly tomorrow")
    assert not first["emergency"]
    second = ask(seeded_client, "they want my daughter cut over there", first["context"])
    assert "fgm" in second["understanding"]["abuse"]
    assert second["emergency"][0] == "call_999"


@pytest.mark.parametrize("body, problem", [
    (None, "JSON object"),
    ({"message": "hi", "context": {"danger": "immediate"}}, "'context.danger'"),
    ({"message": ""}, "'message'"),
    ({"message": "x" * 1001}, "'message'"),
    ({"message": "hi", "context": "abc"}, "'context'"),
    ({"message": "hi", "context": {"abuse": "stalking"}}, "'context.abuse'"),
    ({"message": "hi", "hints": [1]}, "'hints'"),
    ({"message": "hi", "context": {"elsewhere": ["leeds"]}}, "'context.elsewhere'"),
    ({"message": "hi", "context": {"soon": "context.imminent"}}, "'context.soon'"),
])
def test_bad_requests_say_what_is_wrong(seeded_client, body, problem):
    reply = seeded_client.post("/api/signpost", json=body)
    assert reply.status_code == 400
    assert problem in reply.get_json()["error"]
