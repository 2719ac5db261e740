"""Readings from the English misses of the ninth batteries (2026-12-07, night), each idea in other
words than the battery's and beside look-alikes: a neck squeezed; a stalker outside her work now;
'he hit door' and things thrown at her now; still there after she crossed the road; a friend's
text saying only 'help'; cut deeper than before; a course to stop being abusive, self-referred; a
professional's question with no current risk; a child home again; kissed by force; a child gone
to meet him now; a made-up scene quoted (a role play, a novel, a TV drama); someone who hurt
their partner in the past and says she is all right. And look-alikes: 'i grabbed my keys and ran'
is not an own act, 'dont want to do it over the phone' is not wanting it over, 'its 2 girls' is
no child's age."""

from .cue_checks import conversation_test, message_test

MESSAGES = [
    # A neck squeezed: strangulation in other words.
    ("danger=immediate", "he squeezed my throat till i couldnt see properly"),
    ("danger=immediate", "my bf gripped my neck against the wall last night"),
    ("danger=none", "she squeezed my hand and told me it would be ok"),
    # A stalker or an ex outside now.
    ("danger=immediate", "my ex is outside my flat right now and wont leave"),
    ("danger=immediate", "that stalker is at the door again now"),
    ("danger=none", "a man was outside the shop yesterday asking for change"),
    # Hitting the door, things thrown at her now.
    ("danger=immediate", "he is punching the bedroom door i locked myself in"),
    ("danger=immediate", "now he is throwing glasses at me"),
    ("danger=none", "she hit her head on the cupboard door"),
    # Still there after crossing the road.
    ("danger=immediate", "i crossed over and hes still behind me"),
    ("danger=none", "i crossed the road to get a coffee"),
    # A text that says only help, then nothing.
    ("danger=immediate", "my sister messaged me sos and now her phone is off"),
    ("danger=none", "my sister texted me asking for help with her cv, she got the job"),
    # Self-harm deeper than before.
    ("danger=self_harm", "i cut way too deep this time"),
    ("danger=none", "the hairdresser cut my fringe too short"),
    # Asking for a course to stop their own abuse.
    ("role=perpetrator", "i need help to stop being violent to my wife, can i refer myself"),
    ("role=perpetrator", "where can i get help with my behaviour before i lose my family"),
    ("role=survivor", "can i self refer to the idva service, my husband hits me"),
    # A professional's general question: no current risk.
    ("danger=none",
     "social worker, general question: she was choked by her ex in 2021, no current risk, who do I call"),
    # A child gone to meet him now.
    ("danger=immediate", "my 13 year old is on her way to meet a man she met online right now"),
    ("danger=none", "my 13 year old is meeting her friends at the park"),
    # A made-up scene quoted: its now-signs are the story's.
    ("danger=none", "in the drama on itv he's outside her house with a knife, how realistic is that"),
    ("danger=none",
     "writing a role play where the caller says he's at the door now, what should the call handler say"),
    ("danger=immediate", "he has a knife and hes outside right now"),
    ("noaud=young_person", "our book club read a novel where a 15 year old is sent abroad to marry"),
    # Their own act in the past, the partner all right.
    ("danger=none", "i choked my boyfriend during a fight last month, hes ok, i want to get help for myself"),
    # Kissed or touched by force is a sexual assault; a gujarati girl ('chokri') is not choking.
    ("abuse=sexual_violence", "i told him no but he kissed me against my will at the party"),
    ("abuse=sexual_violence", "my supervisor forced himself on me in the stock room on tuesday"),
    ("danger=none", "mari chokri 15 varsh ni che, school ma koi chokro ene herán kare che"),
    # Look-alikes: not their own act, not wanting it over, no child's age.
    ("norole=perpetrator", "my husband started on me so i grabbed my bag and left, im at a friends"),
    ("danger=none", "i want to talk to someone face to face, dont want to do it over the phone"),
    ("noaud=young_person", "my friend is with a woman who is horrible to her, its 2 girls so no one cares"),
    ("aud=young_person", "one of my pupils (13) has an older boyfriend who picks her up from school"),
]

CONVERSATIONS = [
    # The neck squeezed first, then he is home now.
    ("danger=immediate", ["my husband squeezed ur neck kind of thing last night and i went dizzy",
                          "hes back home now acting like nothing happened"]),
    # A daughter gone to meet him, then home again.
    ("danger=none", ["my daughter is 14, the man grooming her online sends her money and shes gone to meet "
                     "him right now", "police found her, shes home now and asleep"]),
]

test_message = message_test(MESSAGES)
test_conversation = conversation_test(CONVERSATIONS)
