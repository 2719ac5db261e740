"""In every site language: a plain search for domestic abuse finds the national helpline, and a
message about danger gets 999, said in that language, on the site and in the chat's answer.

The words were written for this test, as a person might type them in their own language; none
is taken from the assistant's training data or the decision's own tests.
"""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from flask_babel import force_locale
from flask_babel import gettext as _

from signpost_common.emergency import IN_DANGER
from signpost_common.languages import LANGUAGES
from tests.support.public_site import dispose, seeded_app, service_path
from web.chat.fallback import fallback_reply

HELPLINE = service_path("national-domestic-abuse-helpline")
DANGER_LINE = "If you are in danger now, call 999. If you can't speak, press 55."

# A plain search for help with domestic abuse, as someone might type it.
ABUSE_SEARCHES = {
    "en": "my husband keeps hitting me",
    "es": "mi pareja me maltrata y me amenaza",
    "pt": "o meu marido bate-me e tenho medo dele",
    "pl": "mąż mnie bije i grozi mi",
    "ro": "partenerul meu mă lovește și mă amenință",
    "tr": "kocam bana şiddet uyguluyor",
    "ar": "زوجي يعنفني ويهددني",
    "ur": "میرا شوہر مجھ پر تشدد کرتا ہے",
    "so": "seygayga ayaa i garaaca oo i handada",
    "ku": "mêrê min li min dixe û min tehdît dike",
    "bn": "আমার স্বামী আমাকে মারধর করে",
    "gu": "મારો પતિ મને મારપીટ કરે છે",
    "ta": "என் கணவர் என்னை அடித்து மிரட்டுகிறார்",
    "ti": "በዓል ቤተይ ይወቕዓኒ እዩ",
    "fa": "همسرم منو کتک میزنه و تهدیدم میکنه",
}

# Someone in danger now.
DANGER_MESSAGES = {
    "en": "he is outside with a knife and says he will kill me",
    "es": "está en la puerta con un cuchillo y dice que me va a matar",
    "pt": "ele está aqui com uma faca e diz que me vai matar",
    "pl": "jest pod drzwiami z nożem i mówi że mnie zabije",
    "ro": "e la ușă cu un cuțit și zice că mă omoară",
    "tr": "kapıda bıçakla bekliyor, beni öldüreceğini söylüyor",
    "ar": "هو عند الباب ومعه سكين ويقول انه سيقتلني",
    "ur": "وہ چاقو لے کر دروازے پر کھڑا ہے اور کہتا ہے مجھے مار دے گا",
    "so": "wuxuu joogaa albaabka isagoo mindi wata, wuxuu leeyahay waan ku dilayaa",
    "ku": "ew li ber derî ye bi kêrê û dibêje ez ê te bikujim",
    "bn": "সে ছুরি নিয়ে দরজায় দাঁড়িয়ে আছে আর বলছে আমাকে মেরে ফেলবে",
    "gu": "તે છરી લઈને દરવાજે ઊભો છે અને કહે છે કે મને મારી નાખશે",
    "ta": "அவன் கத்தியுடன் வாசலில் நிற்கிறான், என்னைக் கொன்றுவிடுவேன் என்கிறான்",
    "ti": "ካራ ሒዙ ኣብ ማዕጾ ኣሎ፣ ክቐትለኪ እየ ይብል ኣሎ",
    "fa": "با چاقو پشت دره و میگه میکشمت",
}


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    site = seeded_app(tmp_path_factory.mktemp("every-language"))
    yield site
    dispose(site)


def search(app, lang: str, words: str) -> BeautifulSoup:
    response = app.test_client().post(f"/search?lang={lang}", data={"q": words})
    assert response.status_code == 200
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert soup.html["lang"] == lang
    return soup


def in_language(app, lang: str, text: str) -> str:
    with app.test_request_context(), force_locale(lang):
        return _(text)


def test_every_site_language_has_words_here():
    assert set(ABUSE_SEARCHES) == set(DANGER_MESSAGES) == set(LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_plain_search_for_domestic_abuse_finds_the_national_helpline(app, lang):
    soup = search(app, lang, ABUSE_SEARCHES[lang])
    first_page = [a["href"].split("?")[0] for a in soup.select("li.card h2 a")]
    assert HELPLINE in first_page, (lang, first_page)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_danger_gets_999_in_the_persons_language_on_the_site(app, lang):
    soup = search(app, lang, DANGER_MESSAGES[lang])
    alert = soup.select_one("p.danger[role=alert]")
    assert alert is not None, lang
    said = in_language(app, lang, DANGER_LINE)
    assert "999" in said and (lang == "en" or said != DANGER_LINE), "catalog lacks the line"
    assert said in alert.get_text(" ", strip=True)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_danger_gets_999_first_in_the_chats_own_answer(app, lang):
    # The answer the chat and SMS give when the assistant cannot be reached.
    with app.test_request_context():
        first = fallback_reply(DANGER_MESSAGES[lang], lang)[0]
    assert first.get("danger") and first.get("call") == "999", (lang, first)
    said = in_language(app, lang, IN_DANGER)
    assert "999" in said and (lang == "en" or said != IN_DANGER), "catalog lacks the line"
    assert first["text"] == said
