"""What one message, with what the conversation already knows, tells us about the person.

Only codes come out of here ("professional", "fgm", "haringey"): never the words typed, so
a channel can keep the understanding across turns without keeping what was said.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..postcodes import district_boroughs, find_district
from .ages import age_gap, child_age, child_spoken_of, grown_child_age, own_adult_age, own_measure
from .cues import concepts_in_words
from .danger import DANGER, DANGER_ONLY_BESIDE, all_beside, danger_for_person, read_danger
from .jobs import opens_with_job
from .language import CONFIDENT, SUPPORTED, identify
from .own_acts import tells_own_act
from .places import is_uk_place, place_outside_london, places_named
from .roles import who_is_asking
from .text import words
from .writer_gender import writer_gender

URGENCIES = (*DANGER, "recent_assault", "none")
# The most specific abuse type leads: a forced marriage is often domestic abuse too, but the
# Forced Marriage Unit is the first line for it.
ABUSE_PRIORITY = ("fgm", "forced_marriage", "honour_based_abuse", "trafficking_exploitation",
                  "sexual_exploitation", "child_abuse", "sexual_violence", "stalking",
                  "domestic_abuse", "coercive_control", "sexual_harassment", "tech_abuse",
                  "economic_abuse")
UNDETERMINED = "und"  # ISO 639-2: a language that cannot be told
GRAMMAR_OF_A_WOMAN = "(a woman's form of"  # evidence of self.woman read from grammar
UNCERTAIN_MIN_WORDS = 4  # fewer words than this ("ok", "thank you") are not a disclosure
AUDIENCES = ("deaf", "disabled", "older", "man", "lgbt", "young_person", "pregnant", "migrant_nrpf")
NEEDS = ("safe_place", "legal_immigration", "medical", "report_police", "evidence", "what_to_say",
         "language", "line_for_child")


# The same for what is happening: a device, an app or an account named ("a tracker", "Find
# My", "the cameras") is tech abuse, but not beside an everyday use of it ("how do I track my
# lost phone with Find My", "a camera to check on my dog"); what was done with it ("he put a
# tracker on my car") is abuse.tech_abuse itself.
AMBIGUOUS_ABUSE = {
    "speech.tech_device": ("tech_abuse", "context.tech_everyday"),
    # "Khatna", "sünnet", "tahara": circumcision of a boy, or washing after a period, said
    # with the same word as cutting a girl.
    "speech.circumcision": ("fgm", "context.not_cutting_a_girl"),
    # A partner named is domestic abuse ("my husband", "my ex"), but not beside abuse in a
    # childhood ("never told anyone, not even my wife" of a teacher in the 1980s).
    "speech.partner_word": ("domestic_abuse", "context.own_childhood"),
}
# The same for who is harmed: "my dad hits" or "my husband controls everything" is the
# writer's harm; "my dad hits my mum" (a grown child who has moved out) or "my brother's
# girlfriend controls everything he does" is someone else's, asked about by family.
AMBIGUOUS_SELF = {"speech.family_harms": ("self.harmed", "context.harm_to_other")}
# Words saying the writer is the one harmed: the children they mention are not the ones asked about.
CHILD_OF_A_SURVIVOR = {"self.harmed", "self.harmed_by_partner"}
# Words that say what is happening only beside others (all of them, anywhere in the message;
# a tuple among them is any one of its parts):
# "getting her done" is cutting beside a trip or a country ("taking her to Somalia this summer
# to get her done"), not "getting her nails done". Kept as parts that combine, not as whole
# phrases, so that the many ways of saying each part meet: "a agencia ta cm meu passaporte"
# and "my gaffer won't give my papers back" are the same two parts.
ABUSE_ONLY_BESIDE = {
    "speech.get_her_done": ("fgm", ("context.trip",)),
    # Papers kept or wages withheld are exploitation when an employer or agency does it (a
    # husband keeping her passport is control, read by the abuse cues themselves).
    "speech.documents_kept": ("trafficking_exploitation", ("person.employer",)),
    "speech.wages_kept": ("trafficking_exploitation", ("person.employer",)),
    # Turning up where she is, or calling and messaging, again and again, is stalking.
    "speech.turns_up": ("stalking", ("context.again_and_again",)),
    "speech.keeps_contacting": ("stalking", ("context.again_and_again",)),
    # Sexual talk or touching from someone at work (a boss, a colleague, a customer) is sexual
    # harassment: "my boss keeps txting me at 3am asking what im wearing". Each side alone is
    # not ("asking what im wearing" from a boyfriend, "my manager keeps texting me").
    # Or from a stranger in public, a driver, a teacher or landlord, a match on an app ("man on
    # the 25 bus was wanking next to me", "the gardener keeps making remarks about my figure").
    "speech.sexual_remarks": ("sexual_harassment", (("person.employer", "person.at_work",
                                                     "person.public"),)),
    # Gifts, money or favours for a child from someone much older or told to keep secret is
    # grooming: "a man she met on snap keeps sending her money and vouchers", "the youth leader
    # keeps buying me stuff ... keep it between us". Gifts alone are not ("my nan buys her
    # stuff"), nor an older man alone.
    "speech.gifts": ("sexual_exploitation", (("audience.young_person", "self.young"),
                                             ("person.older", "speech.keep_secret"))),
    # Marrying said of a child is a forced marriage: no child can consent ("her sister said shes
    # married now. shes 16"; "im 15 and they are finding me a husband").
    "speech.marriage": ("forced_marriage", (("audience.young_person", "self.young"),)),
    # The writer's own engagement spoken of beside a trip abroad ("going to see family in iraq
    # tomorrow ... talking about my engagement there").
    "speech.own_engagement": ("forced_marriage", ("context.trip",)),
    # A girl who "won't be coming back" after a trip to the family's country (a warning sign of a
    # forced marriage: services battery 6 of 2026-12-07); not an adult moving home.
    "speech.not_coming_back": ("forced_marriage", ("context.trip", ("audience.young_person", "self.young"))),
}
# Papers kept are exploitation even when the employer goes unnamed ("la señora no me devuelve
# mi pasaporte", "he take my passport"), unless a partner or in-laws are named ("my husband
# keeps my passport") or a partner's or the family's abuse was read, now or earlier: then they
# are that partner's control. Control of money or a phone alone does not say whose ("he takes
# all my wages", then "he keeps my passport", is still exploitation), nor does an unnamed "he"
# ("he keeps my passport so i cant leave him" may be a trafficker's hold). Not wages kept: "her
# wages go straight in his account" is a partner's (fresh battery 8 of 2026-12-06: the Modern
# Slavery Helpline was offered for it, and for in-laws taking a salary).
EXPLOITATION_UNLESS_FAMILY = frozenset({"speech.documents_kept", "speech.kept_indoors"})
PARTNER_NAMED = "person.partner"
# A parent, brother or in-law who keeps an adult's passport ("my dad keeps my passport in his safe,
# im 19") is controlling her, not trafficking her: unless an employer or agent is named too
# (noticed in the cue round of 2026-12-08: the Modern Slavery Helpline came first for them).
FAMILY_NAMED = frozenset({"person.own_parent", "person.own_family"})
EMPLOYER_NAMED = "person.employer"
FAMILY_ABUSE = frozenset({"forced_marriage", "honour_based_abuse"})
PARTNER_ABUSE = frozenset({"domestic_abuse", "forced_marriage", "honour_based_abuse"})
# Those parts, remembered across turns: "we fly to Mogadishu tomorrow", then "the cutting".
PARTS = frozenset({part for concept, (_, beside) in (*ABUSE_ONLY_BESIDE.items(), *DANGER_ONLY_BESIDE.items())
                   for part in (concept, *(p for b in beside for p in ((b,) if isinstance(b, str) else b)))})


@dataclass(frozen=True)
class Context:
    """What earlier turns established (codes only). Every field may be empty."""
    role: str | None = None
    abuse: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    area: str | None = None            # a borough code or a postcode district
    elsewhere: str | None = None       # a UK place outside London (places.place_outside_london)
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
    # When harm is about to happen, said before what the harm is ("we fly tomorrow", then
    # "they want her to have sunna"): the `when` concepts of HARM_ABOUT_TO_HAPPEN.
    soon: tuple[str, ...] = ()
    # Parts of ABUSE_ONLY_BESIDE and DANGER_ONLY_BESIDE said in earlier turns (PARTS), for a
    # later turn to complete.
    parts: tuple[str, ...] = ()


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
    elsewhere: str | None = None        # a UK place outside London, when no London one was named
    abroad: bool = False
    historic: bool = False
    recent: bool = False                # a recent time was said, in this turn or an earlier one
    images: bool = False                # nude or intimate images are part of it, now or earlier
    soon: tuple[str, ...] = ()          # HARM_ABOUT_TO_HAPPEN's `when`s said, now or earlier
    parts: tuple[str, ...] = ()         # PARTS said, now or earlier
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
                       elsewhere=self.elsewhere,
                       recent_assault=self.recent_assault, abroad=self.abroad, historic=self.historic,
                       recent=self.recent and not self.historic, danger=self.danger, images=self.images,
                       soon=self.soon, parts=self.parts)


def understand(text: str, context: Context | None = None, places: dict[str, str] | None = None,
               hints: tuple[str, ...] = ()) -> Understanding:
    """Read `text` with what `context` already knows. `places` comes from `place_table`;
    `hints` are codes another reader (the assistant's classifier) is sure of."""
    context = context or Context()
    tokens = words(text)
    found, read_in = concepts_in_words(tokens, quiet=PARTS)
    if opens_with_job(text) and "context.personal" not in found:
        found.setdefault("role.professional", []).append("(a job title opens the message)")
    for concept, (meant, unless) in AMBIGUOUS_SELF.items():
        if concept in found and unless not in found:
            found.setdefault(meant, []).extend(found[concept])
    if tells_own_act(text):
        found.setdefault("role.perpetrator", []).append("(a sentence opens with their own act)")
    if only_someone_else(tokens):
        found.setdefault("context.only_someone_else", []).append("(she or her, and no me, my or us)")
    gender = writer_gender(text)
    if gender == "man" and "self.woman" not in found:
        found.setdefault("self.man", []).append("(a man's form of a verb or adjective about themselves)")
    elif gender == "woman":
        found.setdefault("self.woman", []).append(
            f"{GRAMMAR_OF_A_WOMAN} a verb or adjective about themselves)")
    if child_spoken_of(tokens) and not found.keys() & {"self.young", "self.harmed", "self.harmed_by_partner"}:
        # "she's 15" from someone who says nothing of themselves: a child asked about
        # (roles.who_is_asking makes the writer a parent when no other role is said); a
        # survivor's "my son, hes 4" is her child, not who she is.
        found.setdefault("audience.young_person", []).append("(a child's age after 'she's')")
        found.setdefault("person.child_spoken_of", []).append("(a child's age after 'she's')")
    if own_adult_age(tokens) or own_measure(tokens):
        # A child's age beside it is someone else's ("I'm 35 and my son is 15"), and "I'm 6ft
        # and 15 stone" is no age.
        found.pop("audience.young_person", None)
        found.pop("self.young", None)
    elif age_gap(tokens):
        found.setdefault("abuse.sexual_exploitation", []).append("(a child's age and an adult partner's)")
        found.setdefault("audience.young_person", []).append("(a child's age)")
    elif ({"role.parent", "role.friend_family", "role.professional"} & set(found)
          and not CHILD_OF_A_SURVIVOR & set(found)
          and child_age(tokens)):
        # A parent, relative or professional giving the child's age ("my 7 yr old told me", "syn ma
        # 15 lat", "youth worker ... 14-15 yr old girls") asks about a child; a survivor who
        # mentions her children's ages does not.
        found.setdefault("audience.young_person", []).append("(a child's age)")
    if "context.own_childhood" in found and not found.keys() & {"self.young", "person.child_spoken_of"}:
        # "my stepdad abused me from when i was about 9. moved out long time ago": an adult
        # telling of their childhood, not a child now (Childline was offered).
        found.pop("audience.young_person", None)
    if "role.parent" in found and grown_child_age(tokens):
        # "My eldest daughter is 22, got married last year": a grown woman, asked about as family.
        del found["role.parent"]
        found.setdefault("role.friend_family", []).append("(a son's or daughter's adult age)")
    district = find_district(text)
    boroughs = tuple(district_boroughs()[district]) if district else places_named(tokens, places or {})
    elsewhere = None if district or boroughs else place_outside_london(tokens)
    if not set(found) - PARTS and (district or boroughs or elsewhere):
        # A message that only says where they are ("im in leeds", answering "where are you?")
        # tells nothing else: the classifier's guess at it ("a young person") is noise.
        hints = ()
    # Words read only by the few cues we keep for languages the site is not in leave the
    # message unread: it gets the interpreted line and 999 too, beside what was read.
    unread = None if read_in.intersection(SUPPORTED) or boroughs or elsewhere else unread_language(
        text, nothing_read=not set(found) - PARTS and len(tokens) >= UNCERTAIN_MIN_WORDS)
    if unread:
        # The assistant's classifier was trained on our languages: in another, its guesses
        # ("a man", "goodbye") are noise.
        hints = ()
    read = {c.split(".", 1)[1] for c in found if c.startswith("abuse.")}
    parts = tuple(sorted(PARTS.intersection(found).union(PARTS.intersection(context.parts))))
    read |= {code for concept, (code, beside) in ABUSE_ONLY_BESIDE.items()
             if concept in parts and all_beside(beside, parts)}
    read |= {code for concept, (code, unless) in AMBIGUOUS_ABUSE.items()
             if concept in found and unless not in found}
    if EXPLOITATION_UNLESS_FAMILY & found.keys():
        by_partner = PARTNER_NAMED in found or PARTNER_ABUSE & (read | set(context.abuse))
        by_family = bool(FAMILY_NAMED & found.keys()) and EMPLOYER_NAMED not in found
        read.add("coercive_control" if by_partner or by_family else "trafficking_exploitation")
    if "danger.self_harm" in found:
        # "wrist pe cut kiye h phir se": cutting herself, which the classifier takes for cutting
        # a girl (the FGM helpline was offered; danger batteries through the real SMS path).
        hints = tuple(h for h in hints if h != "fgm")
    # The classifier's guess at what is happening fills in only where nothing is known: not
    # beside what the words say ("he beat me last night" is not also a rape), and not over
    # the conversation's topic on a follow-up ("can they actually do that?").
    of = (read or (_hinted(hints, ABUSE_PRIORITY) if not context.abuse else set())) | set(context.abuse)
    abuse = tuple(a for a in ABUSE_PRIORITY if a in of) or context.abuse
    if not abuse and {"abuse.any", "role.perpetrator", "self.harming"} & set(found):
        # Someone asking about their own behaviour ("I need help with my anger before I hurt
        # her") asks about domestic abuse unless they name something more specific.
        abuse = ("domestic_abuse",)
    danger, soon = read_danger(found, parts, abuse, context)
    # The classifier's guess that someone asks about their own behaviour is never enough to
    # send them to a perpetrator line: it sent Respect to a girl asking where she could live
    # at 18, and to people in danger ("I want it to stop"). Their own words still are.
    hints = tuple(h for h in hints if h != "perpetrator")
    # Abuse in a childhood told by an adult is historic ("his football coach abused him when he
    # was a boy", told "last night"), unless a recent sexual assault is told beside it.
    historic = "context.historic" in found or context.historic or (
        "context.own_childhood" in found
        and not ("recent_assault" in found and {"sexual_violence", "sexual_exploitation"} & set(abuse)))
    said_recent = "recent_assault" in found or context.recent
    recent = (said_recent and not historic and
              bool({"sexual_violence", "sexual_exploitation"} & set(abuse))) or context.recent_assault
    if "context.made_up_scene" in found and not found.keys() & {"self.young", "role.professional"}:
        # "A novel where a 17 year old British girl is taken 'on holiday' to be married": what
        # happens in the story is read, but she is not the one asking. (A professional's training
        # scenario about a child still asks about a child.)
        found.pop("audience.young_person", None)
    audiences = audiences_said(found, context, hints)
    role = who_is_asking(found, context, hints)
    danger = danger_for_person(danger, found, role, audiences)
    # What a wife or girlfriend can do to him; not a marriage forced on him, nor his family's
    # anger at his girlfriend ("my family found out about my girlfriend": services battery).
    his_wife = "person.female_partner" in found and (set(abuse) - FAMILY_ABUSE or "self.harmed" in found) \
        and "self.woman" not in found
    gay_man = ({"self.gay", "person.male_partner"} <= found.keys() or "self.gay_man" in found) \
        and "self.woman" not in found
    if (gay_man or ("self.man" in found or his_wife) and "lgbt" not in audiences) and "man" not in audiences \
            and role in ("survivor", "perpetrator") and "person.woman" not in found:
        # A man harmed, or asking about his own behaviour, whose grammar says so ("bałem się",
        # "main darta hoon"), who tells of his wife or girlfriend ("my wife gets angry and
        # sometimes shoves me", "en manaivi ennai adikkira"), or who is gay and tells of his
        # boyfriend: the lines for men, not for women.
        audiences = tuple(a for a in AUDIENCES if a in audiences or a == "man")
    if role == "professional" and "person.male_client" in found and "man" not in audiences \
            and not {"person.woman", "context.perpetrator_work"} & found.keys():
        # "A male patient says his wife hits him": the man a professional asks about is the one
        # harmed, unless they work with him for what he does.
        audiences = tuple(a for a in AUDIENCES if a in audiences or a == "man")
    if "person.grandparent" in found and role == "survivor" and "older" not in audiences:
        audiences = tuple(a for a in AUDIENCES if a in audiences or a == "older")
    if "older" in audiences and "young_person" not in audiences and "child_abuse" in abuse:
        # "shes 82 with dementia and keeps saying one of the carers 'hurt her down there'": words
        # a child would use, about an older woman (the NSPCC was offered).
        abuse = tuple(a for a in abuse if a != "child_abuse")
    needs = tuple(n for n in NEEDS if f"need.{n}" in found or n in context.needs)
    if "context.no_police" in found:
        # "I don't want to go to the police": the police line is not what they asked for.
        needs = tuple(n for n in needs if n != "report_police")
    if not district and not boroughs and not elsewhere and context.area:
        district = find_district(context.area)
        boroughs = tuple(district_boroughs()[district]) if district else (context.area,)
    if not district and not boroughs:
        elsewhere = elsewhere or (context.elsewhere if is_uk_place(context.elsewhere) else None)
    return Understanding(
        role=role, abuse=abuse, danger=danger, recent_assault=recent,
        audiences=audiences, needs=needs, boroughs=boroughs, district=district, elsewhere=elsewhere,
        abroad="context.abroad" in found or context.abroad, historic=historic, recent=said_recent,
        images="context.intimate_images" in found or context.images, soon=soon, parts=parts,
        unread_language=unread, evidence=found)



# English only: other languages drop their pronouns, or mark them on the verb.
_SOMEONE_ELSE = frozenset({"she", "her", "shes", "hers", "herself"})
_THE_WRITER_HARMED = frozenset({"me", "my", "mine", "myself", "us", "our", "ours", "were", "weve", "im",
                                "ive"})
_ENGLISH_WORDS = frozenset({"he", "him", "his", "hes", "the", "is", "and", "to", "of", "was", "does", "with",
                            "what", "how", "can", "they", "a", "in", "it", "i"})


def only_someone_else(tokens: list[str]) -> bool:
    """Whether an English message tells of a woman and nothing of the writer: no "me", "my",
    "I'm", "us" ("I" alone may ask: "what do i do"). Turkish "her" is "every" ("her gün"): it
    counts only beside English words."""
    return bool(_SOMEONE_ELSE.intersection(tokens)) and not _THE_WRITER_HARMED.intersection(tokens) \
        and bool(_ENGLISH_WORDS.intersection(tokens) or "she" in tokens)


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
    if "context.not_lgbt" in found:
        said.discard("lgbt")  # "im not gay and never told my wife"
    carried = context.audiences
    if "self.woman" in found:
        # "... is there anywhere for lesbians": a woman, whatever an earlier turn suggested, or
        # a cue for a man harmed by his girlfriend ("my girlfriend hits me, nobody believes a
        # woman can hurt a woman").
        carried = tuple(a for a in carried if a != "man")
        if any(not why.startswith(GRAMMAR_OF_A_WOMAN) for why in found["self.woman"]):
            # Only when her words say so: a verb's form can be of the wife he speaks of
            # (Gujarati "nathi deti").
            said.discard("man")
    if "self.woman" in found:
        hints = tuple(h for h in hints if h != "man")  # her grammar says she is a woman
    if "person.woman" in found and "speech.asks_for_men" not in found:
        # The classifier's guess that a man is writing gives way to words saying a woman is
        # the one harmed ("help for a woman whose man beat her"), and so does "my girlfriend
        # hits me" when she says they are both women.
        hints = tuple(h for h in hints if h != "man")
        said.discard("man")
    if "person.men_spoken_of" in found and "man" not in said:
        # "These men", "older men": men others are harmed by, not the writer; the classifier
        # takes the word for a man writing (a mother of a groomed girl was offered the Men's
        # Advice Line, dev part 2026-12-06).
        hints = tuple(h for h in hints if h != "man")
    if {"self.woman", "person.female_partner"} <= set(found):
        said.add("lgbt")  # "is it abuse if ur gf reads all ur msgs ... im a woman btw"
    return tuple(a for a in AUDIENCES if a in said or a in carried or a in hints)


def _hinted(hints: tuple[str, ...], allowed: tuple[str, ...]) -> set[str]:
    return {h for h in hints if h in allowed}
