"""Readings from the English misses of the fifth danger and everyday batteries (2026-12-07, late
morning), each idea in other words than the battery's and beside look-alikes: strangled just now
told by its signs; warned not to be there when relatives get here; a stalker pressing the
buzzers; shouting and smashing heard on a call; a child snatched at the nursery gate, 'say bye
to her', or gone off with a man who picked her up; a murder-suicide threat; a rope or knife seen
taken; a blade out of a sharpener; a strip of pills swallowed; 'they will hear me' and the
downstairs loo; two 15-year-olds; a family marrying her off on Friday; 'the family name';
'someone stop me'. Not: 'I used to cut when I was with him' (self-harm, not FGM), 'I don't want
to tell the midwife. I live in Harrow', a bus pass, 'she's gone' of a daughter out with a man,
the men's line for a man abused as a child or harassed at work. And from the development part's
misses: their own drinking as an excuse, a parent who checks the phone, what was in her drink."""
import pytest

from .cue_checks import conversation_test, message_test
from .test_signposting import keys, signpost

MESSAGES = [
    # Strangled just now, told by what it did.
    ("danger=immediate", "he had his hands on my throat again tonight and everything went black for a sec"),
    ("danger=immediate", "he squeezed my neck till i blacked out, it hurts to swallow"),
    ("danger=none", "my throat hurts to swallow, think i have tonsillitis"),
    # Warned to be gone before they arrive.
    ("danger=immediate", "my aunt texted get out before they get here, my brothers know about him"),
    ("danger=none", "we need to leave before they get here tomorrow, the removal van is booked"),
    # A stalker at the building now.
    ("danger=immediate", "hes downstairs pressing the buzzer over and over, its 2am"),
    # Shouting and smashing heard on a call.
    ("danger=immediate", "on the phone to my mum i could hear him shouting and then glass breaking"),
    # A child snatched or taken off by a man.
    ("danger=immediate", "he grabbed our son at the school gate, there's a court order"),
    ("danger=immediate", "my ex just messaged say goodbye to the kids"),
    ("danger=immediate", "my girl is 13, she ran off with some older guy, he collected her in his car"),
    ("danger=none", "my ex took our son from school today, it was his weekend"),
    ("danger=none", "my daughter is 14, her phone is off because she broke it"),
    # A murder-suicide threat; a rope or a knife seen taken.
    ("danger=immediate", "he keeps saying he'll kill himself and take the kids with him"),
    ("danger=immediate", "i just saw him take the knife from the block and go upstairs"),
    # Self-harm now, and an overdose told by the packet.
    ("danger=self_harm", "got the razor blade out of my sharpener and its bleeding"),
    ("danger=self_harm", "my sister took a whole packet of her sleeping pills"),
    ("danger=none", "i used to cut when i was with him. i'm 3 years clean now and safe"),
    ("noabuse=fgm", "i used to cut when i was with him. i'm 3 years clean now and safe"),
    ("danger=none", "I dont want to tell my midwife about it. I live in Harrow"),
    ("danger=self_harm", "i dont even want to live anymore"),
    # Overheard if they speak.
    ("danger=cannot_speak", "im in the bathroom with the door bolted, he will hear me if i call"),
    ("danger=cannot_speak", "hiding in the downstairs loo, theyre in the kitchen"),
    # Two young people; a school detention.
    ("aud=young_person", "we're both 15 and her step dad hits her"),
    ("aud=young_person", "got a detention and my dad said he'll batter me"),
    ("noaud=older", "lost my bus pass and my boyfriend went mad at me"),
    # Forced marriage on a set day; honour.
    ("abuse=forced_marriage", "her parents are marrying her off next month to a man she's never met"),
    ("abuse=honour_based_abuse", "my brothers say i've shamed the family name"),
    ("noabuse=forced_marriage", "my best friend is marrying her boyfriend on saturday"),
    # Someone asking to be stopped.
    ("role=perpetrator", "someone stop me before i do something to her"),
    # Sexual harassment at work, quid pro quo.
    ("abuse=sexual_harassment", "my manager said my hours depend on me being friendly with him"),
    # A touching by a driver who would not unlock the doors.
    ("abuse=sexual_violence", "the taxi driver wouldnt let me out and groped me"),
    # An age in the past, and an older one: abuse in a childhood.
    ("abuse=child_abuse", "i was 11 he was my uncle's friend"),
    # Dev part of 2026-12-07: their own drinking as the excuse is their own behaviour.
    ("role=perpetrator", "its only when im drunk, sober im fine, i just get nasty with her"),
    ("norole=perpetrator", "hes only like that when hes had a drink"),
    # A parent's phone checks say a young person is writing.
    ("aud=young_person", "my dad checks my phone every night, can i message you without him knowing"),
    # Spiking told as what was in her drink.
    ("abuse=sexual_violence", "can the hospital find out what was in her drink last night"),
]

CONVERSATIONS = [
    # Gone off with a man: not 'she's gone' (safe now).
    ("danger=immediate", ["my daughter is 15",
                          "shes gone off with that man she met online, he picked her up in a van"]),
    # Someone else's childhood, told last night: historic, not recent.
    ("historic", ["my partner told me last night his scout leader abused him when he was a boy",
                  "how can i help him"]),
]


test_message = message_test(MESSAGES)

test_conversation = conversation_test(CONVERSATIONS)


@pytest.mark.parametrize("text", [
    "I was abused at boarding school in the 1980s by a teacher. Not even my wife knows.",
    "My boss keeps groping me at the warehouse, I'm a man, who can I talk to",
])
def test_a_man_not_harmed_by_domestic_abuse_is_not_sent_to_the_mens_line(text):
    decided = signpost(text)
    assert "man" in decided.understanding.audiences
    assert "mens-advice-line" not in keys(decided)


def test_a_man_harmed_by_his_wife_still_gets_the_mens_line():
    assert "mens-advice-line" in keys(signpost("my wife hits me and takes my wages, I'm a man"))
