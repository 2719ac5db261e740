"""No input makes a 500: odd paths and bodies, and schemathesis over our own OpenAPI document."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import delete
from twilio.request_validator import RequestValidator


@pytest.mark.parametrize("path", ["/services/%00", "/api/services/%00", "/search?q=%00",
                                  "/api/services?search=a%00b"])
def test_a_null_character_anywhere_is_a_400(client, path):
    response = client.get(path)
    assert response.status_code == 400


def test_deeply_nested_json_is_a_clear_400(client):
    body = "[" * 50_000 + "]" * 50_000
    response = client.post("/chat/messages", data=body, content_type="application/json")
    assert response.status_code == 400
    assert "nested too deeply" in response.get_json()["error"]


# Bounded to keep the suite's run short: each operation gets this many generated requests.
EXAMPLES_PER_OPERATION = 40


def test_the_api_conforms_to_its_openapi_document_whatever_it_is_asked(api_app):
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", api_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case):
            response = case.call()
            assert response.status_code < 500, (case.path, case.query, response.text[:300])
            case.validate_response(response, checks=[
                not_a_server_error, status_code_conformance, content_type_conformance,
                response_schema_conformance])

        check()


ORUK_OPENAPI = Path(__file__).resolve().parents[3] / "shared" / "standards" / "oruk-3.0" / "openapi.json"


def test_no_open_referral_uk_request_makes_a_server_error(api_app):
    """The ORUK spec has filters we refuse with a 400 it does not document: only 5xx count."""
    document = json.loads(ORUK_OPENAPI.read_text())
    document["servers"] = [{"url": "/api"}]
    for parameter in document["components"]["parameters"].values():
        if parameter["schema"].get("type") == "time":  # not a JSON Schema type; the spec means this
            parameter["schema"] = {"type": "string", "format": "time"}
    schema = schemathesis.openapi.from_dict(document)
    schema.app = api_app
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 9
    for operation in operations:
        @settings(max_examples=EXAMPLES_PER_OPERATION // 2, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case):
            response = case.call()
            assert response.status_code < 500, (case.path, case.query, response.text[:300])

        check()


# -- the chat and SMS bodies, without the assistant (its fallback answers) --------------------

TOKEN = "test-auth-token-not-real"
BASE = "https://signpost.example.org"
CHANNEL_SETTINGS = ("TWILIO_AUTH_TOKEN", "SMS_WEBHOOK_BASE_URL", "RASA_URL", "RASA_TIMEOUT")
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12)
chat_bodies = json_values | st.fixed_dictionaries(
    {}, optional={"session": json_values, "message": json_values | st.text(max_size=300),
                  "lang": json_values | st.sampled_from(["en", "ar", "xx", ""])})
form_fields = st.dictionaries(
    st.sampled_from(["From", "To", "Body", "MessageSid", "AccountSid", "NumMedia"]) | st.text(max_size=8),
    st.text(max_size=200), max_size=6)
FUZZ = settings(max_examples=60, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.fixture
def channels(seeded_app):
    from directory.db import transaction
    from tests.support.assistant import free_port
    from web.sms.models import SmsContact, SmsMessage
    saved = {key: seeded_app.config[key] for key in CHANNEL_SETTINGS}
    seeded_app.config.update(TWILIO_AUTH_TOKEN=TOKEN, SMS_WEBHOOK_BASE_URL=BASE,
                             RASA_URL=f"http://127.0.0.1:{free_port()}", RASA_TIMEOUT=1)
    seeded_app.extensions.pop("chat_relay", None)
    yield seeded_app.test_client()
    with transaction(seeded_app.extensions["directory"].session_factory) as session:
        session.execute(delete(SmsMessage))
        session.execute(delete(SmsContact))
    seeded_app.config.update(saved)
    seeded_app.extensions.pop("chat_relay", None)


@FUZZ
@given(body=chat_bodies)
def test_no_chat_body_makes_a_server_error(channels, body):
    response = channels.post("/chat/messages", json=body)
    assert response.status_code < 500, (body, response.get_data(as_text=True)[:300])


@FUZZ
@given(raw=st.binary(max_size=200), content_type=st.sampled_from(
    ["application/json", "text/plain", "application/x-www-form-urlencoded"]))
def test_no_raw_chat_body_makes_a_server_error(channels, raw, content_type):
    response = channels.post("/chat/messages", data=raw, content_type=content_type)
    assert response.status_code < 500, (raw, response.get_data(as_text=True)[:300])


@FUZZ
@given(fields=form_fields, signed=st.booleans())
def test_no_sms_body_makes_a_server_error(channels, fields, signed):
    headers = {}
    if signed:
        headers["X-Twilio-Signature"] = RequestValidator(TOKEN).compute_signature(
            f"{BASE}/sms/twilio", fields)
    response = channels.post("/sms/twilio", data=fields, headers=headers)
    assert response.status_code < 500, (fields, response.get_data(as_text=True)[:300])
    if not signed:
        assert response.status_code in (400, 403)  # refused either way: never answered
