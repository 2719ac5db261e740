"""What one message, with what the conversation already knows, tells us about the person.

Only codes come out of here ("professional", "fgm", "haringey"): never the words typed, so
a channel can keep the understanding across turns without keeping what was said.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..postcodes import district_boroughs, find_district
from .ages import age_gap, own_adult_age
from .cues import concepts_in_words
from .jobs import opens_with_job
from .language import CONFIDENT, SUPPORTED, identify
from .text import words

ROLES = ("survivor", "friend_family", "parent", "professional", "perpetrator")
DANGER = ("cannot_speak", "immediate", "self_harm")
URGENCIES = (*DANGER, "recent_assault", "none")
# The most specific abuse type leads: a forced marriage is often domestic abuse too, but the
# Forced Marriage Unit is the first line for it.
ABUSE_PRIORITY = ("fgm", "forced_marriage", "honour_based_abuse", "trafficking_exploitation",
                  "sexual_exploitation", "child_abuse", "sexual_violence", "stalking",
                  "domestic_abuse", "coercive_control", "sexual_harassment", "tech_abuse",
                  "economic_abuse")
UNDETERMINED = "und"  # ISO 639-2: a language that cannot be told
UNCERTAIN_MIN_WORDS = 4  # fewer words than this ("ok", "thank you") are not a disclosure
AUDIENCES = ("deaf", "disabled", "older", "man", "lgbt", "young_person", "pregnant", "migrant_nrpf")
NEEDS = ("safe_place", "legal_immigration", "medical", "report_police", "evidence", "what_to_say",
         "language", "line_for_child")


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
}


@dataclass(frozen=True)
class Context:
    """What earlier turns established (codes only). Every field may be empty."""
    role: str | None = None
    abuse: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    area: str | None = None            # a borough code or a postcode district
    recent_assault: bool = False
    abroad: bool = False
    historic: bool = False
    # A recent time was said ("on Friday", "last night") before what happened was: a later turn
    # that tells of a sexual assault makes it a recent one.
    recent: bool = False
    # Danger said in an earlier turn stays until they say they are safe: a follow-up ("I'm in
    # Tottenham") still gets 999 first.
    danger: tuple[str, ...] = ()
    # Nude or intimate images are part of it (sextortion, images shared or threatened).
    images: bool = False


@dataclass(frozen=True)
class Understanding:
    role: str
    abuse: tuple[str, ...]              # most specific first
    danger: tuple[str, ...]             # cannot_speak / immediate / self_harm signals
    recent_assault: bool
    audiences: tuple[str, ...]
    needs: tuple[str, ...]
    boroughs: tuple[str, ...]
    district: str | None
    abroad: bool = False
    historic: bool = False
    recent: bool = False                # a recent time was said, in this turn or an earlier one
    images: bool = False                # nude or intimate images are part of it, now or earlier
    # Written in a language we do not read (identified with confidence), and nothing in it
    # was understood: the person may be in danger, and we cannot tell.
    unread_language: str | None = None
    evidence: dict[str, list[str]] = field(default_factory=dict, compare=False)

    @property
    def urgency(self) -> str:
        for level in DANGER:
            if level in self.danger:
                return level
        return "recent_assault" if self.recent_assault else "none"

    @property
    def in_danger(self) -> bool:
        return bool(self.danger)

    @property
    def area(self) -> str | None:
        return self.district or (self.boroughs[0] if self.boroughs else None)

    def as_context(self) -> Context:
        """What the next turn should remember of this one."""
        return Context(role=self.role if self.role != "survivor" else None, abuse=self.abuse,
                       audiences=self.audiences, needs=self.needs, area=self.area,
                       recent_assault=self.recent_assault, abroad=self.abroad, historic=self.historic,
                       recent=self.recent and not self.historic, danger=self.danger, images=self.images)


def place_table(names: dict[str, str]) -> dict[str, str]:
    """Place names (as written in the taxonomy) to borough codes, folded for matching."""
    return {" ".join(words(name)): code for name, code in names.items() if words(name)}


def understand(text: str, context: Context | None = None, places: dict[str, str] | None = None,
               hints: tuple[str, ...] = ()) -> Understanding:
    """Read `text` with what `context` already knows. `places` comes from `place_table`;
    `hints` are codes another reader (the assistant's classifier) is sure of."""
    context = context or Context()
    tokens = words(text)
    found, read_in = concepts_in_words(tokens)
    if opens_with_job(text) and "context.personal" not in found:
        found.setdefault("role.professional", []).append("(a job title opens the message)")
    if own_adult_age(tokens):
        # A child's age beside it is someone else's ("I'm 35 and my son is 15").
        found.pop("audience.young_person", None)
    elif age_gap(tokens):
        found.setdefault("abuse.sexual_exploitation", []).append("(a child's age and an adult partner's)")
        found.setdefault("audience.young_person", []).append("(a child's age)")
    district = find_district(text)
    boroughs = tuple(district_boroughs()[district]) if district else _places(tokens, places or {})
    # Words read only by the few cues we keep for languages the site is not in leave the
    # message unread: it gets the interpreted line and 999 too, beside what was read.
    unread = None if read_in.intersection(SUPPORTED) or boroughs else unread_language(
        text, nothing_read=not found and len(tokens) >= UNCERTAIN_MIN_WORDS)
    if unread:
        # The assistant's classifier was trained on our languages: in another, its guesses
        # ("a man", "goodbye") are noise.
        hints = ()
    read = {c.split(".", 1)[1] for c in found if c.startswith("abuse.")}
    if {"speech.get_her_done", "context.trip"} <= set(found):
        read.add("fgm")  # "they're taking her to Somalia this summer to get her done"
    if read == {"tech_abuse"} and "context.tech_everyday" in found and _only_bare_words(
            found["abuse.tech_abuse"]):
        # An app or a device named for an everyday use, with nothing done to anyone ("how do I
        # track my lost phone with Find My", "a camera to check on my dog"), is not tech abuse.
        read = set()
    # The classifier's guess at what is happening fills in only where nothing is known: not
    # beside what the words say ("he beat me last night" is not also a rape), and not over
    # the conversation's topic on a follow-up ("can they actually do that?").
    of = read or (_hinted(hints, ABUSE_PRIORITY) if not context.abuse else set())
    abuse = tuple(a for a in ABUSE_PRIORITY if a in of) or context.abuse
    if not abuse and {"abuse.any", "role.perpetrator", "self.harming"} & set(found):
        # Someone asking about their own behaviour ("I need help with my anger before I hurt
        # her") asks about domestic abuse unless they name something more specific.
        abuse = ("domestic_abuse",)
    said = {c.split(".", 1)[1] for c in found if c.startswith("danger.")}
    said |= {level for concept, (level, unless) in AMBIGUOUS_DANGER.items()
             if concept in found and unless not in found}
    if {"forced_marriage", "fgm"} & set(abuse) and "context.imminent" in found:
        # Being taken abroad, married or cut tomorrow or tonight: the police can still stop it
        # at the airport, so it is danger now, not only the Forced Marriage Unit's case.
        said.add("immediate")
    if {"context.historic", "context.safe_now"} <= set(found):
        # "he strangled me 3 years ago, I left, I'm safe now": the red flag is in the past.
        said.discard("immediate")
    carried = () if "context.safe_now" in found else context.danger
    danger = tuple(d for d in DANGER if d in said or d in carried)
    # The classifier's guess that someone asks about their own behaviour is never enough to
    # send them to a perpetrator line: it sent Respect to a girl asking where she could live
    # at 18, and to people in danger ("I want it to stop"). Their own words still are.
    hints = tuple(h for h in hints if h != "perpetrator")
    if "context.language_barrier" in found and "immediate" not in danger:
        # "I can't speak English" asks for a language, not for a silent way to call 999.
        danger = tuple(d for d in danger if d != "cannot_speak")
    if "immediate" in danger and "deaf" in audiences_said(found, context, hints):
        danger = ("cannot_speak", *danger)  # a Deaf person in danger needs the text routes
    historic = "context.historic" in found or context.historic
    said_recent = "recent_assault" in found or context.recent
    recent = (said_recent and not historic and
              bool({"sexual_violence", "sexual_exploitation"} & set(abuse))) or context.recent_assault
    audiences = audiences_said(found, context, hints)
    role = _role(found, context, hints)
    if "person.grandparent" in found and role == "survivor" and "older" not in audiences:
        audiences = tuple(a for a in AUDIENCES if a in audiences or a == "older")
    needs = tuple(n for n in NEEDS if f"need.{n}" in found or n in context.needs)
    if "context.no_police" in found:
        # "I don't want to go to the police": the police line is not what they asked for.
        needs = tuple(n for n in needs if n != "report_police")
    if not district and not boroughs and context.area:
        district = find_district(context.area)
        boroughs = tuple(district_boroughs()[district]) if district else (context.area,)
    return Understanding(
        role=role, abuse=abuse, danger=danger, recent_assault=recent,
        audiences=audiences, needs=needs, boroughs=boroughs, district=district,
        abroad="context.abroad" in found or context.abroad, historic=historic, recent=said_recent,
        images="context.intimate_images" in found or context.images,
        unread_language=unread, evidence=found)



def unread_language(text: str, nothing_read: bool = False) -> str | None:
    """The code of the language `text` is in when it is one we do not support; else None.
    Asked only when the cues of the site's languages read nothing: a message they read is not
    unread, whatever the detector says (it takes some romanised Tamil or Urdu for Swahili or
    Dutch). When no cue read any word of a sentence (`nothing_read`) and its language cannot be
    told ("einai exw apo tin porta kai fwnazei oti tha me skotwsei"; Latvian typed without its
    accents), it is UNDETERMINED: it may say danger, so it is answered as a language we know we
    cannot read, with 999 and the interpreted line."""
    identified = identify(text)
    if identified.code is None or identified.confidence < CONFIDENT:
        return UNDETERMINED if nothing_read else None
    return None if identified.code in SUPPORTED else identified.code


def audiences_said(found: dict, context: Context, hints: tuple[str, ...]) -> tuple[str, ...]:
    said = {c.split(".", 1)[1] for c in found if c.startswith("audience.")}
    if "person.woman" in found:
        # The classifier's guess that a man is writing gives way to words saying a woman is
        # the one harmed ("help for a woman whose man beat her"), and so does "my girlfriend
        # hits me" when she says they are both women.
        hints = tuple(h for h in hints if h != "man")
        said.discard("man")
    return tuple(a for a in AUDIENCES if a in said or a in context.audiences or a in hints)


def _hinted(hints: tuple[str, ...], allowed: tuple[str, ...]) -> set[str]:
    return {h for h in hints if h in allowed}


# What says a child is the one harmed, whoever else is spoken of.
CHILD_HARMED = {"abuse.child_abuse", "abuse.sexual_exploitation", "abuse.fgm"}
CHILD_AT_RISK = CHILD_HARMED | {"abuse.trafficking_exploitation", "abuse.forced_marriage",
                                "abuse.honour_based_abuse"}
# Words showing that "my kids" is not a parent asking about a harmed child, unless any of the
# concepts beside them is read too: an adult telling of their own childhood ("abused by my uncle
# as a kid"), or speaking of their own children as a parent in the case ("will they take my
# kids off me?", "I just want to see my children").
NOT_A_PARENT_ASKING = {"context.own_childhood": frozenset(), "context.custody": CHILD_HARMED}


def _only_bare_words(cues: list[str]) -> bool:
    """Whether every cue read is a single step: a word or two standing alone, not a phrase."""
    return all(" ... " not in cue for cue in cues)


def _role(found: dict, context: Context, hints: tuple[str, ...]) -> str:
    said = {c.split(".", 1)[1] for c in found if c.startswith("role.")} | _hinted(hints, ROLES)
    if "self.harmed_by_partner" in found:
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
    if young and "person.own_parent" in found:
        # A child who says their age and tells of their own mum or dad ("my dad hits my mum
        # every night, I'm 11"; "I punched my wall, I can't do anything") is living it, not
        # asking for someone else, nor the one doing harm.
        return "survivor"
    # Someone who says it is done to them is not read as the one doing it ("I couldn't push
    # him away" is not "I pushed him").
    if "self.harmed" in found:
        return "survivor"
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
    return context.role or "survivor"


# Endings that other languages put on a place name ("w Harrowie", "v Tottenhamu",
# "Wealdstone'da"): only these, so "harrowing" or "Angela" is not a place.
PLACE_ENDINGS = ("ului", "dan", "den", "tan", "ten", "ie", "em", "da", "de", "ta", "te", "ya", "ye",
                 "ul", "u", "e")


def _places(tokens: list[str], places: dict[str, str]) -> tuple[str, ...]:
    folded = " " + " ".join(tokens) + " "
    found: list[str] = []
    for place in sorted(places, key=len, reverse=True):
        code = places[place]
        if f" {place} " in folded and code not in found:
            found.append(code)
            folded = folded.replace(f" {place} ", " ")
    for token in folded.split():
        stem = _latin_stem(token, places) if token.isascii() else _joined_stem(token, places)
        if stem and places[stem] not in found:
            found.append(places[stem])
    return tuple(found)


def _latin_stem(token: str, places: dict[str, str]) -> str | None:
    for ending in PLACE_ENDINGS:
        stem = token[:-len(ending)]
        if token.endswith(ending) and len(stem) >= 5 and stem in places:
            return stem
    return None


# Outside Latin script, case endings and particles are written joined to the name: Bengali
# "হ্যারোতে", Gujarati "હેરોમાં", Tamil "ஹாரோவில்", Russian "в Тоттенхэме", Ukrainian "у Кройдоні",
# Sorani "هارۆدا"; Arabic "بتوتنهام" and Amharic "በቶተንሃም" join a preposition before it. A
# place of at least four letters with up to four letters after it, or one or two before it.
MOST_JOINED_AFTER = 4
MOST_JOINED_BEFORE = 2
SHORTEST_JOINED_PLACE = 4


def _joined_stem(token: str, places: dict[str, str]) -> str | None:
    for before in range(MOST_JOINED_BEFORE + 1):
        for after in range(MOST_JOINED_AFTER + 1):
            if not before and not after:
                continue
            stem = token[before:len(token) - after]
            if len(stem) >= SHORTEST_JOINED_PLACE and stem in places:
                return stem
    return None

