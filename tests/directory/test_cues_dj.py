"""Services chosen for messages from two batteries written by helpers who saw neither the cues,
the rules nor the evaluation set, labelled from the vetted national list alone (2026-12-06,
night), beside look-alikes that must not be read so."""
import pytest

from .test_signposting import holds, signpost

MESSAGES = [
    # The NSPCC helpline is for adults worried about a child: a child telling of it has Childline.
    ("svc=childline,nosvc=nspcc-helpline",
     "im 14 and my mums boyfriend comes in my room at night when shes on nights. i dont know who to tell"),
    ("svc=childline,nosvc=nspcc-helpline",
     "im 13 and theres a man on discord who says hes 16 but i think hes older. he wants to meet up"),
    ("svc=nspcc-helpline", "my daughter is 13 and a man on discord wants to meet her, he says hes 16"),
    # A professional worried about a child: the NSPCC helpline takes their concerns too.
    ("role=professional,aud=young_person,svc=nspcc-helpline",
     "teacher - yr 8 boy said dad was choking mum again last night then clammed up completely"),
    # An older person spoken of by age: Hourglass.
    ("aud=older,svc=hourglass",
     "my brother lives with mum (shes 71) and i think hes hitting her, she covers for him"),
    ("aud=older,svc=hourglass",
     "social worker. 82yo man, his daughter has power of attorney and has basically emptied his savings"),
    ("noaud=older", "a man who must be 70 keeps following me home from the bus stop"),
    # Someone who whispered to the writer is not the writer who cannot speak.
    ("role=professional,abuse=forced_marriage,svc=forced-marriage-unit",
     "im a GP, a 17yo patient whispered to me that shes being taken to yemen next week to be married"),
    ("danger=cannot_speak", "im whispering, hes in the next room and hes got a knife"),
    ("danger=none", "a patient whispered to me that her husband checks her phone"),
    ("abuse=forced_marriage,svc=forced-marriage-unit",
     "my parents brought me to pakistan for my cousins wedding but now they took my passport and say "
     "im marrying him next month"),
    # A girl's boyfriend jealous of "other lads" makes her no man.
    ("noaud=man,svc=childline",
     "my bf is 17 and gets rlly angry if i talk to other lads, he grabbed me at a party. im 16"),
    # Turkish copula after an apostrophe; Urdu "I am a boy".
    ("aud=lgbt,svc=galop-lgbt-helpline", "Ben gay'im, ailem ogrendi. Amcam beni oldurecegini soyledi"),
    ("aud=man,nosvc=national-domestic-abuse-helpline",
     "Bhai main 19 saal ka larka hoon. Ghar wale meri shaadi zabardasti cousin se karwana chahte hain"),
    # A neighbour hearing a thud and then silence tonight: 999.
    ("danger=immediate,abuse=domestic_abuse",
     "hear screaming through the wall from next door nearly every night. tonight a big thud then nothing"),
    ("danger=none", "the baby was screaming then it went quiet, thank god"),
    # A probation officer working with a man who harms: Respect advises professionals.
    ("role=professional,svc=respect-phoneline",
     "probation officer, wanting advice on working with a man who's abusive to his partner"),
    # From the second English battery: their own acts in the present.
    ("role=perpetrator,svc=respect-phoneline",
     "i keep going thru my bfs phone n screaming at him, threw a glass at him last wk"),
    ("role=perpetrator,svc=respect-phoneline",
     "i (f) have been really controlling w my gf, tracking her location, telling her she cant see ppl"),
    ("role=perpetrator,svc=respect-phoneline",
     "my ex blocked me everywhere so i made new accounts to msg her, i know its wrong"),
    ("role=survivor,nosvc=respect-phoneline", "hes made new accounts to msg me after i blocked him"),
    # Someone who harms, asked about by their employer or probation officer.
    ("role=professional,svc=respect-phoneline",
     "HR manager - one of our staff has been charged with assaulting his partner, where can he get help"),
    # Older people by age or decade of life; "the 80s" is a time, "her 80s" an age.
    ("aud=older,svc=hourglass",
     "practice nurse. 82 yr old lady comes in with her son who does all the talking"),
    ("aud=older,noabuse=child_abuse,svc=hourglass",
     "the old lady next door is in her 80s, her grandson moved in and hes got her bank cards"),
    ("abuse=child_abuse", "my uncle abused me in the 80s when i was a kid"),
    # A brother's boyfriend; a friend said to be a man.
    ("aud=lgbt,svc=galop-lgbt-helpline",
     "my brothers boyfriend smashed his phone and wont let him leave the flat"),
    ("aud=man,nosvc=national-domestic-abuse-helpline",
     "my mate (m, 22) was assaulted by a bloke after a night out last week"),
    ("role=parent,aud=young_person,svc=nspcc-helpline",
     "son 14 sent a pic of himself to a girl and now some account is saying pay 200 quid or they post it"),
    ("abuse=fgm,svc=nspcc-fgm-helpline",
     "my husbands mum keeps saying our daughter has to have the cutting done when we visit family"),
    ("abuse=economic_abuse", "left him 6 months ago but hes still got my name on loans he took out"),
    ("abuse=trafficking_exploitation",
     "theres a girl at work, polish, lives in a house the boss sorted with like 10 others, they take her "
     "wages for 'rent' and she hasnt got her passport"),
    ("abuse=trafficking_exploitation", "the boss takes all our wages and keeps our passports"),
    # Helper-noticed misfires: Bengali 'boli' (I say) is no Polish 'boli' (it hurts); a threat told
    # freely ("if dad finds out he'll kill me") is danger but no silence.
    ("noneed=medical", "ami gay chele, kauke kokhono boli nai"),
    ("need=medical", "uderzył mnie wczoraj i nadal boli mnie brzuch"),
    ("danger=immediate", "abbu jante parle amake mere felbe"),
    ("danger=cannot_speak", "o shunle amake mere felbe, ami lukiye message likhchi"),
    ("role=professional,svc=paladin",
     "PC here, woman in lambeth whose ex has breached his non-mol 4 times, turns up at her work. who does "
     "specialist stalking advocacy we can refer into"),
]


def test_the_whole_country_is_not_a_place_to_find_local_help_in():
    """"Is there anywhere", "a national line": no "Services near UK-wide", and no national
    lines in the places kept for local ones."""
    for text in ("is there anywhere i can go tonight, he kicked me out",
                 "is there a national line for this, my husband hits me"):
        decided = signpost(text)
        assert not decided.understanding.boroughs and decided.local_known is None
        assert not [c for c in decided.services if c.local]


@pytest.mark.parametrize("expectation, text", MESSAGES)
def test_services_battery_message_is_answered(expectation, text):
    assert holds(expectation, signpost(text))


def test_a_threat_told_freely_is_danger_but_no_silence():
    danger = signpost("abbu jante parle amake mere felbe").understanding.danger
    assert "immediate" in danger and "cannot_speak" not in danger
