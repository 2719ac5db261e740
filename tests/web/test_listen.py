"""Read-aloud: the Listen control, the site's own recordings made with espeak-ng, and what is
read (the page's main text, each part in its own language's voice)."""
from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.support.public_site import dispose, get_page, seeded_app
from web.listen.page_text import main_text
from web.listen.speech import Part, speak

OGG = b"OggS"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("listen")
    app = seeded_app(folder, AUDIO_CACHE_DIR=str(folder / "audio"))
    yield app
    dispose(app)


@pytest.fixture
def client(app):
    return app.test_client()


def duration_seconds(opus: bytes) -> float:
    """Playing time of an Ogg Opus stream: the last page's granule position (48 kHz samples)
    less the header's pre-skip."""
    last = opus.rindex(b"OggS")
    granule = int.from_bytes(opus[last + 6:last + 14], "little")
    head = opus.index(b"OpusHead")
    pre_skip = int.from_bytes(opus[head + 10:head + 12], "little")
    return (granule - pre_skip) / 48_000


def test_help_now_offers_a_recording_in_its_language(client):
    soup = get_page(client, "/help-now?lang=ar")
    link = soup.select_one("main p.listen a[data-listen]")
    assert link["data-lang"] == "ar"
    assert link["href"] == "/listen?page=/help-now&lang=ar"
    response = client.get(link["href"])
    assert response.status_code == 200
    assert response.mimetype == "audio/ogg"
    assert response.data.startswith(OGG)
    assert duration_seconds(response.data) > 20   # the whole page, not a word of it


def test_a_recording_is_made_once_and_kept(client, app):
    kept = Path(app.config["AUDIO_CACHE_DIR"])
    before = set(kept.glob("*.opus")) if kept.exists() else set()
    first = client.get("/listen?page=/guidance/abuse/domestic_abuse&lang=en")
    assert first.status_code == 200
    made = set(kept.glob("*.opus")) - before
    assert len(made) == 1
    again = client.get("/listen?page=/guidance/abuse/domestic_abuse&lang=en")
    assert again.data == first.data
    assert set(kept.glob("*.opus")) - before == made
    assert not list(kept.glob("*.part"))


def test_every_guidance_and_service_page_has_the_control(client):
    for path in ("/guidance/abuse/domestic_abuse", "/guidance/risk/high", "/guidance/for/men",
                 "/guidance/friends-and-family", "/help-now", "/safe-browsing"):
        assert get_page(client, path).select_one("main a[data-listen]"), path
    service = get_page(client, "/search?abuse_type=stalking").select_one("ol.results h2 a")["href"]
    assert get_page(client, service).select_one("main a[data-listen]")


def test_a_self_check_result_reads_its_risk_page_not_the_answers(client, app):
    questions = app.extensions["pathways"].self_check.questions
    red_flag = next(q.id for q in questions if q.red_flag)
    answers = {q.id: "no" for q in questions} | {red_flag: "yes"}
    soup = BeautifulSoup(client.post("/self-check", data=answers).get_data(as_text=True),
                         "html.parser")
    assert soup.select_one("main a[data-listen]")["href"] == (
        "/listen?page=/guidance/risk/high")


def test_a_language_without_a_voice_says_so_rather_than_reading_in_another(app):
    # Somali and Tigrinya have no espeak-ng voice: the control says so (listen.js offers the
    # phone's own voice instead, if it has one), and no recording is made in another voice.
    with app.test_request_context("/help-now"):
        app.config["LANGUAGES"] = [*app.config["LANGUAGES"], "so"]
        try:
            with app.test_client() as client:
                soup = get_page(client, "/help-now?lang=so")
                none = soup.select_one("main p.listen [data-listen-none]")
                assert none["data-lang"] == "so" and none.get_text(strip=True)
                assert not soup.select_one("main a[data-listen]")
                assert client.get("/listen?page=/help-now&lang=so").status_code == 404
        finally:
            app.config["LANGUAGES"].remove("so")


@pytest.mark.parametrize("page", ["/search", "/chat", "/editors/sign-in", "https://example.org/",
                                  "//example.org/help-now", "/nowhere", "", "/self-check"])
def test_only_public_reading_pages_can_be_recorded(client, page):
    response = client.get("/listen", query_string={"page": page})
    assert response.status_code == 404
    assert "audio" not in response.mimetype


def test_a_chat_reply_is_read_in_memory_and_never_kept(client, app):
    folder = Path(app.config["AUDIO_CACHE_DIR"])
    kept = set(folder.glob("*"))
    response = client.post("/listen", data={"text": "Call 999 if you are in danger.", "lang": "en"})
    assert response.status_code == 200 and response.data.startswith(OGG)
    assert set(folder.glob("*")) == kept
    assert client.post("/listen", data={"text": "  ", "lang": "en"}).status_code == 400


def test_the_page_text_is_the_main_part_split_by_language():
    html = """<html lang="ar"><body><header>Exit</header><main id="main">
      <p class="listen" data-listen-skip><a>Listen</a></p>
      <h1>مساعدة الآن</h1><p>اتصل <bdi>999</bdi></p>
      <p lang="en" dir="ltr">National Domestic Abuse Helpline</p>
      <form><button>Send</button></form><script>var x = 1;</script>
      <p hidden>secret</p></main><footer>Footer</footer></body></html>"""
    parts = main_text(html, "ar")
    assert [p.lang for p in parts] == ["ar", "en"]
    assert "999" in parts[0].text and "مساعدة الآن" in parts[0].text
    assert parts[1].text.startswith("National Domestic Abuse Helpline")
    spoken = " ".join(p.text for p in parts)
    for left_out in ("Listen", "Exit", "Footer", "Send", "var x", "secret"):
        assert left_out not in spoken


def test_speech_joins_languages_and_leaves_out_those_without_a_voice():
    both = speak([Part("ar", "مرحبا"), Part("en", "National Domestic Abuse Helpline")])
    arabic = speak([Part("ar", "مرحبا")])
    assert both.startswith(OGG) and duration_seconds(both) > duration_seconds(arabic)
    with_somali = speak([Part("ar", "مرحبا"), Part("so", "Caawimaad hadda")])
    assert abs(duration_seconds(with_somali) - duration_seconds(arabic)) < 0.1
