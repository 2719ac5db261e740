"""Own acts told without "I", recent assaults told without the word, cutting told as being cut
or closed, exploitation told by what is done, and Farsi, Gujarati and Turkish: messages from
five batteries written by helpers who saw neither the cues nor the evaluation set (2026-12-06),
each read for what it says, beside look-alikes that must not be."""
import pytest

from directory.signposting.ages import child_age
from directory.signposting.own_acts import tells_own_act
from directory.signposting.text import words

from .test_signposting import holds, signpost

OWN = "role=perpetrator"
SV_NOW = "abuse=sexual_violence,recent=1"
MESSAGES = [
    # Their own act opening a sentence, with or without "I".
    (OWN, "shoved my girlfriend into the door last night. never done that before. i need to sort myself out"),
    (OWN, "had a few. yelled at her in front of the kids and threw my phone at her"),
    (OWN, "i check my boyfriends phone every time he goes to the toilet and i cant stop"),
    (OWN, "locked her out in the rain for an hour. what is wrong with me"),
    ("norole=perpetrator", "he pushed me into the wardrobe and locked the door"),
    ("role=friend_family", "my friends husband is vile. pushed her down the stairs last week. how do i help"),
    (OWN, "Yesterday I raised my stick at her. I am ashamed"),
    (OWN, "Is it domestic abuse if I only shout? I have never hit her"),
    (OWN + ",abuse=economic_abuse", "i give her 20 quid a week and she has to ask me for tampons"),
    (OWN, "told her if she ever leaves ill take the kids abroad"),
    (OWN, "cafcass recommended a DAPP, is respect the same thing"),
    (OWN, "el juez me dijo que tengo que hacer un programa para agresores"),
    ("norole=perpetrator", "i told her if she leaves him she can stay with me, shes my best friend"),
    # Recent sexual assault told by what was done, and when.
    (SV_NOW, "a man from the party held me down and did it anyway, that was two days ago"),
    (SV_NOW, "i kept saying stop and he kept going. it was on saturday night"),
    (SV_NOW, "its been 4 days since he raped me, is it too late for evidence"),
    ("abuse=sexual_violence,need=evidence", "he forced sex on me last night, should i shower"),
    ("noabuse=sexual_violence", "had a great date last night, should i text him first"),
    # Cutting told as being cut, closed or opened; circumcision said of a boy is not.
    ("abuse=fgm", "i was cut when i was 7 back home and now i have pain every month"),
    ("abuse=fgm", "im pregnant and i was closed as a child. will they have to open me for the birth"),
    ("abuse=fgm", "all my cousins got cut there last summer and my aunt says im next"),
    ("noabuse=fgm", "where can we get khatna done for my son in harrow, hes 3 weeks old"),
    ("noabuse=fgm", "oglumu sunnet ettirmek istiyoruz, nerede yaptirabiliriz"),
    ("noabuse=fgm", "i cut myself again last night"),
    ("abuse=fgm,need=medical", "we cant have sex properly because of how i was closed"),
    ("abuse=fgm,role=parent", "my mother wants my girls to have the sunna before they turn 10, we said no"),
    ("abuse=fgm,role=friend_family", "my niece is 6 and my brothers wife keeps saying its only sunna"),
    ("abuse=fgm", "habaryartay waxay tiri markaan tagno ayaa lagu gudi doonaa"),
    ("abuse=fgm", "قالت إن أهلها سيأخذونها إلى السودان في العطلة لتصبح نظيفة"),
    ("noabuse=fgm", "the other thing i wanted to ask, we are going on holiday this summer"),
    # "She made me promise" is not something done to the writer.
    ("role=friend_family", "my friend is 14, shes being taken abroad to get cut. she made me promise"),
    # Exploitation told by what is done.
    ("abuse=sexual_exploitation", "he lets me stay at his but keeps bringing men round, says thats my rent"),
    ("abuse=sexual_exploitation", "he calls me his girlfriend but i have to see clients for him every night"),
    ("abuse=trafficking_exploitation", "my lad keeps getting sent down to the coast with a bag and a phone"),
    ("abuse=trafficking_exploitation", "lads are running drugs out of my flat and i cant get them out"),
    ("abuse=sexual_exploitation", "someone off a dating app recorded me on a video call, now wants money or "
                                  "they send it to my family"),
    ("aud=young_person", "Teacher here. A Year 8 girl keeps getting picked up by older men in cars"),
    ("danger=immediate", "he says tonight i have to go to a man at a hotel or he will hurt my sister"),
    ("svc=the-havens", "last night one of the men he sent me to was rough, im bleeding and sore"),
    ("role=professional", "i manage a budget hotel, same bloke brings a different girl every week"),
    ("norole=perpetrator", "my mate got offered modelling in dubai, she thinks im just jealous"),
    # Farsi, Gujarati, Turkish.
    ("danger=self_harm", "از زندگی خسته شدم، قرص ها رو جمع کردم"),
    ("danger=self_harm", "હવે જીવવાની ઈચ્છા જ નથી, ગોળીઓ ભેગી કરી છે"),
    ("danger=cannot_speak", "kocam eve geliyor, cevap yazmayin lutfen"),
    ("abuse=trafficking_exploitation", "kuzenimi is var diye getirmisler, pasaportunu almislar"),
    ("need=legal_immigration", "ویزام همسریه و میگه دیپورتت میکنم"),
    # Danger now told by someone else, or in the writer's own few words (second round).
    ("role=friend_family,danger=immediate", "my friend just texted me hes kicking the door in"),
    ("role=friend_family", "i can hear a woman screaming next door, things smashing"),
    ("danger=cannot_speak", "he takes all my wages and checks my phone. hes just walked in"),
    ("danger=none", "cant call you back, im driving, will ring later about my ex"),
    ("danger=self_harm", "vreau sa dispar. nu mai are niciun rost"),
    ("danger=immediate", "hes found me, hes outside the refuge"),
    ("danger=immediate", "shes being sick and keeps passing out, i cant keep her awake"),
    ("danger=none,abuse=forced_marriage", "my parents have found me a husband in india, booked tickets"),
    # Searches.
    ("need=language", "somali speaking dv worker tottenham"),
    ("need=language", "pomoc przemoc domowa ealing po polsku"),
    # A service named by its language; a nationality said in passing is not a request.
    ("need=language", "any polish services in harrow?"),
    ("need=language", "quem fala portugues pra me ajudar? algum servico brasileiro"),
    ("noneed=language", "I am Somali and my husband hits me"),
    ("aud=man", "my wife hits me, is there anything for blokes"),
    ("role=friend_family,abuse=economic_abuse", "my nan is 81 and my uncle takes her pension"),
    # Harm done to someone else, told by a grown child or a sibling; "my dad hits" alone is hers.
    ("role=friend_family", "my dad hits my mum. im 23 and moved out but she wont leave him"),
    ("role=friend_family", "my brothers girlfriend controls everything he does and smashed his phone"),
    ("role=survivor", "my husband controls everything, i have no money of my own"),
    # A parent giving their child's age asks about a child; a survivor mentioning hers does not.
    ("role=parent,aud=young_person,svc=nspcc-helpline", "my 7 yr old told me her uncle touches her"),
    ("aud=young_person", "mój syn ma 15 lat, starsi chłopacy każą mu jeździć z paczkami"),
    ("role=survivor,nosvc=childline", "my husband hits me in front of my son, hes 4"),
    ("danger=self_harm", "my daughter is 13, shes cutting her arms, found a note saying she wants to die"),
    ("danger=none", "he cut himself shaving this morning, is that normal"),
    ("danger=immediate", "my 14yo just rang me from some mans flat, he wont let her leave"),
    ("abuse=child_abuse", "my 6 yr old comes back from his dads with red marks, daddy uses the belt"),
    ("abuse=child_abuse", "a gamer told him to keep their chats secret, asking for pics of him in his pants"),
    ("abuse=sexual_harassment", "boys in her year keep grabbing her bum and airdropping her pics"),
    # Their own behaviour told sideways: turning up at an ex's, an order against them, remarks.
    ("role=perpetrator", "keep turning up outside my exs flat in peckham. i cant stop myself"),
    ("role=perpetrator", "got a non mol against me. solicitor says doing a course will look good"),
    ("role=perpetrator", "at work i make jokes to the girls about their bodies, HR pulled me in"),
    ("role=survivor", "i got a non mol against him last week"),
    # Finglish "hastam" (I am) is not Turkish "my patient"; Banglish "mash" (month) is not the MASH.
    ("role=survivor", "shoharam mige taghsire mane. man ham ye bar zadamesh. yani man adame badie hastam?"),
    ("role=survivor", "amar shami amake 3 mash dhore marche, ami ki korbo"),
    # Turkish "her gün" (every day) is not "her gun".
    ("danger=none", "kocam her gün bağırıyor, ne yapmalıyım"),
    # Cutting told without its name.
    ("abuse=fgm", "they took me to the village when i was 7 and the women held me down"),
    ("abuse=fgm", "my mum wants to get the small one done on my daughter, says its our religion"),
    # A recent sexual assault told without the words: a no not listened to, a hand under clothes.
    ("abuse=sexual_violence,recent=1",
     "first date yesterday, we were kissing at his and i said i wanted to stop and he just didnt"),
    ("abuse=sexual_violence,recent=1", "the cab driver last night put his hand between my legs"),
    # Grooming: gifts or money for a child from someone much older; a child's pictures held
    # over them for money. Gifts alone are not.
    ("abuse=sexual_exploitation", "shes 14, a man she met on snap keeps sending her money and vouchers"),
    ("abuse=sexual_exploitation",
     "help my boy was tricked by a fake girl acc into sending nudes now they want money. hes 17"),
    ("noabuse=sexual_exploitation", "my daughter is 14 and her nan keeps buying her stuff, is that spoiling"),
    # Sexual talk or touching from a stranger, a driver, a landlord, a match on an app.
    ("abuse=sexual_harassment", "man on the 25 bus was wanking next to me this morning"),
    ("abuse=sexual_harassment", "the gardener keeps making remarks about my figure"),
    ("abuse=sexual_harassment", "guy i matched with on hinge sent me a pic of himself"),
    ("need=line_for_child,svc=childline", "is there a number my 12 year old can ring herself"),
    ("role=parent", "stepdad here. my partners 16 yo just told me her ex is threatening her"),
    ("role=professional", "im a year 8 form tutor, a mum came in this morning in tears about her daughter"),
    ("abuse=honour_based_abuse", "ભાઈઓ કહે છે તેં ઈજ્જત ધૂળમાં મેળવી"),
]


