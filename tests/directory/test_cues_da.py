"""Being thrown out of home, and other ways of telling written for this test, as people type
(none taken from the evaluation set): each is read for what it says and gets the help for it."""
import pytest

from directory.signposting.language import identify

from .test_signposting import holds, keys, signpost

# expectation: comma-separated checks; role=, abuse=, need=, aud=, danger=, svc= (in the top 3)
MESSAGES = [
    ("abuse=domestic_abuse,need=safe_place", "wyrzucila mnie z domu w nocy, siedze na przystanku"),
    ("abuse=domestic_abuse,need=safe_place", "maz wyrzucil mnie z domu z dziecmi, nie mamy gdzie isc"),
    ("abuse=domestic_abuse,need=safe_place", "ele me botou pra fora de casa com as crianças"),
    ("abuse=domestic_abuse,need=safe_place", "my husband kicked me out last night and kept my keys"),
    ("abuse=domestic_abuse,need=safe_place", "he threw me and the kids out, we're at my mums for now"),
    ("need=safe_place", "she locked me out of the flat again, im sat on the stairs"),
    ("need=safe_place", "si me voy de la casa me dan donde vivir? tengo dos niños"),
    ("abuse=economic_abuse", "zabrala mi karte i daje mi pieniadze tylko na chleb"),
    ("abuse=economic_abuse", "maz zabral mi wyplate, nie mam nic"),
    ("danger=immediate", "tengo miedo de que me mate"),
    ("danger=immediate", "tenho medo que ele me mate"),
    ("aud=migrant_nrpf", "mi esposo me amenaza con quitarme a los niños y mandarme a mi país"),
    ("abuse=economic_abuse", "me da vergüenza pero mi hijo adulto me quita la pensión"),
    ("abuse=forced_marriage", "mis padres me quieren llevar a mi país para casarme"),
    ("abuse=fgm,svc=nspcc-fgm-helpline",
     "my mum says my sister has to get done in the summer when we go to somalia"),
    ("abuse=fgm,role=professional",
     "im a teacher and a year 5 girl said shes going to have a special ceremony in the holidays"),
    ("abuse=forced_marriage,role=friend_family",
     "my friend hasnt come back from her holiday in india and her phone is off, they were going to marry"
     " her off"),
    ("role=perpetrator,svc=respect-phoneline", "vreau sa ma opresc, imi lovesc nevasta"),
    ("abuse=sexual_exploitation,svc=nspcc-helpline", "kızım 14 yaşında ve 25 yaşında bir adamla görüşüyor"),
    ("abuse=coercive_control", "beni eve kapatıyor, telefonuma bakıyor"),
    ("abuse=child_abuse,svc=nspcc-helpline", "im worried about my grandson, his mum's boyfriend is violent"),
    ("abuse=child_abuse,svc=nspcc-helpline", "what do i do if my child tells me they were abused"),
    ("aud=older,svc=hourglass", "my grandson takes my pension"),
    ("abuse=coercive_control", "mari vahu mane ghar ma bandh kare che"),
    ("abuse=economic_abuse,role=survivor", "મારો દીકરો મારા પૈસા લઈ લે છે"),
    ("role=friend_family,aud=man,svc=mens-advice-line", "my brother is being beaten by his wife"),
    ("aud=man,svc=mens-advice-line", "my son's wife controls all his money"),
    ("role=friend_family,abuse=domestic_abuse",
     "my neighbour screams every night and i hear things smashing"),
    ("danger=immediate", "i heard my neighbour screaming for help right now"),
    ("danger=immediate", "a woman is screaming for help outside my window"),
]


@pytest.mark.parametrize("message", [
    "mam settled status, czy moge dostac mieszkanie jak odejde od meza",
    "am settled status si vreau sa plec de la sotul meu",
])
def test_settled_status_is_not_read_as_no_recourse_to_public_funds(message):
    assert "migrant_nrpf" not in signpost(message).understanding.audiences, message


def test_pre_settled_status_still_is():
    decided = signpost("mam pre-settled status i boje sie ze mnie deportuja")
    assert "migrant_nrpf" in decided.understanding.audiences



@pytest.mark.parametrize(("expectation", "message"), MESSAGES)
def test_the_message_is_read_for_what_it_says(expectation, message):
    assert holds(expectation, signpost(message)), message


