import action_responses
import pytest
from action_responses import install_once_built_validator
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction


@pytest.fixture
def remote_action(monkeypatch):
    monkeypatch.setattr(RemoteAction, "_validate_action_result", RemoteAction._validate_action_result)
    install_once_built_validator()
    return RemoteAction("action_signpost", None)


def test_a_good_answer_from_the_action_server_passes(remote_action):
    answer = {"events": [{"event": "slot", "name": "borough", "value": "haringey"}],
              "responses": [{"text": "Here is help near you."}]}
    assert remote_action._validate_action_result(answer) is True


@pytest.mark.parametrize("answer", [{"events": [{"name": "borough"}]},
                                    {"events": "slot"},
                                    {"events": [{"event": 5}]}])
def test_a_bad_answer_is_still_refused_with_rasas_explanation(remote_action, answer):
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        remote_action._validate_action_result(answer)


def test_the_schema_itself_is_checked_once_not_for_every_answer(remote_action, monkeypatch):
    action_responses.response_validator.cache_clear()
    checks = []
    validator_class = type(action_responses.response_validator())
    monkeypatch.setattr(validator_class, "check_schema", classmethod(lambda cls, s: checks.append(s)))
    for _ in range(3):
        remote_action._validate_action_result({"events": []})
    assert checks == []
