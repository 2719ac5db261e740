"""What the assistant says, as plain functions of what it knows: easy to test, easy to translate.

Every sentence is marked with `_` for extraction into the shared catalogs and translated
with `t` when sent. Replies are structured: numbers, services and pages travel as data, and
the site (web/chat/replies.py) makes them into tel: links and links, or plain text for SMS.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from signpost_common.emergency import DEFAULT_ADVICE, IN_DANGER, emergency_messages
from signpost_common.pages import LOCAL_BOROUGHS, SEARCH, abuse_page, page

from .directory_client import Chosen, ServiceSummary, Signposted
from .i18n import _

Translate = Callable[[str], str]


@dataclass(frozen=True)
class Topic:
    query: str        # what to ask the directory (its search understands plain English)
    intro: str        # one sentence naming what is happening, kindly
    guidance: str     # the site's page for this topic

    @property
    def link_kind(self) -> str:
        return "search" if self.guidance == SEARCH else "guidance"


TOPICS = {
    "domestic_abuse": Topic("domestic abuse", _(
        "What you describe sounds like domestic abuse. It is not your fault, and "
        "you do not have to deal with it alone."), abuse_page("domestic_abuse")),
    "sexual_violence": Topic("rape sexual assault", _(
        "What happened to you is not your fault. You can get support whether or "
        "not you tell the police, and whenever it happened."), abuse_page("sexual_violence")),
    "stalking": Topic("stalking harassment", _(
        "Being followed, watched or contacted again and again is stalking. It is "
        "a crime, and it is not your fault."), abuse_page("stalking")),
    "forced_marriage_honour": Topic("forced marriage honour based abuse", _(
        "Nobody can force you to marry, and nobody has the right to hurt or "
        "control you over family honour."), abuse_page("forced_marriage")),
    "fgm": Topic("fgm female genital mutilation", _(
        "FGM is illegal in the UK and is child abuse. There is help for girls at "
        "risk and for women who have been cut."), abuse_page("fgm")),
    "trafficking_exploitation": Topic("trafficking modern slavery exploitation", _(
        "Being forced to work, or to have sex, to pay a debt or because someone "
        "holds your documents is exploitation. There is help, whatever your "
        "immigration status."), abuse_page("trafficking_exploitation")),
    "child_abuse": Topic("child abuse", _(
        "If a child is being hurt or groomed, you are right to act. These "
        "services help children and the adults worried about them."), abuse_page("child_abuse")),
    "friend_family": Topic("domestic abuse friends family", _(
        "It is good that you are looking out for them. Listen, believe them, and "
        "let them decide what to do."), page("friends_and_family")),
    "professional": Topic("marac multi-agency referral", _(
        "Referral routes for professionals, such as MARAC, MASH, the FGM duty, "
        "the Forced Marriage Unit and the NRM, are on our professionals pages."), page("professionals")),
    "man": Topic("men male victims domestic abuse", _(
        "Men experience abuse too, and there is support made for men."), page("men")),
    "lgbt": Topic("lgbt domestic abuse", _(
        "There is specialist support for LGBT+ people, from people who "
        "understand."), page("lgbtq")),
    "young_person": Topic("young people children", _(
        "You deserve to be safe. You can talk to someone in confidence, and it is"
        " free."), page("young_people")),
    "older_person": Topic("older people abuse", _(
        "Abuse of older people happens, including by family and carers, and there"
        " is help."), page("older_people")),
    "perpetrator": Topic("worried about my own behaviour perpetrator", _(
        "It takes courage to ask. There is confidential help to stop being "
        "abusive."), abuse_page("domestic_abuse")),
}
GENERAL = Topic("domestic abuse", _("Here are services that can help."), SEARCH)

# The chat page itself says how to leave fast and that the assistant is not a person, and the
# SMS channel sends its own first notice, so a web conversation's first reply only adds this.
SAFETY_NOTICE = _("This chat is not saved. It is deleted after %(minutes)d minutes without "
                  "a message, or straight away if you type STOP.")
ASK_LOCATION = _("If you tell me your borough or postcode district, like N17, "
                 "I can add local services.")
NOT_UNDERSTOOD = _("Sorry, I didn't understand that. "
                   "You can describe what is happening in your own words.")


def message(text: str, **structure) -> dict:
    """One message: its text, and what the site makes into links (web/chat/replies.py).

    `services` (name, phones with their type, hours), `link` (a path on the site and the kind
    of page), `buttons`, `danger`, `call` (a number to offer as a call button) and
    `forgotten`. Text never holds a number or address someone needs to follow: those travel
    as structure, so no channel has to find them in text.
    """
    return {"text": text, **structure}


def service_structure(service: ServiceSummary, contactless: bool = False) -> dict | None:
    """What the site needs to show a service, or None when it has nothing to act on.
    `contactless`: a service the decision chose by name or place is shown even with no
    confirmed contact details (its page says what is known), after those that can be reached."""
    if not service.phones and not service.url and not contactless:
        return None
    hours = "always" if service.always_open else \
        {True: "open", False: "closed", None: None}[service.open_now()]
    return {"id": service.id, "name": service.name,
            "phones": [{"number": number, "type": kind} for number, kind in service.phones],
            "url": service.url, "hours": hours}


def services_structure(services: list[ServiceSummary]) -> list[dict]:
    return [found for found in map(service_structure, services) if found]


def emergency(t: Translate, advice: tuple[str, ...] = DEFAULT_ADVICE) -> list[dict]:
    """Danger first and said once (signpost_common.emergency), as the site says it too."""
    return emergency_messages(t, advice)


def first_reply_closing(messages: list[dict], t: Translate, idle_minutes: int) -> list[dict]:
    """The first reply of a web conversation: the help first, then the notice and 999, once
    (a danger reply has already said 999 at its top)."""
    closing = [message(t(SAFETY_NOTICE) % {"minutes": idle_minutes})]
    if not any(m.get("danger") for m in messages):
        closing.append(message(t(IN_DANGER)))
    return messages + closing


# Who is asking decides the first words: a parent is not told "you deserve to be safe", and
# someone worried about their own behaviour is not told "it is not your fault".
ROLE_TOPICS = {"professional": "professional", "perpetrator": "perpetrator",
               "friend_family": "friend_family"}
AUDIENCE_TOPICS = (("young_person", "young_person"), ("man", "man"), ("lgbt", "lgbt"),
                   ("older", "older_person"))
ABUSE_TOPICS = {
    "domestic_abuse": "domestic_abuse", "coercive_control": "domestic_abuse",
    "economic_abuse": "domestic_abuse", "tech_abuse": "domestic_abuse",
    "sexual_violence": "sexual_violence", "sexual_harassment": "sexual_violence",
    "stalking": "stalking", "forced_marriage": "forced_marriage_honour",
    "honour_based_abuse": "forced_marriage_honour", "fgm": "fgm",
    "trafficking_exploitation": "trafficking_exploitation",
    "sexual_exploitation": "trafficking_exploitation", "child_abuse": "child_abuse",
}
UNKNOWN_PLACE = _("I don't know of a local service there yet. The national lines above can "
                  "help you find one near you.")
NO_CONFIRMED_LOCAL = _("I have no confirmed contact details for a local service there yet. The "
                       "national lines above can help you find one near you.")
KNOWN_THERE = _("Known in %(place)s, with no confirmed contact details:")
UNREAD_LANGUAGE = _("Sorry, I could not read your language, so I may have missed what you need. "
                    "The National Domestic Abuse Helpline can talk to you with an interpreter.")


def topic_for(decided: Signposted) -> Topic:
    if decided.role in ROLE_TOPICS:
        return TOPICS[ROLE_TOPICS[decided.role]]
    if decided.role == "parent":
        return TOPICS["child_abuse"] if {"child_abuse", "fgm", "sexual_exploitation"} & set(decided.abuse) \
            else TOPICS["friend_family"]
    for audience, name in AUDIENCE_TOPICS:
        if audience in decided.audiences:
            return TOPICS[name]
    for abuse in decided.abuse:
        if abuse in ABUSE_TOPICS:
            return TOPICS[ABUSE_TOPICS[abuse]]
    return GENERAL


def chosen_structure(chosen: list[Chosen], t: Translate) -> list[dict]:
    found = []
    for choice in chosen:
        structure = service_structure(choice.service, contactless=True)
        if structure:
            found.append({**structure, "reason": t(choice.reason)})
    # Never above help that can be reached: the ones with no contact details come last.
    return sorted(found, key=lambda s: not (s["phones"] or s["url"]))


def signposted(decided: Signposted, t: Translate, ask_location: bool, place: str | None) -> list[dict]:
    """The reply to what the directory decided: danger first, then one kind sentence for this
    person, the services chosen for them (each with why), local help or plainly none, and
    where to read more."""
    topic = topic_for(decided)
    messages = emergency(t, decided.emergency) if decided.emergency else []
    # In a language we cannot read, "it sounds like domestic abuse" would be a guess.
    messages.append(message(t(UNREAD_LANGUAGE if decided.unread_language else topic.intro)))
    national = chosen_structure([c for c in decided.services if not c.local], t)
    local = chosen_structure([c for c in decided.services if c.local], t)
    # A local service asked for by name ("the MASH in Haringey") is what they came for: first.
    # (Not where none can be reached: that reply points to "the national lines above".)
    named_here = decided.local_known is True and any(c.local and c.named for c in decided.services)
    national_block = [message(t(_("These can help:")), services=national)] if national else []
    if not named_here:
        messages += national_block
    where = (place or (decided.boroughs or ("",))[0]).replace("_", " ").title()
    if local and decided.local_known is False:
        # Only services we cannot give a number for: say so first, then name them.
        messages.append(message(t(NO_CONFIRMED_LOCAL)))
        messages.append(message(t(KNOWN_THERE) % {"place": where}, services=local))
    elif local:
        messages.append(message(t(_("Services near %(place)s:")) % {"place": where}, services=local))
    elif decided.local_known is False:
        messages.append(message(t(UNKNOWN_PLACE)))
    if named_here:
        messages += national_block
    if not national and not local:
        messages.append(message(t(_("I couldn't look up services just now. You can search for them here:")),
                                link={"path": SEARCH, "kind": "search"}))
    messages.append(message(t(_("More about what you can do:")),
                            link={"path": decided.pathway, "kind": "guidance"}))
    if ask_location:
        messages.append(ask_location_message(t))
    return messages


def unavailable(topic: Topic, t: Translate, ask_location: bool) -> list[dict]:
    """When the directory cannot be asked: the topic's page and the search, never nothing."""
    messages = [message(t(topic.intro)),
                message(t(_("I couldn't look up services just now. You can search for them here:")),
                        link={"path": SEARCH, "kind": "search"}),
                message(t(_("More about what you can do:")),
                        link={"path": topic.guidance, "kind": topic.link_kind})]
    if ask_location:
        messages.append(ask_location_message(t))
    return messages


