"""Danger said in the site's languages (someone at the door threatening to kill, locked in with a
knife, unable to speak with him beside her, suicidal thoughts and an overdose) is read as danger:
999 comes first.

Every message here was written for this test, as people type."""
import pytest

from directory.signposting import understand

FOLLOW_UPS = [
    ("en", "he is outside the door with a knife", "im in wood green", "hes gone, im at my mums now"),
    ("en", "i took all my pills", "what happens now", "im safe now, im in hospital"),
    ("es", "esta afuera con un cuchillo", "vivo en tottenham", "ya se fue, estoy a salvo"),
    ("pl", "on stoi pod drzwiami z nozem", "mieszkam w harrow", "policja przyjechala, jestem bezpieczna"),
    ("tr", "elinde bicak var kapida", "harrowda yasiyorum", "polis geldi, guvendeyim"),
]

DANGER = [
    ("immediate", "esta afuera de mi casa gritando que me va a matar"),
    ("immediate", "me encerro en el cuarto y tiene un cuchillo"),
    ("immediate", "viene para aca borracho y dijo que esta noche me mata"),
    ("cannot_speak", "no puedo hablar el esta en la otra habitacion"),
    ("self_harm", "ya no quiero vivir, me tome todas las pastillas"),
    ("self_harm", "quiero quitarme la vida"),
    ("immediate", "ele ta la fora batendo na porta e dizendo que vai me matar"),
    ("immediate", "ele pegou a faca e to trancada no banheiro"),
    ("cannot_speak", "nao posso falar ele esta do meu lado"),
    ("self_harm", "tomei varios comprimidos e nao quero acordar"),
    ("self_harm", "penso em me matar todos os dias"),
    ("immediate", "on stoi pod drzwiami i krzyczy ze mnie zabije"),
    ("immediate", "zamknal mnie w pokoju i ma noz"),
    ("cannot_speak", "nie moge rozmawiac on jest obok"),
    ("self_harm", "nie chce juz zyc, wzielam wszystkie tabletki"),
    ("immediate", "e la usa si urla ca ma omoara"),
    ("immediate", "m-a inchis in casa si are un cutit"),
    ("cannot_speak", "nu pot vorbi, e langa mine"),
    ("self_harm", "vreau sa ma sinucid"),
    ("immediate", "kapinin onunde bagiriyor beni oldurecegim diyor"),
    ("immediate", "elinde bicak var beni odaya kilitledi"),
    ("cannot_speak", "konusamiyorum yanimda"),
    ("self_harm", "intihar etmek istiyorum, butun haplari ictim"),
    ("immediate", "هو برا الباب وبيصرخ انه رح يقتلني"),
    ("immediate", "معه سكين وقافل علي الباب"),
    ("cannot_speak", "ما بقدر احكي هو جنبي"),
    ("self_harm", "بدي انتحر، اخدت كل الحبوب"),
    ("immediate", "woh darwaze pe hai aur keh raha hai ke mujhe maar dega"),
    ("immediate", "uske haath mein chaku hai aur usne mujhe kamre mein band kar diya"),
    ("cannot_speak", "main baat nahi kar sakti woh saath wale kamre mein hai"),
    ("self_harm", "main khudkushi karna chahti hoon"),
    ("immediate", "او پشت در داره داد میزنه که منو میکشه"),
    ("immediate", "چاقو دستشه و منو تو اتاق حبس کرده"),
    ("self_harm", "میخوام خودمو بکشم، همه قرصامو خوردم"),
    ("immediate", "o dorjar baire chitkar korche bolche amake mere felbe"),
    ("self_harm", "ami atmohotta korte chai"),
    ("immediate", "albaabka ayuu taaganyahay oo wuxuu leeyahay waan ku dilayaa"),
    ("immediate", "ew li ber derî ye û dibêje ez ê te bikujim"),
    ("immediate", "avan kadhavukku veliye ninnu ennai kolluven nu kathuraan"),
    ("immediate", "e darvaja par ubho che ane kahe che ke tane mari nakhish"),
]


@pytest.mark.parametrize(("danger", "message"), DANGER)
def test_danger_is_read_in_every_language(danger, message):
    understood = understand(message)
    assert danger in understood.danger and understood.in_danger, message


@pytest.mark.parametrize(("language", "danger", "follow_up", "safe"), FOLLOW_UPS)
def test_danger_stays_first_on_later_turns_until_they_say_they_are_safe(language, danger, follow_up, safe):
    first = understand(danger)
    assert first.in_danger, (language, danger)
    later = understand(follow_up, first.as_context())
    assert later.danger == first.danger, (language, follow_up)
    assert not understand(safe, later.as_context()).in_danger, (language, safe)
