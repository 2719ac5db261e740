"""A parent telling what was done to their child (touched by an uncle or a stepfather, staying out
with older men, to be cut by the family, married off) is read as a parent, with what is happening,
in every site language; it was read as a parent with nothing happening.

Every message here was written for this test, as people type."""
import pytest

from directory.signposting import understand

READ = [
    ('child_abuse', "my daughter told me her uncle touched her"),
    ('sexual_exploitation', "my 15 year old is staying out all night with older men"),
    (None, "my son's dad hits him when he visits, what can i do"),
    (None, "i think my teenage daughter is in an abusive relationship"),
    ('fgm', "my husbands family want to cut our daughter"),
    ('forced_marriage', "my husband is planning to marry our 16 year old daughter to his nephew"),
    (None, "how do i talk to my son about what he saw at home"),
    ('child_abuse', "mi hija me dijo que su padrastro la toca"),
    (None, "mi hijo de 14 anos se va con unos hombres mayores y vuelve con dinero"),
    ('child_abuse', "a minha filha disse que o tio mexeu nela"),
    (None, "o meu filho esta a ser aliciado por um homem na internet"),
    ('child_abuse', "moja corka powiedziala ze wujek ja dotykal"),
    (None, "moj syn ma 15 lat i starsi mezczyzni daja mu pieniadze"),
    ('child_abuse', "fiica mea mi-a spus ca unchiul ei a atins-o"),
    ('child_abuse', "kizim amcasinin ona dokundugunu soyledi"),
    ('child_abuse', "بنتي قالتلي انه عمها لمسها"),
    ('child_abuse', "meri beti ne bataya ke uske chacha ne usay chhua"),
    ('child_abuse', "dokhtaram gofte amoosh behesh dast zade"),
    ('child_abuse', "amar meye bollo tar chacha take chuyeche"),
    ('child_abuse', "gabadhayda waxay ii sheegtay in adeerkeed uu taabtay"),
]


@pytest.mark.parametrize(("abuse", "message"), READ)
def test_a_parent_telling_what_was_done_to_their_child_is_read(abuse, message):
    understood = understand(message)
    assert understood.role == "parent", message
    assert abuse is None or abuse in understood.abuse, message


@pytest.mark.parametrize(("message", "abuse"), [
    ("my mum is going to cut my daughters fringe", "fgm"),
    ("my daughter cut her hair short", "fgm"),
    ("la profesora le toco una cancion en el piano", "child_abuse"),
])
def test_look_alikes_are_not_read(message, abuse):
    assert abuse not in understand(message).abuse, message
