"""No body makes a 500: generated JSON for the chat and generated (correctly signed) forms for
the SMS webhook, with the assistant down so every reply comes from the directory's fallback."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from twilio.request_validator import RequestValidator

from tests.support.assistant import free_port
from web.chat.sessions import new_csrf_token

TOKEN, BASE = "fuzz-token-not-real", "https://signpost.example.org"
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
text = st.text(max_size=300)
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | text,
                           lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(text, inner, max_size=4), max_leaves=12)


@pytest.fixture
def app(seeded_app):
    saved = dict(seeded_app.config)
    seeded_app.config.update(RASA_URL=f"http://127.0.0.1:{free_port()}", RASA_TIMEOUT=1,
                             TWILIO_AUTH_TOKEN=TOKEN, SMS_WEBHOOK_BASE_URL=BASE, SMS_RATE_LIMIT=10_000)
    seeded_app.extensions.pop("chat_relay", None)
    yield seeded_app
    seeded_app.config.update(saved)
    seeded_app.extensions.pop("chat_relay", None)


@FUZZ
@given(body=st.fixed_dictionaries({}, optional={"session": json_values, "message": json_values | text,
                                               "lang": json_values, "csrf": json_values})
       | json_values, with_token=st.booleans())
def test_any_json_to_the_chat_gets_an_answer_or_a_clear_400(app, body, with_token):
    if with_token and isinstance(body, dict):
        body = {**body, "csrf": new_csrf_token(app.config["SECRET_KEY"])}
    reply = app.test_client().post("/chat/messages", json=body)
    assert reply.status_code in (200, 400), reply.data
    assert reply.get_json()["messages" if reply.status_code == 200 else "error"]


@FUZZ
@given(form=st.dictionaries(st.sampled_from(["MessageSid", "From", "To", "Body", "NumMedia", "x"]),
                            st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=400)))
def test_any_signed_form_to_the_sms_webhook_gets_twiml_or_a_clear_400(app, form):
    signature = RequestValidator(TOKEN).compute_signature(f"{BASE}/sms/twilio", form)
    reply = app.test_client().post("/sms/twilio", data=form, headers={"X-Twilio-Signature": signature})
    assert reply.status_code in (200, 400), reply.data
