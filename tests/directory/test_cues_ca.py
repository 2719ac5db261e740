"""Cues for a recent sexual assault, sexual violence and the need for medical care, in all 15
site languages: everyday, oblique and romanised wording is recognised, and ordinary messages
(a party, a doctor's visit for a child, "he said no") are not.

Every sentence here was written for this test, as people type: accents dropped, romanised
spellings, English words mixed in."""
import pytest

from directory.signposting import understand

SV, RECENT, MEDICAL = "sexual_violence", "recent", "medical"

RECOGNISED = [
    ("en", "he pressured me into sex at the party last nite", {SV, RECENT}),
    ("en", "woke up to him on top of me, could i be pregnant?", {SV, MEDICAL}),
    ("en", "he took advantage of me when i was drunk, do i need to get tested", {SV, MEDICAL}),
    ("es", "anoche despues de la fiesta me forzo mi ex", {SV, RECENT}),
    ("es", "me echaron algo en la bebida y me desperte sin ropa, necesito la pastilla del dia siguiente",
     {SV, MEDICAL}),
    ("pt", "ontem na balada ele transou comigo desmaiada", {SV, RECENT}),
    ("pt", "fui estuprada, preciso fazer exames de dst?", {SV, MEDICAL}),
    ("pl", "wczoraj na imprezie zmusil mnie do seksu", {SV, RECENT}),
    ("pl", "obudzilam sie a on byl na mnie, potrzebuje tabletke dzien po", {SV, MEDICAL}),
    ("ro", "aseara la petrecere m-a fortat sa ma culc cu el", {SV, RECENT}),
    ("ro", "a facut sex cu mine cand eram beata, trebuie sa fac analize?", {SV, MEDICAL}),
    ("tr", "dun gece partide beni zorla soydu ve tecavuz etti", {SV, RECENT}),
    ("tr", "uyurken benimle yatti, hamile kalmis olabilirim", {SV, MEDICAL}),
    ("ar", "امبارح بالحفله حطولي شي بمشروبي وصحيت عريانه", {SV, RECENT}),
    ("ar", "mbare7 fel 7afla eghtasabni w khayfe akon 7amel", {SV, RECENT, MEDICAL}),
    ("ur", "kal raat party mein usne zabardasti sex kiya", {SV, RECENT}),
    ("ur", "usne drink mein kuch mila diya aur mere sath galat kaam kiya, kya lady doctor ke paas jaun",
     {SV, MEDICAL}),
    ("fa", "دیشب تو مهمونی یه چیزی ریخت تو نوشیدنیم و بهم تجاوز کرد", {SV, RECENT}),
    ("fa", "majburam kard sex konam, bayad beram bimarestan?", {SV, MEDICAL}),
    ("bn", "kal raate party te amake rape korse", {SV, RECENT}),
    ("bn", "jor kore sex korse, pregnant hoye jabo na to?", {SV, MEDICAL}),
    ("ta", "nethu night party la ennai rape pannitaan", {SV, RECENT}),
    ("ta", "kattaya paduthi sex panninaan, pregnant aagiduvena?", {SV, MEDICAL}),
    ("gu", "gai kale party ma teno balatkar karyo", {SV, RECENT}),
    ("gu", "jabardasti kapda kadhi ne adyo, davakhane javu chhe?", {SV, MEDICAL}),
    ("so", "xalay xafladda ayaa la i kufsaday", {SV, RECENT}),
    ("so", "ila seexday anigoo hurda, isbitaal ma aadaa?", {SV, MEDICAL}),
    ("ku", "duhî şev li partiyê tecawiz li min kir", {SV, RECENT}),
    ("ku", "bi zorê seks kir, divê ez biçim nexweşxanê?", {SV, MEDICAL}),
    ("ti", "ትማሊ ለይቲ ደፊሩኒ", {SV, RECENT}),
    ("ti", "ብሓይሊ ጾታዊ ርክብ ገይሩ፡ ሆስፒታል ክኸይድ ይግባእ?", {SV, MEDICAL}),
]


@pytest.mark.parametrize("language, text, effects", RECOGNISED)
def test_recognised(language, text, effects):
    u = understand(text)
    assert (SV in u.abuse) == (SV in effects), (language, u.abuse)
    if RECENT in effects:
        assert u.recent_assault, language
    if MEDICAL in effects:
        assert "medical" in u.needs, (language, u.needs)


ORDINARY = [
    "i went to a party last night and had fun",
    "he said no to me going out",
    "he touched my phone without asking",
    "my bf made me give him money",
    "el es violento y me pega",
    "violo la orden de alejamiento y me llamo",
    "el sabado vamos a la fiesta de mi hermana",
    "wczoraj bylam na imprezie u kolezanki",
    "dun aksam partide cok eglendik",
    "امبارح رحت الحفله مع صحابي",
    "mere sath zabardasti shadi karwa rahe hain",
    "مجبورم کردن برم سر کار",
    "maanta waxaan tagayaa suuqa",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_not_sexual_violence(text):
    u = understand(text)
    assert SV not in u.abuse and not u.recent_assault, u.abuse


@pytest.mark.parametrize("text", [
    "he hits me and took my phone yesterday",
    "can you help me find a lawyer for my divorce",
    "aaj mera test hai school mein",
    "kocam beni dovuyor ve para vermiyor",
    "ez îro diçim dibistanê",
])
def test_no_medical_need(text):
    assert "medical" not in understand(text).needs
