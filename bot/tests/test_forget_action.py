"""action_forget: a deletion command on its own says it deleted; a sentence the model read as
"forget" gets 999 instead (the directory is not running here, so no services are listed)."""
import os

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

os.environ.setdefault("SIGNPOST_API_URL", "http://127.0.0.1:9/api")  # nothing listens there
from actions.actions import ActionForget  # noqa: E402
from actions.replies import FORGOTTEN  # noqa: E402

from signpost_common.emergency import IN_DANGER  # noqa: E402


def said(text: str) -> list[str]:
    tracker = Tracker("web-x", {}, {"text": text, "intent": {"name": "forget"}, "metadata": {}},
                      [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    ActionForget().run(dispatcher, tracker, {})
    return [m["custom"]["text"] for m in dispatcher.messages]  # replies travel as structure


@pytest.mark.parametrize("text", ["stop", "DELETE", "/forget", "borrar"])
def test_a_command_on_its_own_says_the_chat_was_deleted(text):
    assert said(text) == [FORGOTTEN]


@pytest.mark.parametrize("text", ["i want it all to stop", "i just want to stop existing",
                                  "how do i delete my texts so he can't see"])
def test_a_sentence_read_as_forget_gets_999_and_is_not_told_it_was_deleted(text):
    replies = said(text)
    assert FORGOTTEN not in replies and replies[0] == IN_DANGER
