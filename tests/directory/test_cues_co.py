"""Words that look like abuse or danger but are not read as it: a court order's name, a shut
account, shame, a religious wedding, a fear of losing the flat. Each of these sent someone the
wrong line. And threats about the children or about leaving are read as coercive control.

Every message here was written for this test, as people type."""
import pytest

from directory.signposting import understand
from directory.signposting.text import words

NOT_READ = [
    ("ur", "biwi ne non molestation order le liya hai, ab kya karun", "abuse", "sexual_violence"),
    ("en", "how long does a non-molestation order last", "abuse", "sexual_violence"),
    ("tr", "annem instagramimi kapatti ve arkadaslarimi sildirdi", "danger", "immediate"),
    ("tr", "kizim polise soyleme ayip olur diyor", "abuse", "honour_based_abuse"),
    ("tr", "cok utaniyorum, utanc icindeyim, kimseye anlatamadim", "abuse", "honour_based_abuse"),
    ("so", "nikaax diimeed oo keliya ayaan leenahay, xuquuq ma leeyahay", "abuse", "forced_marriage"),
    ("so", "arooska walaashay ayaa berri ah", "abuse", "forced_marriage"),
    ("en", "if i leave im going to lose the flat, where would i go", "abuse", "coercive_control"),
    ("en", "can social services take my kids away if i tell them", "abuse", "coercive_control"),
]

READ = [
    ("en", "how do I get a non molestation order against my ex", "abuse", "domestic_abuse"),
    ("en", "he molested me on the bus", "abuse", "sexual_violence"),
    ("tr", "beni odaya kapatti, cikamiyorum", "danger", "immediate"),
    ("tr", "ailem namusumuzu kirletiyorsun diyor, abim beni takip ediyor", "abuse", "honour_based_abuse"),
    ("tr", "arkadasim 15 yasinda, yazin pakistana goturulup evlendirilecekmis", "abuse", "forced_marriage"),
    ("so", "aniga waa la i gudey markaan yaraa, hadda uur baan leeyahay", "abuse", "fgm"),
    ("so", "waxay rabaan inay gabadhayda guursiiyaan nin weyn", "abuse", "forced_marriage"),
    ("en", "his mum says if i leave they will get the baby taken off me", "abuse", "coercive_control"),
    ("en", "he keeps saying if i ever leave ill never see my son again", "abuse", "coercive_control"),
    ("en", "she said they'll take the kids away from me if i call anyone", "abuse", "coercive_control"),
]


def _read(message: str, field: str) -> tuple[str, ...]:
    return getattr(understand(message), field)


@pytest.mark.parametrize(("language", "message", "field", "code"), NOT_READ)
def test_look_alikes_are_not_read_as_abuse_or_danger(language, message, field, code):
    assert code not in _read(message, field), (language, message)


@pytest.mark.parametrize(("language", "message", "field", "code"), READ)
def test_the_real_thing_still_is(language, message, field, code):
    assert code in _read(message, field), (language, message)


def test_a_non_molestation_order_is_one_word_to_the_decision():
    assert words("a Non-Molestation order") == ["a", "nonmolestation", "order"]
    assert words("non violent") == ["non", "violent"]
