"""Forced marriage, honour-based abuse, FGM and 'abroad' cues, as people type them in each
site language, and ordinary messages that must not be read as them."""
import pytest

from directory.signposting.understanding import understand

RECOGNISED = [
    ("en", "my parents picked a husband for me and i dont want this wedding", "forced_marriage"),
    ("en", "my brothers found out about my boyfriend, i ruined the familys name", "honour_based_abuse"),
    ("en", "they want to cut her down there to make her pure", "fgm"),
    ("en", "they took my passport and im stuck in bangladesh", "abroad"),
    ("es", "me quieren casar con mi primo a la fuerza", "forced_marriage"),
    ("es", "me van a llevar a marruecos y no me dejan volver", "abroad"),
    ("pt", "querem me casar a forca com um homem velho", "forced_marriage"),
    ("pt", "vao me levar para a guine para o fanado", "fgm"),
    ("pl", "chca mnie wydac za maz za kuzyna", "forced_marriage"),
    ("pl", "przyniosłaś wstyd rodzinie, mówią bracia", "honour_based_abuse"),
    ("ro", "parintii vor sa ma marite cu forta", "forced_marriage"),
    ("ro", "fratele meu zice ca ne faci de rusine familia", "honour_based_abuse"),
    ("tr", "babam erkek arkadaşımı öğrenirse beni öldürür", "honour_based_abuse"),
    ("tr", "beni memlekete götürecekler, uçuşumuz haftaya", "abroad"),
    ("ar", "ahli bdhom yjawzouni ibn 3ammi", "forced_marriage"),
    ("ar", "ana hala2 fi el3ira2 w ma a2dar arja3", "abroad"),
    ("ur", "meri marzi ke khilaf cousin se shadi karwa rahe hain", "forced_marriage"),
    ("ur", "main pakistan mein phansi hui hoon", "abroad"),
    ("fa", "اگه بابام بفهمه دوست پسر دارم منو میکشه", "honour_based_abuse"),
    ("fa", "الان تو کابلم و نمیزارن برگردم", "abroad"),
    ("bn", "amar mamato bhai er sathe jor kore biye dicche", "forced_marriage"),
    ("bn", "ami ekhon sylhete atke achi", "abroad"),
    ("ta", "ishtam illama kalyanam panna solranga", "forced_marriage"),
    ("ta", "naan ilangaila maatikiten", "abroad"),
    ("gu", "mara bhai ne boyfriend ni khabar padse to mari nakhse", "honour_based_abuse"),
    ("gu", "mane india lai jase ane pachi aavva nathi deta", "abroad"),
    ("so", "gabadhayda waa la guday", "fgm"),
    ("so", "waxaan joogaa hargeysa, dhaqan celis ayay ii direen", "abroad"),
    ("ku", "malbata min dixwazin min bidin pismamê xwe", "forced_marriage"),
    ("ku", "ez li kurdistanê me û nikarim vegerim", "abroad"),
    ("ti", "ብግዲ ከመርዕዉኒ ደልዮም", "forced_marriage"),
    ("ti", "ናብ ኤርትራ ክወስዱኒ እዮም", "abroad"),
]

ORDINARY = [
    "I've been married 20 years and he hits me",
    "my sister got engaged last week",
    "my mum cut her hair",
    "my benefits have been cut",
    "I have type 1 diabetes",
    "my son is getting circumcised",
    "I feel so ashamed of what happened",
    "we went to turkey on holiday last year and it was lovely",
    "me da verguenza contarlo",
    "tenho vergonha de contar",
    "mi e rusine sa spun",
    "wstydze sie o tym mowic",
    "ami bhalo achi",
]


@pytest.mark.parametrize(("lang", "text", "effect"), RECOGNISED)
def test_recognised(lang, text, effect):
    u = understand(text)
    if effect == "abroad":
        assert u.abroad, (lang, text)
    else:
        assert effect in u.abuse, (lang, text, u.abuse)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_messages_are_not_these(text):
    u = understand(text)
    assert not {"forced_marriage", "honour_based_abuse", "fgm"} & set(u.abuse), (text, u.abuse)
    assert not u.abroad, text
