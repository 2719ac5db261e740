"""Readings from the services batteries' remaining misses (2026-12-07): words that unsay a cue
("I'm not gay", "he never once hit back", "that scared me" after their own act), a man harmed
told of by a friend, a parent or a professional, a gay man and his boyfriend, own acts told
another way, Childline only to a child, places outside London; beside look-alikes that must
not be read so."""
import pytest

from directory.signposting.cues import parse_cue
from directory.signposting.text import words

from .test_signposting import holds, signpost


def test_a_cue_is_unsaid_by_a_word_just_before_it():
    cue = parse_cue("audience.lgbt", "~not|never gay")  # (the cue files say it with context.not_lgbt)
    assert cue.matches(words("im gay and he knows"))
    assert not cue.matches(words("im not gay"))
    assert not cue.matches(words("i was never gay"))
    assert cue.matches(words("not that it matters but im gay"))  # further back than two words


MESSAGES = [
    # Words that unsay a cue.
    ("noaud=lgbt", "happened years ago with a bloke at work. im not gay and never told my wife"),
    ("aud=lgbt", "im gay and my boyfriend hits me"),
    ("role=perpetrator,svc=respect-phoneline",
     "ive hit my husband a few times when drunk. hes never once hit back. who can i talk to"),
    ("role=survivor", "i hit him back to get him off me and now he says im the violent one"),
    ("role=perpetrator,svc=respect-phoneline",
     "i punched the wall next to her head last night and she flinched. that scared me. is there a course"),
    ("role=survivor", "he punched the wall next to my head and it really scared me"),
    # Someone else's accounts are not the writer's.
    ("norole=perpetrator,abuse=stalking",
     "my daughter is 17, her ex keeps turning up outside college and making new snap accounts to "
     "message her"),
    ("role=perpetrator", "she blocked me so i made new accounts to message her"),
    # Own acts told another way.
    ("role=perpetrator,svc=respect-phoneline",
     "i end up taking his keys so he cant leave. he says im scaring him. is there help for the person "
     "doing it"),
    ("role=perpetrator", "last time i wouldnt let her out the car"),
    ("role=survivor", "he wouldnt let me out the car"),
    # A gay man and his boyfriend; two men.
    ("aud=man,aud=lgbt,svc=galop-lgbt-helpline,nosvc=national-domestic-abuse-helpline",
     "me n my bf been together 2 yrs, my family dont know im gay and he says hell tell my dad"),
    ("noaud=man", "im gay, my girlfriend reads all my messages"),
    ("aud=man,nosvc=national-domestic-abuse-helpline",
     "me and my partner (both blokes) keep rowing and he wont let me see my mates"),
    # A man harmed, told of by a friend or parent.
    ("aud=man,svc=mens-advice-line,nosvc=national-domestic-abuse-helpline",
     "my son is 19 and his gf goes thru his phone, she slapped him at a bbq and he laughed it off"),
    ("aud=man,svc=mens-advice-line",
     "my mates gf smashed his phone and hes got scratches on his neck"),
    ("aud=man,aud=lgbt,nosvc=national-domestic-abuse-helpline",
     "my brothers boyfriend smashed his phone and wont let him leave the flat some days"),
    ("noaud=man", "my sisters boyfriend smashed her phone and wont let her leave the flat"),
    ("noaud=man", "my daughters boyfriend goes through her phone and hit her"),
    # A man a professional asks about is the one harmed, unless they work with him for what he does;
    # from anyone else "a male colleague" is more often the one doing it.
    ("role=professional,aud=man,svc=mens-advice-line,nosvc=national-domestic-abuse-helpline",
     "I'm the HR lead for a small firm. One of our male warehouse staff has a black eye and admitted his "
     "wife does it"),
    ("role=professional,noaud=man,svc=respect-phoneline,nosvc=national-domestic-abuse-helpline",
     "probation officer, a male client is abusive to his partner, where can he get help"),
    ("noaud=man,nosvc=mens-advice-line", "a male colleague keeps touching me and making comments"),
    ("noabuse=sexual_violence,svc=respect-phoneline",
     "HR manager - one of our male staff has been charged with assaulting his partner, he wants help"),
    ("abuse=sexual_violence", "he assaulted me after the party and i didnt want it"),
    # Childline is the child's own line: a parent asking about a child has the NSPCC.
    ("role=parent,svc=nspcc-helpline,nosvc=childline",
     "found messages on my daughters phone, shes 13, a man has been asking her for pictures"),
    ("svc=childline", "im 13 and a man keeps asking me for pictures"),
    # A childhood told by an adult; danger at the window now; a stranger on the train told of after.
    ("abuse=child_abuse,svc=rape-crisis-247", "abused by coach as a boy"),
    ("danger=immediate", "ex is at my window"),
    ("danger=none", "my ex used to stand at my window for hours last year"),
    ("abuse=stalking,danger=none,svc=national-stalking-helpline",
     "a guy gets on the same train as me every morning and now hes started walking behind me to my work"),
    ("danger=cannot_speak", "cant talk hes right behind me"),
    ("role=perpetrator,svc=respect-phoneline", "stop getting angry with my wife"),
    # Places outside London: no London-only service.
    ("nosvc=the-havens", "went back to his in beeston and he didnt stop when i said no, it was saturday"),
    ("svc=the-havens", "went back to his in hackney and he didnt stop when i said no, it was saturday"),
]


@pytest.mark.parametrize(("expectation", "text"), MESSAGES)
def test_battery_misses(expectation, text):
    assert holds(expectation, signpost(text)), text
