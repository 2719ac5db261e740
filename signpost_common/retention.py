"""How long an idle conversation is kept before it is deleted whole, on the site and in the
assistant's store alike: from the environment, with one default each."""
from __future__ import annotations

import os
from collections.abc import Mapping

CHAT_IDLE_MINUTES = 30
# A text conversation is slower: people reply hours later, so it is kept for a day.
SMS_IDLE_MINUTES = 24 * 60


def chat_idle_minutes(environ: Mapping[str, str] = os.environ) -> int:
    """SIGNPOST_CHAT_IDLE_MINUTES: a web chat idle this long is deleted."""
    return int(environ.get("SIGNPOST_CHAT_IDLE_MINUTES", CHAT_IDLE_MINUTES))


def sms_idle_minutes(environ: Mapping[str, str] = os.environ) -> int:
    """SIGNPOST_SMS_IDLE_MINUTES: a text conversation idle this long is deleted."""
    return int(environ.get("SIGNPOST_SMS_IDLE_MINUTES", SMS_IDLE_MINUTES))
