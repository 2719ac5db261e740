"""A professional who names a referral route is sent to that route's page, whatever the abuse
(MASH questions went to the MARAC page); someone harmed who names one is not."""
import pytest

from signpost_common.pages import page

from .test_signposting import signpost

ROUTES = [
    ("what is the MASH and when do I refer a family", "mash"),
    ("teacher here, when should I contact the MASH about a pupil", "mash"),
    ("social worker, can I make a Clare's Law application for my client", "clares_law"),
    ("GP here, can I share information without consent if she is high risk", "information_sharing"),
    ("how do I refer a client to an IDVA in harrow", "idva_isva"),
    ("police officer, completed a DASH with her and she scored 16", "dash"),
    ("youth worker here, worried about county lines and one of our 14 year olds", "cse_mase"),
    ("sanctuary scheme referral for a client in haringey", "sanctuary_housing"),
    ("how do I refer to MARAC", "marac"),
    ("nurse here, a patient disclosed FGM, what is my duty", "fgm_duty"),
]


@pytest.mark.parametrize(("message", "route_page"), ROUTES)
def test_a_named_route_sends_a_professional_to_its_page(message, route_page):
    decided = signpost(message)
    assert decided.understanding.role == "professional", message
    assert decided.pathway == page(route_page), message


def test_sharing_information_without_consent_is_not_read_as_sexual_violence():
    sharing = signpost("GP here, can I share information without consent")
    assert "sexual_violence" not in sharing.understanding.abuse
    assert "sexual_violence" in signpost("he had sex with me without my consent").understanding.abuse


def test_someone_harmed_who_names_a_route_gets_the_guidance_for_what_happens_to_her():
    decided = signpost("can I use clares law to check my boyfriend, he hits me")
    assert decided.understanding.role == "survivor"
    assert not decided.pathway.startswith("/professionals")
