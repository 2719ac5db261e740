"""Danger now (`danger.immediate`) and not being able to speak (`danger.cannot_speak`) in
everyday, oblique and romanised wording in every site language; past fear or old threats,
and ordinary messages, give no danger.

Every message here was written for this test, as people type: accents often dropped,
romanised spellings, text-speak, English words mixed in."""
import pytest

from directory.signposting import understand

DANGER = [
    ("en", "hes outside rn screaming", "immediate"),
    ("en", "he just grabbed me by the throat", "immediate"),
    ("en", "he'll be back any minute", "immediate"),
    ("en", "texting from the bathroom so he doesnt hear", "cannot_speak"),
    ("en", "if he finds out im texting he'll kill me", "cannot_speak"),
    ("es", "ya llego y esta furioso, esta rompiendo todo", "immediate"),
    ("es", "me agarro del cuello hace rato", "immediate"),
    ("es", "le escribo desde el baño a escondidas", "cannot_speak"),
    ("es", "si se entera que estoy escribiendo me mata", "cannot_speak"),
    ("pt", "ele me pegou pelo pescoço agora pouco", "immediate"),
    ("pt", "chamem a policia por favor ele ta quebrando tudo", "immediate"),
    ("pt", "to escrevendo do banheiro, nao posso fazer barulho", "cannot_speak"),
    ("pl", "zlapal mnie za gardlo i rzuca we mnie rzeczami", "immediate"),
    ("pl", "wraca dzis wieczorem, stoi pod blokiem", "immediate"),
    ("pl", "jesli sie dowie ze pisze to mnie zabije", "cannot_speak"),
    ("ro", "m-a apucat de gat adineauri", "immediate"),
    ("ro", "chemati politia, incearca sa intre in casa", "immediate"),
    ("ro", "daca afla ca scriu ma omoara", "cannot_speak"),
    ("tr", "az once bana vurdu, polisi cagirin", "immediate"),
    ("tr", "bu gece geri gelecek, sarhos geldi cok sinirli", "immediate"),
    ("tr", "tuvaletten yaziyorum, ses cikaramam", "cannot_speak"),
    ("ar", "عم يكسر كل شي واتصلوا بالشرطة", "immediate"),
    ("ar", "khana2ni hala2 w msakarli 3alayi el bab", "immediate"),
    ("ar", "iza sme3ni bi2telni", "cannot_speak"),
    ("ar", "نايم جنبي وبس بقدر اكتب", "cannot_speak"),
    ("ur", "wo aaj raat wapas aa raha hai", "immediate"),
    ("ur", "abhi abhi mujhe mara, police ko bulao", "immediate"),
    ("ur", "agar usko pata chala ke main message kar rahi hoon", "cannot_speak"),
    ("ur", "awaz nahi kar sakti wo sun sakta hai", "cannot_speak"),
    ("fa", "همین الان منو زد، زنگ بزنید پلیس", "immediate"),
    ("fa", "emshab barmigarde", "immediate"),
    ("fa", "kenaram khabide, nemitoonam seda dar biyaram", "cannot_speak"),
    ("bn", "ekhuni amake marlo, police dakun", "immediate"),
    ("bn", "বাড়ি থেকে বের হতে দিচ্ছে না", "immediate"),
    ("bn", "shunte pele mere felbe", "cannot_speak"),
    ("bn", "আমার পাশে ঘুমাচ্ছে", "cannot_speak"),
    ("ta", "ippo thaan ennai adichan, police ah koopdunga", "immediate"),
    ("ta", "இன்னைக்கு ராத்திரி திரும்ப வருவான்", "immediate"),
    ("ta", "kettaa konnuduvan", "cannot_speak"),
    ("ta", "en pakkathula thoongitu irukan", "cannot_speak"),
    ("gu", "hamna j mane maryu, police bolavo", "immediate"),
    ("gu", "એ આજે રાત્રે પાછો આવશે", "immediate"),
    ("gu", "sambhalse to mari nakhse", "cannot_speak"),
    ("gu", "mari baju ma suto che", "cannot_speak"),
    ("so", "caawa ayuu soo laabanayaa", "immediate"),
    ("so", "hadda ayuu i garaacay, booliska u yeera", "immediate"),
    ("so", "cod ma samayn karo", "cannot_speak"),
    ("so", "agtayda ayuu ku hurdaa", "cannot_speak"),
    ("ku", "isev de vegere", "immediate"),
    ("ku", "gazi polis bikin, her tişt dişkîne", "immediate"),
    ("ku", "dikare min bibihîze", "cannot_speak"),
    ("ku", "li kêleka min radizê", "cannot_speak"),
    ("ti", "ሎሚ ለይቲ ክምለስ እዩ", "immediate"),
    ("ti", "ሕጂ ወቒዑኒ ፖሊስ ጸውዑ", "immediate"),
    ("ti", "ኣብ ጎነይ ደቂሱ ኣሎ", "cannot_speak"),
    ("ti", "ድምጺ ከውጽእ ኣይክእልን", "cannot_speak"),
]

ORDINARY = [
    "i was scared for years",
    "he used to threaten me",
    "i have to be quick, my lunch break ends soon",
    "he'll be home soon and we can talk about dinner",
    "he beat me at chess",
    "ya llego mi mama y esta bien",
    "necesito llamar a alguien para ayuda con papeles",
    "minha mae volta daqui a pouco",
    "annem bu aksam gelecek",
    "koi document bhejo please",
    "woh kitab mere paas hai, woh gaana sun raha hai",
    "مادرم امشب میاد خونه ما",
    "baba mod kheye eseche",
    "niha min pere da birayê xwe",
    "tenia miedo por años, antes me amenazaba",
]


@pytest.mark.parametrize(("language", "text", "level"), DANGER, ids=[f"{d[0]}-{d[1]}" for d in DANGER])
def test_danger_is_recognised(language, text, level):
    assert level in understand(text).danger


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_messages_give_no_danger(text):
    assert not understand(text).danger
