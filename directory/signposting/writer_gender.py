"""Whether the writer is a man or a woman, from the grammar of what they say of themselves.

Many languages mark the speaker's gender where English does not: Polish "bałem się" (a man:
"I was afraid") and "bałam się" (a woman); Hindi and Urdu "main darta hoon" and "darti hoon";
Spanish "estoy cansado" and "cansada". A man harmed by a partner who writes "ona mówi, że jak
odejdę, powie policji, że to ja biłem" never says "I am a man", but his verb does: he needs
the Men's Advice Line, not a line for women (dev part, 2026-12-06).

Only forms that speak of the writer count: first-person verbs, or "I am" before an adjective
or participle; words in quotation marks are someone else's ("he says 'I did nothing'"). Word
endings count only where they cannot be something else: a Polish "-łem" only in a message
with Polish words in it and not on the nouns that end so ("szpitalem", "z Michałem"); a
Spanish "-ado" only right after "estoy", "soy" or "fui".
"""
from __future__ import annotations

import re
from functools import cache

from .text import fold, words

# Polish first-person past tense, a man's form; a woman's replaces the final "em" with "am",
# except where the stem changes too (the second form given).
_POLISH_PAST = """byłem bałem miałem mogłem musiałem chciałem zrobiłem robiłem zostałem powiedziałem
    uciekłem dostałem płakałem myślałem próbowałem zadzwoniłem dzwoniłem uderzyłem biłem krzyczałem
    pracowałem straciłem spałem wróciłem mieszkałem znalazłem widziałem słyszałem czułem wiedziałem
    poznałem zapłaciłem przyjechałem wyprowadziłem zgłosiłem pisałem napisałem skończyłem
    rozmawiałem kochałem ufałem dałem oddałem przeprosiłem złapałem groziłem zabrałem wyrzuciłem
    rzuciłem zniszczyłem szarpałem popychałem kopałem dusiłem obraziłem wyzywałem zdradziłem
    wstydziłem zauważyłem
    wyszedłem:wyszłam poszedłem:poszłam zacząłem:zaczęłam wziąłem:wzięłam pchnąłem:pchnęłam
    popchnąłem:popchnęłam zamknąłem:zamknęłam szarpnąłem:szarpnęłam kopnąłem:kopnęłam"""
# Nouns and names that end like a man's or a woman's past tense (folded: "ł" is "l").
_NOT_PAST = """szpitalem metalem kanalem materialem michalem rafalem generalem upalem
    zapalem krysztalem dzialem udzialem portalem kapitalem lokalem finalem idealem skandalem medalem
    pedalem sandalem sygnalem kryminalem szalem walem zalem problem celem kolem dolem stolem kosciolem
    aniolem orlem tlem mulem tytulem stylem przyjacielem nauczycielem rodzicielem danielem personelem
    popiolem wolem pawlem krzeslem cialem swiatlem szklem maslem mydlem skrzydlem wezlem wioslem
    islam salam reklam selam kalam ghulam malam dalam"""
_POLISH_NOT_PAST = frozenset(_NOT_PAST.split())
# Words common in Polish and rare elsewhere: two of them make a message Polish enough for its
# endings to be read.
_POLISH = """nie mnie sie jest jestem ze co jak mi moj moja maz zona ale juz tak czy bo mam
    mu jej on ona ja tylko bardzo teraz dzieci syn corka mojego mojej"""
_POLISH_WORDS = frozenset(_POLISH.split())
# Adjectives after "jestem" / "czuję się" (I am / I feel): a man's form, then a woman's.
_POLISH_STATE = """sam:sama przestraszony:przestraszona zmęczony:zmęczona samotny:samotna zły:zła
    winny:winna smutny:smutna bezradny:bezradna rozwiedziony:rozwiedziona bezdomny:bezdomna
    załamany:załamana zdesperowany:zdesperowana bezrobotny:bezrobotna pobity:pobita
    zastraszony:zastraszona upokorzony:upokorzona zagubiony:zagubiona uwięziony:uwięziona
    wykorzystany:wykorzystana przemocowy:przemocowa agresywny:agresywna pewny:pewna pewien:pewna
    żonaty:zamężna"""
# "I am", "I was", "I feel", "I stay" in each language, before a state of the writer.
_I_AM = {"pl": ("jestem", "czuje sie", "bylem", "bylam"),
         "es": ("estoy", "soy", "fui", "me siento", "me quede", "me quedo", "me pongo", "estaba"),
         "pt": ("estou", "sou", "fui", "me sinto", "sinto me", "fiquei", "fico", "to", "tou", "estava"),
         "it": ("sono", "mi sono", "mi sento", "ero", "fui", "fossi"),
         "ro": ("sunt", "am fost", "fiu", "ma simt", "eram")}
