"""Messages from a sixth battery of fresh personas (2026-12-06, 9am; helpers who saw neither the
cues nor the evaluation set): a teenager whose picture is held over her, a man afraid of his
own temper, a student who woke somewhere after one drink, an exploited carer, a woman stalked
by her ex; each beside look-alikes that must not be read so. Parts that count only together
(understanding.ABUSE_ONLY_BESIDE) are tested apart and across turns."""
import pytest

from directory.signposting import understand
from directory.signposting.ages import child_spoken_of
from directory.signposting.text import words

from .test_signposting import holds, signpost

OWN = "role=perpetrator"
MESSAGES = [
    # A young person's own picture held over them, told without "nude".
    ("abuse=sexual_exploitation,svc=childline",
     "boy in my yr has my pic n says he'll airdrop it round skl if i dont meet him after"),
    ("abuse=sexual_exploitation,svc=childline",
     "this random account dmed me with my own pic and wants £200 or they send it to my mum and my school"),
    ("noabuse=sexual_exploitation", "my mum wants to post my photo on facebook for my birthday"),
    # Someone else's words about a 14-year-old still lead with the line for adults.
    ("svc=nspcc-helpline", "shes 14 and hanging around with men in their 20s who give her weed"),
    # Their own act, seen by the children or told with an idiom.
    (OWN, "the older one saw me punch the wardrobe last night"),
    (OWN, "lost my rag with the missus again"),
    (OWN, "gf is 5 months pregnant and im scared of myself"),
    ("norole=perpetrator", "my son saw me get hit by his dad"),
    ("norole=perpetrator", "my husband lost his temper with me again"),
    ("norole=perpetrator",
     "its gone 1am and she still isnt back. last time the police said it was like it was her fault"),
    # Waking somewhere strange after one drink.
    ("abuse=sexual_violence",
     "sat night i blacked out after one drink and woke up in a flat i didnt recognise"),
    ("abuse=sexual_violence", "he sent a pic of me asleep in his bed with my top off"),
    ("noabuse=sexual_violence", "i woke up in my own bed at 6am and went to work"),
    # At the door, or a child out and not back in the night.
    ("danger=immediate", "the guy from saturday. now hes buzzing the door"),
    ("danger=immediate", "hes outside my building"),
    ("danger=immediate", "text came 'I know u r inside. come out or I come in'"),
    ("danger=immediate", "its gone 1am and she still isnt back, phone going straight to voicemail. shes 15"),
    ("danger=none", "someone is knocking at the door, the delivery guy"),
    ("danger=none", "he still isnt back from the shop"),
    # Ending her life or taking all the pills, in other languages.
    ("danger=self_harm,role=friend_family",
     "bhabhi ne bathroom mein khud ko band kar liya hai keh rahi hai ab zindagi khatam kar lungi"),
    ("danger=self_harm", "iza kammal hek ba5edon kelon marra w7de w 5alas"),
    ("danger=self_harm", "sethu poiduvomnu thonuthu. kaila 2 paracetamol strip iruku"),
    ("danger=self_harm", "fico olhando os remedios dela e pensando q era so tomar tudo e acabava"),
    ("danger=none", "tomar os remedios todos os dias com comida"),
    ("danger=immediate", "mane room ma taalu mari ne gaya che. bahar nathi nikli shakti"),
    # A client of theirs, and a man harmed by his partner.
    ("role=professional,aud=man", "I've got a male client in temp accommodation in Harrow"),
    ("aud=man,aud=lgbt", "man in TA in harrow, his bf beats him. nobody takes it serious bc 2 men"),
    ("aud=man", "a bloke can't say his girlfriend hits him"),
    ("noaud=man,noaud=lgbt", "my husband beat him up, my brother, and now he says hes going to kill me"),
    # Cutting said as "the cutting" or "the tradition", beside a trip.
    ("abuse=fgm", "taking her to somalia in the summer for the cutting"),
    ("abuse=fgm",
     "waxay rabtaa inay gabadhayda u kaxayso dalka fasaxa xagaaga, waa dhaqanka oo waa in la sameeyo"),
    ("noabuse=fgm", "the cutting has started again on my arms"),
    ("noabuse=fgm", "dhaqanka soomaalida waan jeclahay"),
    # "Every day" alone is no exploitation.
    ("abuse=stalking,noabuse=trafficking_exploitation", "he waits outside my work every day"),
    # Parts in many languages (helper-written, 2026-12-06): papers kept are exploitation, named
    # employer or not, unless it is a partner's or family's doing; wages kept need an employer.
    ("abuse=trafficking_exploitation", "la señora no me devuelve mi pasaporte q puedo hacer"),
    ("abuse=trafficking_exploitation", "patrones me quitaron pasaporte"),
    ("abuse=trafficking_exploitation", "on ma moj dowod i nie chce oddac mowi ze jak splace to dostane"),
    ("abuse=trafficking_exploitation",
     "plis help. family no pay me 3 month. they say i owe the ticket and room"),
    ("abuse=trafficking_exploitation", "i havent been paid for 3 months and the agency has my passport"),
    ("abuse=domestic_abuse", "my husband takes all my wages"),
    ("noabuse=trafficking_exploitation", "he owes me money from when we were together"),
    ("noabuse=trafficking_exploitation",
     "shes not a penny of her own, her wages go straight in his account, he gives her twenty pound a week"),
    ("noabuse=trafficking_exploitation", "হাতে টাকাও নাই, বেতনের সব টাকা ওরা নিয়া নেয়"),
    ("noabuse=trafficking_exploitation", "he says i owe him a drink lol"),
    # Calling or messaging again and again, or turning up, is stalking; once is not.
    ("abuse=stalking", "Fostul meu soț îmi trimite zeci de mesaje pe zi, uneori peste o sută"),
    ("abuse=stalking",
     "alguien me escribe desde cuentas de insta falsas. las bloqueo y al dia siguiente hay otra"),
    ("noabuse=stalking", "my sister messaged me about the party"),
    # A means at hand beside wanting out is a risk to life; each alone is not (helper-written
    # parts in 16 languages, 2026-12-06).
    ("danger=self_harm", "ive got my dads tablets here in my room. no one will even care after"),
    ("danger=self_harm", "kolezanka dala mi tabletki na sen, mysle zeby wziac cale opakowanie i miec spokoj"),
    ("danger=self_harm", "if that goes out im going to the bridge by ally pally n im not coming back"),
    ("danger=self_harm", "i just want to dissapear forever tbh"),
    ("danger=none", "i want to disappear from his life and start again"),
    ("danger=none", "my dad keeps his tablets in the kitchen"),
    # Battery 8: day names shortened, tests after washing, married off in Turkish, locked in
    # from outside in Bengali, "the cutting" beside a flight.
    ("abuse=sexual_violence,recent=1,svc=the-havens",
     "got raped tues. flatmates mate. uni halls in camden. where do i go"),
    ("abuse=sexual_violence,need=medical",
     "is it too late for tests its been 4 days n ive showerd like 10 times. also need the pill thing"),
    ("noabuse=sexual_violence", "he stayed over and i didnt want to go out after"),
    ("abuse=forced_marriage", "daha 17yim ve yazin okul bitince beni kuzenle evlendircekler"),
    ("danger=immediate", "আমার স্বামী রুমের দরজা বাইরে থেকে লক করে দিসে। আমি বাথরুমে লুকায় আছি ফোন নিয়া"),
    ("abuse=fgm", "the girl who mentioned the cutting - her mum is collecting malaria tablets for travel"),
    # A child's age after "she's", from someone who says nothing of themselves: a parent asking.
    ("role=parent,aud=young_person,svc=nspcc-helpline",
     "is it illegal for me to screenshot the pic of her so i can show police? shes 14"),
    ("role=survivor", "my husband hits me. my daughter saw it, she's 7"),
    ("role=survivor,noaud=young_person", "hes 10 minutes away and he said hell kill me"),
]


