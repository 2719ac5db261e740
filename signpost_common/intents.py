"""The assistant's intents that the site sends directly, as Rasa payloads ("/ask_human")."""
from __future__ import annotations

from .facts import facts

SITE_INTENTS: tuple[str, ...] = tuple(facts()["site_intents"])


def payload(intent: str) -> str:
    """The message that triggers `intent` without the classifier; only a shared intent."""
    if intent not in SITE_INTENTS:
        raise KeyError(f"{intent} is not an intent the site sends (signpost_common/facts.yaml)")
    return f"/{intent}"
