"""Messages like those of seven fresh personas (2026-12-06, afternoon; helpers who saw neither
the cues nor the evaluation set): a warehouse worker harassed by her manager, a man frightened
of his own temper, a father of a groomed 15-year-old; each beside look-alikes that must not be
read so. Sexual talk from someone at work (understanding.ABUSE_ONLY_BESIDE, with a choice of
parts) is tested apart and across turns."""
import pytest

from directory.signposting import understand

from .test_signposting import holds, signpost

OWN = "role=perpetrator"
MESSAGES = [
    # Sexual talk or touching from someone at work is sexual harassment; each side alone is not.
    ("abuse=sexual_harassment",
     "my boss keeps txting me at 2 3am saying what hed do to me n asking what im wearing"),
    ("abuse=sexual_harassment", "a customer keeps making comments about my body when im on the till"),
    ("abuse=sexual_harassment", "the shift leader grabbed my bum in the stock room"),
    ("abuse=sexual_harassment", "theres a guy at work who keeps asking for pics"),
    ("noabuse=sexual_harassment", "my boss keeps texting me about extra shifts"),
    ("noabuse=sexual_harassment", "my boyfriend always asks what im wearing when i go out"),
    # "Night before last" is a recent time: a sexual assault then is in the forensic window.
    ("abuse=sexual_violence,recent=1",
     "my manager. night before last in the stock room he put his hand down my trousers and inside me"),
    ("recent=1,abuse=sexual_violence", "he raped me the day before yesterday"),
    # Their own fear of what they do, told as her fear of them or as calling the line for it.
    (OWN, "Smashing stuff. Shouting the house down. Shes frightened of me I can see it in her face"),
    (OWN, "If I ring this respect line. Do they call the police on you"),
    (OWN, "shes gone to her sisters since saturday after I smashed the telly"),
    ("norole=perpetrator", "shes frightened of him, he smashed the telly"),
    ("norole=perpetrator", "what is the respect line for"),
    # Not a door kicked in: "shouting the house down" is noise, told of the past.
    ("danger=none", "Smashing stuff. Shouting the house down. Not hitting as such"),
    ("danger=immediate", "hes smashing the front door in"),
    # A threat to finish her, him sat in his car outside, and a fall she cannot get up from.
    ("danger=immediate,role=professional",
     "client in interview rm 3, her husband followed her here and hes sat in his car right outside. "
     "this morning he told her hed finish her"),
    ("danger=immediate", "my uncle pushed her over in the kitchen n she cant get up she thinks its her hip"),
    ("danger=none", "he'd get her a solicitor if she asked"),
    # A grown man with a 15-year-old, the adult's age given a few words after the man.
    ("abuse=sexual_exploitation,aud=young_person",
     "My daughter is 15 years old and she is moving with a man who I have now found out is 22 years of age"),
]


@pytest.mark.parametrize(("expectation", "text"), MESSAGES)
def test_each_message_is_read_for_what_it_says(expectation, text):
    assert holds(expectation, signpost(text)), signpost(text).understanding


def test_someone_at_work_said_in_an_earlier_turn_completes_sexual_talk_in_a_later_one():
    work = understand("its my manager at the warehouse")
    assert "sexual_harassment" not in work.abuse
    later = understand("he keeps asking what im wearing and what hed do to me", work.as_context())
    assert "sexual_harassment" in later.abuse
    assert "sexual_harassment" not in understand("he keeps asking what im wearing").abuse


def test_someone_asking_about_their_own_behaviour_who_cannot_talk_is_not_silenced_in_danger():
    own = understand("is there a course for blokes who lose it at home. shes frightened of me")
    private = understand("i cant do it over the phone with her in the next room", own.as_context())
    assert private.role == "perpetrator" and "cannot_speak" not in private.danger
    afraid = understand("im scared ill hurt her tonight, shes in the next room", own.as_context())
    assert "immediate" in afraid.danger


@pytest.mark.parametrize(("text", "danger"), [
    ("im not in danger right now, hes at work till 6. how do i get my stuff out", False),
    ("im in danger, please help", True),
    ("we are in danger now", True),
])
def test_not_in_danger_is_not_read_as_danger(text, danger):
    assert ("immediate" in understand(text).danger) is danger


def _local(name):
    from directory.signposting.decision import ServiceFacts
    return ServiceFacts(id=name, name=name, audiences=frozenset(), areas=frozenset({"harrow"}),
                        abuse_types=frozenset(), reachable=True, trusted=0, languages=frozenset())


