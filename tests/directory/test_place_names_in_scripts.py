"""Places written in the scripts people write them in: "انا ساكنة في توتنهام", "я живу в Масвелл
Хилл", "ቶተንሃም ነው የምኖረው" name Haringey as surely as "I live in Tottenham" does.

The places are the area keywords of the seed taxonomy, read as the signposting decision reads
them. Ordinary sentences in the same scripts must name no place: a spelling that is also an
everyday word ("هارو" in colloquial Farsi, "ہیرو" hero in Urdu, "பின்னர்" later in Tamil) would
make every message local. The sentences were written for this test, as people type."""
import unicodedata

import pytest

from directory.search.understanding import Lexicon
from directory.signposting import understand
from directory.signposting.places import folded_place_table, place_table
from directory.signposting.text import words
from directory.taxonomy import build_term_index, read_taxonomy_file

TERMS = build_term_index(read_taxonomy_file())
PLACES = place_table(Lexicon.from_terms(TERMS).places)


def boroughs(text: str) -> tuple[str, ...]:
    return understand(text, None, PLACES).boroughs


NAMED = [
    # Arabic
    ("انا ساكنة في توتنهام", "haringey"),
    ("أعيش في منطقة هارو مع زوجي وأولادي", "harrow"),
    ("ساكنة في وود غرين وزوجي يضربني", "haringey"),
    ("أنا من هارينغي وما بعرف وين أروح", "haringey"),
    ("نحن نسكن في ستانمور", "harrow"),
    ("بيتي قريب من محطة سيفن سيسترز", "haringey"),
    ("أسكن في كرويدون منذ سنتين", "croydon"),
    ("هل يوجد مركز في تاور هامليتس", "tower_hamlets"),
    # Farsi
    ("من تو هارو زندگی میکنم", "harrow"),
    ("ما در تاتنهام زندگی می‌کنیم", "haringey"),
    ("من ساکن ایلینگ هستم", "ealing"),
    ("خونه‌مون نزدیک ماسول هیل هست", "haringey"),
    # Urdu
    ("میں ہیرو میں رہتی ہوں", "harrow"),
    ("میں ٹوٹنہم میں رہتی ہوں", "haringey"),
    ("ہم ویلڈسٹون میں رہتے ہیں", "harrow"),
    ("میرا گھر ساؤتھ ہیرو میں ہے", "harrow"),
    ("میں اسٹینمور میں رہتی ہوں", "harrow"),
    ("میں نیوہیم میں رہتی ہوں", "newham"),
    # Pashto, Sorani Kurdish
    ("زه په هارو کې اوسیږم", "harrow"),
    ("من لە هارۆ دەژیم", "harrow"),
    # Bengali (with the place as a word of its own)
    ("আমি হ্যারো এলাকায় থাকি", "harrow"),
    ("আমরা টটেনহাম এলাকায় থাকি", "haringey"),
    ("আমার বাসা টাওয়ার হ্যামলেটস", "tower_hamlets"),
    ("আমি উড গ্রিন থাকি", "haringey"),
    # Gujarati
    ("અમે હેરો માં રહીએ છીએ", "harrow"),
    ("હું સ્ટેનમોર માં રહું છું", "harrow"),
    ("હું વેમ્બલી પાસે રહું છું", "brent"),
    # Tamil
    ("நான் ஹாரோ பகுதியில் வசிக்கிறேன்", "harrow"),
    ("நாங்கள் குரோய்டன் பகுதியில் இருக்கிறோம்", "croydon"),
    ("என் வீடு டோட்டன்ஹாம் பக்கம்", "haringey"),
    # Tigrinya, Amharic
    ("ኣብ ቶተንሃም እየ ዝነብር", "haringey"),
    ("የምኖረው ሃሮው ነው", "harrow"),
    ("ቤቴ ውድ ግሪን ነው", "haringey"),
    # Russian, Ukrainian, Bulgarian
    ("я живу в Масвелл Хилл", "haringey"),
    ("мы живём в Харроу", "harrow"),
    ("я живу в районе Тоттенхэм", "haringey"),
    ("я живу в Гарроу з дітьми", "harrow"),
    ("живу біля станції Севен Сістерс", "haringey"),
    ("живея в Хароу", "harrow"),
    ("мы в Уэмбли", "brent"),
    # Greek
    ("Μένω στο Χάροου", "harrow"),
    ("μένουμε στο Τότεναμ", "haringey"),
    ("μένω στο Κρόιντον με τον άντρα μου", "croydon"),
    # Latin-script misspellings
    ("I live in Totenham", "haringey"),
    ("we're in weldstone near the station", "harrow"),
    ("near wood grean shopping city", "haringey"),
    ("harringey council housing", "haringey"),
    ("we moved to edgeware last year", "barnet"),
    ("im in stanmor", "harrow"),
]


@pytest.mark.parametrize("text,borough", NAMED)
def test_a_place_written_in_its_script_is_read(text, borough):
    assert boroughs(text) == (borough,)


