"""The writer's gender read from the grammar of what they say of themselves, and what it
changes: a man harmed gets the lines for men; a woman's grammar never makes her one."""
from pathlib import Path

import pytest
import yaml

from directory.signposting.writer_gender import writer_gender

from .test_signposting import holds, signpost


@pytest.mark.parametrize("gender, text", [
    ("man", "ona mówi, że jak odejdę, powie policji, że to ja biłem"),
    ("woman", "bałam się wrócić do domu"),
    ("man", "jestem bardzo zmęczony tym wszystkim"),
    ("woman", "jestem sama z dziećmi"),
    ("man", "poszedłem do pracy a ona zabrała mi klucze"),
    ("woman", "poszłam na policję"),
    ("man", "mein chahta hoon yeh sab ruk jaye"),
    ("woman", "main bahut darti hoon"),
    ("man", "میں بہت ڈرتا ہوں"),
    ("woman", "میں بہت ڈرتی ہوں"),
    ("man", "मैं थक गया हूँ"),
    ("woman", "मैं डरती हूँ"),
    ("man", "main bahut darda haan"),
    ("woman", "estoy muy cansada de todo"),
    ("man", "estou preocupado com ela"),
    ("woman", "sono stata picchiata"),
    ("woman", "sunt speriată"),
    ("man", "sunt bătut de soția mea"),
    # From a battery written by a helper who saw none of this code (2026-12-06, night).
    ("man", "moja zona mnie bije a ja nwm co robic, wstydzilem sie komus powiedziec"),
    ("woman", "chcialabym z kims porozmawiac ale boje sie ze on sie dowie"),
    ("man", "mera beta school se aa ke rota hai, main samajh nahi pa raha kya hua"),
    ("woman", "میرا شوہر مجھے روز مارتا ہے، میں بہت ڈری ہوئی ہوں"),
    ("man", "main thak gaya haan yaar, oh mainu har gall te zaleel kardi aa"),
    ("woman", "me fui de casa con los niños, estoy sola y asustada"),
    ("man", "mi esposa dice q estoy loco y que nadie me va a creer"),
    ("woman", "fui obrigada a sair de casa por ele"),
    ("woman", "sono scappata di casa stanotte con i bambini"),
    ("woman", "m-am saturat sa fiu umilita"),
    # From a second such battery, after its first reading (71% of the gendered found, 1 wrong in 56).
    ("woman", "جوزي بيضربني كل يوم وأنا تعبانة جدا مش عارفة أعمل ايه"),
    ("man", "mrati btedrabni w ana msh 3aref a3mel eh, mkasof a2ol l7ad"),
    ("woman", "maro pati mane roj mare chhe, hu bahu thaki gai chhu"),
    ("man", "mari patni mane mare chhe ane hu koine kahi shakto nathi"),
    ("woman", "હું બાળકો સાથે ઘર છોડીને આવી ગઈ છું, હવે ક્યાં જાઉં?"),
    ("man", "nu sunt sigur ce sa fac"),
    ("woman", "nie jestem pewna czy to przemoc"),
])
def test_a_gendered_form_about_the_writer_is_read(gender, text):
    assert writer_gender(text) == gender


@pytest.mark.parametrize("text", [
    "he hits me",
    "estoy aquí en casa",                       # a place after "I am", not a state
    "mam problem z Michałem przed szpitalem",   # Polish nouns ending in -łem
    "میں بھی ہوں",                              # "bhi" (also), no gender
    "hun ki karan, oh marda",                   # Punjabi "hun" (now), not "I am"
    "byłem tam, byłam tam",                     # forms that disagree say nothing
    "mi marido está cansado",                   # someone else's state
    "maz uderzyl mnie krzeslem w plecy, gdzie mam isc",       # "with a chair", not "I hit"
    "on ciagle mowi 'nic nie zrobilem' a ja mam siniaki",      # his words, quoted
    "ela diz à polícia 'fiquei assustada' mas foi ela que me agrediu",
    "no soy nada para él",                      # "nada" is no participle
    "mera beta rota hai, woh darta hai",        # someone else's verbs
    # His threat, told in his words: "won't leave you alive".
    "aaj subah bola agli baar kisi ko bataya to zinda nahi chhodunga",
    "daca as fi fost mai atenta poate nu ajungeam aici",      # Romanian "mai" (more), not Hindi "I"
    "મારો દીકરો બહુ ડરી ગયો છે",                 # "he is scared": "che", not "chhu" (I am)
    "mari ben kahe chhe 'hu thik chhu' pan ena sharir par nishan chhe",
    "أختي بتقول 'أنا كويسة' بس في علامات على وشها",
    "kocam beni dövüyor, çok korkuyorum, nereye gidebilirim",
    "ami amar girlfriend ke thappor mere felechi, nijer upor rag hocche, help chai",
    "naan en girlfriend-a adichitten, enakku romba kuttra unarchiya irukku, help venum",
    "she tells everyone 'he beat me' but it was her that attacked me last nite",
])
def test_no_gender_is_read_where_none_is_said(text):
    assert writer_gender(text) is None


@pytest.mark.parametrize("expectation, text", [
    ("aud=man,svc=mens-advice-line,nosvc=national-domestic-abuse-helpline",
     "ona mowi ze jak odejde to powie policji ze to ja bilem i nie zobacze syna"),
    ("aud=man,svc=mens-advice-line", "żona mnie bije, bałem się komuś powiedzieć"),
    ("noaud=man,svc=national-domestic-abuse-helpline", "mąż mnie bije, bałam się komuś powiedzieć"),
    # A father asking about his daughter is not himself the one harmed.
    ("noaud=man", "moja córka ma 15 lat, byłem w szkole i powiedzieli że ktoś ją nęka"),
])
def test_a_mans_grammar_reaches_the_lines_for_men(expectation, text):
    assert holds(expectation, signpost(text))


def test_wanting_to_die_and_nothing_of_abuse_gets_the_line_for_that_alone():
    """A man who says only that he wants to end his life gets 999 and Samaritans, not the
    Men's Advice Line for abuse he has not spoken of."""
    decided = signpost("sach mein thak gaya hoon, lagta hai sab ke liye behtar hai mein na rahoon")
    assert holds("danger=self_harm,svc=samaritans,nosvc=mens-advice-line", decided)
    assert decided.emergency[0] == "call_999"


def test_wanting_to_die_beside_abuse_still_gets_help_for_the_abuse():
    decided = signpost("my wife hits me every day and i just want to die")
    assert holds("danger=self_harm,svc=samaritans,svc=mens-advice-line", decided)


BATTERIES = Path(__file__).with_name("gender_batteries")
# Gendered messages read right in each battery: may only rise. Written by helpers who saw none
# of this code (2026-12-06, night); first sight: 43 of 74 (first), 55 of 77 (second).
FOUND_AT_LEAST = {"first.yaml": 70, "second.yaml": 69}


@pytest.mark.parametrize("name", sorted(FOUND_AT_LEAST))
def test_batteries_are_read_without_a_wrong_gender(name):
    """A wrong gender costs more than none (a woman offered the Men's Advice Line and not the
    line for women), so not one is allowed; the ones found may only rise."""
    messages = yaml.safe_load((BATTERIES / name).read_text("utf-8"))
    read = [(m["gender"], writer_gender(m["text"]) or "none") for m in messages]
    wrong = [m["text"] for m, (want, got) in zip(messages, read, strict=True) if got not in (want, "none")]
    assert not wrong
    assert sum(want == got != "none" for want, got in read) >= FOUND_AT_LEAST[name]
