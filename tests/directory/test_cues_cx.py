"""Forced marriage told by the one to be married, and FGM planned for a daughter by the family, in
every site language.

Every message here was written for this test, as people type."""
import pytest

from directory.signposting import understand

READ = [
    ("forced_marriage", "mis padres me quieren casar con un primo en el pueblo"),
    ("forced_marriage", "os meus pais querem que eu case com um homem que nao conheco"),
    ("forced_marriage", "rodzice chca mnie wydac za maz za kogos kogo nie znam"),
    ("forced_marriage", "parintii vor sa ma marite cu un om pe care nu-l cunosc"),
    ("forced_marriage", "ailem beni tanimadigim biriyle evlendirmek istiyor"),
    ("forced_marriage", "اهلي بدهم يجوزوني ابن عمي غصب عني"),
    ("forced_marriage", "ghar wale meri shadi zabardasti cousin se karwana chahte hain"),
    ("forced_marriage", "خانوادم میخوان منو به زور شوهر بدن"),
    ("forced_marriage", "amar baba ma jor kore amar biye dite chay"),
    ("forced_marriage", "waalidiintay waxay rabaan inay igu qasbaan guur"),
    ("forced_marriage", "malbata min dixwaze min bi zorê bizewicîne"),
    ("forced_marriage", "en appa amma ennai kattaya kalyanam panna solranga"),
    ("forced_marriage", "mara mummy papa mara lagna jabardasti karavva mange che"),
    ("forced_marriage", "ስድራይ ብግዲ ከመርዑኒ ይደልዩ"),
    ("fgm", "mi suegra quiere hacerle la ablacion a mi hija en el viaje"),
    ("fgm", "a minha sogra quer fazer o corte na minha filha"),
    ("fgm", "tesciowa chce obrzezac moja corke"),
    ("fgm", "soacra vrea sa-i faca circumcizie fetitei mele"),
    ("fgm", "kayinvalidem kizimi sunnet ettirmek istiyor"),
    ("fgm", "حماتي بدها تختن بنتي"),
    ("fgm", "meri saas meri beti ka khatna karwana chahti hai"),
    ("fgm", "مادرشوهرم میخواد دخترمو ختنه کنه"),
    ("fgm", "amar shashuri amar meyer khotna korate chay"),
    ("fgm", "soddohdey waxay rabtaa in gabadhayda la gudo"),
    ("fgm", "xesûya min dixwaze keça min sunet bike"),
    ("fgm", "ሓማተይ ንጓለይ ክትግርዛ ትደሊ"),
]


@pytest.mark.parametrize(("abuse", "message"), READ)
def test_forced_marriage_and_fgm_are_read(abuse, message):
    assert abuse in understand(message).abuse, message


def test_a_haircut_is_not_fgm():
    assert "fgm" not in understand("vou cortar o cabelo da minha filha").abuse