# Adjectives after "I am" in Spanish, Portuguese and Italian (a man's form ends in -o, a
# woman's in -a) and Romanian (a woman's adds -a), beside the participles read by ending.
_ROMANCE_STATE = {
    "es": """cansado asustado preocupado desesperado harto loco deprimido violento nervioso celoso seguro
        confuso""",
    "pt": """cansado assustado preocupado sozinho farto louco deprimido calado nervoso violento ciumento
        seguro confuso""",
    "it": """stanco preoccupato spaventato disperato pazzo depresso confuso nervoso violento geloso sicuro
        rimasto""",
    "ro": "speriat obosit singur disperat nebun deprimat umilit gelos violent nervos sigur",
}
_SPANISH_ALONE = {"sola": "woman"}   # "solo" is as often "only"
_PARTICIPLE = {"es": (("ado", "ido"), ("ada", "ida")), "pt": (("ado", "ido"), ("ada", "ida")),
               "it": (("ato", "ito", "uto"), ("ata", "ita", "uta")),
               "ro": (("at", "it", "ut"), ("ata", "ita", "uta"))}
_NOT_PARTICIPLE = {"nada", "cada", "vida", "toda", "todo", "nado", "lado", "dato", "data", "gata", "gato",
                   "nata", "tuta", "zita", "vita", "mita", "dito", "dita", "ato", "ata"}
_INTENSIFIERS = {"muy", "muito", "tan", "tao", "molto", "tanto", "bem", "bastante", "tare", "foarte",
                 "bardzo", "tak", "strasznie", "mega", "super", "so", "tutta", "tutto", "toda", "todo",
                 "completamente", "totalmente", "ja", "ya", "gia", "deja", "juz", "naprawde", "realmente",
                 "meio", "un", "poco", "pouco", "um", "cosi", "troppo", "asi", "assim", "mai", "atat", "de"}
# Hindi, Urdu and Punjabi: "-ta hoon" is a man's "I do", "-ti hoon" a woman's; Punjabi "-da
# haan" and "-di haan". "hun" is also Punjabi "now", and "mein" / "میں" also "in": they count
# only beside the unambiguous "main" / "मैं".
_FIRST_PERSON_AFTER = {"hoon", "hu", "hoo", "hn", "hon", "ہوں", "हू", "हूँ", "हूं"}
_FIRST_PERSON_AFTER_PRONOUN = {"hun"}
_PUNJABI_FIRST_PERSON = {"haan", "aan", "han"}
_HINDI_I = {"main", "mai", "mn", "मैं"}
# "mai" is also Romanian and Italian ("more", "never"): a verb after it counts without "hoon"
# only in a message with two of these words in it.
_HINDUSTANI = """hai nahi nahin nhi ko ki ka ke se mujhe mera meri mere kya koi bahut par aur bhi ne
    mainu nu vi
    है नहीं को की का के से मुझे मेरा मेरी और भी ने"""
_HINDUSTANI_WORDS = frozenset(_HINDUSTANI.split())
_THIRD_PERSON_AFTER = {"hai", "hain", "he", "h", "hy", "aa", "ae", "ne", "है", "हैं", "ہے", "ہیں"}
# Only the habitual "-ta" / "-ti" and a few auxiliaries: a bare "-i" before "hoon" is as often
# "bhi" (also) as a woman's adjective.
_MAN_ENDINGS = ("ta", "ता", "تا")
_WOMAN_ENDINGS = ("ti", "ती", "تی")
_PUNJABI_ENDINGS = {"man": ("da",), "woman": ("di",)}
_MAN_ALONE = {"raha", "rha", "gaya", "gya", "chuka", "hua", "akela", "sakta", "sakda", "peya", "larka",
              "ladka", "mard", "aadmi", "admi", "लड़का", "मर्द", "आदमी", "لڑکا", "مرد", "آدمی", "रहा", "गया",
              "चुका", "हुआ", "अकेला", "सकता", "رہا", "گیا", "چکا", "ہوا", "اکیلا", "سکتا"}
_WOMAN_ALONE = {"rahi", "rhi", "gayi", "gai", "gyi", "chuki", "hui", "akeli", "sakti", "sakdi", "larki",
                "ladki", "aurat", "लड़की", "औरत", "لڑکی", "عورت", "रही", "गई",
                "गयी", "चुकी", "हुई", "अकेली", "सकती", "رہی", "گئی", "چکی", "ہوئی", "اکیلی", "سکتی"}