@pytest.mark.parametrize("message", [
    "is there a number my daughter can ring on her own? she wont talk to me",
    "i want somewhere for my son to talk to someone, he wont open up to me",
    "tem algum numero que minha filha possa ligar sozinha? ela nao fala comigo",
    "hay algun numero donde mi hija pueda llamar sola",
    "czy jest numer pod ktory moja corka moze zadzwonic sama",
    "exista un numar la care fiica mea poate sa sune singura",
])
def test_a_parent_asking_for_a_line_their_child_can_call_gets_childline(message):
    decided = signpost(message)
    assert decided.understanding.role == "parent", message
    assert "childline" in keys(decided)[:3], message


def test_an_adult_asking_about_their_child_is_not_sent_to_childline_for_themselves():
    for message in ("is there someone i can talk to about my son",
                    "my husband hits me in front of my daughter"):
        assert "childline" not in keys(signpost(message)), message


@pytest.mark.parametrize("message", [
    "biwi chali gayi bachon ko le ke, mein bas baat karna chahta hoon",
    "mein apni biwi se baat karna chahta hoon lekin woh sunti nahi",
    "mujhe kuch samajh nahi aa raha, kya karoon abhi",
])
def test_everyday_roman_urdu_is_read_as_urdu_not_swahili(message):
    assert identify(message).code == "ur", message


@pytest.mark.parametrize(("danger", "message"), [
    ("self_harm", "ab jeene ka mann nahi karta"),
    ("self_harm", "لا اريد ان اعيش"),
    ("self_harm", "i swallowed bleach"),
    ("immediate", "he made me drink bleach"),
    ("immediate", "i think hes poisoning me"),
])
def test_danger_to_life_is_read(danger, message):
    assert danger in signpost(message).understanding.danger, message


@pytest.mark.parametrize("message", [
    "i used some bleach to clean the bathroom", "he made me take my tablets"])
def test_everyday_words_near_them_are_not_danger(message):
    assert not signpost(message).understanding.danger, message


def test_not_wanting_to_live_with_him_is_not_self_harm():
    assert "self_harm" not in signpost("لا اريد ان اعيش معه بعد اليوم").understanding.danger


@pytest.mark.parametrize(("expectation", "message"), [
    ("abuse=sexual_violence,recent=1,svc=the-havens",
     "i woke up at his place and dont remember anything, my body hurts down there"),
    ("abuse=sexual_violence,recent=1,svc=the-havens",
     "i had sex i didnt want on friday, is there a place to get checked"),
    ("abuse=sexual_violence", "we had sex that i didnt want, he is my boyfriend"),
])
def test_a_sexual_assault_told_plainly_is_read(expectation, message):
    decided = signpost(message)
    if "recent=1" in expectation:
        assert decided.understanding.recent_assault, message
    assert holds(expectation.replace(",recent=1", ""), decided), message


@pytest.mark.parametrize("message", ["i woke up and my back hurts", "i woke up with a headache"])
def test_waking_up_is_not_an_assault(message):
    decided = signpost(message)
    assert "sexual_violence" not in decided.understanding.abuse and not decided.understanding.recent_assault


@pytest.mark.parametrize("message", [
    "i need to get my hair done before the holiday", "we got the kitchen done in the summer",
    "she wants to get her nails done in the holidays"])
def test_getting_things_done_is_not_fgm(message):
    assert "fgm" not in signpost(message).understanding.abuse, message


# A child being exploited: the NSPCC comes before the Modern Slavery Helpline.
@pytest.mark.parametrize(("abuse", "message"), [
    ("sexual_exploitation", "my daughter keeps going missing and comes back with new phones and clothes"),
    ("sexual_exploitation", "shes 14 and hanging around with men in their 20s who give her weed"),
    ("sexual_exploitation", "a man online is asking my 13 year old for photos"),
    ("trafficking_exploitation", "my son is being made to carry drugs to other towns"),
    ("trafficking_exploitation", "my daughter is being sent out of london and comes back with money"),
])
def test_a_child_being_exploited_gets_the_nspcc_first(abuse, message):
    decided = signpost(message)
    assert abuse in decided.understanding.abuse, message
    assert keys(decided)[0] == "nspcc-helpline", message


def test_an_adult_being_exploited_gets_the_modern_slavery_helpline_first():
    decided = signpost("i was trafficked from albania and they keep my passport")
    assert keys(decided)[0] == "modern-slavery-helpline"


