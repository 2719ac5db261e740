"""Whether a message, with what the conversation already knows, tells of danger now.

Three kinds, most pressing first: the person cannot speak (silence needed now), immediate
danger, a risk to their own life. Read from the concepts the cues found (`cues.py`): the sure
signs are `danger.*` concepts themselves; what follows here are the words that are danger only
beside, or not beside, others, danger carried from earlier turns, and what outweighs it.
"""
from __future__ import annotations

from typing import NamedTuple

DANGER = ("cannot_speak", "immediate", "self_harm")

# Words that are a danger sign on their own but not beside other words, which a cue cannot
# say (cues have no negation): each is its own concept, read as the danger only when the
# words that change its meaning are absent. The sure signs stay in danger.* itself.
AMBIGUOUS_DANGER = {
    # "I can't talk" is silence needed now; "I couldn't talk to anyone about it for years",
    # "I can't talk to my mum about this" or "I can't call him, he blocked me" is not.
    "speech.cannot_talk": ("cannot_speak", "context.not_silenced"),
    # "I don't want to live" is self-harm; "I don't want to live with him anymore" is about
    # leaving him, and Samaritans first would be the wrong help.
    "speech.not_live": ("self_harm", "context.living_with"),
    # "I want to end it" is self-harm; "I want to end things with him" is leaving him, and
    # "he said he'd end it if I left" is his threat.
    "speech.end_it": ("self_harm", "context.not_own_end"),
    # "he's killing me" is danger now; "this stress is killing me" is not.
    "speech.killing_me": ("immediate", "context.figurative"),
    # "he found me" is danger now; "they've found me a husband" or "found me a flat" is not.
    "speech.found_me": ("immediate", "context.found_for_me"),
    # "I took pills" may be an overdose; "he took my sleeping pills away" is his control.
    "speech.took_pills": ("self_harm", "context.pills_taken_from_me"),
    # "I'm in danger" is danger now; "I'm not in danger right now, he's at work" is not.
    "speech.in_danger": ("immediate", "context.not_in_danger"),
    # "He's going to cut me" is danger now; "they will cut us off" or "will they have to cut me
    # open to have the baby" is not (weak-topics battery 8 of 2026-12-07).
    "speech.will_cut": ("immediate", "context.cut_not_a_threat"),
}
# Harm that is danger now when it is about to happen: a forced marriage or cutting tomorrow, on
# a named day or next week (the police can still stop it at the airport), exploitation tonight
# ("he says tonight I have to go to a man at a hotel").
HARM_ABOUT_TO_HAPPEN = ((("forced_marriage", "fgm"), "context.imminent"),
                        (("sexual_exploitation", "trafficking_exploitation"), "context.tonight"))
# The same for danger: a means at hand (her mother's sleeping pills, the balcony) beside wanting
# out ("I can't go on", "no one would care"), said in one message or across the conversation,
# is a risk to life: each part alone is not.
DANGER_ONLY_BESIDE = {"speech.means_at_hand": ("self_harm", ("context.wanting_out",)),
                      # A child gone overnight, phone off, or last seen getting into a car.
                      "speech.missing_overnight": ("immediate", (("audience.young_person", "self.young"),)),
                      # "Hes back early and hes got that look", "i told the kids stay in their
                      # room", "he still has a key": signs of danger, beside him being here now.
                      "speech.danger_signs": ("immediate", ("context.happening_now",))}
# Abuse after which "he's still here" ("... asleep in my bed", "... downstairs") is danger now.
STILL_HERE_AFTER = frozenset({"sexual_violence", "child_abuse"})
# Words saying there is no danger now, or that what was said is not real (a joke, a test, a
# training scenario, a story), and words saying something is happening now, which outweigh them.
TOLD_NOT_IN_DANGER = frozenset({"context.not_in_danger", "context.not_real", "context.made_up_scene"})
NOW_SIGNS = frozenset({"context.happening_now", "context.tonight", "context.back_soon", "context.imminent"})
# A made-up scene quoted (a role play "where the victim says 'he's outside, he's got a knife'",
# a novel, a TV drama): its now-signs are the story's, and do not outweigh it (ninth batteries
# of 2026-12-07).
MADE_UP_SCENE = "context.made_up_scene"
# Someone asking about their own behaviour who says the one they hurt is all right ("I grabbed
# her by the neck a month ago. She's alright and we're still together"): a red flag in the past.
PARTNER_ALRIGHT = "context.partner_alright"
# "I'm not suicidal" (tenth batteries of 2026-12-07).
NOT_SUICIDAL = "context.not_suicidal"


