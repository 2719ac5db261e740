"""The writer's own act against a partner or family member ("pushed my wife against the wall
last night", "i go through my boyfriends phone", "ive been hitting my girlfriend", "i smacked
my son too hard"): people worried about their own behaviour rarely name it. Two readings:

- a sentence that opens with the act, with or without "I": people drop the "I", and a sentence
  that starts with the act, done to her or him, can only be theirs;
- "I" with the act anywhere in a sentence ("I'm ashamed to say I've struck my wife"), unless
  the sentence tells it as someone else's claim ("now he's saying I assaulted him") or as
  self-defence ("I hit him back", "I pushed him off me when he was choking me"), or the act
  is a survivor's way out ("I kicked him out", "I grabbed the kids and left").

Not "he pushed me" (another's act, to the writer), nor an act opening a sentence that follows
one about someone else ("her husband is awful. hit her again last night").
"""
from __future__ import annotations

import re

# Acts that, opening a sentence with no subject, are the writer's.
_ACTS = (
    r"pushed", r"shoved", r"hit", r"slapped", r"punched", r"kicked", r"grabbed", r"choked",
    r"strangled", r"spat at", r"bit", r"shouted at", r"screamed at", r"yelled at", r"swore at",
    r"threatened", r"threw \S+(?: \S+)? at", r"locked", r"raised my \S+ (?:at|to)", r"smashed",
    r"headbutted", r"dragged", r"pinned", r"put a tracker on",
)
# Acts that are the writer's only with "I" said ("i go through her phone", not "check her phone?").
_ACTS_WITH_I = (*_ACTS, r"hurt", r"scared", r"frightened", r"go through", r"went through", r"check",
                r"checked", r"keep showing up at")
# What may open the sentence before the act: a time, or a word joining it to the last one.
_LEAD = r"(?:(?:yesterday|today|tonight|last night|earlier|this morning|then|so|and|but|just now)\s+)?"
_I = rf"{_LEAD}(?:i|ive|i've|i have|i just|i keep|i still|i also)\s+"
_PARTNER = (r"(?:her|him|my (?:wife|gf|girlfriend|partner|missus|husband|boyfriend|bf|fiance|fiancee|ex)"
            r"(?:s|'s)?|my exs|my ex's)")
_REACH = r"\b(?:\s+\S+){0,2}?\s+"
_WITH_I = re.compile(rf"^{_I}(?:{'|'.join(_ACTS_WITH_I)}){_REACH}{_PARTNER}\b")
_WITHOUT_I = re.compile(rf"^{_LEAD}(?:{'|'.join(_ACTS)}){_REACH}{_PARTNER}\b")
# Someone else already spoken of: a sentence after it with no subject may be theirs ("her
# husband is awful. hit her again last night").
_SOMEONE_ELSE = re.compile(r"\b(?:he|hes|he's|his|him|she|shes|she's|they|theyre|they're|her \w+|"
                           r"\w+s (?:husband|boyfriend|bf|partner|wife|girlfriend|gf|dad|father|stepdad|"
                           r"brother|uncle|man|fella)|my (?:husband|boyfriend|bf|partner|dad|father|stepdad|"
                           r"brother|son|uncle|ex))\b")
_SENTENCES = re.compile(r"[.!?;\n]+|,\s*(?:and|then|but)\s+|\s+and\s+")
# Whole sentences, for "I" anywhere in one ("I'm a woman and I've been hitting her" is one).
_FULL_STOPS = re.compile(r"[.!?;\n]+")

# "I", then up to three words of tense or habit ("i've been", "i keep", "i sometimes").
_I_ANYWHERE = (r"\b(?:i|ive|i've|id|i'd)(?:\s+(?:have|had|am|was|been|keep|kept|just|still|also|"
               r"sometimes|often|always|even|then|actually|really|did|do|once|nearly|almost|literally|"
               r"end up|ended up|started|start|get|got|would|will|might|can)){0,3}\s+")
