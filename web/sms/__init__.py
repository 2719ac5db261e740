"""Text-in by SMS through Twilio, answered by the same assistant as the web chat."""
from flask import Blueprint

sms = Blueprint("sms", __name__)

from . import models, routes  # noqa: E402,F401
