"""The public site: find the right help in seconds, safely, on any phone.

One blueprint, split by page area: the fixed pages (home, help now, safe browsing), finding
services (search and browse), and one service's page (with its "report wrong information" form).
"""
from flask import Blueprint
from flask_babel import get_locale

public = Blueprint("public", __name__)


@public.record_once
def _compact_templates(state):
    # Block tags leave no blank lines behind: fewer bytes on every page, for the same markup.
    state.app.jinja_env.trim_blocks = True
    state.app.jinja_env.lstrip_blocks = True


@public.app_context_processor
def _locale():
    # Every page (error pages too) says which language it is in, and which way it reads.
    locale = get_locale()
    return {"page_lang": str(locale or "en"),
            "page_dir": "rtl" if locale and locale.character_order == "right-to-left" else "ltr"}


@public.context_processor
def _service_details():
    # Result cards and service pages read a service through the same rules.
    from . import service_details
    return {"details": service_details}


from . import browse, compression, formatting, pages, search, service  # noqa: E402,F401
