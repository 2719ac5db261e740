"""Questions about the police, parents' fear of losing their children, nude images and what a
sexual assault is told as (PEP, a condom refused): written for these tests as people type (none
taken from the evaluation set), each read for what it says and given the help for it."""
import pytest

from .test_signposting import holds, keys, signpost

# expectation: comma-separated checks (see test_signposting.holds)
MESSAGES = [
    # Asking what would happen with the police: a line to talk it through with comes first.
    ("svc=national-domestic-abuse-helpline", "if i call the police will they take my children"),
    ("svc=national-domestic-abuse-helpline", "do i have to go to the police to get checked over"),
    ("svc=national-domestic-abuse-helpline", "will the police tell him it was me who rang them"),
    ("svc=national-domestic-abuse-helpline", "what happens if i report him, will he find out"),
    ("svc=national-domestic-abuse-helpline", "si llamo a la policia me quitan a mis hijos?"),
    ("svc=national-domestic-abuse-helpline", "se eu for na policia eles vao me deportar?"),
    ("svc=national-domestic-abuse-helpline", "czy musze isc na policje zeby dostac pomoc?"),
    ("svc=national-domestic-abuse-helpline", "daca sun la politie o sa ma aresteze si pe mine?"),
    ("svc=national-domestic-abuse-helpline", "polise gidersem cocuklarimi alirlar mi?"),
    ("svc=national-domestic-abuse-helpline", "إذا اتصلت بالشرطة هل يأخذون أطفالي؟"),
    ("svc=national-domestic-abuse-helpline", "agar police ko bataun to kya hoga?"),
    ("aud=man,svc=mens-advice-line", "im a man, if i call the police on my wife will they believe me"),
    # Asking to report still gets the police line; not wanting the police does not.
    ("need=report_police", "how do i report my ex to the police for harassment"),
    ("need=report_police,svc=police-101", "quiero denunciar a mi ex pareja a la policia"),
    ("noneed=report_police,nosvc=police-101",
     "arrête de m'envoyer vers la police, je veux parler à quelqu'un"),
    # Their own children, in a parent's fear: the writer is not a parent asking about a child harmed.
    ("role=survivor", "my husband hits me but if i tell anyone they will take my kids off me"),
    ("role=survivor", "he says ill lose my children if i leave"),
    ("role=survivor", "mi marido dice que me va a quitar a mis hijos si me voy"),
    ("role=survivor", "kocam cocuklarimi elimden alacagini soyluyor"),
    # ... but a child harmed still makes them a parent asking for that child.
    ("role=parent,svc=nspcc-helpline",
     "a man is grooming my daughter, will social services take my kids away if i tell them"),
    # Nude images threatened: a crime to report and support, not the Modern Slavery Helpline.
    ("svc=police-101,nosvc=modern-slavery-helpline",
     "someone i met online is threatening to post my nudes unless i pay"),
    ("svc=police-101,nosvc=modern-slavery-helpline", "my ex is blackmailing me with intimate videos"),
    ("svc=police-101,nosvc=modern-slavery-helpline", "ameaçou vazar meus nudes se eu não pagar"),
    ("svc=police-101,nosvc=modern-slavery-helpline", "amenaza con publicar mis fotos intimas si no le pago"),
    # A child whose images are used gets the NSPCC, never the adult routes first.
    ("aud=young_person,svc=nspcc-helpline", "my niece (15) is being blackmailed with pictures of herself"),
    ("aud=young_person", "my nephew 16 wont talk to me about what happened online"),
    # PEP, or a condom refused or taken off: a sexual assault, recent ones to the Havens.
    ("abuse=sexual_violence,recent=1,svc=the-havens", "where can i get pep, it happened last night"),
    ("abuse=sexual_violence,recent=1,svc=the-havens",
     "he took the condom off without asking on friday, can i still get pep"),
    ("abuse=sexual_violence", "he refuses to use a condom even when i say no"),
    # Consent said plainly, and when: a recent assault, with medical care at the Havens.
    ("abuse=sexual_violence,recent=1,svc=the-havens", "wasnt my choice, sat night, where do i get checked"),
    ("abuse=sexual_violence", "he didnt stop when i told him to stop"),
    ("recent=1", "he forced himself on me, that was tuesday"),
    ("recent=1", "i was raped 2 nights ago"),
    # Medical care after a sexual assault not said to be long ago: the Havens.
    ("svc=the-havens", "i was raped and i need the morning after pill"),
    # Someone else's assault told to the writer.
    ("role=friend_family", "my colleague told me her date wouldnt stop when she said no"),
    ("role=friend_family", "my girlfriend got spiked at the club and doesnt remember getting home"),
    # Their own behaviour, in other words.
    ("role=perpetrator,svc=respect-phoneline", "court says i have to do a perpetrator course, where"),
    ("role=perpetrator,svc=respect-phoneline", "ive been really nasty to my wife, i hate myself"),
    ("role=perpetrator,svc=respect-phoneline",
     "my partner says i need anger management before she comes back, i dont hit her i just smash things"),
    ("aud=lgbt,svc=galop-lgbt-helpline", "im a man and my husband hits me, who can i call"),
    ("aud=lgbt,svc=galop-lgbt-helpline", "meu marido me bate, somos dois homens, ninguem acredita"),
    ("role=perpetrator,svc=respect-phoneline", "i cant stop checking her phone and turning up at her work"),
    ("abuse=child_abuse,svc=nspcc-helpline", "my boyfriend slaps my 6 yr old when she cries"),
    ("abuse=child_abuse,svc=nspcc-helpline", "my youngest says daddy hurts her when mummy is at work"),
    ("abuse=child_abuse,svc=nspcc-helpline", "her new boyfriend hits my grandson, i saw the marks"),
    ("abuse=trafficking_exploitation", "my son keeps getting train tickets to norwich, back with cash"),
    ("abuse=trafficking_exploitation", "older boys made him carry a bag to a flat in luton"),
    ("abuse=trafficking_exploitation", "they say my lad owes them 2k for the package"),
    ("abuse=fgm,svc=nspcc-fgm-helpline", "grandma says my daughter needs to be made clean this summer"),
    ("abuse=fgm,svc=nspcc-fgm-helpline", "they want my girls to be cut when we visit"),
    # Danger worded indirectly, in the site's languages.
    ("danger=cannot_speak", "i can only text, hed hear me if i called"),
    ("danger=immediate", "ana mkhabaye bel hamam w howe barra"),
    ("danger=immediate", "lessa 3am yedrobni"),
    ("danger=self_harm", "badi 5alles 3ala 7ayati"),
    ("danger=immediate", "shohor amake bolche aj rate dekhe nibe amake"),
    ("danger=immediate", "shoharam mano habs karde"),
    ("danger=cannot_speak", "agar harf bezanam mishnave"),
    ("danger=immediate", "mane room ma purri didhi che"),
    ("danger=cannot_speak", "e badhu saambhde che"),
    ("danger=immediate", "keri di deste wi de"),
    ("danger=immediate", "min di ode de girtiye"),
    ("danger=cannot_speak", "ez nikarim biaxivim, ew e bibihize"),
    ("danger=cannot_speak", "nie moge dzwonic bo by uslyszal"),
    ("danger=self_harm", "nie mam juz sily zyc"),
    ("danger=cannot_speak", "se eu falar ele ouve"),
    ("danger=self_harm", "nu mai vreau sa ma trezesc"),
    ("danger=immediate", "albaabka ayuu garaacayaa"),
    ("danger=immediate", "avan kadhava odhaikiran"),
    ("danger=immediate", "ennai poottitan"),
    ("danger=self_harm", "kendimi kesmeye basladim yine"),
    ("danger=cannot_speak", "konusursam duyar"),
    ("danger=immediate", "aaj raat wapas aa raha hai, tujhe dekh lunga bola"),
    ("danger=self_harm", "phir se khud ko cut kar rahi hoon"),
    ("danger=self_harm", "ኩሉ ከኒናታተይ ወሲደዮ"),
]