def test_a_threat_to_send_her_back_is_not_forced_marriage():
    decided = signpost("mi esposo me amenaza con quitarme a los niños y mandarme a mi país")
    assert "forced_marriage" not in decided.understanding.abuse


@pytest.mark.parametrize("message", [
    "بنتي عمرها ١٤ وعندها صاحب عمره ٢٥",  # Arabic-Indic digits read as numbers
    "meri beti 14 saal ki hai aur ek 25 saal ka aadmi usko gift deta hai",
])
def test_a_girl_with_a_grown_man_is_read_as_exploitation(message):
    decided = signpost(message)
    assert "sexual_exploitation" in decided.understanding.abuse, message
    assert keys(decided)[0] == "nspcc-helpline", message


def test_a_somali_negation_is_not_the_turkish_word_for_a_second_wife():
    assert "forced_marriage" not in signpost("abdi kuma hadli karo afkayga").understanding.abuse


def test_a_grandparent_worried_for_a_grandchild_is_not_offered_a_line_for_older_people():
    decided = signpost("im worried about my grandson, his mum's boyfriend is violent")
    assert "older" not in decided.understanding.audiences and "hourglass" not in keys(decided)


# The writer's partner hurting their child: the NSPCC first, the abuse of the parent beside it.
@pytest.mark.parametrize("message", [
    "meu marido bate no meu filho", "mi pareja le pega a mi hija", "sotul meu il bate pe baiatul meu",
    "maz bije mojego syna", "زوجي يضرب ابني", "mera shohar mere bete ko marta hai", "kocam oğlumu dövüyor",
    "fiica mea mi-a spus ca tatal ei vitreg o atinge",
])
def test_a_parent_telling_of_their_child_being_hurt_gets_the_nspcc(message):
    decided = signpost(message)
    assert "child_abuse" in decided.understanding.abuse, message
    assert keys(decided)[0] == "nspcc-helpline", message


@pytest.mark.parametrize("message", ["mi marido me pega delante de mi hija", "maz mnie bije przy dzieciach"])
def test_a_parent_hurt_in_front_of_the_children_is_the_one_harmed(message):
    assert signpost(message).understanding.role == "survivor", message


def test_not_wanting_the_police_in_gujlish_is_not_offered_the_police():
    decided = signpost("mane police ma javu nathi pan madad joie che")
    assert "report_police" not in decided.understanding.needs and "police-101" not in keys(decided)


@pytest.mark.parametrize(("role", "message"), [
    ("survivor", "he wont let me leave"),
    ("survivor", "he won't let me go out"),
    ("friend_family", "she wont leave him"),
    ("friend_family", "my sister wont leave him even though he hits her"),
    ("friend_family", "she refuses to report it"),
])
def test_who_wont_let_whom_leave(role, message):
    assert signpost(message).understanding.role == role, message


@pytest.mark.parametrize("message", [
    "my brother is being beaten by his wife", "my kids were screaming at each other again",
    "i was shouting for help but nobody came"])
def test_look_alikes_of_honour_abuse_domestic_abuse_and_danger(message):
    u = signpost(message).understanding
    assert "honour_based_abuse" not in u.abuse and not u.danger, message
    if "kids" in message:
        assert "domestic_abuse" not in u.abuse


@pytest.mark.parametrize("message", [
    "amar meye 15 bochor, ekta 28 bochorer chele or sathe",
    "আমার মেয়ের বয়স ১৫, একজন ২৮ বছরের লোকের সাথে",  # Bengali digits read as numbers
])
def test_bengali_a_girl_with_a_grown_man(message):
    decided = signpost(message)
    assert decided.understanding.role == "parent" and keys(decided)[0] == "nspcc-helpline", message


def test_banglish_wanting_to_die_is_self_harm():
    assert "self_harm" in signpost("ami mora jete chai").understanding.danger


@pytest.mark.parametrize("message", [
    "its gone 2 and shes not home again and her phone goes straight to voicemail",
    "shes not come home its 1am her phone is off"])
def test_a_child_missing_at_night_is_danger_now(message):
    assert "immediate" in signpost(message).understanding.danger, message


def test_not_home_yet_in_the_day_is_not_danger():
    assert not signpost("he's not home yet, he's at football till 6").understanding.danger
