"""The HSDS 3.0 / Open Referral UK API: read-only JSON under /api."""
from flask import Blueprint

api = Blueprint("api", __name__)

from . import routes, signpost  # noqa: E402,F401  (routes register themselves on the blueprint)
