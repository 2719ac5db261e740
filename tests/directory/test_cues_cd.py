"""Role cues in the 15 languages: a parent, a friend or relative, a professional and someone
worried about their own behaviour are read as such, a survivor telling what he does to her
stays a survivor, and ordinary messages (a lawyer, an interpreter, a school run) read no role.

Every message here was written for this test, as people type."""
import pytest

from directory.signposting import understand

ROLES = [
    # English
    ("en", "my 15yo has an older boyfriend and i'm worried", "parent"),
    ("en", "im her stepmum and she told me something awful", "parent"),
    ("en", "i think she is being hurt by her bf, how do i help her", "friend_family"),
    ("en", "i saw him hit her outside the flat", "friend_family"),
    ("en", "a patient disclosed her partner hits her, where do I refer", "professional"),
    ("en", "I work as an interpreter and a woman told me things", "professional"),
    ("en", "i put my hands on my gf last night, i want to stop being like this", "perpetrator"),
    ("en", "my wife is scared of me and i have anger issues", "perpetrator"),
    ("en", "he smacks me when he's drunk", "survivor"),
    # Spanish
    ("es", "creo que su marido la pega, como puedo ayudarla", "friend_family"),
    ("es", "mi hijastra de 14 anos", "parent"),
    ("es", "soy trabajadora social y una usuaria me conto que la pegan", "professional"),
    ("es", "le pegue a mi novia y no controlo mi ira", "perpetrator"),
    ("es", "mi novio me ha pegado otra vez", "survivor"),
    # Portuguese
    ("pt", "ele bate nela, como posso ajudar ela", "friend_family"),
    ("pt", "minha enteada de 13 anos", "parent"),
    ("pt", "sou enfermeira, uma utente me contou que apanha", "professional"),
    ("pt", "bati na minha mulher, nao consigo controlar a raiva", "perpetrator"),
    ("pt", "apanho do meu marido todo dia", "survivor"),
    # Polish
    ("pl", "myślę, że on ją bije, jak jej pomóc", "friend_family"),
    ("pl", "moja córeczka ma 12 lat", "parent"),
    ("pl", "jestem pielęgniarką, pacjentka mi powiedziała o przemocy", "professional"),
    ("pl", "uderzyłem żonę, mam problem z agresją", "perpetrator"),
    # Romanian
    ("ro", "cred ca sotul o bate, cum sa o ajut", "friend_family"),
    ("ro", "fetita mea are 10 ani", "parent"),
    ("ro", "sunt asistenta medicala, o pacienta mi-a spus ca e batuta", "professional"),
    ("ro", "am lovit-o pe sotia mea si nu ma pot controla", "perpetrator"),
    # Turkish
    ("tr", "ablamın kocası onu dövüyor nasıl yardım edebilirim", "friend_family"),
    ("tr", "kızımı okuldan biri rahatsız ediyor", "parent"),
    ("tr", "hemşireyim, hastam bana anlattı", "professional"),
    ("tr", "karımı dövüyorum, öfkemi kontrol edemiyorum", "perpetrator"),
    # Arabic
    ("ar", "زوجها يضربها كيف اساعدها", "friend_family"),
    ("ar", "بنتي المراهقه عندها مشكله", "parent"),
    ("ar", "بصفتي ممرضه مريضه قالت لي انها تتعرض للضرب", "professional"),
    ("ar", "ضربت زوجتي ومش قادر اسيطر على اعصابي", "perpetrator"),
    ("ar", "jozi 3am yedrobni kol yom", "survivor"),
    # Urdu
    ("ur", "uska shohar usay marta hai uski madad kaise karun", "friend_family"),
    ("ur", "meri bitiya 15 saal ki hai", "parent"),
    ("ur", "main social worker hun, aik client ne bataya", "professional"),
    ("ur", "maine apni biwi pe haath uthaya, gussa control nahi hota", "perpetrator"),
    ("ur", "mujhe roz thappar marta hai", "survivor"),
    # Persian
    ("fa", "شوهرش کتکش میزنه چطور کمکش کنم", "friend_family"),
    ("fa", "dokhtaramo nemitoonam peyda konam", "parent"),
    ("fa", "من مددکار هستم، یکی از مراجعانم گفت", "professional"),
    ("fa", "دست روش بلند کردم، نمیتونم خشممو کنترل کنم", "perpetrator"),
    # Bengali
    ("bn", "tar jamai oke mare, kivabe oke help korbo", "friend_family"),
    ("bn", "amar meyeta 14 bochor", "parent"),
    ("bn", "ami nurse hisebe kaj kori, amar ek patient bollo", "professional"),
    ("bn", "ami amar bou ke marsi, rag samlate pari na", "perpetrator"),
    # Tamil
    ("ta", "avala adikiran, eppadi avalukku help panna", "friend_family"),
    ("ta", "ennoda ponnu school poga maatengura", "parent"),
    ("ta", "naan nurse aa irukken, oru patient sonnanga", "professional"),
    ("ta", "naan en wife a adichen, kovam control panna mudiyala", "perpetrator"),
    # Gujarati
    ("gu", "eno var ene mare che, kevi rite eni madad karu", "friend_family"),
    ("gu", "mari dikri 13 varas ni che", "parent"),
    ("gu", "hu nurse chu, mari ek patient e kahyu", "professional"),
    ("gu", "me patni ne maryu, gusso kabu ma nathi", "perpetrator"),
    # Somali
    ("so", "ninkeeda ayaa garaacaa, sidee u caawin karaa iyada", "friend_family"),
    ("so", "gabadhaydu waxay jirtaa 14 sano", "parent"),
    ("so", "waxaan ahay turjubaan, bukaankeyga ayaa ii sheegay", "professional"),
    ("so", "waan garaacay xaaskayga", "perpetrator"),
    # Kurdish
    ("ku", "mêrê wê li wê dixe, ez çawa alîkariya wê bikim", "friend_family"),
    ("ku", "keçika min 12 salî ye", "parent"),
    ("ku", "ez werger im, nexweşek ji min re got", "professional"),
    ("ku", "min li jina xwe xist", "perpetrator"),
    # Tigrinya
    ("ti", "ሰብኣያ ይወቕዓ ከመይ ክሕግዛ", "friend_family"),
    ("ti", "ጓልና ሓሚማ", "parent"),
    ("ti", "ተርጓሚ እየ ሓንቲ ሕሙምተይ ነጊራትኒ", "professional"),
    ("ti", "ንሰበይተይ ወቒዐያ", "perpetrator"),
]

ORDINARY = [
    "I need an interpreter for my appointment",
    "I need a solicitor",
    "can i self refer to a refuge",
    "I hurt my back yesterday",
    "i get so angry at him sometimes",
    "i want to stop hurting myself",
    "I am a student and my tutor touched me",
    "main lawyer chahti hun",
    "انا محتاجه محاميه",
    "necesito un interprete para mi cita",
    "vreau sa ma schimb de haine",
    "o bat la usa",
    "naan teacher kitta sonnen",
    "waxaan u baahanahay turjubaan",
    "avukat istiyorum",
    "من به مترجم نیاز دارم",
]


@pytest.mark.parametrize(("lang", "text", "role"), ROLES)
def test_role_is_read(lang, text, role):
    assert understand(text).role == role, (lang, text)


def test_every_language_has_two_roles():
    langs = {lang for lang, _text, _role in ROLES}
    assert len(langs) == 15
    assert all(sum(1 for lang2, _t, _r in ROLES if lang2 == lang) >= 2 for lang in langs)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_message_reads_as_survivor(text):
    assert understand(text).role == "survivor", text