@pytest.mark.parametrize(("expectation", "text"), MESSAGES)
def test_each_message_is_read_for_what_it_says(expectation, text):
    assert holds(expectation, signpost(text)), signpost(text).understanding


@pytest.mark.parametrize(("text", "own"), [
    ("pushed my wife against the wall", True),
    ("drunk again. shouted at her", True),
    ("i go through my boyfriends phone", True),
    ("he pushed me into the wall", False),
    ("he came home drunk. pushed me over", False),
    ("her husband is awful. hit her again last night", False),
    ("my daughter is 14. check her phone?", False),
    ("i made him dinner and he threw it", False),
    ("said something horrible and threw the remote at her", True),
    ("my brother got angry and hit her", False),
    ("i texted him that i was leaving", False),
    # "I" with the act anywhere in a sentence; not someone else's claim, self-defence or a way out.
    ("im ashamed to say ive struck my wife", True),
    ("hi, im a woman and ive been hitting my girlfriend", True),
    ("i smacked my son too hard today and left a mark", True),
    ("i finally kicked him out last week", False),
    ("i grabbed my kids and ran", False),
    ("i hit him back once when he was choking me", False),
    ("now hes saying i assaulted him", False),
    ("i pushed my son on the swing", False),
])
def test_an_act_against_a_partner_opening_a_sentence_is_the_writers(text, own):
    assert tells_own_act(text) is own


