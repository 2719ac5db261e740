"""Configuration classes. Secrets and locations come only from the environment."""
from __future__ import annotations

import os
from pathlib import Path

from directory import database_url_from_env
from signpost_common.languages import LANGUAGES
from signpost_common.retention import chat_idle_minutes, sms_idle_minutes


class Config:
    TESTING = False
    # Keys not given here are generated once into the instance folder (web/keys.py).
    SECRET_KEY = os.environ.get("SECRET_KEY")
    CHAT_HASH_KEY = os.environ.get("CHAT_HASH_KEY")
    SMS_HASH_KEY = os.environ.get("SMS_HASH_KEY")
    # Without DATABASE_URL or SEARCH_INDEX_DIR, both live in the app's instance folder.
    DATABASE_URL = database_url_from_env()
    SEARCH_INDEX_DIR = os.environ.get("SEARCH_INDEX_DIR")
    # Read-aloud's recordings of pages (web/listen); the instance folder's audio/ without it.
    AUDIO_CACHE_DIR = os.environ.get("AUDIO_CACHE_DIR")
    # Where the quick exit sends people: neutral, and replaceable per deployment.
    QUICK_EXIT_URL = os.environ.get("QUICK_EXIT_URL", "https://www.bbc.co.uk/weather")
    NEUTRAL_TITLE = os.environ.get("NEUTRAL_TITLE", "")
    # The site's public address: links sent by SMS and in editors' emails are made from it (a
    # path alone is no use on a phone), and the API names its OpenAPI document with it.
    SITE_URL = os.environ.get("SIGNPOST_SITE_URL", "")
    CHAT_IDLE_MINUTES = chat_idle_minutes()
    # Pathway guidance and the tools' questions (content/README.md), read once at start-up.
    CONTENT_DIR = os.environ.get("CONTENT_DIR", str(Path(__file__).parent.parent / "content"))
    # The assistant listens on loopback only; Flask is its only client.
    RASA_URL = os.environ.get("RASA_URL", "http://127.0.0.1:5005")
    # A chat holds a server thread while it waits, so the wait is short: Rasa answers in about
    # 0.1 s, and past this the directory's own fallback answers with the helpline.
    RASA_TIMEOUT = float(os.environ.get("RASA_TIMEOUT", "4"))
    # Rasa's conversation store, so a deletion reaches it even when Rasa is down.
    ASSISTANT_TRACKER_DB = os.environ.get("SIGNPOST_TRACKER_DB", "")
    # SMS through Twilio. The webhook's public address is what Twilio signs, so it must be
    # the address Twilio calls, not the one behind a proxy.
    TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "")
    SMS_WEBHOOK_BASE_URL = os.environ.get("SMS_WEBHOOK_BASE_URL", "http://127.0.0.1:5000")
    # A text conversation idle this long is deleted; the assistant's store reads the same setting.
    SMS_RETENTION_MINUTES = sms_idle_minutes()
    SMS_RATE_LIMIT = int(os.environ.get("SMS_RATE_LIMIT", "10"))
    SMS_RATE_WINDOW_MINUTES = int(os.environ.get("SMS_RATE_WINDOW_MINUTES", "10"))
    BABEL_DEFAULT_LOCALE = "en"
    BABEL_TRANSLATION_DIRECTORIES = str(Path(__file__).parent.parent / "translations")
    LANGUAGES = list(LANGUAGES)
    JSON_SORT_KEYS = False
    MAX_CONTENT_LENGTH = 5 * 1024 * 1024


class DevelopmentConfig(Config):
    pass


class TestConfig(Config):
    TESTING = True
    SECRET_KEY = "test-only-not-secret"
    CHAT_HASH_KEY = "test-only-chat-hash-key-not-secret"
    SMS_HASH_KEY = "test-only-sms-hash-key-not-secret"


class ProductionConfig(Config):
    pass


CONFIGS = {"development": DevelopmentConfig, "test": TestConfig, "production": ProductionConfig}
