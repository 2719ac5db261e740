"""A few cues in languages the site is not in (French, Vietnamese, Albanian, Bulgarian): a
message in one that speaks of trafficking, rape, forced marriage or FGM reaches the line for
it, and is still treated as unread (999 first, the helpline with interpreters), since the
rest of it was not read.

Every message here was written for this test, as people type."""
import pytest

from directory.signposting.cues import concepts_and_languages

from .test_signposting import keys, signpost

READ = [
    ("fr", "le patron garde mon passeport et je ne suis pas payee depuis 3 mois", "trafficking_exploitation"),
    ("fr", "ils me forcent a me prostituer pour rembourser le voyage", "sexual_exploitation"),
    ("fr", "il m'a violee hier soir apres la fete", "sexual_violence"),
    ("fr", "ma famille veut me marier de force au pays", "forced_marriage"),
    ("fr", "ma belle-mere veut faire l'excision de ma fille pendant les vacances", "fgm"),
    ("vi", "chu tiem giu ho chieu cua em, khong tra luong, em ngu o tiem", "trafficking_exploitation"),
    ("vi", "em bi ep lam o nha trong can sa, khong cho ra ngoai", "trafficking_exploitation"),
    ("vi", "em bi hiep dam dem qua", "sexual_violence"),
    ("sq", "me kane marre pasaporten dhe nuk me paguajne", "trafficking_exploitation"),
    ("sq", "me detyrojne te prostituohem per borxhin e rruges", "sexual_exploitation"),
    ("sq", "me perdhunoi dje mbreme", "sexual_violence"),
    ("bg", "шефът взе паспорта ми и казва че му дължа пари", "trafficking_exploitation"),
    ("bg", "изнасилиха ме снощи", "sexual_violence"),
]


@pytest.mark.parametrize(("language", "message", "abuse"), READ)
def test_a_few_words_in_an_unsupported_language_reach_the_line_for_them(language, message, abuse):
    decided = signpost(message)
    assert abuse in decided.understanding.abuse, (language, message)


@pytest.mark.parametrize(("language", "message"), [
    ("fr", "le patron garde mon passeport et je ne suis pas payee depuis trois mois, je dors au travail"),
    ("sq", "me kane marre pasaporten dhe nuk me paguajne, punoj cdo dite pa pushim ne nje lavazh"),
    ("bg", "шефът взе паспорта ми, казва че му дължа пари и не ми плащат нищо"),
])
def test_trafficking_in_an_unsupported_language_gets_both_lines_and_999(language, message):
    decided = signpost(message)
    assert decided.understanding.unread_language, (language, message)
    assert "call_999" in decided.emergency
    offered = keys(decided)
    assert offered[0] == "national-domestic-abuse-helpline"
    assert "modern-slavery-helpline" in offered


@pytest.mark.parametrize("message", [
    "my daughter is a victim of child sexual exploitation",
    "he took my passport and says I owe him for the flight",
    "I think my friend was raped last night after a party",
    "he pushed me and I want to end it all",
])
def test_english_is_read_by_the_english_cues_alone(message):
    assert concepts_and_languages(message)[1] == {"en"}, message
