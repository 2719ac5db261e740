"""Readings from the evaluation personas of 2026-12-08 (development part only), in English, each idea
in other words than the cases and beside look-alikes: a hand moved up her leg, under her top, or
'felt me up' (a sexual assault, so a recent one gets the Havens), not a hand on her knee to say well
done; a man who 'sat right next to me' on the bus last night is a story, not someone listening now;
an address he should not have, beside him coming round now, is danger, an address given to a
delivery driver is not; putting affairs in order (a will updated, goodbye letters) beside wanting out
is a risk to life, a will made for a new baby is not; a passport kept by a parent or a brother is
their control, by an agency or a host family exploitation; wishing not to wake up, or that everyone would be
better off if she were not here, is a risk to life, 'better if I wasn't here when he gets back' is
not; N29 is a night bus, not the N2 district."""

from .cue_checks import conversation_test, message_test

MESSAGES = [
    # === Touched sexually: up her leg, under her top, felt up =======================================
    ("abuse=sexual_violence", "some guy on the tube put his hand on my thigh and kept sliding it up"),
    ("abuse=sexual_violence", "my manager put his hands up my shirt in the office"),
    ("abuse=sexual_violence", "a bloke felt me up in the queue at the club"),
    ("svc=the-havens",
     "last night a man at the bar had his hand on my leg and moved it up and up, i froze. in london"),
    ("noabuse=sexual_violence", "he put his hand on my knee to say well done after the match"),
    ("noabuse=sexual_violence", "my top was soaked so i put my hoodie on"),
    # === A man beside her told of afterwards is not someone listening now ==========================
    ("danger=none", "yesterday on the train this man sat right next to me and kept staring"),
    ("danger=none", "the guy who was right next to me at the bus stop was making comments"),
    ("danger=cannot_speak", "cant call hes right next to me"),
    # === An address he should not have, beside him coming now =====================================
    ("danger=immediate", "he messaged saying hes coming to my flat now, i never told him where i live"),
    ("danger=immediate", "my ex says hes on the bus coming to mine, how does he know where i live"),
    ("danger=none", "i never gave him my address so he cant send me anything"),
    ("danger=none", "the delivery driver found my address fine in the end"),
    # === Putting affairs in order beside wanting out ==============================================
    ("danger=self_harm", "ive written goodbye letters to the kids. they would be better off without me"),
    ("danger=self_harm", "sorted my affairs out this week, updated my will. everyone would be better off"),
    ("danger=none", "we updated our will after the baby was born, can he still get the house"),
    ("danger=none", "my solicitor says i should put my affairs in order before the divorce"),
    # === Not waking up, or not being here, wished for =============================================
    ("danger=self_harm", "honestly it would be better if i never woke up"),
    ("danger=self_harm", "everything would be easier for my family if i just wasnt around"),
    ("svc=samaritans", "i go to bed hoping i never wake up"),
    ("danger=none", "it would be better if i wasnt here when he gets back, can i stay at my sisters"),
    ("danger=none", "i wish i didnt wake up the baby when i left"),
    # === Papers kept by family are control; by an employer or agent, exploitation ==================
    ("abuse=coercive_control,noabuse=trafficking_exploitation", "my dad keeps my passport in his safe"),
    ("abuse=coercive_control,noabuse=trafficking_exploitation", "my brothers took my passport so i cant go"),
    ("abuse=trafficking_exploitation", "agency keeps my passport, i owe them money, my mum doesnt know"),
    ("abuse=trafficking_exploitation", "my host family keep my passport and i work every day for no pay"),
]

CONVERSATIONS = [
    # A night bus number is no postcode district; a place later in the talk still counts.
    ("recent=1", ["last night on the n29 a man put his hand up my skirt", "i got off at wood green"]),
]


def test_a_night_bus_number_is_no_postcode_district():
    from directory.signposting import understand
    assert understand("i got the n29 home and a man groped me").district is None


test_message = message_test(MESSAGES)

test_conversation = conversation_test(CONVERSATIONS)