class DangerRead(NamedTuple):
    danger: tuple[str, ...]     # DANGER's levels, most pressing first
    soon: tuple[str, ...]       # HARM_ABOUT_TO_HAPPEN's `when`s said, now or earlier


def all_beside(beside: tuple[str | tuple[str, ...], ...], parts: tuple[str, ...]) -> bool:
    """Whether every part `beside` asks for was said: a part, or any one of a tuple of them."""
    return all((b in parts) if isinstance(b, str) else bool(set(b) & set(parts)) for b in beside)


def read_danger(found: dict, parts: tuple[str, ...], abuse: tuple[str, ...], context) -> DangerRead:
    """The danger in a message whose concepts are `found`, with `parts` (said now or earlier),
    what is happening (`abuse`) and the conversation's `context` (its danger and `soon`)."""
    said = {c.split(".", 1)[1] for c in found if c.startswith("danger.")}
    said |= {level for concept, (level, unless) in AMBIGUOUS_DANGER.items()
             if concept in found and unless not in found}
    said |= {level for concept, (level, beside) in DANGER_ONLY_BESIDE.items()
             if concept in parts and all_beside(beside, parts)}
    if "speech.still_here" in found and "context.historic" not in found and (
            STILL_HERE_AFTER & set(abuse) or "domestic_abuse" in abuse and "recent_assault" in found):
        # "raped last nite hes still asleep in my bed", "he hit me an hour ago and hes still
        # downstairs": the one who hurt her is there now. (Not "he hits me and he's still in the
        # house", living with him, which is not said to be now.)
        said.add("immediate")
    soon = tuple(when for _, when in HARM_ABOUT_TO_HAPPEN if when in found or when in context.soon)
    if any(set(kinds) & set(abuse) and when in soon for kinds, when in HARM_ABOUT_TO_HAPPEN):
        said.add("immediate")
    if {"context.historic", "context.safe_now"} <= set(found) and "context.happening_now" not in found:
        # "he strangled me 3 years ago, I left, I'm safe now": the red flag is in the past, and
        # so is "I tried to take my own life when I was 19, I'm doing well now". Not "I got away
        # in 2019 but he's outside right now".
        said.discard("immediate")
        said.discard("self_harm")
    # "He's gone to the shop, quick" is a moment to act, not safety: danger said before stays.
    # (Unless what comes back is the past: "the nightmares have come back".)
    back_soon = "context.back_soon" in found and "context.feelings_back" not in found
    safe = "context.safe_now" in found and not back_soon
    carried = () if safe else context.danger
    if TOLD_NOT_IN_DANGER & found.keys() and (MADE_UP_SCENE in found or not NOW_SIGNS & found.keys()):
        # The writer says there is no danger now, or that it is not real (a joke, a training
        # scenario, a story): the knife a year ago, the threat at Sunday lunch, said in this
        # message or an earlier one, is not 999 now. Not beside anything happening now ("it's
        # not an emergency but he's outside right now"). A risk to their own life stays.
        said.discard("immediate")
        said.discard("cannot_speak")
        carried = tuple(d for d in carried if d == "self_harm")
    if NOT_SUICIDAL in found:
        # "not suicidal before you ask": said plainly, it outweighs a word for suicide in it
        # (the cues of every language read "suicid*") and what an earlier turn suggested.
        said.discard("self_harm")
        carried = tuple(d for d in carried if d != "self_harm")
    return DangerRead(tuple(d for d in DANGER if d in said or d in carried), soon)


def danger_for_person(danger: tuple[str, ...], found: dict, role: str,
                      audiences: tuple[str, ...]) -> tuple[str, ...]:
    """`danger` as it applies to who is writing: silence is what a Deaf person in danger needs,
    and not what someone asks for who cannot speak English or fears being overheard while asking
    about their own behaviour; nor is 999 for someone who tells of their own act in the past and
    says the one they hurt is all right."""
    if role == "perpetrator" and PARTNER_ALRIGHT in found and not NOW_SIGNS & found.keys():
        danger = tuple(d for d in danger if d != "immediate")
    if "immediate" in danger:
        if "deaf" in audiences and "cannot_speak" not in danger:
            return ("cannot_speak", *danger)  # a Deaf person in danger needs the text routes
        return danger
    if "context.language_barrier" in found or role == "perpetrator":
        # "I can't speak English" asks for a language, not for a silent way to call 999; "I can't
        # do it over the phone with her in the next room" from someone asking about their own
        # behaviour is privacy. Their fear of hurting her now ("scared I'll hurt her tonight")
        # is still danger.
        return tuple(d for d in danger if d != "cannot_speak")
    return danger
