"""Who is asking: the person harmed, a friend or relative, a parent, a professional, or someone
worried about their own behaviour, from the concepts a message's cues read and what earlier
turns of the conversation established."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .understanding import Context

ROLES = ("survivor", "friend_family", "parent", "professional", "perpetrator")

# What says a child is the one harmed, whoever else is spoken of.
CHILD_HARMED = {"abuse.child_abuse", "abuse.sexual_exploitation", "abuse.fgm"}
CHILD_AT_RISK = CHILD_HARMED | {"abuse.trafficking_exploitation", "abuse.forced_marriage",
                                "abuse.honour_based_abuse"}
# Words showing that "my kids" is not a parent asking about a harmed child, unless any of the
# concepts beside them is read too: an adult telling of their own childhood ("abused by my uncle
# as a kid"), or speaking of their own children as a parent in the case ("will they take my
# kids off me?", "I just want to see my children").
NOT_A_PARENT_ASKING = {"context.own_childhood": frozenset(), "context.custody": CHILD_HARMED}


def who_is_asking(found: dict, context: Context, hints: tuple[str, ...]) -> str:
    """The role of the writer. `hints` are codes the assistant's classifier is sure of."""
    said = {c.split(".", 1)[1] for c in found if c.startswith("role.")} | {h for h in hints if h in ROLES}
    if "self.harmed_by_partner" in found or "self.actually_me" in found:
        # Also "asking for a friend ... its me actually": the friend was the writer.
        # "I'm a nurse and my husband hits me": her job does not make her ask as a professional.
        return "survivor"
    if "professional" in said:
        return "professional"
    if context.role in ("parent", "friend_family") and not said and not (
            {"self.harming", "self.harmed_by_partner"} & set(found)):
        # A later turn of a parent's or a friend's conversation ("he said if he stops they'll
        # hurt me") is still theirs: being afraid or threatened too does not make it about them.
        return context.role
    young = "self.young" in found or (not context.role and "young_person" in context.audiences)
    own_partner_harmed = "perpetrator" in said and bool(
        {"person.female_partner", "person.male_partner"} & found.keys())
    if young and "person.own_parent" in found and not own_partner_harmed:
        # A child who says their age and tells of their own mum or dad ("my dad hits my mum
        # every night, I'm 11"; "I punched my wall, I can't do anything") is living it, not
        # asking for someone else, nor the one doing harm. Unless they tell what they did to their
        # own girlfriend or boyfriend ("im 16 and i pushed my gf into a wall ... my dads like that
        # with my mum").
        return "survivor"
    # Someone who says it is done to them is not read as the one doing it ("I couldn't push
    # him away" is not "I pushed him").
    if "self.harmed" in found:
        return "survivor"
    if "self.writer" in found:
        # "Can I self refer", "it's for me": asking for themself, not for a friend or a child;
        # the one harmed unless their words say they are the one doing it ("a course for me to
        # stop being abusive, self refer").
        return "perpetrator" if "perpetrator" in said or "self.harming" in found else "survivor"
    # Words that can only be the one doing it ("I'm scared I'll hurt her tonight", "tengo miedo
    # de pegarle") outrank the "I'm scared" in them (self.afraid), read alone as fear of someone.
    if "self.harming" in found:
        return "perpetrator"
    if "self.afraid" in found and not ("parent" in said and (
            CHILD_AT_RISK & set(found) or "audience.young_person" in found)):
        # "I'm terrified" beside a child's age or a child at risk is a parent's fear for the
        # child ("my son is 14 ... I think he's being made to sell drugs, I'm terrified").
        return "survivor"
    if "perpetrator" in said:
        return "perpetrator"
    if "topic.professional" in found and not {"friend_family", "parent"} & said:
        # A route's name alone makes a professional, but not of a parent ("my son's school
        # safeguarding lead rang me").
        return "professional"
    if any(concept in found and not unless & set(found) for concept, unless in NOT_A_PARENT_ASKING.items()):
        said.discard("parent")
    if "parent" in said and "audience.older" in found and "abuse.economic_abuse" in found:
        # "My son takes my pension": an older person harmed by a grown child, not a parent
        # asking about a child at risk.
        return "survivor"
    for role in ("parent", "friend_family"):
        if role in said:
            return role
    if not said and not context.role and "person.child_spoken_of" in found \
            and "context.own_childhood" not in found:
        # "its gone 1am and she still isnt back ... she's 15": an adult asking about a child; not
        # an adult telling of their own childhood ("from when i was 8 ... my son just turned 8").
        return "parent"
    if not said and not context.role and "context.only_someone_else" in found \
            and not any(c.startswith("self.") for c in found):
        # "can they test her for whatever was in her drink", "he keeps hitting her, what do i
        # do": harm told only of someone else, nothing of the writer's own.
        return "friend_family"
    return context.role or "survivor"