@pytest.mark.parametrize(("expectation", "text"), MESSAGES)
def test_each_message_is_read_for_what_it_says(expectation, text):
    assert holds(expectation, signpost(text)), signpost(text).understanding


def test_a_part_said_in_an_earlier_turn_completes_a_later_one():
    trip = understand("the plane is tomorrow morning, my mother in law is taking her to Mogadishu")
    assert "fgm" not in trip.abuse and "context.trip" in trip.parts
    cutting = understand("i know what she will do there. the cutting. she is 8", trip.as_context())
    assert "fgm" in cutting.abuse and "immediate" in cutting.danger
    alone = understand("i know what she will do there. the cutting. she is 8")
    assert "fgm" not in alone.abuse


def test_a_context_part_that_is_not_one_is_ignored():
    from directory.signposting.understanding import Context
    forged = Context(parts=("abuse.fgm", "danger.immediate"))
    assert understand("hello", forged).parts == ()


def test_a_part_read_in_a_supported_language_does_not_hide_an_unsupported_one():
    # "patron" is Turkish for boss, and French too: the French message is still unread, and
    # gets the line that arranges interpreters beside the Modern Slavery Helpline.
    decided = signpost("le patron garde mon passeport et je ne suis pas payee depuis trois mois")
    assert decided.understanding.unread_language == "fr"


