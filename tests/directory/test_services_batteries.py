"""Services batteries: messages (and conversations, whose last turn is judged) written on
2026-12-06 (night) and 2026-12-07 (to the night) by helpers who saw neither the cues, the rules nor the
evaluation set, in English and up to sixteen other languages, each labelled
from the vetted national list alone with the lines that fit (`services_any`, one of them in
the first three), the first-line one where there is one (`services_must`) and those whose
audience excludes the writer (`services_never`, offered nowhere).

The rules and cues were corrected from them, so these are regression checks, not a measure
of how well the decision generalises (`make eval` is that). Each file's count of messages
answered right may only rise. Raise a floor when the decision improves.
"""
from pathlib import Path

import pytest
import yaml

from .test_signposting import keys, signpost_conversation

BATTERIES = Path(__file__).parent / "services_batteries"
# Messages answered right, per file: (now, of, at first sight through the seeded directory).
FLOORS = {"first-en": (71, 74, 56), "first-intl": (79, 80, 65), "second-en": (79, 84, 62),
          "second-intl": (90, 90, 65),
          # Written after the changes the first four brought, as a fresh measure of them: at first
          # sight 38 and 30 right; the third-intl figure rose to 33 with the other languages'
          # cues widened from the first four (not from these).
          "third-en": (47, 50, 38), "third-intl": (47, 48, 30),
          # Written on 2026-12-07 by helpers who saw none of it, after the changes the first six
          # brought and a few from the third ones: at first sight 50 of 60 English messages and 50 of
          # 64 in sixteen other languages (Hindi, Punjabi and Tigrinya among them) were right.
          "fourth-en": (60, 60, 50), "fourth-intl": (64, 64, 50),
          # Conversations of two to four turns, the last judged (2026-12-07, helpers who saw none
          # of it): at first sight 27 of 40 in English and 27 of 48 in sixteen other languages; the
          # second pair, written after the first round of changes, 29 of 40 and 36 of 48.
          "conversations-en": (38, 40, 27), "conversations-intl": (44, 48, 27),
          "conversations2-en": (37, 40, 29), "conversations2-intl": (44, 48, 36),
          # A third pair, written at the session's end as a fresh measure: at first sight 24 of 30
          # and 19 of 32 (in sixteen other languages: still the weakest).
          "conversations3-en": (28, 30, 24), "conversations3-intl": (30, 32, 19),
          # Written on 2026-12-07 (morning) for what was weakest: danger and near-danger (26 and 32
          # danger cases among them), and sexual harassment, FGM, recent sexual assault, exploitation,
          # parents and own behaviour. At first sight 26/40, 35/48, 31/42 and 30/48.
          "danger-en": (39, 40, 26), "danger-intl": (48, 48, 35),
          "weak-en": (41, 42, 31), "weak-intl": (45, 48, 30),
          # A fourth pair of conversations written after those changes, as a fresh measure: at
          # first sight 25 of 30 in English and 19 of 32 in sixteen other languages (the intl one
          # then tuned on by one helpers' round).
          "conversations4-en": (25, 30, 25), "conversations4-intl": (28, 32, 19),
          # Written on 2026-12-07 (late morning), as a fresh measure after all of the above: danger
          # told indirectly and its near-misses (26 and 32 danger cases), and everyday messages on
          # the weakest topics in English and in Hindi, Gujarati and Farsi. At first sight 19/40,
          # 32/48, 27/40 and 36/48: danger read from what is happening is still the weakest. Then
          # tuned on (tests/directory/test_cues_dt to dw). Six Hindi messages in Devanagari stay
          # misses by design: a language the site is not in gets 999 and the interpreted line.
          "danger5-en": (34, 40, 19), "danger5-intl": (47, 48, 32),
          "everyday5-en": (36, 40, 27), "everyday5-intl": (42, 48, 36),
          # Written on 2026-12-07 (evening) by helpers who saw none of it: danger in short search or
          # SMS words, told indirectly, or arriving in a conversation's last turn, with near-misses
          # (a joke, a training scenario, years ago), and everyday messages; then the weakest topics
          # (parents, own behaviour, FGM, forced marriage, harassment, exploitation). At first sight
          # 21/40, 29/48, 31/40, 42/48, 42/48 and 34/48. Then tuned on (tests/directory/test_cues_dx_*,
          # dy and dz). Misses left: a gay man the words do not show is one, a past overdose
          # labelled with Samaritans, 'he says i'm abusive' (read as said to the one harmed).
          "danger6-en": (37, 40, 21), "danger6-intl": (43, 48, 29),
          "everyday6-en": (38, 40, 31), "everyday6-intl": (46, 48, 42),
          "weak7-en": (45, 48, 42), "weak7-intl": (40, 48, 34),
          # Written at the session's end on sexual harassment, FGM questions, parents and vague
          # openers, the held-out part's weakest: at first sight 32 of 40 and 44 of 48.
          "weak8-en": (38, 40, 32), "weak8-intl": (48, 48, 44),
          # Written at night by helpers who saw none of it: danger now, mostly told indirectly, with
          # near-misses (a role play, a novel, a TV drama, years ago, safe now), and the held-out
          # part's weakest (own behaviour, sexual exploitation and harassment, no clear topic;
          # Gujarati, Farsi, Roman Hindi). At first sight 27/40, 42/48, 32/40 and 36/48. Then tuned
          # on (tests/directory/test_cues_ea_*). Left: three Punjabi messages get the 999 of a
          # language the site is not in (by design); a past overdose, safe now, wants Samaritans
          # without 999; 'keeps calling me a slag' reads as stalking; 'hes not been back' as him back.
          "danger9-en": (39, 40, 27), "danger9-intl": (47, 48, 42),
          "weak9-en": (39, 40, 32), "weak9-intl": (45, 48, 36),
          # Then on first-line services (one must be offered in each), parents, friends and
          # professionals, and questions with no clear topic: at first sight 27/40, 34/48, 31/40 and
          # 33/48. Then tuned on (tests/directory/test_cues_eb_*). Left: oblique English ("this
          # happened 3 days ago, a guy off tinder"), suicidal thoughts without intent labelled with
          # Samaritans but no 999, a child's question quoted ("is daddy going to hurt me again").
          "first10-en": (34, 40, 27), "first10-intl": (48, 48, 34),
          "general10-en": (33, 40, 31), "general10-intl": (48, 48, 33)}
# How the decision's emergency advice shows among the services (as in eval/judge.py).
EMERGENCY = {"call_999": "police-999-silent-solution", "silent_solution": "emergencysms-textphone",
             "emergency_sms": "emergencysms-textphone"}


def answered_right(entry: dict) -> bool:
    """Whether the answer to the entry's message, or to the last of its `turns` (each read with
    what the earlier ones established), fits its labels."""
    decided = signpost_conversation(entry.get("turns") or [entry["text"]])
    offered = keys(decided)
    emergency = {EMERGENCY[e] for e in decided.emergency if e in EMERGENCY}
    top = set(offered[:3]) | emergency
    # No service named as fitting: any answer fits ("thanks, that helps"), as in eval/judge.py.
    return ((not entry["services_any"] or any(k in top for k in entry["services_any"]))
            and all(k in top for k in entry.get("services_must") or [])
            and not (set(offered) | emergency) & set(entry.get("services_never") or []))


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_services_batteries_do_not_get_worse(name):
    entries = yaml.safe_load((BATTERIES / f"{name}.yaml").read_text("utf-8"))
    now, total, _ = FLOORS[name]
    assert len(entries) == total
    assert sum(answered_right(e) for e in entries) >= now
