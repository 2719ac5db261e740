"""The signposting decision, without a database: what a message tells us, and what follows."""
from pathlib import Path

import pytest
import yaml

from directory.signposting import Context, ServiceFacts, decide, named_in, named_national, understand
from directory.signposting.decision import first_line_keys, service_key_id
from directory.signposting.text import words

PLACES = {"tottenham": "haringey", "wood green": "haringey", "pinner": "harrow", "camden": "camden"}
LONDON = frozenset({"haringey", "harrow", "camden"})
# The audiences the seed data gives the first-line services, as the real directory has them.
SEED_HELPLINES = Path(__file__).resolve().parents[2] / "directory" / "seed_data" / "national-helplines.yaml"
AUDIENCES = {entry["id"]: set(entry.get("audiences") or ())
             for entry in yaml.safe_load(SEED_HELPLINES.read_text("utf-8"))}


def facts(key, *, areas=("national",), abuse=(), reachable=True, audiences=None, trusted=0.3):
    return ServiceFacts(id=service_key_id(key), name=key, audiences=frozenset(
        AUDIENCES.get(key, {"anyone"}) if audiences is None else audiences),
        areas=frozenset(areas), abuse_types=frozenset(abuse), reachable=reachable, trusted=trusted)


FIRST_LINE = {key: facts(key) for key in first_line_keys()}


def signpost(text, context=None, local=()):
    named = named_in(text, list(local), PLACES) | named_national(text, FIRST_LINE)
    return decide(understand(text, context, PLACES), FIRST_LINE, list(local), LONDON, named)


def signpost_conversation(turns):
    """The decision on the last of `turns`, each read with what the earlier ones established."""
    decided = None
    for turn in turns:
        decided = signpost(turn, decided.understanding.as_context() if decided else None)
    return decided


def keys(decided):
    by_id = {service_key_id(k): k for k in FIRST_LINE}
    return [by_id.get(c.service_id, c.service_id) for c in decided.services]


def holds(expectation: str, decided) -> bool:
    """Whether `decided` meets comma-separated checks: role=, abuse=, need=, aud=, danger=,
    danger=none, recent=1|0, svc= (in the top 3), nosvc= (offered nowhere), noneed=, noabuse=, norole=,
    noaud=."""
    u, offered = decided.understanding, keys(decided)
    checks = {"role": lambda v: u.role == v, "abuse": lambda v: v in u.abuse,
              "need": lambda v: v in u.needs, "noneed": lambda v: v not in u.needs,
              "noabuse": lambda v: v not in u.abuse, "norole": lambda v: u.role != v,
              "aud": lambda v: v in u.audiences, "noaud": lambda v: v not in u.audiences,
              "danger": lambda v: v in u.danger if v != "none" else not u.danger,
              "recent": lambda v: u.recent_assault == (v == "1"),
              "svc": lambda v: v in offered[:3], "nosvc": lambda v: v not in offered}
    return all(checks[k](v) for k, v in (part.split("=") for part in expectation.split(",")))


def test_words_fold_accents_case_and_possessives():
    assert words("Eşim beni DÖVÜYOR") == ["esim", "beni", "dovuyor"]
    assert words("my sister's husband, he's here; I can't") == ["my", "sister", "husband", "hes", "here",
                                                                 "i", "cant"]
    assert words("Mój mąż") == ["moj", "maz"]


def test_turkish_endings_after_an_apostrophe_leave_the_name():
    assert words("LGBT'lere özel bir yer, Instagram'dan, Türkiye'ye") == [
        "lgbt", "ozel", "bir", "yer", "instagram", "turkiye"]
    # English contractions and French elisions keep their letters.
    assert words("don't I'll we're l'homme d'un") == ["dont", "ill", "were", "lhomme", "dun"]
    assert holds("aud=lgbt", signpost("LGBT'lere özel bir yer var mı burada?"))