# Not the future ("jaunga", "jaungi"): it is how threats are told, in his words and without
# quotation marks ("bola ... zinda nahi chhodunga", he said he won't leave me alive).
# Gujarati "hu ... gayo chhu" (a man), "gai chhu" (a woman), "kahi shakto nathi": the forms
# before "chhu" (I am), or "nathi" (not, any person: only after "hu", I), that carry gender,
# and the "-elo / -eli" participles.
_GUJARATI_AFTER = {"chhu", "chu", "chhun", "chun", "છું", "છુ"}
_GUJARATI_NOT = {"nathi", "નથી"}
_GUJARATI_I = {"hu", "hun", "હું"}
_GUJARATI = {"man": ("gayo", "aavyo", "avyo", "thakyo", "daryo", "shakto", "sakto", "karto", "ગયો",
                     "આવ્યો", "શકતો", "કરતો", "થાક્યો", "ડર્યો"),
             "woman": ("gai", "gayi", "aavi", "thaki", "dari", "shakti", "sakti", "karti", "ગઈ", "આવી",
                       "શકતી", "કરતી", "થાકી", "ડરી")}
_GUJARATI_PARTICIPLE = {"man": "elo", "woman": "eli"}
# Egyptian and Levantine Arabic "ana" + an adjective or participle: a woman's adds "-a" ("ة").
_ARABIC_I = {"ana", "ani", "wana", "انا", "أنا", "وانا", "وأنا"}
_ARABIC_NOT = {"msh", "mish", "mesh", "mush", "mosh", "ma", "mo", "mu", "مش", "ما", "مو", "كتير", "ktir",
               "awi", "kteer", "jiddan"}
_ARABIC_STATE = """ta3ban:ta3bana khayef:khayfa khaif:khaifa 5ayef:5ayfa 3aref:3arfa 3arif:3arfa
    za3lan:za3lana mkasof:mkasofa maksoof:maksoofa 7azin:7azina 7azeen:7azeena mot3ab:mot3aba
    mkhnou2:mkhnou2a ma5no2:ma5no2a
    تعبان:تعبانة خايف:خايفة خائف:خائفة عارف:عارفة زعلان:زعلانة مكسوف:مكسوفة حزين:حزينة متعب:متعبة
    مرهق:مرهقة مخنوق:مخنوقة"""
_PAST_AFTER = {"tha", "thi", "si", "सी", "था", "थी", "تھا", "تھی"}
PRONOUN_REACH = 6

# Quoted words are someone else's: 'nic nie zrobiłem', "I was scared", «...», „...", “...”.
_QUOTED = re.compile(r"(?:(?<=\s)|^)'[^'\n]+'(?=[\s.,!?;:]|$)"
                     r"|\"[^\"\n]+\"|“[^”\n]+”|„[^“”\"\n]+[“”\"]|«[^»\n]+»")


def writer_gender(text: str) -> str | None:
    """"man" or "woman" when what the writer says of themselves is in a gendered form, and
    every such form agrees; else None."""
    said = set(_said(words(_QUOTED.sub(" ", text))))
    return said.pop() if len(said) == 1 else None


def _said(tokens: list[str]):
    forms = _forms()
    polish = len(_POLISH_WORDS.intersection(tokens)) >= 2
    for index, token in enumerate(tokens):
        if token in forms["past"]:
            yield forms["past"][token]
        elif polish:
            yield from _polish_ending(token)
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        for reader in (_hindi_gender, _gujarati_gender, _arabic_gender):
            gender = reader(tokens, index, following)
            if gender:
                yield gender
        for language, openings in _I_AM.items():
            for opening in openings:
                gender = _state_after(tokens, index, opening.split(), language)
                if gender:
                    yield gender


def _polish_ending(token: str):
    if len(token) < 5 or token in _POLISH_NOT_PAST:
        return
    # A vowel before the "ł": "biłem", "bałam"; the consonant-stem verbs ("mogłem",
    # "poszedłem") are listed, and share their ending with nouns ("krzesłem", "szkłem").
    if token.endswith(("lbym", "alem", "ilem", "ylem", "ulem")):
        yield "man"
    elif token.endswith(("labym", "alam", "ilam", "ylam", "ulam")):
        yield "woman"


