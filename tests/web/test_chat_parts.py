"""The web chat's parts that need no assistant: redaction, language, sessions."""
import pytest

from web.chat.redact import redact
from web.chat.sessions import is_session_id, new_session_id, sender_id


@pytest.mark.parametrize("text, expected", [
    ("call me on 07700 900123 please", "call me on [phone] please"),
    ("my number is +44 20 7946 0000", "my number is [phone]"),
    ("email me at someone@example.org", "email me at [email]"),
    ("I live at 12 Example Road", "I live at [address]"),
    ("postcode N17 6AB", "postcode N17"),
    ("my name is Maria and he hits me", "my name is [name] and he hits me"),
    ("me llamo Ana", "me llamo [name]"),
    ("he hits me when he drinks", "he hits me when he drinks"),
    ("N17", "N17"),
    # The ways people introduce themselves, and sentences that only look like it.
    ("I'm Maria and he hits me", "I'm [name] and he hits me"),
    ("I am Joanna", "I am [name]"),
    ("im Priya, im scared", "im [name], im scared"),
    ("Hi, this is Aisha from Tottenham", "Hi, this is [name] from Tottenham"),
    ("it's Kasia again", "it's [name] again"),
    ("call me Bea", "call me [name]"),
    ("you can call me jo", "you can call me [name]"),
    ("my name's Olu", "my name's [name]"),
    ("I'm scared and I am not safe", "I'm scared and I am not safe"),
    ("I am in Haringey", "I am in Haringey"),
    ("call me back later please", "call me back later please"),
    ("I'm Deaf", "I'm Deaf"),
    ("This is Haringey", "This is [name]"),  # rather a place lost than a name kept
])
def test_identifying_details_are_removed_before_relaying(text, expected):
    assert redact(text) == expected


def test_session_ids_are_random_and_senders_are_keyed_hashes():
    first, second = new_session_id("k"), new_session_id("k")
    assert first != second and is_session_id(first)
    assert not is_session_id("../../etc/passwd") and not is_session_id(None)
    assert sender_id("k", "web", first) == sender_id("k", "web", first)
    assert sender_id("k", "web", first) != sender_id("other-key", "web", first)
    assert first not in sender_id("k", "web", first)