@pytest.mark.parametrize(("text", "child"), [
    ("my 7 yr old told me", True), ("Son (12) said", True), ("gabadhayda waa 7 jir", True),
    ("ابني عمره ١٠ سنين", True), ("minha filha de 13 anos", True), ("14yo", True),
    ("married 7 years ago, my son", False), ("he hit me 3 times", False),
    ("my daughter, 14 days ago", False), ("my son is 25", False),
])
def test_a_childs_age_is_read_as_a_number_in_any_language(text, child):
    assert child_age(words(text)) is child


def test_a_place_outside_london_keeps_the_havens_away_and_is_remembered():
    first = signpost("raped last night after a party in leeds")
    assert first.understanding.elsewhere == "leeds"
    assert holds("recent=1,svc=rape-crisis-247,nosvc=the-havens", first)
    later = signpost("what should i do now", first.understanding.as_context())
    assert holds("nosvc=the-havens", later)
    in_london = signpost("raped last night after a party in tottenham")
    assert in_london.understanding.elsewhere is None
    assert holds("svc=the-havens", in_london)


def test_a_near_day_said_before_the_harm_is_named_makes_it_danger_when_it_is():
    first = signpost("my husbands family booked the flights, we fly tomorrow")
    assert holds("danger=none", first)
    later = signpost("they want my daughter cut over there", first.understanding.as_context())
    assert holds("abuse=fgm,danger=immediate", later)
    weeks = signpost("they want my daughter cut over there",
                     signpost("we are going to somalia in august").understanding.as_context())
    assert holds("abuse=fgm,danger=none", weeks)


def test_a_place_outside_london_says_no_local_service_is_known_there():
    assert signpost("he hits me, im in leeds").local_known is False
    assert signpost("he hits me").local_known is None


def test_a_later_turn_adds_to_what_is_happening_and_does_not_replace_it():
    first = signpost("i need to talk about a rape")
    later = signpost("it was 10 years ago, my ex", first.understanding.as_context())
    assert later.understanding.abuse[0] == "sexual_violence"
    assert "domestic_abuse" in later.understanding.abuse
    assert holds("svc=rape-crisis-247", later)