def ask_location_message(t: Translate) -> dict:
    """Asks where the person is, with a button for each borough that has local services."""
    buttons = [{"title": name, "payload": f'/give_location{{"borough": "{code}"}}'}
               for code, name in LOCAL_BOROUGHS]
    return message(t(ASK_LOCATION), buttons=buttons)


def fallback(services: list[ServiceSummary], t: Translate) -> list[dict]:
    messages = [message(t(NOT_UNDERSTOOD))]
    found = services_structure(services)
    if found:
        messages.append(message(t(_("You can talk to someone now:")), services=found))
    messages.append(message(t(_("Or search for services:")), link={"path": SEARCH, "kind": "search"}))
    return messages


def talk_to_person(services: list[ServiceSummary], t: Translate) -> list[dict]:
    found = services_structure(services)
    if found:
        return [message(t(REAL_PEOPLE), services=found)]
    return [message(t(REAL_PEOPLE_SEARCH), link={"path": SEARCH, "kind": "search"})]


def what_happens(topic: Topic, services: list[ServiceSummary], t: Translate) -> list[dict]:
    messages = [message(t(WHAT_HAPPENS), link={"path": f"{topic.guidance}#if-you-tell",
                                                "kind": "guidance"})]
    found = services_structure(services)
    if found:
        messages.append(message(t(ASK_FIRST), services=found))
    return messages


WHAT_HAPPENS = _("You stay in control of what happens next. This page explains what "
    "usually happens if you tell the police, a GP, a school or social "
    "services, including what happens to children:")
ASK_FIRST = _("You can also talk it through in confidence with a helpline before you decide:")
REAL_PEOPLE = _("I'm not a person, but real people answer these lines:")
REAL_PEOPLE_SEARCH = _("I'm not a person. You can search for services with real people here:")
GREETING = _("Hello. You can tell me what is happening in your own words, "
             "or ask about help for someone else.")
THANKS = _("You're welcome. You can come back any time.")
GOODBYE = _("Take care. To leave quickly, close this page. Type STOP to delete this chat now.")
FORGOTTEN = _("Done: this conversation has been deleted. If you write again, we start afresh.")
