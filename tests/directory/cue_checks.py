"""The two checks every cue test file makes, built from its lists: each message's reading meets
its expectation (`holds`), and each conversation's last turn does, read with the turns before it
("historic" checks that the conversation is read as about the past)."""
from __future__ import annotations

import pytest

from .test_signposting import holds, signpost, signpost_conversation


def message_test(messages: list[tuple[str, str]]):
    """A test of (expectation, text) pairs, to assign to a `test_` name in the test module."""
    @pytest.mark.parametrize("expectation, text", messages)
    def test_message(expectation, text):
        assert holds(expectation, signpost(text)), text
    return test_message


def conversation_test(conversations: list[tuple[str, list[str]]]):
    """A test of (expectation, turns) pairs, judged on the last turn."""
    @pytest.mark.parametrize("expectation, turns", conversations)
    def test_conversation(expectation, turns):
        decided = signpost_conversation(turns)
        if expectation == "historic":
            assert decided.understanding.historic
        else:
            assert holds(expectation, decided), turns
    return test_conversation
