from signpost_common.retention import chat_idle_minutes, sms_idle_minutes


def test_defaults_half_an_hour_for_a_chat_and_a_day_for_texts():
    assert chat_idle_minutes({}) == 30
    assert sms_idle_minutes({}) == 24 * 60


def test_the_environment_sets_them():
    environ = {"SIGNPOST_CHAT_IDLE_MINUTES": "5", "SIGNPOST_SMS_IDLE_MINUTES": "60"}
    assert (chat_idle_minutes(environ), sms_idle_minutes(environ)) == (5, 60)
