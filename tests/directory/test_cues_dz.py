"""Readings from what the sixth intl batteries still missed after the helpers' widening
(2026-12-07, evening), each in other words than the battery's and beside look-alikes: a husband
who gives no money (Gujarati: economic abuse, not exploitation); 'rape' after a prefix and 'she
doesn't want the police' (Arabic); an ex under an order at the house with the intercom smashed
(Italian); a child taken from school by a father a court order bars (Portuguese); 'I cannot
speak', a belt in his hand, the door shaking (Gujarati); pills counted out and not wanting to be
a burden (Tamil); a girl driven to the airport to be cut, the plane in an hour (Somali); a woman
and her girlfriend (Farsi)."""

from .cue_checks import message_test

MESSAGES = [
    ("abuse=economic_abuse", "maro pati paisa nathi aapto, dudh levu hoy to pan maagvu pade"),
    ("noabuse=trafficking_exploitation", "pati paisa nathi aapta ghar mate"),
    ("abuse=trafficking_exploitation", "sheth pagar nathi aapta ane passport rakhi lidho"),
    ("abuse=sexual_violence", "صديقتي تعرضت لاغتصاب السنة الماضية"),
    ("noneed=report_police", "تعرضت لاغتصاب وما بدها بوليس، بس بدها تحكي مع حدا"),
    ("danger=immediate", "il mio ex ha il divieto di avvicinamento ma adesso e davanti casa"),
    ("danger=immediate", "ha un ordine restrittivo e ha gia spaccato il campanello"),
    ("danger=none", "come si chiede un ordine restrittivo contro il mio ex?"),
    ("danger=immediate", "o pai pegou a menina na creche, nao pode, tem ordem judicial"),
    ("danger=none", "o pai pegou a menina na creche hoje, era o dia dele"),
    ("danger=cannot_speak", "હું બોલી નહીં શકું, એ બહાર છે"),
    ("danger=immediate", "જેઠના હાથમાં લાકડી છે અને દરવાજો ખખડાવે છે"),
    ("danger=none", "મારા હાથમાં દુખાવો છે"),
    ("danger=self_harm", "என் மாத்திரை எல்லாம் எண்ணி வெச்சிருக்கேன், யாருக்கும் பாரமா இருக்க வேண்டாம்"),
    ("danger=none", "டாக்டர் சொன்ன மாதிரி மாத்திரை சாப்பிட்டேன்"),
    ("danger=immediate", "eedaday gabadheeda ayay garoonka u waddaa si loo gudo, diyaaradu saacad ka dib"),
    ("danger=none", "waxaa la i gudday markii aan yaraa, hadda waxaan rabaa dhakhtar"),
    ("aud=lgbt", "من یه دختر ۲۶ سالم و با دوست دخترم زندگی میکنم، خانوادم تهدیدم میکنن"),
    ("noaud=lgbt", "من با دوست دخترم بیرون بودم، من پسرم"),
    # Roman Urdu 'maine' (I) is not Romanian 'mâine' (tomorrow): no forced marriage about to happen.
    ("danger=none", "maine ammi ko bola ke mujhe ye shaadi nahi karni, wo zabardasti kar rahe hain"),
    ("danger=immediate", "maine plecam in pakistan si ma marita cu varul meu, am 16 ani"),
    # Seventh/eighth battery ideas: a landlord forcing the door (Turkish); a daughter blackmailed
    # with pictures (Roman Urdu); a story for a writing class (Farsi); a girl to become 'a real
    # woman' at a 'ceremony' on a trip, 'obrzezanie' (Polish), not a boy's.
    ("danger=immediate", "ev sahibi kapiyi tekmeliyo, acmazsan kiracagim diyor"),
    ("danger=none", "ev sahibi kapiyi tamir etti"),
    ("abuse=sexual_exploitation", "mere bete ko koi photos se blackmail kar raha hai"),
    ("role=parent", "beti ko online koi pics se blackmail kar raha hai"),
    ("danger=none", "یه داستان کوتاه مینویسم درباره زنی که شوهرش با چاقو تهدیدش میکنه"),
    ("abuse=fgm", "w wakacje leca do rodziny, babcia mowi ze mala zostanie prawdziwa kobieta"),
    ("abuse=fgm", "czy obrzezanie dziewczynki jest legalne w Anglii?"),
    ("noabuse=fgm", "obrzezanie syna z powodu stulejki, gdzie to zrobic?"),
]


test_message = message_test(MESSAGES)
