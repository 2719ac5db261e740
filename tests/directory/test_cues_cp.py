"""An older person whose grown child takes her pension is the one harmed (an older person,
with Hourglass), not a parent asking about a child; virginity tests are honour-based abuse;
and a few first-person disclosures that were missed (Arabic FGM, European Portuguese marital
rape, Kurdish fear of one's own family, Iraqi Arabizi forced marriage, romanised Tamil hitting).

Every message here was written for this test, as people type."""
import pytest

from directory.signposting import understand

from .test_signposting import keys, signpost

OLDER_HARMED_BY_A_GROWN_CHILD = [
    ("en", "im 81 and my son keeps taking my pension, I have nothing left for food"),
    ("pt", "o meu filho ficou com o meu cartao e levanta a minha reforma todos os meses"),
    ("pt", "sou aposentada e a minha filha tira o dinheiro da minha pensao"),
    ("ro", "fiul meu imi ia pensia si nu am bani de medicamente"),
    ("pl", "syn zabiera mi emeryture co miesiac i krzyczy na mnie"),
    ("tr", "oglum emekli maasimi aliyor, ilac alacak param yok"),
    ("gu", "mara dikra maru pension lai le che"),
]


@pytest.mark.parametrize(("language", "message"), OLDER_HARMED_BY_A_GROWN_CHILD)
def test_an_older_person_whose_child_takes_her_money_is_the_one_harmed(language, message):
    decided = signpost(message)
    assert decided.understanding.role == "survivor", (language, message)
    assert "older" in decided.understanding.audiences, (language, message)
    assert "hourglass" in keys(decided), (language, message)


def test_a_parent_worried_about_a_grown_childs_own_relationship_is_still_a_parent():
    assert understand("my son takes money from his girlfriend and i am worried").role == "parent"


@pytest.mark.parametrize(("language", "message", "abuse"), [
    ("tr", "kizlik kontrolu yaptirmak istiyorlar doktora goturup, bu yasal mi", "honour_based_abuse"),
    ("en", "my mum wants to take me for a virginity test before the wedding", "honour_based_abuse"),
    ("es", "mi familia quiere hacerme una prueba de virginidad", "honour_based_abuse"),
    ("ar", "انا مختونة من وانا صغيرة، هل في عيادة للنساء مثلي؟", "fgm"),
    ("ar", "حماتي تقول انهم بيختنوها في الصيف", "fgm"),
    ("pt", "o meu marido obriga-me a fazer coisas na cama que eu nao quero", "sexual_violence"),
    ("ku", "ez ji malbata xwe ditirsim, ew dibêjin min şermezar kir", "honour_based_abuse"),
    ("ar", "abooya gal lazim atzawaj ibn 3ammi ba3d il imti7anat", "forced_marriage"),
    ("ar", "ra7 ya5thooni il iraq bil 3utla w ana 5ayfa ma arja3", "forced_marriage"),
    ("ta", "avan adikkaradha yaarkittayum solla mudiyala", "domestic_abuse"),
])
def test_disclosures_that_were_missed_are_read(language, message, abuse):
    assert abuse in understand(message).abuse, (language, message)


@pytest.mark.parametrize(("language", "message"), [
    ("en", "my mum's new boyfriend keeps coming into my room at night"),
    ("pl", "mama mowi ze jej nowy partner jest ok ale on wchodzi do mojego pokoju w nocy"),
    ("es", "el novio de mi mama entra en mi cuarto por la noche cuando ella duerme"),
    ("pt", "o namorado da minha mae entra no meu quarto de noite"),
    ("ro", "iubitul mamei intra in camera mea noaptea cand ea doarme"),
])
def test_a_child_whose_mothers_partner_comes_to_her_room_at_night(language, message):
    understood = understand(message)
    assert understood.role == "survivor", (language, message)
    assert "child_abuse" in understood.abuse and "young_person" in understood.audiences, (language, message)


def test_a_pet_in_the_room_is_not_abuse():
    assert not understand("my cat comes into my room at night").abuse
