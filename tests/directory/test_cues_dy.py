"""Readings from the English misses of the sixth danger battery (2026-12-07, evening), each idea in
other words than the battery's and beside look-alikes: a child grabbed and driven off; taken to
the cutter now; still behind her; 'he's still here' after a rape; a belt or a stick in his hand;
everything in the cabinet swallowed; over the railing; 'don't come home tonight' and brothers who
found her chats; bridal gold and a one-way ticket; 'you'll be sorry if you ring anyone', an order
he is breaking, a man who came in and shut the door; undoing his belt; 'bloke, 38'. And danger
unsaid: the writer says it was a joke, a test or a training scenario, or that it was years ago
and he was sentenced; 'the nightmares have come back' is not him coming back."""

from .cue_checks import conversation_test, message_test

MESSAGES = [
    # A child grabbed and driven off just now.
    ("danger=immediate", "my ex has just snatched our son off the street and drove off"),
    ("danger=immediate", "his dad just grabbed the baby and ran off down the road"),
    ("danger=none", "my ex took the kids to the park this afternoon, it was his turn"),
    ("danger=none", "she just grabbed her coat and went to work"),
    # Taken to be cut now.
    ("danger=immediate", "they are taking my niece to the cutter today"),
    ("abuse=fgm", "my aunt found a cutting lady for the girls"),
    ("danger=none", "taking my son to get his hair cut today"),
    # Still behind her now.
    ("danger=immediate", "a man got off at my stop and hes right behind me"),
    ("danger=immediate", "someone is following me home now from the station"),
    ("danger=none", "my ex is still following me on instagram, can i block him"),
    # Still here after a rape or an assault just now.
    ("danger=immediate", "he raped me last night and hes still in the flat"),
    ("danger=immediate", "he hit me an hour ago and hes still downstairs"),
    ("danger=none", "he raped me years ago and hes still in my town"),
    # A belt or a stick in his hand.
    ("danger=immediate", "he is standing at the bedroom door with his belt in his hand"),
    ("danger=immediate", "my dad is coming up the stairs with a cricket bat"),
    ("danger=none", "he bought a new belt and a cricket bat for my son"),
    # An overdose told by what was taken.
    ("danger=self_harm", "swallowed the whole packet of my mums tablets"),
    ("danger=self_harm", "i took everything in the medicine cabinet"),
    # Over the railing of a bridge.
    ("danger=self_harm", "im on the wrong side of the railing on the bridge"),
    ("danger=none", "i leaned on the railing and looked at the river, it helps me think"),
    # Warned not to come home; brothers who found her chats.
    ("danger=immediate", "my sister messaged me dont come home tonight dad knows"),
    ("abuse=honour_based_abuse", "my uncles saw my messages with a boy and now they watch me"),
    ("danger=none", "mum said dont come home late tonight, its a school night"),
    ("noabuse=honour_based_abuse", "my mum read my messages with my best friend"),
    # Bridal gold packed, a one-way ticket: a forced marriage abroad about to happen.
    ("abuse=forced_marriage", "im 16 and there's a one way ticket to dhaka in my name, flying next week"),
    ("danger=immediate", "they packed my lehenga and the bridal gold, taxi to heathrow at 5am, im 17"),
    ("noabuse=forced_marriage", "bought a lehenga for my cousin's wedding, its next year"),
    # Signs of danger beside him being here now.
    ("danger=immediate", "hes here now and says ill be sorry if i call anyone"),
    ("danger=immediate", "he just turned up at my door and theres a restraining order"),
    ("danger=immediate", "my stepdad just came in my room and locked the door"),
    ("danger=none", "he said id be sorry if i left, that was last year"),
    ("danger=none", "how do i get a restraining order against my ex"),
    # Undoing his belt now.
    ("danger=immediate", "hes unbuckling his belt and telling me to be quiet"),
    ("danger=none", "i was 9 when he undid his belt and did it, im 40 now"),
    # A man who says he is one.
    ("aud=man", "male 45. my wife hits me when the kids are in bed"),
    ("svc=mens-advice-line", "bloke, 38. the wifes been smashing plates at me for months"),
    ("noaud=man", "my husband is a bloke who never listens"),
]

CONVERSATIONS = [
    # Unsaid: a joke, a test, a training scenario.
    ("danger=none", ["my husband says he will murder me",
                     "only joking, it was about the last slice of cake. testing this for our group, "
                     "which numbers should we put up?"]),
    ("danger=none", ["what if someone is being choked right now",
                     "this is a training scenario for our volunteers, nothing is happening to anyone"]),
    ("danger=immediate", ["he has a knife", "it's not a joke, he's in the kitchen right now"]),
    ("danger=immediate", ["he strangled me last night", "he said it was a joke when he did it"]),
    # Years ago, he was sentenced: over.
    ("danger=none", ["he put a knife to my throat",
                     "that was in 2016, he was sentenced to 9 years and I moved away"]),
    ("historic", ["he strangled me", "this was 2018, he got 6 years"]),
    # The nightmares have come back; he has not.
    ("danger=none", ["he tried to strangle me",
                     "it was years ago, im safe now but the flashbacks have come back"]),
    ("danger=immediate", ["he tried to strangle me", "im safe now but hes coming back tonight"]),
]


test_message = message_test(MESSAGES)

test_conversation = conversation_test(CONVERSATIONS)


WEAK_TOPICS = [
    # Someone checking or tracking a partner, who wants to stop; told they are controlling.
    ("role=perpetrator", "i keep checking her location on the app i put on her phone, i want to stop"),
    ("svc=respect-phoneline", "i go through his messages at night, its wrong, how do i stop checking"),
    ("role=survivor", "he keeps checking my phone and tracking my location"),
    # 'They will be cut like we were', beside a trip.
    ("abuse=fgm", "my aunt says the girls will be cut like we were when they go to mali in july"),
    ("svc=nspcc-fgm-helpline", "they're getting her cut like her mum when we visit sierra leone"),
    ("noabuse=fgm", "her fringe will be cut like mine for the school photo"),
    # A lecturer who will 'kill me' over a deadline; messages about her looks.
    ("danger=none", "my tutor is gonna kill me, the essay is late again"),
    ("abuse=sexual_harassment", "my manager keeps saying i look nice and asking what im wearing"),
    # 'Going to cut me' is a threat; cut off, cut open for a birth are not.
    ("danger=immediate", "my ex said hes going to cut me if i leave"),
    ("danger=none", "my family said they will cut me off if i divorce him"),
    ("danger=none", "will the doctors have to cut me open for the birth"),
    # 'Sunna' of a girl is FGM; of a boy it is not.
    ("abuse=fgm", "the nurse asked if my daughter had sunna done back home"),
    ("noabuse=fgm", "my son had his sunnah done at the clinic when he was a baby"),
    # Groped by a colleague on shift; followed and threatened now; a child gone from her room.
    ("abuse=sexual_harassment", "a colleague keeps grabbing my bum on shift"),
    ("danger=immediate", "a man is following me and saying what hes gonna do to me when he catches me"),
    ("danger=immediate", "my 14 year old isnt in her room and her bed is empty"),
]

test_weak_topic = message_test(WEAK_TOPICS)
