"""English messages about exploitation, trafficking, FGM, forced marriage and honour: each is read
as what it is; and look-alikes (a parent collecting a child from school, a cousin's wedding, a
teenager who mentions a man) are not. The last of these had sent the Men's Advice Line to a girl
of 15.

Every message here was written for this test, as people type."""
import pytest

from directory.signposting import understand

SE, TE, FM, HB = "sexual_exploitation", "trafficking_exploitation", "forced_marriage", "honour_based_abuse"

READ = [
    (SE, "my 14 year old keeps going off with older lads in cars and comes back with new trainers"),
    (SE, "my daughter has a much older boyfriend who gives her vapes and money"),
    (SE, "theres men who give me weed and then make me do stuff with their mates"),
    (SE, "he says i owe him for the phone so i have to sleep with his friends"),
    (SE, "they make me sell sex and keep the money"),
    (SE, "im being pimped out by my boyfriend"),
    (SE, "my boyfriend makes me have sex with other men for money"),
    (SE, "a man online is asking my son for nudes and threatening to send them to everyone"),
    (SE, "someone is blackmailing me with pictures i sent, they want money"),
    (SE, "im 15 and theres a man who picks me up from school and buys me stuff"),
    (SE, "my sister is working in a massage parlour and they wont let her leave"),
    (TE, "my cousin was brought here for a job but now she cleans their house all day and they keep"
         " her passport"),
    (TE, "im working in a car wash and the boss took my id and pays me nothing"),
    (TE, "they said i owe them 20 grand for bringing me over and i have to work it off"),
    (TE, "i live above the nail bar where i work and im not allowed out"),
    (TE, "my son is being made to sell drugs for a gang in another town"),
    (TE, "county lines, my boy keeps going missing for days"),
    ("fgm", "my mother in law wants to take my girls to sudan to be cut"),
    ("fgm", "i was circumcised as a girl in somalia and now i have pain"),
    ("fgm", "they want to do sunna on my daughter"),
    ("fgm", "what is type 3 fgm"),
    (FM, "my parents are forcing me to marry my cousin in pakistan"),
    (FM, "my family has arranged for me to marry someone i've never met and i don't want to"),
    (FM, "im 16 and my dad says ill be married by the end of summer"),
    (FM, "they took my passport and said i cant come back until after the wedding"),
    (FM, "i was married off at 15 back home"),
    (HB, "my brothers are watching me because they think i have a boyfriend and it brings shame"),
    (HB, "my family will kill me if they find out im gay"),
    (HB, "they say ive dishonoured the family"),
]


@pytest.mark.parametrize(("abuse", "message"), READ)
def test_what_is_happening_is_read(abuse, message):
    assert abuse in understand(message).abuse, message


@pytest.mark.parametrize(("message", "abuse"), [
    ("my ex picks her up from school on fridays", "sexual_exploitation"),
    ("we're going to pakistan before the wedding of my cousin", "forced_marriage"),
    ("a man bought me a drink at the bar", "sexual_exploitation"),
])
def test_look_alikes_are_not_read(message, abuse):
    assert abuse not in understand(message).abuse, message


def test_a_girl_who_mentions_a_man_is_not_read_as_a_man():
    understood = understand("im 15 and theres a man who picks me up from school and buys me stuff")
    assert "man" not in understood.audiences and "young_person" in understood.audiences


@pytest.mark.parametrize("message", ["im a man and my wife hits me", "I am a 42 year old man",
                                     "im a gay guy and my bf hits me"])
def test_a_man_saying_so_is_still_read_as_a_man(message):
    assert "man" in understand(message).audiences


def test_a_partner_keeping_a_passport_is_coercive_control_too():
    assert {"coercive_control", "trafficking_exploitation"} <= set(
        understand("he keeps my passport so i cant leave him").abuse)


@pytest.mark.parametrize(("abuse", "message"), [
    (SE, "mi hija tiene 16 y tiene un novio de 24 que le compra cosas caras y la recoge del colegio"),
    (SE, "ela ja mandou fotos sem roupa pra ele, o que eu faco"),
    (SE, "gabadhayda 14 jir ah nin weyn ayaa lacag iyo telefoon siiya"),
    (TE, "fratele meu lucreaza pe un santier, nu il platesc si doarme in container"),
    (TE, "m-au dat afara pentru ca nu mai aduc bani"),
])
def test_exploitation_of_a_child_or_relative_is_read_in_other_languages(abuse, message):
    assert abuse in understand(message).abuse, message


@pytest.mark.parametrize("message", [
    "which refuge is my wife in, i need to find her",
    "biwi chali gayi bachon ko le ke, mujhe uska address chahiye",
])
def test_someone_trying_to_find_a_partner_who_left_is_asking_about_their_own_behaviour(message):
    assert understand(message).role == "perpetrator", message


def test_a_friend_looking_for_a_refuge_is_not():
    assert understand("my friend needs to find a refuge, where is one").role == "friend_family"