# Acts of violence, done to a partner or to a family member (a child, a parent, a sibling).
_VIOLENCE = (r"(?:hit|hits|hitting|slap|slaps|slapped|slapping|smack|smacks|smacked|smacking|punch|"
             r"punches|punched|punching|kick|kicks|kicked|kicking|beat|beats|beating|beaten|struck|"
             r"strike|choke|choked|choking|strangle|strangled|strangling|hurt|hurting|headbutt|"
             r"headbutted|thrown things at|throw things at|threw things at|spat at|spit at)")
# Acts of control or force, counted only against a partner or an ex.
_CONTROL = (r"(?:push|pushes|pushed|pushing|shove|shoved|shoving|grab|grabbed|grabbing|pin|pinned|"
            r"drag|dragged|lock|locked|locking|threaten|threatened|threatening|scare|scared|frighten|"
            r"frightened|control|controlling|track|tracked|tracking|monitor|monitoring|"
            r"go through|went through|going through|check|checked|checking|stalk|stalked|stalking|"
            r"raped|rape|shout at|shouted at|shouting at|scream at|screamed at|screaming at|yell at|"
            r"yelled at|yelling at|swear at|swore at|call|called|calling)")
_FAMILY = (r"(?:my (?:little |big |older |younger |baby |eldest |youngest )?(?:son|daughter|kids|children|"
           r"child|boy|girl|brother|sister|mum|mom|mother|dad|father|nan|gran|grandma|stepson|stepdaughter|"
           r"mother in law|mil)(?:s|'s)?)")
_WITH_I_ANYWHERE = re.compile(
    rf"{_I_ANYWHERE}(?:{_VIOLENCE}{_REACH}(?:{_PARTNER}|{_FAMILY})|{_CONTROL}{_REACH}{_PARTNER}"
    rf"|(?:made|make|forced|force|pressured|pressure|pressuring)\s+{_PARTNER}\s+(?:to\s+)?"
    rf"(?:have sex|into sex|sleep with)"
    rf"|threatened to (?:post|send|share|leak|show|kill|hurt|beat|hit|take the kids|take her kids))\b")
# Told as someone else's claim, earlier in the sentence ("now he's saying I assaulted him").
_CLAIMED = re.compile(r"\b(?:says|said|saying|claims|claimed|claiming|thinks|reckons|accuses|accused|"
                      r"accusing|told|tells|telling|makes out|made out|making out|calls me|called me)\b")
# Self-defence, told after the act ("I hit him back", "pushed him off me when he was ...").
_DEFENCE = re.compile(r"^\S*(?:\s+\S+){0,1}?\s*(?:back|off|away)\b|\b(?:self.?defen[cs]e|"
                      r"(?:when|while|because|cos|cause|as|after|till|until) (?:he|she|they) "
                      r"(?:was|were|had|tried|came|went for|started|grabbed|strangled|choked|hit|attacked)|"
                      r"and (?:ran|fled|escaped|got out|went to|left (?:the|home|him|her|with|for)))\b")
# A survivor's way out, in the middle of what she tells ("I finally kicked him out"); opening a
# sentence with no "I", "locked her out in the rain" is still the writer's act.
_WAY_OUT = re.compile(r"^\S*(?:\s+\S+){0,1}?\s*out\b")


def tells_own_act(text: str) -> bool:
    """Whether a sentence of `text` tells the writer's own act against a partner or family."""
    text = text.lower()
    before = ""
    for sentence in (s.strip() for s in _SENTENCES.split(text)):
        opening = _WITH_I.match(sentence) or (
            _WITHOUT_I.match(sentence) if not _SOMEONE_ELSE.search(before) else None)
        if opening and not _DEFENCE.search(sentence[opening.end():opening.end() + 60]):
            return True
        before += " " + sentence
    return any(_told_as_own(sentence) for sentence in _FULL_STOPS.split(text))


def _told_as_own(sentence: str) -> bool:
    for found in _WITH_I_ANYWHERE.finditer(sentence):
        if _CLAIMED.search(sentence[:found.start()]):
            continue
        after = sentence[found.end():found.end() + 60]
        if _DEFENCE.search(after) or _WAY_OUT.search(after):
            continue
        return True
    return False
