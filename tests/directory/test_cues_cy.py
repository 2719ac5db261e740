"""Who the person is, where it changes the help (Deaf, older, LGBT+, a man, pregnant, disabled,
migrant), in the site's languages; and a woman whose girlfriend hurts her is not read as a man.

Every message here was written for this test, as people type."""
import pytest

from .test_signposting import keys, signpost

READ = [
    ("deaf", 'signhealth-da-service', "im deaf and my husband controls me, i use bsl"),
    ("deaf", None, "soy sorda y mi pareja me maltrata"),
    ("deaf", None, "sou surda e o meu marido bate-me"),
    ("deaf", None, "jestem glucha i maz mnie bije"),
    ("deaf", None, "sunt surda si sotul meu ma bate"),
    ("deaf", None, "isitme engelliyim, esim beni dovuyor"),
    ("deaf", None, "انا صماء وجوزي بيضربني"),
    ("deaf", None, "main behri hoon aur mera shohar mujhe marta hai"),
    ("older", 'hourglass', "im 79 and my grandson takes my money and shouts at me"),
    ("older", None, "tengo 78 anos y mi hijo me quita la pension"),
    ("older", None, "mam 80 lat i wnuczek zabiera mi pieniadze"),
    ("older", None, "75 yasindayim oglum bana bagiriyor ve paramı aliyor"),
    ("lgbt", 'galop-lgbt-helpline', "my girlfriend hits me, we are both women"),
    ("lgbt", None, "soy lesbiana y mi novia me pega"),
    ("lgbt", None, "sou gay e o meu namorado me bate"),
    ("lgbt", None, "jestem gejem i moj chlopak mnie bije"),
    ("lgbt", None, "sunt gay si iubitul meu ma bate"),
    ("lgbt", None, "erkek arkadasim beni dovuyor, ben de erkegim"),
    ("man", 'mens-advice-line', "my wife hits me and i dont know who to tell, im a man"),
    ("man", None, "soy hombre y mi mujer me pega"),
    ("man", None, "sou homem e a minha mulher bate-me"),
    ("man", None, "zona mnie bije, jestem facetem"),
    ("man", None, "sotia mea ma bate, sunt barbat"),
    ("man", None, "karim beni dovuyor, erkegim"),
    ("man", None, "مراتي بتضربني وانا راجل"),
    ("man", None, "meri biwi mujhe marti hai"),
    ("pregnant", None, "estoy embarazada y mi pareja me empuja"),
    ("pregnant", None, "jestem w ciazy i on mnie bije"),
    ("pregnant", None, "hamileyim ve kocam beni itiyor"),
    ("disabled", None, "im in a wheelchair and my carer takes my money"),
    ("migrant_nrpf", None, "i have no recourse to public funds and my husband says he will get me deported"),
    ("migrant_nrpf", None, "no tengo papeles y mi marido me amenaza con la policia"),
]


@pytest.mark.parametrize(("audience", "service", "message"), READ)
def test_who_the_person_is_is_read(audience, service, message):
    decided = signpost(message)
    assert audience in decided.understanding.audiences, message
    assert service is None or service in keys(decided)[:3], message


@pytest.mark.parametrize("message", ["my girlfriend hits me, we are both women",
                                     "im a lesbian and my wife controls everything"])
def test_a_woman_harmed_by_a_woman_is_not_offered_the_mens_line(message):
    decided = signpost(message)
    assert "man" not in decided.understanding.audiences and "mens-advice-line" not in keys(decided)


@pytest.mark.parametrize("message", ["im a man and my wife hits me", "i am a dad and my wife controls me"])
def test_a_man_harmed_by_his_wife_is_still_a_man(message):
    assert "man" in signpost(message).understanding.audiences


def test_a_woman_of_34_is_not_older():
    assert "older" not in signpost("im a 34 year old woman and my partner hits me").understanding.audiences
