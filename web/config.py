"""Configuration classes. Secrets and locations come only from the environment."""
from __future__ import annotations

import os
from pathlib import Path

from directory import database_url_from_env


class Config:
    TESTING = False
    # Keys not given here are generated once into the instance folder (web/keys.py).
    SECRET_KEY = os.environ.get("SECRET_KEY")
    CHAT_HASH_KEY = os.environ.get("CHAT_HASH_KEY")
    SMS_HASH_KEY = os.environ.get("SMS_HASH_KEY")
    # Without DATABASE_URL or SEARCH_INDEX_DIR, both live in the app's instance folder.
    DATABASE_URL = database_url_from_env() if os.environ.get("DATABASE_URL") else None
    SEARCH_INDEX_DIR = os.environ.get("SEARCH_INDEX_DIR")
    # Where the quick exit sends people: neutral, and replaceable per deployment.
    QUICK_EXIT_URL = os.environ.get("QUICK_EXIT_URL", "https://www.bbc.co.uk/weather")
    NEUTRAL_TITLE = os.environ.get("NEUTRAL_TITLE", "")
    PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "")
    # The site's public address, for links sent by SMS (a path alone is no use on a phone).
    SITE_URL = os.environ.get("SIGNPOST_SITE_URL", "")
    CHAT_IDLE_MINUTES = int(os.environ.get("SIGNPOST_CHAT_IDLE_MINUTES", "30"))
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
    SMS_RETENTION_MINUTES = int(os.environ.get("SMS_RETENTION_MINUTES", str(24 * 60)))
    SMS_RATE_LIMIT = int(os.environ.get("SMS_RATE_LIMIT", "10"))
    SMS_RATE_WINDOW_MINUTES = int(os.environ.get("SMS_RATE_WINDOW_MINUTES", "10"))
    BABEL_DEFAULT_LOCALE = "en"
    BABEL_TRANSLATION_DIRECTORIES = str(Path(__file__).parent.parent / "translations")
    LANGUAGES = ["en", "es", "pt", "pl", "ro", "tr", "ar", "ur"]
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
