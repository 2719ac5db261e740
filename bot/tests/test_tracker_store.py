import time

import pytest
import tracker_store
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from tracker_store import RetentionTrackerStore, wants_to_forget

DOMAIN = Domain.from_dict({"intents": ["greet", "forget"], "actions": ["action_greet"]})


@pytest.fixture
def store(tmp_path):
    return RetentionTrackerStore(DOMAIN, idle_minutes=30, sms_idle_minutes=24 * 60, dialect="sqlite",
                                 db=str(tmp_path / "conversations.sqlite3"))


def tracker(sender, text, intent, timestamp=None):
    events = [ActionExecuted("action_listen", timestamp=timestamp),
              UserUttered(text, {"name": intent, "confidence": 1.0}, timestamp=timestamp)]
    return DialogueStateTracker.from_events(sender, events, DOMAIN.slots)


async def test_a_conversation_is_kept_while_active(store):
    await store.save(tracker("web-a", "hello", "greet"))
    assert await store.retrieve("web-a") is not None


async def test_the_words_typed_are_never_stored_only_what_was_understood(store):
    typed = "Maria says he hurts her, she lives at 12 Acacia Avenue in Haringey"
    entities = [{"entity": "borough", "value": "haringey", "start": 51, "end": 59}]
    conversation = DialogueStateTracker.from_events("web-c", [
        ActionExecuted("action_listen"),
        UserUttered(typed, {"name": "friend_family", "confidence": 0.9}, entities,
                    parse_data={"text": typed, "intent": {"name": "friend_family"}}),
    ], DOMAIN.slots)
    await store.save(conversation)
    assert conversation.latest_message.text == typed  # the turn in hand keeps its words
    with store.session_scope() as session:
        stored = " ".join(row.data for row in session.query(store.SQLEvent).all())
    assert "Maria" not in stored and "Acacia" not in stored and "friend_family" in stored
    kept = (await store.retrieve("web-c")).latest_message
    assert kept.text is None and kept.intent_name == "friend_family"
    assert kept.entities[0]["value"] == "haringey"
    # Where the word was typed says how long the message was around it: not kept either.
    assert "start" not in kept.entities[0] and '"start"' not in stored and '"end"' not in stored


async def test_stop_deletes_the_whole_conversation_at_once(store):
    await store.save(tracker("web-a", "hello", "greet"))
    conversation = await store.retrieve("web-a")
    conversation.update(UserUttered("stop", {"name": "forget", "confidence": 0.99}))
    await store.save(conversation)
    assert await store.retrieve("web-a") is None
    assert "web-a" not in await store.keys()


async def test_a_deleted_conversation_leaves_nothing_in_the_database_file(store, tmp_path):
    """Not even in free pages (Debian's SQLite overwrites by default; the store asks for it)."""
    await store.save(tracker("web-zebracorn-sender", "hello", "greet"))
    await store.save(tracker("web-other", "hello", "greet"))
    store.delete("web-zebracorn-sender")
    store.engine.dispose()
    assert b"zebracorn" not in (tmp_path / "conversations.sqlite3").read_bytes()


async def test_the_word_stop_forgets_even_if_the_model_misreads_it(store):
    await store.save(tracker("web-b", "DELETE", "greet"))
    assert await store.retrieve("web-b") is None


async def test_idle_conversations_expire_whole(store):
    old = time.time() - 31 * 60
    await store.save(tracker("web-old", "hello", "greet", timestamp=old))
    await store.save(tracker("web-new", "hello", "greet"))
    assert set(await store.keys()) == {"web-new"}


async def test_stop_inside_a_sentence_never_deletes_even_if_read_as_forget(store):
    """Danger first: despair worded with "stop" must reach the assistant's help, not deletion."""
    await store.save(tracker("web-d", "hello", "greet"))
    conversation = await store.retrieve("web-d")
    conversation.update(UserUttered("i just want everything to stop, i can't go on",
                                    {"name": "forget", "confidence": 0.9}))
    await store.save(conversation)
    assert await store.retrieve("web-d") is not None


@pytest.mark.parametrize("text, forget", [("stop", True), ("Delete!", True), ("borrar", True),
                                          ("sil", True), ("/forget", True), ("حذف", True),
                                          ("stop hitting me", False), ("hello", False),
                                          ("please make it stop", False)])
def test_forget_words(text, forget):
    assert wants_to_forget(tracker("x", text, "greet")) is forget


async def test_text_conversations_are_kept_for_a_day_not_half_an_hour(store):
    two_hours_ago = time.time() - 2 * 60 * 60
    two_days_ago = time.time() - 48 * 60 * 60
    await store.save(tracker("sms-recent", "hello", "greet", timestamp=two_hours_ago))
    await store.save(tracker("sms-old", "hello", "greet", timestamp=two_days_ago))
    await store.save(tracker("web-recent", "hello", "greet", timestamp=two_hours_ago))
    assert set(await store.keys()) == {"sms-recent"}


async def test_an_idle_conversation_is_never_continued_between_sweeps(store):
    await store.save(tracker("web-new", "hello", "greet"))  # the sweep has just run
    await store.save(tracker("web-old", "hello", "greet", timestamp=time.time() - 31 * 60))
    assert await store.retrieve("web-old") is None


def stored_senders(store):
    with store.session_scope() as session:
        return {row.sender_id for row in session.query(store.SQLEvent).all()}


async def test_other_idle_conversations_are_swept_once_a_minute_not_on_every_message(store, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(tracker_store.time, "monotonic", lambda: clock[0])
    await store.save(tracker("web-new", "hello", "greet"))
    await store.save(tracker("web-old", "hello", "greet", timestamp=time.time() - 31 * 60))
    await store.retrieve("web-new")
    assert stored_senders(store) == {"web-new", "web-old"}
    clock[0] += tracker_store.SWEEP_EVERY_SECONDS
    await store.retrieve("web-new")
    assert stored_senders(store) == {"web-new"}