@pytest.mark.parametrize("text, role, abuse, urgency", [
    ("my husband hits me", "survivor", "domestic_abuse", "none"),
    ("he hits me in front of my daughter", "survivor", "domestic_abuse", "none"),
    ("my sister's husband controls her money", "friend_family", "domestic_abuse", "none"),
    ("im a gp and a patient disclosed she was cut as a child", "professional", "fgm", "none"),
    ("i pushed my wife and she was scared of me", "perpetrator", "domestic_abuse", "none"),
    ("he raped me at a party last night", "survivor", "sexual_violence", "recent_assault"),
    ("my stepdad abused me when i was 10, im 40 now", "survivor", "child_abuse", "none"),
    ("they will take me to bangladesh to marry a man i dont know", "survivor", "forced_marriage", "none"),
    ("my ex keeps turning up outside my work", "survivor", "stalking", "none"),
    ("he took my passport and i work every day for no pay", "survivor", "trafficking_exploitation", "none"),
])
def test_who_is_asking_and_what_is_happening(text, role, abuse, urgency):
    understood = understand(text, None, PLACES)
    assert (understood.role, understood.abuse[0], understood.urgency) == (role, abuse, urgency)


@pytest.mark.parametrize("text, urgency", [
    ("he's downstairs now with a knife", "immediate"),
    ("he said tonight is the last night i'll be alive", "immediate"),
    ("i can't talk he's in the next room", "cannot_speak"),
    ("i took all my tablets an hour ago", "self_harm"),
    ("i just want to end it all", "self_harm"),
])
def test_danger_is_read_in_indirect_words(text, urgency):
    decided = signpost(text)
    assert decided.understanding.urgency == urgency
    assert decided.emergency[0] == "call_999"


def test_cannot_speak_gets_the_silent_solution_and_self_harm_gets_samaritans():
    assert {"silent_solution", "emergency_sms"} <= set(signpost("cant speak, he's listening").emergency)
    overdose = signpost("i've taken an overdose")
    assert "medical" in overdose.emergency and keys(overdose)[0] == "samaritans"


@pytest.mark.parametrize("text, first, never", [
    ("i was raped two days ago in camden", "the-havens", "childline"),
    ("i was sexually assaulted yesterday", "the-havens", "childline"),  # no place: London first
    ("when i was a child my uncle abused me, i'm 35 now", "rape-crisis-247", "childline"),
    ("im 14 and my stepdad hits me", "childline", "national-domestic-abuse-helpline"),
    ("my parents took my passport and i'm stuck in pakistan, they want me to marry", "forced-marriage-unit",
     "mens-advice-line"),
    ("i hit my girlfriend and i want to stop", "respect-phoneline", "national-domestic-abuse-helpline"),
    ("im a man and my wife hits me", "mens-advice-line", "national-domestic-abuse-helpline"),
    ("my husband hits me", "national-domestic-abuse-helpline", "mens-advice-line"),
    ("i'm deaf and my partner controls everything", "signhealth-da-service", "respect-phoneline"),
    ("i'm a trans woman and my boyfriend hurts me", "galop-lgbt-helpline", "mens-advice-line"),
    ("i'm 78 and my son takes my pension", "hourglass", "childline"),
    ("male victims of domestic violence", "mens-advice-line", "national-domestic-abuse-helpline"),
    ("my partner controlls all the money", "national-domestic-abuse-helpline", "respect-phoneline"),
])
def test_the_first_line_service_comes_first_and_excluded_audiences_never(text, first, never):
    chosen = keys(signpost(text))
    assert chosen[0] == first
    assert never not in chosen


@pytest.mark.parametrize("text", ["i need some help i dont know who to talk to",
                                  "can someone tell me where to go from here"])
def test_a_message_that_says_nothing_of_what_is_happening_gets_the_three_broadest_lines(text):
    assert keys(signpost(text)) == ["national-domestic-abuse-helpline", "rape-crisis-247",
                                    "victim-support-supportline"]


@pytest.mark.parametrize("text", ["my daughter is 14 and a boy raped her at a party last night",
                                  "im 15 and a boy raped me last night"])
def test_the_rape_crisis_line_16_and_over_is_not_offered_for_a_child(text):
    decided = signpost(text)
    assert "rape-crisis-247" not in keys(decided)
    assert {"nspcc-helpline", "childline"} & set(keys(decided)[:3])


def test_the_broad_lines_are_only_for_when_nothing_was_understood():
    assert keys(signpost("my husband hits me")) == ["national-domestic-abuse-helpline"]
    assert "rape-crisis-247" not in keys(signpost("im 15 and i need help"))
    assert keys(signpost("im a man and i need some advice")) == ["mens-advice-line"]


