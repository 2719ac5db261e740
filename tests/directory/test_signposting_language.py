"""Which language a message is in: ours when it is clear, None when it is another or unclear."""
import pytest

from directory.signposting.language import MARKERS, detect_language, identify


@pytest.mark.parametrize("text, lang", [
    ("mi marido me pega cuando bebe", "es"),
    ("o meu marido não me deixa sair", "pt"),
    ("mój mąż mnie bije", "pl"),
    ("soțul meu mă bate", "ro"),
    ("kocam bana vuruyor, çok korkuyorum", "tr"),
    ("esim beni dovuyor cok korkuyorum", "tr"),
    ("زوجي يضربني", "ar"),
    ("میرا شوہر مجھے مارتا ہے", "ur"),
    ("mera shohar mujhe bahut maarta hai", "ur"),
    ("my husband hits me and i am scared", "en"),
    ("he hits me", "en"),
    ("salam, zawji y2thini w ana 5ayfa", "ar"),       # Arabizi: digits for Arabic letters
    ("ana khayfa bas ma a3raf shu a3mal", "ar"),
    ("amar shami amake mare, ami bhoy pai", "bn"),      # Banglish
    ("en kanavar ennai adikkirar, romba bayama irukku", "ta"),  # Tanglish
    ("I live at HA1 2AB", "en"),                        # a postcode is not Arabizi
    ("ok", None),
    ("N17", None),
    ("mio marito mi picchia ogni sera", None),     # Italian: not ours, so not Spanish
    ("ez ji mêrê xwe ditirsim", "ku"),             # Kurmanji, not Romanian
    ("ew nahêle ez herim cem doktor, ez nizanim çi bikim", "ku"),  # Kurmanji, not Turkish
    ("ninkeyga ayaa i garaaca", "so"),
    ("আমার স্বামী আমাকে মারে", "bn"),
    ("என் கணவர் என்னை அடிக்கிறார்", "ta"),
    ("شوهرم منو میزنه", "fa"),                      # Farsi, not Urdu
    ("મારો પતિ મને મારે છે", "gu"),
    ("ሰብአየይ ይወቕዓኒ", "ti"),
    ("ባሌ በየቀኑ ይመታኛል", None),                        # Amharic: not ours, so not Tigrinya
])
def test_language_is_ours_only_when_clear(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("text, code", [
    ("ez ji mêrê xwe ditirsim", "ku"), ("شوهرم منو میزنه", "fa"), ("ninkeyga ayaa i garaaca", "so"),
    ("আমার স্বামী আমাকে মারে", "bn"), ("મારો પતિ મને મારે છે", "gu"), ("என் கணவர் என்னை அடிக்கிறார்", "ta"),
    ("ሰብአየይ ይወቕዓኒ", "ti"),
])
def test_languages_we_do_not_answer_in_yet_are_still_named(text, code):
    assert identify(text).code == code


@pytest.mark.parametrize("text, code", [
    ("زما مېړه ما وهي او ګواښ راته کوي", "ps"),            # Pashto: ړ ګ ې
    ("میردەکەم لێم دەدات و دەترسم", "ckb"),                 # Sorani Kurdish: ە ێ
])
def test_pashto_and_sorani_are_named_and_not_answered_in_farsi_or_arabic(text, code):
    assert identify(text).code == code
    assert detect_language(text) is None


@pytest.mark.parametrize("text, lang", [
    ("میں بہت ڈری ہوئی ہوں اور وہ مجھے گھر سے نکلنے نہیں دیتا", "ur"),  # Urdu's own ٹ ڈ ڑ ے
    ("شوهرم منو میزنه و می‌ترسم", "fa"),
    ("زوجي يضربني كل يوم", "ar"),
])
def test_urdu_farsi_and_arabic_are_not_taken_for_pashto_or_sorani(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize(("message", "language"), [
    ("ok obrigada", "pt"), ("vale gracias", "es"), ("dziekuje bardzo", "pl"), ("multumesc mult", "ro"),
    ("tesekkurler abla", "tr"), ("bohot shukriya", "ur"), ("onek dhonnobad", "bn"),
    ("shukran ya ukhti", "ar"), ("gelek spas", "ku"), ("romba nandri", "ta"), ("no tengo", "es"),
])
def test_a_short_thank_you_is_told_by_its_everyday_words(message, language):
    assert detect_language(message) == language


def test_the_words_no_and_yes_stay_words():
    # YAML reads a bare no or yes as a boolean: quoted, they are words again.
    assert all(isinstance(word, str) for words in MARKERS.values() for word in words)


@pytest.mark.parametrize("text, code", [
    ("mera pati mujhe roz maarta hai, kripya madad karo", "hi"),
    ("mere pati sharab peekar marte hain kya karun", "hi"),
    # Words Roman Urdu says otherwise: jeevan (zindagi), vivah (shadi), turant (fauran).
    ("mera jeevan narak ban gaya hai, ghar mein roz maar peet hoti hai", "hi"),
    ("mere vivah ko do saal hue, sasural wale roz tang karte hain", "hi"),
    ("mujhe turant madad chahiye", "hi"),
    ("mainu mera ghar wala roz maarda hai, ki karan", "pa"),
    ("menu madad chahidi hai, oh mainu kutda hai", "pa"),
])
def test_roman_hindi_and_punjabi_are_not_answered_in_urdu_script(text, code):
    assert identify(text).code == code
    assert detect_language(text) is None


def test_roman_urdu_stays_urdu():
    assert detect_language("mera shohar mujhe marta hai kya karun") == "ur"


@pytest.mark.parametrize("text", ["inja markazi baraye zanan hast?",
                                  "shoma mitoonid komak konid? hamsaram kotak mizane",
                                  "baradaram payam dade age talagh begiri aberoye khanevade mire"])
def test_everyday_finglish_is_farsi(text):
    assert identify(text).code == "fa"