NOT_PLACES = [
    # Arabic
    "زوجي يضربني كل يوم ولا أعرف ماذا أفعل",
    "ما بدي الشرطة بس بدي مكان آمن",
    "أخذ أجوري كلها ولا يعطيني شيئا",
    "لحقني لحد الباركنج وهددني",
    # Farsi: the plural and the object marker ("بچه‌هارو", the children) are not Harrow,
    # "می‌برنت" (they take you) is not Brent
    "بچه‌هارو ازم میگیره",
    "بچه هارو میزنه",
    "در هارو قفل میکنه که نتونم برم بیرون",
    "اگه بری پلیس می‌برنت",
    "لحظه‌هارو زندگی کن",
    # Urdu: hero, banner
    "وہ خود کو ہیرو سمجھتا ہے",
    "وہ مجھے مارتا ہے اور بچوں کے سامنے ذلیل کرتا ہے",
    # Bengali: "হেরো" is a loser
    "সে আমাকে প্রতিদিন মারে",
    "তুই একটা হেরো, সে বলে",
    # Gujarati
    "મારો પતિ મને મારે છે",
    # Tamil: "பின்னர்" is later, "பார்க்கிங்" parking
    "பின்னர் அவர் என்னை அடித்தார்",
    "பார்க்கிங் இடத்தில் எனக்காக காத்திருந்தான்",
    # Amharic, Tigrinya: "ውድ" is dear
    "ውድ ጓደኛዬ እባክሽ እርዳኝ",
    "ሰብኣየይ ይወቕዓኒ እዩ",
    # Russian, Ukrainian, Bulgarian
    "муж меня бьёт, что мне делать",
    "он хакнул мой телефон",
    "чоловік мене б'є",
    "мъжът ми ме бие",
    # Greek
    "ο άντρας μου με χτυπάει",
    "Χάρηκα που μίλησα μαζί σας",
]


@pytest.mark.parametrize("text", NOT_PLACES)
def test_an_ordinary_sentence_names_no_place(text):
    assert boroughs(text) == ()


# What only a change to the matching can read: endings and prefixes joined to the name, and a
# name that is also a word ("هارو" in Farsi) read after a preposition ("در", in) only.
JOINED = [
    ("আমি হ্যারোতে থাকি", "harrow"),            # Bengali locative -তে
    ("আমরা টটেনহামে থাকি", "haringey"),          # Bengali locative -এ (vowel sign ে)
    ("હું હેરોમાં રહું છું", "harrow"),           # Gujarati -માં
    ("நான் ஹாரோவில் வசிக்கிறேன்", "harrow"),     # Tamil -வில்
    ("நான் குரோய்டனில் இருக்கிறேன்", "croydon"),  # Tamil -இல் (vowel sign ி)
    ("я живу в Тоттенхэме", "haringey"),        # Russian prepositional -е
    ("я живу у Тоттенгемі", "haringey"),         # Ukrainian locative -і
    ("він живе в Кройдоні", "croydon"),          # Ukrainian locative -і
    ("ساكنة بتوتنهام", "haringey"),              # Arabic prefix بـ
    ("በቶተንሃም እኖራለሁ", "haringey"),              # Amharic prefix በ
    ("من لە هارۆدا دەژیم", "harrow"),            # Sorani -دا
]
# Not read, on purpose: Farsi "در هارو" ("in Harrow") is also "the doors" + object marker, and
# plain "هارو" is the plural + object marker of colloquial Farsi ("بچه‌هارو", the children).


@pytest.mark.parametrize("text,borough", JOINED)
def test_a_name_with_an_ending_joined_to_it(text, borough):
    assert boroughs(text) == (borough,)


SCRIPTS = {"ARABIC": "Arabic script", "BENGALI": "Bengali", "GUJARATI": "Gujarati", "TAMIL": "Tamil",
           "ETHIOPIC": "Ethiopic", "CYRILLIC": "Cyrillic", "GREEK": "Greek"}


def script_of(keyword: str) -> str:
    for c in keyword:
        if c.isalpha():
            return unicodedata.name(c).split()[0]
    return ""


def test_every_london_borough_is_named_in_every_script():
    for term in TERMS.children("area", "london"):
        scripts = {script_of(k) for k in TERMS.terms[("area", term)].keywords}
        missing = [name for script, name in SCRIPTS.items() if script not in scripts]
        assert not missing, (term, missing)


def test_every_keyword_is_read_as_its_own_borough():
    """No spelling of one borough's place folds into another's, and none is shorter than
    three letters on its own."""
    for info in TERMS.terms.values():
        if info.taxonomy != "area" or info.code in ("national", "london"):
            continue
        for keyword in info.keywords:
            folded = " ".join(words(keyword))
            assert PLACES[folded] == info.code, (keyword, PLACES[folded], info.code)
            assert " " in folded or len(folded) >= 3, keyword


def test_the_folded_place_table_is_kept_for_the_same_vocabulary_and_made_again_for_a_new_one():
    names = {"Wood Green": "haringey", "St. Ann's": "haringey"}
    first = folded_place_table(names)
    assert first == {"wood green": "haringey", "st ann": "haringey"}
    assert folded_place_table(names) is first
    reloaded = {"Pinner": "harrow"}
    assert folded_place_table(reloaded) == {"pinner": "harrow"}
