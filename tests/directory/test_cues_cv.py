"""A recent rape (the Havens, in the forensic window) and not being able to speak (the Silent
Solution), in the site's languages.

Every message here was written for this test, as people type."""
import pytest

from .test_signposting import keys, signpost

RECENT_ASSAULT = [
    "me violaron anoche al salir de una discoteca en camden",
    "un chico me forzo ayer en su casa",
    "fui violada no sabado numa festa",
    "ontem a noite um homem me estuprou",
    "zgwalcil mnie wczoraj kolega",
    "aseara m-a violat un barbat",
    "dun gece bana tecavuz edildi",
    "امبارح واحد اغتصبني",
    "kal raat mere saath zabardasti hui",
    "دیشب بهم تجاوز شد",
    "gatokal raate amake dhorshon kora hoyeche",
    "xalay waa la i kufsaday",
    "nethu raathiri ennai rape pannaanga",
]

CANNOT_SPEAK = [
    "no puedo hablar, el esta al lado",
    "nao consigo falar, ele ta do lado",
    "nie moge mowic, on jest obok",
    "nu pot sa vorbesc, e langa mine",
    "konusamam yanimda",
    "ما بقدر احكي جنبي",
    "baat nahi kar sakti woh paas hai",
    "نمیتونم حرف بزنم کنارمه",
    "kotha bolte parbo na o pashe ache",
    "ma hadli karo wuu i ag joogaa",
    "pesa mudiyathu avan pakkathula irukkan",
    "nathi boli shakti e bajuma che",
]


@pytest.mark.parametrize("message", RECENT_ASSAULT)
def test_a_recent_rape_gets_the_havens(message):
    decided = signpost(message)
    assert decided.understanding.recent_assault, message
    assert "the-havens" in keys(decided)[:3], message


@pytest.mark.parametrize("message", CANNOT_SPEAK)
def test_not_being_able_to_speak_gets_the_silent_solution(message):
    decided = signpost(message)
    assert "cannot_speak" in decided.understanding.danger, message
    assert "silent_solution" in decided.emergency, message
