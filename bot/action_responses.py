"""The action server's answers are checked against Rasa's schema with a validator built once.

Rasa 3.6 checks every answer with `jsonschema.validate`, which first checks the schema itself
against the JSON Schema meta-schema: about 40 ms of CPU for every action, more than the rest
of the action's handling, and in the one process that every conversation shares. The schema
never changes, so it is checked once here and every answer is still validated against it,
with the same error for a bad answer.
"""
from __future__ import annotations

from functools import cache
from typing import Any

from jsonschema import ValidationError, validators
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL


@cache
def response_validator():
    spec = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(spec)
    validator_class.check_schema(spec)
    return validator_class(spec)


def validate_action_result(_action: RemoteAction, result: dict[str, Any]) -> bool:
    try:
        response_validator().validate(result)
    except ValidationError as error:
        error.message += (". Failed to validate Action server response from API, make sure your "
                          f"response from the Action endpoint is valid. For more information "
                          f"about the format visit {DOCS_BASE_URL}/custom-actions")
        raise
    return True


def install_once_built_validator() -> None:
    RemoteAction._validate_action_result = validate_action_result