@pytest.mark.parametrize("text", ["my abuser wont let me get help", "two men abused me last night",
                                  "he went on a course for abusers and it made him worse"])
def test_a_survivor_mentioning_abusers_or_men_is_not_read_as_one(text):
    understood = understand(text, None, PLACES)
    assert understood.role == "survivor" and "man" not in understood.audiences


def test_a_recent_assault_gets_the_havens_and_rape_crisis_and_a_named_service_comes_first():
    assert keys(signpost("i was raped last night"))[:2] == ["the-havens", "rape-crisis-247"]
    assert keys(signpost("what number is karma nirvana"))[0] == "karma-nirvana"
    assert "respect-phoneline" not in keys(signpost("he has no respect for me, he hits me"))


def test_a_place_brings_reachable_local_services_only_and_says_when_there_are_none():
    local = [facts("local-idva", areas=["haringey"], abuse=["domestic_abuse"], trusted=0.1),
             facts("local-unreachable", areas=["haringey"], abuse=["domestic_abuse"], reachable=False),
             facts("local-rape-crisis", areas=["haringey"], abuse=["sexual_violence"])]
    decided = signpost("my husband hits me, i live in tottenham", local=local)
    chosen = keys(decided)
    assert chosen[0] == "national-domestic-abuse-helpline"
    assert service_key_id("local-idva") in chosen
    assert service_key_id("local-unreachable") not in chosen
    assert service_key_id("local-rape-crisis") not in chosen
    assert decided.local_known is True and [c.local for c in decided.services][-1]
    nowhere = signpost("my husband hits me, i live in pinner", local=local)
    assert nowhere.local_known is False
    assert keys(nowhere) == ["national-domestic-abuse-helpline"]


def test_where_no_local_service_can_be_reached_the_known_ones_follow_the_national_line():
    local = [facts("harrow-idva", areas=["harrow"], abuse=["domestic_abuse"], reachable=False),
             facts("harrow-rape-crisis", areas=["harrow"], abuse=["sexual_violence"], reachable=False),
             facts("harrow-men-only", areas=["harrow"], abuse=["domestic_abuse"], reachable=False,
                   audiences=["men"])]
    decided = signpost("my husband hits me, i live in pinner", local=local)
    assert decided.local_known is False
    assert keys(decided) == ["national-domestic-abuse-helpline", service_key_id("harrow-idva")]
    assert [c.local for c in decided.services] == [False, True]
    # Three lines that can be called fill the list: one known local service still follows them
    # (never before one), so someone who said where they are learns what exists there.
    crowded = signpost("he raped me last night and he hits me, i live in pinner", local=local)
    assert [c.local for c in crowded.services] == [False, False, False, True]
    assert keys(crowded)[-1] in {service_key_id("harrow-idva"), service_key_id("harrow-rape-crisis")}
    assert service_key_id("harrow-men-only") not in keys(crowded)
    # No place given: the three lines only.
    assert len(signpost("he raped me last night and he hits me", local=local).services) == 3


def test_a_later_turn_keeps_the_topic_and_adds_the_place():
    first = understand("my ex follows me everywhere", None, PLACES)
    later = signpost("i'm in wood green", first.as_context(),
                     local=[facts("local-idva", areas=["haringey"], abuse=["stalking"])])
    assert later.understanding.abuse[0] == "stalking"
    assert keys(later)[0] == "national-stalking-helpline"
    assert service_key_id("local-idva") in keys(later)


def test_a_parent_s_later_turn_stays_the_parent_s_when_they_are_threatened_too():
    first = understand("my son keeps getting train tickets to norwich and hes only 15. found 2 phones in "
                       "his room", None, PLACES)
    later = signpost("he said if he stops theyll hurt me and his little sister", first.as_context())
    assert later.understanding.role == "parent"
    assert "nspcc-helpline" in keys(later)[:3]


def test_a_time_said_before_the_assault_makes_it_a_recent_one():
    first = understand("we were at a house party on saturday night", None, PLACES)
    assert not first.recent_assault and first.as_context().recent
    later = signpost("someone had sex with me when i was asleep there", first.as_context())
    assert later.understanding.recent_assault
    assert keys(later)[0] == "the-havens"
    long_ago = understand("it was at a party when i was 15, years ago", None, PLACES)
    assert not long_ago.as_context().recent