def test_papers_kept_after_a_husband_was_named_stay_his_control():
    husband = understand("mi marido me pega")
    assert "domestic_abuse" in husband.abuse
    later = understand("no me devuelve mi pasaporte", husband.as_context())
    assert "trafficking_exploitation" not in later.abuse and "domestic_abuse" in later.abuse
    alone = understand("no me devuelve mi pasaporte")
    assert alone.abuse == ("trafficking_exploitation",)


def test_wanting_out_said_before_a_means_at_hand_is_a_risk_to_life():
    first = understand("nie mam sily. everyone is gonna see it by tmrw")
    assert "self_harm" not in first.danger and "context.wanting_out" in first.parts
    later = understand("ive got my dads tablets here in my room", first.as_context())
    assert "self_harm" in later.danger
    assert "self_harm" not in understand("ive got my dads tablets here in my room").danger


@pytest.mark.parametrize(("text", "spoken_of"), [
    ("she's 15. do I ring the police", True),
    ("he is only 8", True),
    ("hes 10 minutes away", False),
    ("shes 25 and her husband controls her", False),
    ("im 15", False),
])
def test_a_child_spoken_of_is_told_from_counts_and_adults(text, spoken_of):
    assert child_spoken_of(words(text)) is spoken_of


@pytest.mark.parametrize("text", ["my husband keeps my passport", "my in laws have my passport",
                                  "my husband took my passport and wont let me go out"])
def test_papers_kept_by_a_named_partner_or_in_laws_are_their_control(text):
    understood = understand(text)
    assert "trafficking_exploitation" not in understood.abuse
    assert "coercive_control" in understood.abuse


@pytest.mark.parametrize("text", [
    "he keeps my passport so i cant leave him",     # who "he" is, nothing says
    "my boss keeps my passport",
    "my husbands boss took my passport",
    "my husband brought me here and i work for his family for no money and he took my passport",
])
def test_papers_kept_beside_an_employer_unpaid_work_or_an_unnamed_he_stay_exploitation(text):
    assert "trafficking_exploitation" in understand(text).abuse


def test_papers_kept_by_he_after_a_partners_abuse_stay_his_control():
    husband = understand("my husband hits me")
    later = understand("he keeps my passport so i cant leave him", husband.as_context())
    assert "trafficking_exploitation" not in later.abuse and "coercive_control" in later.abuse


@pytest.mark.parametrize("text", ["he took my sleeping pills away",
                                  "my husband took my tablets and wont give them back"])
def test_pills_someone_else_took_from_you_are_not_an_overdose(text):
    assert "self_harm" not in understand(text).danger


@pytest.mark.parametrize("text", ["i took pills", "took a bunch of pills", "ive taken tablets",
                                  "he left me and i took my pills", "my bf dumped me so i took pills"])
def test_pills_taken_by_the_writer_are_still_a_risk_to_life(text):
    assert "self_harm" in understand(text).danger


def test_papers_kept_by_he_after_only_money_control_stay_exploitation():
    money = understand("he takes all my wages and checks my phone")
    later = understand("he keeps my passport", money.as_context())
    assert "trafficking_exploitation" in later.abuse