@pytest.mark.parametrize(("text", "named"), [
    ("marac referral harrow", {"Harrow MARAC (Multi-Agency Risk Assessment Conference)"}),
    ("the panel for young people at risk", {"Harrow Vulnerable Young People's Panel"}),
    ("I do not know who else to ask. My wife says call the police", set()),
])
def test_a_local_service_is_named_by_its_acronym_or_half_its_own_words(text, named):
    from directory.signposting import named_in
    services = [_local(n) for n in ("Harrow MARAC (Multi-Agency Risk Assessment Conference)",
                                     "Harrow Vulnerable Young People's Panel",
                                     "Ask for ANI (pharmacy codeword)", "Police non-emergency 101")]
    assert set(named_in(text, services, {"harrow": "harrow"})) == named


def test_womens_services_are_not_offered_to_someone_asking_about_their_own_behaviour():
    from directory.signposting.decision import ServiceFacts, eligible
    solace = ServiceFacts(id="solace", name="Solace", audiences=frozenset({"women"}), areas=frozenset(),
                          abuse_types=frozenset(), reachable=True, trusted=0, languages=frozenset())
    assert not eligible(solace, understand("anger course for men who hurt their partners"), frozenset())
    assert eligible(solace, understand("my husband hits me"), frozenset())


@pytest.mark.parametrize(("text", "man"), [
    ("every time i report her missing the police bring her home. nothing stops these men", False),
    ("shes 14 and older men give her lifts", False),
    ("is there help for men", True),
])
def test_men_spoken_of_as_others_outweigh_the_classifiers_guess_that_a_man_writes(text, man):
    assert ("man" in understand(text, hints=("man",)).audiences) is man


@pytest.mark.parametrize(("text", "danger"), [
    ("koi emergency nahi, bas baat karni hai", False),
    ("its not an emergency but i need advice", False),
    ("whats the police non emergency number", False),
    ("emergency please help", True),
])
def test_emergency_said_is_danger_unless_it_is_said_there_is_none(text, danger):
    assert bool(understand(text).danger) is danger


@pytest.mark.parametrize(("text", "code"), [
    ("dasht gardanamo feshar midad ta nafasam band oomad alan raft too hal", "fa"),
    ("dar khoone ro ghofl karde kilidam gozashte too jibesh, alanam kenaram nist", "fa"),
    ("mane khub gusso aave che, atyare mari wife ne maari besish evu lage che", "gu"),
    ("ਮੇਰਾ ਪਤੀ ਮੈਨੂੰ ਮਾਰਦਾ ਹੈ। ਮਦਦ ਕਰੋ", "pa"),          # the danda is Gurmukhi's too
    ("मेरा पति मुझे मारता है। मदद करो", "hi"),
])
def test_finglish_and_romanised_gujarati_are_answered_in_their_language_not_a_third(text, code):
    from directory.signposting.language import SUPPORTED, identify
    assert identify(text).supported((*SUPPORTED, "pa", "hi")) == code


def test_cutting_herself_is_not_read_as_fgm_from_the_classifiers_guess():
    cutting = understand("kal se kuch khaya nahi, wrist pe cut kiye h phir se, is baar deep h",
                         hints=("fgm",))
    assert "self_harm" in cutting.danger and "fgm" not in cutting.abuse
    assert "fgm" in understand("they are taking her for the cut", hints=("fgm",)).abuse


@pytest.mark.parametrize(("follow_up", "danger"), [
    ("hes gone to the shop, quick what do i do", True),
    ("he went out for fags, hell be back in 10", True),
    ("hes gone, the police took him", False),
    ("im safe now at my mums", False),
])
def test_gone_for_now_keeps_the_danger_said_before_and_safe_ends_it(follow_up, danger):
    before = understand("hes got a knife and says hell kill me")
    assert bool(understand(follow_up, before.as_context()).danger) is danger


@pytest.mark.parametrize(("text", "danger"), [
    ("I got away in 2019 but hes outside right now", True),
    ("I left in 2019 but he found my address and is outside now", True),
    ("he strangled me 3 years ago, I left, im safe now", False),
    ("I tried to take my own life when I was 19, Im 34 now and doing well", False),
])
def test_a_past_told_as_over_is_no_danger_unless_something_happens_now(text, danger):
    assert bool(understand(text).danger) is danger
