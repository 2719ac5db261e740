"""The public site: find the right help in seconds, safely, on any phone.

One blueprint, split by page area: the fixed pages (home, help now, safe browsing), finding
services (search and browse), and one service's page (with its "report wrong information" form).
"""
from flask import Blueprint

public = Blueprint("public", __name__)
# Gzip, the page's language and direction, and the shared filters are app-wide (web/pages.py),
# as is how a service card reads a service (web/service_details.py).


from . import browse, pages, search, service  # noqa: E402,F401
