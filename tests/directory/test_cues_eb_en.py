"""Readings from the English misses of the tenth batteries (2026-12-07, night: first-line services,
parents and general questions), each idea in other words than the battery's and beside
look-alikes: hiding in the bathroom, not someone coming into it; habitual 'whenever he's in the
room'; 'not suicidal'; a grandparent or a neighbour asking about a child; a woman harmed by a
woman; a lad a youth worker works with; a training scenario; a horror film heard through the
wall; a fake account made by someone else; 'stuff happened as a kid'."""

from .cue_checks import message_test

MESSAGES = [
    # Hiding in the bathroom is danger; someone coming into it while she showers is not (now).
    ("danger=immediate", "im hiding in the bathroom hes going mad downstairs"),
    ("danger=immediate", "locked in the toilet at the pub and he is waiting outside"),
    ("danger=none", "my stepbrother keeps walking in the bathroom when im in there and laughs"),
    # Habitual: quiet whenever he is in the room; he is listening now is danger.
    ("danger=none", "my nan goes quiet when her carer is in the room, i think something is off"),
    ("danger=cannot_speak", "cant talk hes in the room"),
    # Not suicidal, said plainly; wanting to die stays.
    ("danger=none", "not suicidal or anything, just need someone to talk to about my ex"),
    ("danger=self_harm", "i feel suicidal since he left and i have pills here"),
    # A grandparent or a neighbour asking about a child.
    ("role=friend_family,aud=young_person", "my granddaughter is 6 and says her mums boyfriend hurts her"),
    ("role=friend_family", "the kids next door are always crying and the man shouts at them"),
    ("aud=older,norole=friend_family", "my grandson keeps taking my pension and says hell put me in a home"),
    # A woman harmed by a woman.
    ("aud=lgbt,noaud=man", "my girlfriend hits me, nobody believes a woman can hurt a woman"),
    # A lad a youth worker works with is a man.
    ("aud=man", "youth worker here, one of our lads says his dad beats him and his mum, hes 19"),
    # A training scenario, not a worst-case one.
    ("danger=none", "training day for staff, scenario: a girl says she flies to Somalia tomorrow to be cut"),
    ("danger=immediate", "worst case scenario he finds me tonight and kills me, he is outside"),
    # A horror film through the wall.
    ("danger=none", "heard screaming next door but it was a horror film they were watching"),
    # A fake account made by someone else, not an own act.
    ("norole=perpetrator", "her ex keeps turning up at her work and made a fake account to watch her"),
    # Stuff that happened as a child, told by an adult.
    ("abuse=child_abuse,noaud=young_person",
     "im 50 and never told anyone about things that happened when i was a boy"),
]

test_message = message_test(MESSAGES)
