"""Danger read from concepts (directory/signposting/danger.py), without the cues: what
outweighs what, on made-up sets of concepts."""
import pytest

from directory.signposting.danger import danger_for_person, read_danger
from directory.signposting.understanding import Context


def found(*concepts):
    return {c: ["(test)"] for c in concepts}


@pytest.mark.parametrize("concepts, context, danger", [
    # Sure signs, and ambiguous ones unless the words that change their meaning are there.
    (("danger.immediate",), Context(), ("immediate",)),
    (("speech.cannot_talk",), Context(), ("cannot_speak",)),
    (("speech.cannot_talk", "context.not_silenced"), Context(), ()),
    (("speech.killing_me", "context.figurative"), Context(), ()),
    # Danger said in an earlier turn stays, unless they say they are safe now, or that it is not
    # real; a risk to their own life outlives "it was a joke".
    ((), Context(danger=("immediate",)), ("immediate",)),
    (("context.safe_now",), Context(danger=("immediate",)), ()),
    (("context.safe_now", "context.back_soon"), Context(danger=("immediate",)), ("immediate",)),
    (("context.not_real",), Context(danger=("immediate", "self_harm")), ("self_harm",)),
    (("context.not_in_danger", "danger.immediate"), Context(), ()),
    (("context.not_in_danger", "danger.immediate", "context.happening_now"), Context(), ("immediate",)),
    # "Not suicidal before you ask" outweighs the word for suicide in it, and an earlier turn.
    (("danger.self_harm", "context.not_suicidal"), Context(danger=("self_harm",)), ()),
    (("danger.immediate", "context.not_suicidal"), Context(), ("immediate",)),
    # A made-up scene's now-signs are the story's: "a role play where she says 'he's outside'".
    (("context.made_up_scene", "danger.immediate", "context.happening_now"), Context(), ()),
    # In the past and safe now is not danger, unless something is happening now.
    (("danger.immediate", "context.historic", "context.safe_now"), Context(), ()),
    (("danger.self_harm", "context.historic", "context.safe_now", "context.happening_now"), Context(),
     ("self_harm",)),
])
def test_what_outweighs_what(concepts, context, danger):
    assert read_danger(found(*concepts), (), (), context).danger == danger


def test_parts_said_across_turns_make_danger_together():
    parts = ("context.wanting_out", "speech.means_at_hand")
    assert read_danger(found(), parts, (), Context()).danger == ("self_harm",)
    assert read_danger(found(), parts[1:], (), Context()).danger == ()


def test_harm_about_to_happen_is_danger_now_once_what_it_is_is_known():
    soon = Context(soon=("context.imminent",))
    assert read_danger(found(), (), ("forced_marriage",), soon) == (("immediate",), ("context.imminent",))
    assert read_danger(found(), (), ("domestic_abuse",), soon).danger == ()


def test_still_here_is_danger_after_a_rape_not_after_living_with_him():
    still_here = found("speech.still_here")
    assert read_danger(still_here, (), ("sexual_violence",), Context()).danger == ("immediate",)
    assert read_danger(still_here, (), ("domestic_abuse",), Context()).danger == ()
    assert read_danger(found("speech.still_here", "recent_assault"), (), ("domestic_abuse",),
                       Context()).danger == ("immediate",)


@pytest.mark.parametrize("danger, concepts, role, audiences, meant", [
    (("immediate",), (), "survivor", ("deaf",), ("cannot_speak", "immediate")),
    (("cannot_speak", "immediate"), (), "survivor", ("deaf",), ("cannot_speak", "immediate")),
    (("cannot_speak",), ("context.language_barrier",), "survivor", (), ()),
    (("cannot_speak",), (), "perpetrator", (), ()),
    (("cannot_speak", "immediate"), (), "perpetrator", (), ("cannot_speak", "immediate")),
    (("cannot_speak",), (), "survivor", (), ("cannot_speak",)),
    # Their own act in the past, and the one they hurt is all right; not beside a now-sign.
    (("immediate",), ("context.partner_alright",), "perpetrator", (), ()),
    (("immediate",), ("context.partner_alright", "context.tonight"), "perpetrator", (), ("immediate",)),
    (("immediate",), ("context.partner_alright",), "survivor", (), ("immediate",)),
])
def test_danger_as_it_applies_to_who_writes(danger, concepts, role, audiences, meant):
    assert danger_for_person(danger, found(*concepts), role, audiences) == meant