def test_the_service_named_is_the_one_sharing_most_of_its_own_words():
    local = [facts("Vulnerable Young People's Panel", areas=["harrow"]),
             facts("IDVA outreach for high-risk victims", areas=["harrow"]),
             facts("Police IDVA for high-risk victims", areas=["harrow"])]
    text = "is there a panel in pinner for young people at risk of exploitation"
    assert named_in(text, local, PLACES) == {service_key_id("Vulnerable Young People's Panel")}
    assert named_in("any idva outreach near pinner", local, PLACES) == {
        service_key_id("IDVA outreach for high-risk victims")}


def test_context_is_codes_only():
    context = understand("my husband hits me in tottenham", None, PLACES).as_context()
    assert context == Context(abuse=("domestic_abuse",), area="haringey")


@pytest.mark.parametrize("text", ["i cant speak english very well", "no puedo hablar ingles",
                                  "nie moge mowic po angielsku", "ingilizce konusamiyorum"])
def test_not_speaking_a_language_is_not_being_unable_to_speak(text):
    assert "cannot_speak" not in understand(text, None, PLACES).danger


def test_a_language_named_does_not_hide_danger_now():
    understood = understand("i cant talk, he is here now with a knife, my english is bad", None, PLACES)
    assert {"cannot_speak", "immediate"} <= set(understood.danger)


@pytest.mark.parametrize("text, borough", [("bydlim v tottenhamu", "haringey"),
                                           ("mieszkam w pinnerze", None),      # not an ending we read
                                           ("camdende oturuyorum", "camden"),
                                           ("it was a harrowing night in tottenham", "haringey"),
                                           ("ask for angela at the bar", None)])
def test_place_names_with_another_languages_endings(text, borough):
    places = {**PLACES, "angel": "islington"}
    assert understand(text, None, places).boroughs == ((borough,) if borough else ())


def test_the_classifiers_man_hint_gives_way_to_words_about_a_woman_harmed():
    assert "man" not in understand("any help near here for a woman whose man beat her", None, PLACES,
                                   hints=("man",)).audiences
    assert "man" in understand("my boyfriend hits me", None, PLACES, hints=("man",)).audiences


@pytest.mark.parametrize("text, code", [
    ("Mein Mann schlägt mich jeden Abend und ich habe große Angst", "de"),
    ("mio marito mi picchia ogni sera quando beve", "it"),
    ("a férjem minden este megver és nagyon félek", "hu"),
    ("ο άντρας μου με χτυπάει κάθε βράδυ", "el"),
    ("我丈夫每天晚上打我", "zh"),
])
def test_a_message_in_a_language_we_do_not_read_gets_999_and_the_line_with_interpreters(text, code):
    # What the assistant's classifier guessed ("a man") is ignored: it cannot read this either.
    decided = decide(understand(text, None, PLACES, hints=("man", "perpetrator")), FIRST_LINE, [], LONDON)
    assert decided.understanding.unread_language == code
    assert decided.emergency[0] == "call_999"
    assert keys(decided)[0] == "national-domestic-abuse-helpline"
    assert decided.services[0].reason == "interpreter"
    assert "mens-advice-line" not in keys(decided) and "respect-phoneline" not in keys(decided)


@pytest.mark.parametrize("text", [
    "einai exw apo tin porta kai fwnazei oti tha me skotwsei",    # Greek in Latin letters
    "vins tagad ir maja ar nazi un saka ka mani nogalinas",      # Latvian without its accents
])
def test_a_sentence_of_which_nothing_is_read_in_a_language_that_cannot_be_told_gets_999(text):
    decided = decide(understand(text, None, PLACES), FIRST_LINE, [], LONDON)
    assert decided.understanding.unread_language == "und"
    assert decided.emergency[0] == "call_999"
    assert decided.services[0].reason == "interpreter"


@pytest.mark.parametrize("text", [
    "what are your opening hours please",        # English, nothing to read but plainly English
    "asdf qwer zxcv",                            # too short to be a disclosure
])
def test_english_or_a_few_letters_with_nothing_read_are_not_an_undetermined_language(text):
    assert understand(text, None, PLACES).unread_language is None