@pytest.mark.parametrize(("expectation", "message"), MESSAGES)
def test_the_message_is_read_for_what_it_says(expectation, message):
    assert holds(expectation, signpost(message)), message


@pytest.mark.parametrize("message", [
    "i need a pep talk to be honest", "im a teacher, can someone give a talk about keeping pictures private",
    "the court removed the protection order"])
def test_everyday_words_near_them_are_not_a_sexual_assault(message):
    assert "sexual_violence" not in signpost(message).understanding.abuse, message


def test_an_adult_being_trafficked_for_sex_still_gets_the_modern_slavery_helpline():
    decided = signpost("they bring men to the flat and make me sleep with them, they have my passport")
    assert "modern-slavery-helpline" in keys(decided)[:3]


def test_a_romanian_prison_is_not_being_locked_in():
    assert not signpost("daca ma duc la politie ma baga la inchisoare?").understanding.danger


def test_nude_images_said_earlier_still_keep_the_modern_slavery_helpline_away():
    first = signpost("someone is threatening to share her naked pictures unless she pays")
    assert first.understanding.as_context().images
    later = signpost("should she just delete everything off her phone?", first.understanding.as_context())
    assert "modern-slavery-helpline" not in keys(later)


@pytest.mark.parametrize("message", [
    "ami mor te chai", "naan saaga virumbugiren", "நான் சாக விரும்புகிறேன்", "hu marva mangu chu",
    "હું મરવા માંગુ છું", "ma doonayo inaan noolaado", "waxaan rabaa inaan dhinto"])
