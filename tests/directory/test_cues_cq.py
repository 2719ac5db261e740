"""English messages for the most urgent readings (suicidal thoughts and overdose, not being able
to speak, a recent rape) and for who is asking (someone afraid of their own violence, a parent,
a friend), each checked for what it must be read as; and look-alikes that must not be.

Every message here was written for this test, as people type."""
import pytest

from .test_signposting import holds, signpost

READ = [
    ("danger=self_harm,svc=samaritans", "i cant do this anymore, i just want to go to sleep and not wake up"),
    ("danger=self_harm,svc=samaritans", "ive swallowed a whole packet of my sleeping tablets"),
    ("danger=self_harm", "been thinking about ending things since he left"),
    ("danger=self_harm", "everyone would be better off if i wasnt here"),
    ("danger=self_harm", "i cut myself again last night"),
    ("danger=self_harm", "i dont see the point in living anymore"),
    ("danger=self_harm", "i keep thinking about jumping off the bridge"),
    ("danger=self_harm", "i took an overdose an hour ago"),
    ("danger=self_harm", "i want to kill myself"),
    ("danger=self_harm", "had a bottle of vodka and a load of paracetamol"),
    ("danger=self_harm", "planning to end my life tonight"),
    ("danger=self_harm", "i have the pills lined up"),
    ("danger=self_harm", "i hurt myself so i can feel something"),
    ("danger=self_harm", "sometimes i think about just driving into a wall"),
    ("danger=self_harm", "i wrote goodbye letters to my kids"),
    ("danger=cannot_speak", "cant talk hes in the next room"),
    ("danger=cannot_speak", "he is sitting right next to me i can only text"),
    ("danger=cannot_speak", "i have to be quiet he will hear me"),
    ("danger=cannot_speak", "typing under the covers he thinks im asleep"),
    ("danger=cannot_speak", "im hiding in the toilet i cant make a call"),
    ("danger=cannot_speak", "i cant ring anyone he checks my call log"),
    ("danger=cannot_speak", "he took my phone off me, using my daughters, cant call"),
    ("recent=1,svc=the-havens", "i was raped on saturday night"),
    ("recent=1,svc=the-havens", "a guy i met on tinder forced himself on me last night"),
    ("recent=1,svc=the-havens", "woke up in a strangers flat this morning with no memory, i think something"
                                " happened"),
    ("recent=1,svc=the-havens", "he had sex with me when i was passed out drunk yesterday"),
    ("recent=1,svc=the-havens", "my boyfriend raped me two days ago should i shower"),
    ("recent=1,svc=the-havens", "i think i was spiked at a party on friday and someone did stuff to me"),
    ("recent=1,svc=the-havens", "sexually assaulted on the way home tonight"),
    ("recent=1,svc=the-havens", "he made me have sex with him this morning even though i said no"),
    ("recent=1,svc=the-havens", "got raped at a house party 3 days ago"),
    ("recent=1,svc=the-havens", "my uber driver touched me and wouldnt let me out of the car earlier"),
    ("recent=0,abuse=sexual_violence", "i was raped ten years ago and still think about it"),
    ("recent=0,abuse=sexual_violence", "when i was 19 a friend raped me"),
    ("role=perpetrator,svc=respect-phoneline", "i lose my temper and i hit my wife, i need help"),
    ("role=perpetrator", "i shoved my girlfriend last night and i hate myself"),
    ("role=perpetrator", "my partner says im controlling and i think shes right"),
    ("role=perpetrator", "i get so jealous i check her phone every night"),
    ("role=perpetrator", "i dont want to be like my dad, i scream at my wife"),
    ("role=perpetrator", "how do i stop being abusive"),
    ("role=perpetrator", "im scared ill hurt her one day"),
    ("role=perpetrator", "i smashed the tv in front of my kids during an argument"),
    ("role=parent,abuse=child_abuse", "my 13 year old daughter is talking to an older man online"),
    ("role=parent", "my son is being groomed by a gang i think"),
    ("role=parent", "my daughters boyfriend is controlling her, shes 16"),
    ("role=parent", "my daughter says her dad touched her when she stayed at his"),
    ("role=parent", "i found messages on my sons phone from a man asking for pictures"),
    ("role=friend_family", "my best mate's fella hits her and she won't leave"),
    ("role=friend_family", "i think my neighbour is being beaten, i hear her screaming"),
    ("role=friend_family", "my sister is married to a man who controls all her money"),
    ("role=friend_family", "my colleague comes to work with bruises"),
]



@pytest.mark.parametrize(("expectation", "message"), READ)
def test_urgent_and_who_is_asking_are_read(expectation, message):
    assert holds(expectation, signpost(message)), message


@pytest.mark.parametrize(("message", "not_danger"), [
    ("i bought a box of paracetamol for my headache", "self_harm"),
    ("i take my tablets every morning with breakfast", "self_harm"),
    ("my mum takes my phone under the covers at night to check it", "self_harm"),
])
def test_look_alikes_are_not_read_as_danger(message, not_danger):
    assert not_danger not in signpost(message).understanding.danger, message


def test_waking_somewhere_familiar_is_not_read_as_an_assault():
    woke = signpost("i woke up at my friends house after the party")
    assert "sexual_violence" not in woke.understanding.abuse


def test_someone_afraid_of_being_hurt_is_not_read_as_the_one_who_hurts():
    assert signpost("im scared he will hurt me tonight").understanding.role == "survivor"