@pytest.mark.parametrize("text", [
    "my husband hits me every night",            # ours
    "mera shohar mujhe bahut maarta hai",        # romanised Urdu: ours
    "mio marito mi picchia a Tottenham",         # not ours, but the place is read
    "ok",                                        # too short to tell
])
def test_a_message_read_in_part_or_too_short_to_tell_is_not_called_unread(text):
    understood = understand(text, None, PLACES)
    assert understood.unread_language is None
    assert "call_999" not in decide(understood, FIRST_LINE, [], LONDON).emergency


@pytest.mark.parametrize("text", [
    "i dont want to go to the police, i just want him to stop",
    "i dont want to report to police, is there someone else i can talk to",
    "no quiero denunciar, solo quiero que pare",
    "nao quero ir na policia, so quero que ele pare",
    "nie chce zglaszac na policje, chce tylko zeby przestal",
    "nu vreau sa merg la politie, vreau doar sa se opreasca",
    "polise soylemek istemiyorum, sadece dursun",
    "ما بدي الشرطة، بس بدي يوقف",
    "police ko nahi bulana chahti bas yeh ruk jaye",
    "dikra ne police ma nathi aapvo, bas aa bandh karvu che",
])
def test_not_wanting_the_police_is_not_asking_for_the_police_line(text):
    decided = signpost(text)
    assert "report_police" not in decided.understanding.needs
    assert "police-101" not in keys(decided)


@pytest.mark.parametrize("text", ["I want to report him to the police", "quero denunciar ele na policia",
                                  "chce to zglosic na policje", "polise sikayet etmek istiyorum"])
def test_wanting_to_report_still_brings_the_police_line(text):
    assert "report_police" in signpost(text).understanding.needs


def test_a_follow_up_keeps_the_topic_whatever_the_classifier_guessed():
    first = understand("my husband controls all the money and says they will take the baby if i leave",
                       None, PLACES)
    assert first.abuse
    follow_up = understand("can they actually do that", first.as_context(), PLACES,
                           hints=("trafficking_exploitation",))
    assert follow_up.abuse == first.abuse
    # Words that say what is happening still change the topic.
    assert "stalking" in understand("now he follows me everywhere", first.as_context(), PLACES).abuse


def test_danger_or_self_harm_is_never_sent_to_a_perpetrator_line_on_the_classifiers_guess():
    decided = decide(understand("i cut myself again and i want it all to stop", None, PLACES,
                                hints=("perpetrator",)), FIRST_LINE, [], LONDON)
    assert decided.understanding.role != "perpetrator"
    assert "samaritans" in keys(decided) and "respect-phoneline" not in keys(decided)


@pytest.mark.parametrize("text", ["18 olunca kendi evime cikabilir miyim, nereye basvurabilirim?",
                                  "where can i go when i turn 18", "i want it all to stop"])
def test_no_one_is_sent_to_a_perpetrator_line_on_the_classifiers_guess_alone(text):
    decided = decide(understand(text, None, PLACES, hints=("perpetrator",)), FIRST_LINE, [], LONDON)
    assert decided.understanding.role != "perpetrator"
    assert "respect-phoneline" not in keys(decided)
    # Their own words still are enough.
    own = decide(understand("i hit my wife and i need help to stop", None, PLACES, hints=("perpetrator",)),
                 FIRST_LINE, [], LONDON)
    assert "respect-phoneline" in keys(own)


@pytest.mark.parametrize("text", [
    "she says if i call the police she will say i attacked her",
    "he threatens to tell everyone that i hit him first",
    "ona mowi ze powie policji ze to ja bilem",
    "dice que va a decir a la policia que yo le pegue",
    "ela diz que vai dizer na policia que eu bati nela",
])
def test_someone_threatened_with_a_false_accusation_is_not_read_as_the_abuser(text):
    decided = signpost(text)
    assert decided.understanding.role == "survivor"
    assert "respect-phoneline" not in keys(decided)


def test_someone_who_says_they_hit_their_partner_is_still_offered_help_to_stop():
    assert signpost("i hit her last night and i need help to stop").understanding.role == "perpetrator"