@cache
def _forms() -> dict:
    past = {}
    for man, woman in _pairs(_POLISH_PAST, ("em", "am")):
        past[man], past[woman] = "man", "woman"
    states: dict[str, dict[str, str]] = {"pl": {}}
    for man, woman in _pairs(_POLISH_STATE):
        states["pl"][man], states["pl"][woman] = "man", "woman"
    for language, listed in _ROMANCE_STATE.items():
        states[language] = {}
        for man, woman in _pairs(listed, ("", "a") if language == "ro" else ("o", "a")):
            states[language][man], states[language][woman] = "man", "woman"
    states["es"].update(_SPANISH_ALONE)
    hindi = {gender: (frozenset(map(fold, alone)), tuple(map(fold, endings)))
             for gender, alone, endings in (("man", _MAN_ALONE, _MAN_ENDINGS),
                                            ("woman", _WOMAN_ALONE, _WOMAN_ENDINGS))}
    arabic = {}
    for man, woman in _pairs(_ARABIC_STATE):
        arabic[man], arabic[woman] = "man", "woman"
    gujarati = {fold(form): gender for gender, listed in _GUJARATI.items() for form in listed}
    return {"past": past, "states": states, "hindi": hindi, "arabic": arabic, "gujarati": gujarati,
            "gujarati_after": frozenset(map(fold, _GUJARATI_AFTER)),
            "gujarati_not": frozenset(map(fold, _GUJARATI_NOT)),
            "gujarati_i": frozenset(map(fold, _GUJARATI_I)),
            "arabic_i": frozenset(map(fold, _ARABIC_I)), "arabic_not": frozenset(map(fold, _ARABIC_NOT)),
            "first_person": frozenset(map(fold, _FIRST_PERSON_AFTER)), "i": frozenset(map(fold, _HINDI_I)),
            "third_person": frozenset(map(fold, _THIRD_PERSON_AFTER)),
            "past_after": frozenset(map(fold, _PAST_AFTER))}


def _pairs(text: str, ending: tuple[str, str] | None = None) -> list[tuple[str, str]]:
    pairs = []
    for item in text.split():
        man, _, woman = item.partition(":")
        if not woman and ending:
            stem = man[:len(man) - len(ending[0])] if man.endswith(ending[0]) else man
            woman = stem + ending[1]
        pairs.append((fold(man), fold(woman)))
    return pairs


def _hindi_gender(tokens: list[str], index: int, following: str) -> str | None:
    forms = _forms()
    token = tokens[index]
    after_i = bool(forms["i"].intersection(tokens[max(0, index - PRONOUN_REACH):index]))
    if following in _PUNJABI_FIRST_PERSON:
        for gender, endings in _PUNJABI_ENDINGS.items():
            if (len(token) > 3 and token.endswith(endings)) or token in forms["hindi"][gender][0]:
                return gender
        return None
    first_person = following in forms["first_person"] \
        or (following in _FIRST_PERSON_AFTER_PRONOUN and after_i) \
        or (after_i and following not in forms["third_person"] and not _subject_between(tokens, index)
            and len(_HINDUSTANI_WORDS.intersection(tokens)) >= 2)
    if not first_person:
        return None
    for gender, (alone, endings) in forms["hindi"].items():
        if token in alone or (len(token) > 2 and token.endswith(endings)):
            return gender
    return None


def _gujarati_gender(tokens: list[str], index: int, following: str) -> str | None:
    forms = _forms()
    said_i = forms["gujarati_i"].intersection(tokens[max(0, index - PRONOUN_REACH):index])
    if following not in forms["gujarati_after"] and not (following in forms["gujarati_not"] and said_i):
        return None
    token = tokens[index]
    if token in forms["gujarati"]:
        return forms["gujarati"][token]
    return next((gender for gender, ending in _GUJARATI_PARTICIPLE.items()
                 if len(token) > 4 and token.endswith(ending)), None)


def _arabic_gender(tokens: list[str], index: int, following: str) -> str | None:
    forms = _forms()
    if tokens[index] not in forms["arabic_i"]:
        return None
    rest = tokens[index + 1:index + 4]
    while rest and rest[0] in forms["arabic_not"]:
        rest = rest[1:]
    return forms["arabic"].get(rest[0]) if rest else None


def _subject_between(tokens: list[str], index: int) -> bool:
    """Whether someone else is the subject between "main" and the verb: "main dekhti hoon ki
    woh rota hai" (hai after it is caught already); "main jaanti hoon woh darta" (woh)."""
    return bool({"woh", "wo", "vo", "oh", "voh", "वो", "वह", "وہ", "usne", "unhon", "ohne"}
                .intersection(tokens[max(0, index - PRONOUN_REACH):index]))


def _state_after(tokens: list[str], index: int, opening: list[str], language: str) -> str | None:
    if tokens[index:index + len(opening)] != opening:
        return None
    rest = tokens[index + len(opening):index + len(opening) + 3]
    while rest and rest[0] in _INTENSIFIERS:
        rest = rest[1:]
    if not rest:
        return None
    word = rest[0]
    listed = _forms()["states"][language].get(word)
    if listed or language == "pl" or len(word) < 5 or word in _NOT_PARTICIPLE:
        return listed
    man, woman = _PARTICIPLE[language]
    return "woman" if word.endswith(woman) else "man" if word.endswith(man) else None
