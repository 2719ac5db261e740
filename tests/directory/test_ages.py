"""Ages read as numbers: a child's beside an adult partner's is grooming; a writer's own adult
age makes a child's age beside it someone else's."""
import pytest

from directory.signposting.ages import age_gap, own_adult_age
from directory.signposting.text import words
from tests.directory.test_signposting import holds, signpost


@pytest.mark.parametrize("text", [
    "my daughter is 14 and her boyfriend is 23",
    "im 14 my bf is 19 is that ok",
    "Mi hija tiene 16 años y tiene un novio de 24",
    "moja corka ma 15 lat a jej chlopak ma 25",
    "kizim 15 yasinda sevgilisi 24 yasinda",
    "fiica mea are 15 ani si iubitul ei are 26",
    "shes 13 and the man she talks to online is 30",
])
def test_a_childs_age_beside_an_adult_partners_is_grooming(text):
    assert age_gap(words(text))
    assert holds("abuse=sexual_exploitation,aud=young_person", signpost(text))


@pytest.mark.parametrize("text", [
    "we have been married for 18 years, our daughters are 12 and 15",
    "Jesteśmy małżeństwem od 18 lat, mamy dwie córki, 12 i 15 lat",
    "im 16 and my boyfriend is 17",
    "my son is 15 and his dad is 45",
    "my boyfriend is 25 and he hits me",
])
def test_ages_without_a_child_and_an_adult_partner_are_not_grooming(text):
    assert not age_gap(words(text))


def test_a_writers_own_adult_age_is_not_a_young_persons():
    assert own_adult_age(words("i am 35 and my son is 15, my husband hits me"))
    decided = signpost("i am 35 and my son is 15, my husband hits me")
    assert holds("svc=national-domestic-abuse-helpline,nosvc=childline", decided)
    assert "young_person" not in decided.understanding.audiences
    assert not own_adult_age(words("im 15 and my stepdad hits me"))
    assert holds("aud=young_person,svc=childline", signpost("im 15 and my stepdad hits me"))