def test_wanting_to_die_said_in_other_words_is_self_harm(message):
    decided = signpost(message)
    assert "self_harm" in decided.understanding.danger, message
    assert "samaritans" in keys(decided)[:3], message


@pytest.mark.parametrize("message", ["hu marva nathi mangti, mane madad joie", "rabaa inaan shaqo helo"])
def test_not_wanting_to_die_or_wanting_work_is_not_self_harm(message):
    assert "self_harm" not in signpost(message).understanding.danger, message


@pytest.mark.parametrize("message", ["نمیذاره از خونه برم بیرون", "nemizare az khune beram biroon"])
def test_not_being_let_out_of_the_house_is_control_not_danger_now(message):
    decided = signpost(message)
    assert "coercive_control" in decided.understanding.abuse and not decided.understanding.danger, message


@pytest.mark.parametrize("message", ["الان نمیذاره از اتاق برم بیرون", "alan nemizare beram biroon az otagh"])
def test_being_kept_in_a_room_now_is_danger(message):
    assert "immediate" in signpost(message).understanding.danger, message


def test_a_friend_who_refuses_to_go_to_the_police_is_not_sent_to_them():
    decided = signpost("my friend refuses to go to the police, what else can she do")
    assert "report_police" not in decided.understanding.needs and "police-101" not in keys(decided)



@pytest.mark.parametrize("message", ["he wants me to get a job", "my mum wants me to go to college"])
def test_being_wanted_to_do_ordinary_things_is_not_being_harmed(message):
    assert "self.harmed" not in signpost(message).understanding.evidence, message


def test_a_sexual_assault_long_ago_is_not_sent_for_medical_care_at_the_havens():
    decided = signpost("i was raped years ago and my gp wants me to see someone")
    assert "the-havens" not in keys(decided)



def test_breaking_up_in_a_month_is_not_someone_breaking_in():
    assert not signpost("we broke up in march and he still messages me").understanding.danger


@pytest.mark.parametrize("message", [
    "abused by my uncle as a kid, im 40 now and need to talk to someone",
    "my stepdad did things to me when i was little and i never told my mum"])
def test_an_adult_telling_of_their_own_childhood_is_not_a_parent(message):
    decided = signpost(message)
    assert decided.understanding.role == "survivor" and "childline" not in keys(decided), message



@pytest.mark.parametrize("message", [
    "naxwazim bi wî re bijîm", "main dekh lunga kal", "ele ouve musica alta"])
def test_look_alikes_of_danger_are_not_read_as_danger(message):
    assert not signpost(message).understanding.danger, message



@pytest.mark.parametrize("message", [
    "my husband hits me in front of my 5 yr old", "we need to be clean and tidy before the visit"])
def test_look_alikes_of_a_child_harmed_are_not_read_as_one(message):
    abuse = signpost(message).understanding.abuse
    assert "child_abuse" not in abuse and "fgm" not in abuse, message
