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
    # Marrying said of a child is a forced marriage; a wedding attended is not.
    ("role=friend_family,abuse=forced_marriage,svc=forced-marriage-unit",
     "my best mate went to somalia in july and never came back, her sister said shes married now. shes 16"),
    ("abuse=forced_marriage", "im 15 and my parents are finding me a husband"),
    ("noabuse=forced_marriage", "my daughter is 15 and we are going to pakistan for my cousins wedding"),
    ("noabuse=forced_marriage", "my sister is 16 and our parents got married in 1998"),
    # A friend told of, not a friend who said to write.
    ("role=friend_family", "my friend is getting hit by her boyfriend, shes 17"),
    ("role=survivor", "my friend said i should message here, my husband hits me"),
    # An employer about their staff; a job that was not what was promised; an older relative by age.
    ("role=professional,abuse=trafficking_exploitation,svc=modern-slavery-helpline",
     "I manage a warehouse. one of my workers says the agency takes his wages for rent and he cant leave"),
    ("abuse=trafficking_exploitation,svc=modern-slavery-helpline",
     "they said i come for job in hotel but is not hotel. they take my money"),
    ("aud=older,svc=hourglass", "my nan (84) has a new carer and nan gave her 500 quid for her car"),
    ("noaud=older", "my nan is lovely, my boyfriend hits me"),
    # A childhood told by an adult who is a parent now.
    ("role=survivor,abuse=child_abuse,svc=rape-crisis-247",
     "my uncle did stuff to me from when i was about 8 to 11. im 40 now and my son just turned 8"),
    # From a conversations battery of 2026-12-07.
    ("noaud=lgbt,abuse=fgm", "i have 2 girls. my husband mother say they must be done when we go home"),
    ("aud=lgbt", "we are 2 women and my partner hits me"),
    ("noabuse=fgm", "the forms must be done when we go home"),
    ("svc=nspcc-helpline,svc=police-101",
     "a man sent my son vbucks and asked for a pic of him in his boxers, hes 12. should i ring police"),
    ("abuse=sexual_violence,svc=the-havens",
     "i think someone put something in my drink on thursday and woke up with my clothes all wrong. "
     "im in harrow"),
    ("aud=man,nosvc=national-domestic-abuse-helpline",
     "my football coach did stuff to me when i was 12. im 35 now, the wife doesnt know"),
    ("aud=man,aud=lgbt,svc=the-havens,nosvc=national-domestic-abuse-helpline",
     "met a guy off grindr on sunday in vauxhall and he forced himself on me"),
    ("role=professional,aud=older,aud=man,svc=hourglass,nosvc=national-domestic-abuse-helpline",
     "social worker here, an older gentleman whose son has his bank card. hes a man, 79"),
    ("aud=older", "social worker here, my client is an older lady whose grandson takes her pension"),
    ("noaud=young_person,svc=rape-crisis-247,nosvc=childline",
     "my stepdad abused me from when i was about 9. moved out long time ago but still nightmares"),
    ("noaud=young_person,svc=rape-crisis-247",
     "a lad i matched with kept going when i said no last nite. i dont want the police my parents "
     "would find out"),
    ("aud=young_person", "im 14 and my stepdad hits me"),
    ("need=language", "she speaks turkish and a bit of kurdish, does anyone do turkish"),
    ("aud=older,noabuse=child_abuse,nosvc=nspcc-helpline",
     "my mums 82 with dementia and keeps saying one of the carers hurt her down there"),
    ("nosvc=southall-black-sisters", "im on a spouse visa in luton and my husband hits me, no recourse"),
    ("role=professional,need=language",
     "housing officer in islington. woman in front of me fled her husband, she only speaks turkish"),
    # From a second conversations battery of 2026-12-07.
    ("role=parent,abuse=coercive_control",
     "my daughters seeing this lad hes 19 and hes always got her phone checking who she talks to"),
    ("role=friend_family", "my eldest daughter is 22, got married last year and he hits her"),
    ("role=friend_family", "my son, hes 25, his girlfriend controls everything he does"),
    ("noabuse=forced_marriage,noaud=young_person",
     "my daughter is 22 and her cousins wedding is being planned back home"),
    ("abuse=forced_marriage", "my husbands family are planning my daughters wedding back home, shes 17"),
    ("danger=immediate",
     "my daughter is 15, she didnt come home last nite, last seen getting in a black merc"),
    ("danger=none", "my ex didnt come home last night, turns out he was at his mums"),
    ("abuse=forced_marriage",
     "my dad says were going to see family in iraq tomorrow but i heard them talking about my "
     "engagement there"),
    ("noabuse=forced_marriage", "im going to pakistan for my cousins wedding next month"),
    ("role=survivor,svc=childline", "its me actually not a friend. im 13 and my mums boyfriend hits her"),
    ("role=friend_family", "my friend says her boyfriend hits her, what can i do"),
    ("aud=older,svc=hourglass", "their partner took over the bank cards, theyre in their 70s"),
    ("need=language", "social worker in birmingham, her english isnt great shes kurdish"),
    ("aud=lgbt,noaud=man,nosvc=mens-advice-line",
     "my girlfriend hit me again last night. is there anywhere for lesbians that actually gets it"),
    ("noaud=man", "my parents keep bringing girls round from back home and im 15"),
    # Blood seen is danger; a blood test or "no bleeding" is not.
    ("danger=immediate", "he hit me and theres blood everywhere"),
    ("danger=immediate", "i'm bleeding and he's still here"),
    ("danger=none", "the doctor said to do a blood test"),
    ("danger=none", "no bleeding but my head hurts"),
    # Helpers' notes (2026-12-07): Hackney is no hacking; Turkish "her" is "every"; a young
    # person worried about someone else has Childline too.
    ("noabuse=tech_abuse", "my girlfriend hit me again last night, were in hackney"),
    ("abuse=tech_abuse", "he hacked my instagram and reads my messages"),
    ("role=survivor", "her gun kocam bana bagiriyor, her seyi kontrol ediyor"),
    ("role=friend_family", "he keeps hitting her, what do i do"),
    ("role=friend_family,svc=childline", "im 16 and my sisters husband hits her"),
    ("role=friend_family,nosvc=childline", "my sisters husband hits her, what can i do"),
    # From a third conversations battery of 2026-12-07.
    ("danger=immediate", "he says tonight he will finish this"),
    ("danger=immediate", "he locked the front door and took the charger"),
    ("danger=none", "we finished it tonight, the course is done"),
    ("abuse=fgm,svc=nspcc-fgm-helpline", "it was done to me in guinea when i was 6"),
    ("abuse=sexual_violence,svc=rape-crisis-247",
     "a guy followed me into the bathroom, i didnt fight him i just froze"),
    ("noabuse=sexual_violence", "i froze when the teacher asked me a question"),
    ("need=line_for_child,svc=childline",
     "is there sumwhere she can go to herself without me knowing, shes 15"),
    # Places outside London: no London-only service.
    ("nosvc=the-havens", "went back to his in beeston and he didnt stop when i said no, it was saturday"),
    ("svc=the-havens", "went back to his in hackney and he didnt stop when i said no, it was saturday"),
]


@pytest.mark.parametrize(("expectation", "text"), MESSAGES)
def test_battery_misses(expectation, text):
    assert holds(expectation, signpost(text)), text


def test_turkish_place_endings_are_left_off():
    from directory.signposting.text import words
    assert words("Enfield'dayız, Londra'dayım") == ["enfield", "londra"]


def test_a_place_that_is_a_word_elsewhere_needs_in_or_from():
    from directory.signposting.places import place_outside_london
    from directory.signposting.text import words
    assert place_outside_london(words("i live in kent")) == "kent"
    assert place_outside_london(words("kent b party b london, wa7ed 3azamni 3a bayto")) is None
