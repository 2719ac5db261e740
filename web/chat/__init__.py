"""Web chat with the assistant: Flask relays each message to Rasa's REST channel."""
from flask import Blueprint

chat = Blueprint("chat", __name__)

from . import routes  # noqa: E402,F401
