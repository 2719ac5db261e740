"""Who is asking, in the site's languages: someone who has hurt their partner and wants to change,
a sister or friend telling of another's abuse, a young person giving their age.

Every message here was written for this test, as people type."""
import pytest

from directory.signposting import understand

READ = [
    ("role", "perpetrator", "le pegue a mi mujer y me arrepiento, necesito ayuda para controlar mi ira"),
    ("role", "perpetrator", "bati na minha mulher ontem e tenho vergonha, preciso de ajuda"),
    ("role", "perpetrator", "uderzylem zone i boje sie ze to sie powtorzy"),
    ("role", "perpetrator", "am lovit-o pe sotia mea si vreau sa ma schimb"),
    ("role", "perpetrator", "karimi dovdum, ofkemi kontrol edemiyorum"),
    ("role", "perpetrator", "ضربت مرتي وانا ندمان، بدي مساعدة"),
    ("role", "perpetrator", "maine apni biwi par haath uthaya, mujhe gussa control karna hai"),
    ("role", "perpetrator", "man zanamo zadam va pashimoonam"),
    ("role", "perpetrator", "ami amar bou ke marechi, ami bodlate chai"),
    ("role", "friend_family", "mi hermana tiene un novio que la controla y le pega"),
    ("role", "friend_family", "a minha amiga apanha do marido e nao quer sair"),
    ("role", "friend_family", "moja siostra jest bita przez meza"),
    ("role", "friend_family", "sora mea e batuta de sot"),
    ("role", "friend_family", "kiz kardesimi kocasi dovuyor"),
    ("role", "friend_family", "اختي جوزها بيضربها"),
    ("role", "friend_family", "meri behen ko uska shohar marta hai"),
    ("role", "friend_family", "khaharam ro shoharash kotak mizane"),
    ("role", "friend_family", "amar bon ke tar jamai mare"),
    ("role", "friend_family", "walaashay ninkeeda ayaa garaaca"),
    ("aud", "young_person", "tengo 15 anos y mi padrastro me pega"),
    ("aud", "young_person", "tenho 14 anos e o meu padrasto bate em mim"),
    ("aud", "young_person", "mam 15 lat i ojczym mnie bije"),
    ("aud", "young_person", "am 15 ani si tatal meu vitreg ma bate"),
    ("aud", "young_person", "15 yasindayim ve uvey babam beni dovuyor"),
    ("aud", "young_person", "عمري 15 وزوج امي بيضربني"),
    ("aud", "young_person", "meri umar 15 saal hai aur mera sautela baap mujhe marta hai"),
    ("aud", "young_person", "ami 15 bochor, amar sotbap amake mare"),
]


@pytest.mark.parametrize(("field", "code", "message"), READ)
def test_who_is_asking_is_read(field, code, message):
    understood = understand(message)
    assert (understood.role == code) if field == "role" else (code in understood.audiences), message


def test_a_man_whose_wife_hits_him_is_not_read_as_the_one_who_hits():
    assert understand("amar bou amake mare").role == "survivor"
