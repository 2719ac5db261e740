"""Readings from the English misses of two fresh batteries (2026-12-07, helper-written: danger and
near-danger, and sexual harassment, FGM, recent assault, exploitation, parents and own behaviour).
Danger told by its signs: he is here and has that look, the children sent out of his way, a call
cut off mid-scream, a threat to come up or come round, an SOS just sent, a child gone with a man;
beside what only looks like danger (a mother who 'will kill me', an own push told, a threat long
past with him in prison). Said in other words than the batteries', with look-alikes."""
import pytest

from .test_signposting import holds, signpost, signpost_conversation

MESSAGES = [
    # His warning signs, beside him being here or back now; not the signs told as a habit.
    ("danger=immediate", "hes home now and hes in one of his moods, been drinking since lunch"),
    ("danger=immediate", "he's just back from the pub absolutely steaming and kicking off"),
    ("danger=none", "he gets that look sometimes when hes tired from work, is that normal"),
    # The children sent out of his way while he is here.
    ("danger=immediate", "hes downstairs shouting, ive sent the kids upstairs to hide in the bedroom"),
    ("danger=none", "i told the kids to stay in their room while i did the online shop"),
    # A call or facetime cut off mid-scream; someone who will come up or come in.
    ("danger=immediate", "my sister facetimed me crying and then the line went dead"),
    ("danger=immediate", "hes banging on the bedroom door saying hes gonna kick the door in"),
    ("danger=immediate", "he texted that hes coming over after his shift and he still has a key"),
    ("danger=immediate", "my friend just sent me an sos and her live location"),
    ("danger=immediate", "he said hed hold a pillow over my face if i ever told anyone"),
    ("danger=immediate", "my cousins said shes gonna be dealt with tonight for bringing shame"),
    ("danger=none", "my visa application is going to be sorted out today i hope"),
    ("danger=immediate", "her brothers bundled her into a van outside college"),
    ("danger=immediate", "theres someone in my back garden looking through the kitchen window"),
    ("danger=immediate", "my parents are taking me to heathrow this evening and i dont want to marry him"),
    # A child gone with a man, out of her window, her phone straight to voicemail.
    ("danger=immediate",
     "my 13 year old snuck out her bedroom window and her phone goes straight to voicemail"),
    ("danger=immediate",
     "my daughter is 15, some older guy in a car picked her up from the park and drove off"),
    ("danger=none", "my 15 year old is at a sleepover, can i check her snapchat"),
    # A mother, a boss or a teacher who 'will kill me'; not a father, who may mean it.
    ("danger=none", "my mum will actually kill me if she sees my report card, anyway my friend is being hit"),
    ("danger=none", "my manager would literally kill me if i took another day off"),
    ("danger=immediate", "my dad will kill me if he finds out about my boyfriend"),
    # Their own push told, and a threat long past with him in prison.
    ("danger=none,role=perpetrator", "i pushed her against the wall last week in an argument, i need help"),
    ("role=perpetrator", "im 15 and i slapped my girlfriend, my dad used to do it to my mum"),
    ("danger=none",
     "he used to say hed kill me. left him 4 yrs ago and hes in jail now for robbery, i still cant sleep"),
    # A woman telling of her husband, not a man; a man harmed by his brother's wife.
    ("noaud=man", "he drinks and hits me. im his wife and he treats me like dirt"),
    ("aud=man", "my brother's wife punches him when shes drunk"),
    # A parent harmed by a teenage son, who says he is the father.
    ("aud=man", "my son is 16 and he went for me last night and smashed the tv. im his dad"),
    # What the rent or a change of mind tells; the cutting a girl had.
    ("abuse=sexual_harassment", "my landlord says i can pay the rent in kind if i cant afford it"),
    ("abuse=sexual_violence", "i told him no three times and he kept going"),
    ("abuse=sexual_violence", "i put my clothes in a plastic bag after, is that right for evidence"),
    ("abuse=fgm", "a pupil told me she had the cutting on holiday last year"),
    ("noabuse=fgm", "my hours have been cut at work"),
    # A professional giving a child's age asks about a young person.
    ("aud=young_person",
     "youth worker here, a couple of 13-14 year old girls are getting gifts from older men"),
    # Not their own temper: 'before I lose it'.
    ("norole=perpetrator", "my boss keeps touching my back at work, what are my rights before i lose it"),
]


@pytest.mark.parametrize(("expectation", "text"), MESSAGES)
def test_battery_misses(expectation, text):
    assert holds(expectation, signpost(text))


def test_the_signs_beside_him_here_are_danger_in_a_later_turn_too():
    later = signpost_conversation(["my husband gets nasty when hes been drinking",
                                   "hes back now and hes got that look"])
    assert holds("danger=immediate", later)
