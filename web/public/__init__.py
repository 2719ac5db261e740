"""The public site: find the right help in seconds, safely, on any phone."""
from flask import Blueprint

public = Blueprint("public", __name__)

from . import routes  # noqa: E402,F401