def test_services_in_the_language_asked_for_cover_where_the_person_is_and_leave_room_for_local_help():
    speakers = [facts("turkish-london", areas=("london",), abuse=("domestic_abuse",)),
                facts("turkish-national"), facts("turkish-leeds", areas=("leeds",)),
                facts("turkish-no-contact", reachable=False)]
    asked = understand("is there someone who speaks turkish, my husband hits me", None, PLACES)
    assert "language" in asked.needs
    chosen = keys(decide(asked, FIRST_LINE, [], LONDON, speakers=speakers))
    assert chosen[:2] == [service_key_id("turkish-london"), service_key_id("turkish-national")]
    assert not {service_key_id("turkish-leeds"), service_key_id("turkish-no-contact")} & set(chosen)
    local = facts("tottenham-idva", areas=("haringey",), abuse=("domestic_abuse",))
    in_tottenham = understand("anyone who speaks turkish? he hits me, i live in tottenham", None, PLACES)
    chosen = keys(decide(in_tottenham, FIRST_LINE, [local], LONDON, speakers=speakers))
    assert chosen[0] == service_key_id("turkish-london") and service_key_id("tottenham-idva") in chosen


@pytest.mark.parametrize("text, audience", [
    ("pomoc dla mezczyzn przemoc", "man"), ("help for men domestic abuse", "man"),
    ("ayuda para hombres maltratados", "man"), ("erkekler icin siddet yardim hatti", "man"),
    ("eşcinsel partner şiddeti", "lgbt"), ("mi pareja homosexual me pega", "lgbt"),
    ("همجنسگرا هستم و پارتنرم منو میزنه", "lgbt"),
])
def test_searches_for_men_or_lgbt_help_name_the_audience_in_other_languages(text, audience):
    assert audience in understand(text, None, PLACES).audiences


@pytest.mark.parametrize("text", ["un hombre me siguió a casa", "jakis mezczyzna mnie zaczepil"])
def test_a_man_who_harmed_her_does_not_make_the_writer_a_man(text):
    assert "man" not in understand(text, None, PLACES).audiences


def test_the_classifiers_abuse_guess_only_fills_in_where_the_words_say_nothing():
    beaten = understand("m-a batut aseara din nou", None, PLACES, hints=("sexual_violence",))
    assert beaten.abuse == ("domestic_abuse",) and not beaten.recent_assault
    assert understand("i need help", None, PLACES, hints=("stalking",)).abuse == ("stalking",)


def test_a_parent_told_of_a_route_is_a_parent_and_a_woman_naming_her_husband_is_not_a_man():
    assert understand("my son's school safeguarding lead rang me about my son", None, PLACES).role == "parent"
    assert "man" not in understand("i am a nurse and my husband beats me", None, PLACES).audiences
    assert "man" in understand("i am a man and my wife hits me", None, PLACES).audiences


@pytest.mark.parametrize("text", [
    "زوجها يضربها", "jozha byedrobha", "العميلة تعرضت للعنف الاسري", "شوهرش کتکش میزنه",
    "hastam kocasinin onu dovdugunu soyledi", "mêrê wê lê dide", "ninkeeda ayaa garaaca",
    "ene teno pati mare che", "ሰብኣያ ይወቕዓ",
])
def test_abuse_of_someone_else_is_read_when_a_professional_or_friend_tells_of_it(text):
    assert "domestic_abuse" in understand(text, None, PLACES).abuse


@pytest.mark.parametrize("text", ["زوجها طيب معها", "kocasi onu cok seviyor", "ninkeeda waa nin wanaagsan"])
def test_a_kind_husband_is_not_abuse(text):
    assert not understand(text, None, PLACES).abuse


def test_evidence_kept_without_the_police_reaches_the_havens_in_london():
    """The Havens see anyone in London raped or assaulted in the last 12 months, with or without
    the police; not someone assaulted long ago, nor outside London."""
    assert holds("svc=the-havens", signpost("my ex sexually assaulted me. can i have evidence kept without "
                                            "going to the police"))
    assert holds("nosvc=the-havens", signpost("i was raped in 2009 and i want to keep evidence"))
    assert holds("nosvc=the-havens", signpost("my ex sexually assaulted me in leeds. can i have evidence "
                                              "kept"))
