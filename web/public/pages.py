"""The fixed pages: home, "help now" and safe browsing."""
from __future__ import annotations

from flask import render_template

from directory import catalogue
from directory.models import stable_id

from ..directory_handle import db_session, directory
from . import public

# The directory's own records for the emergency routes: the numbers shown come from these,
# never from the templates. Keys are the seed ids in national-helplines.yaml.
EMERGENCY_RECORDS = {
    "police_999": "police-999-silent-solution",
    "emergency_sms": "emergencysms-textphone",
    "police_101": "police-101",
}


@public.get("/")
def home():
    terms, _lexicon = directory().search.vocabulary()
    abuse_types = sorted((t for t in terms.in_taxonomy("abuse-type") if t.parent is None),
                         key=lambda t: t.name)
    return render_template("public/home.html", abuse_types=abuse_types)


@public.get("/favicon.ico")
def favicon():
    # Browsers ask for this on every first visit; "no content" is cheaper than an error page.
    return "", 204


@public.get("/help-now")
def help_now():
    session = db_session()
    records = {name: catalogue.get_service(session, stable_id("service", key))
               for name, key in EMERGENCY_RECORDS.items()}
    numbers = {name: _phones_by_type(service) for name, service in records.items()}
    other_ways = {name: service.application_process if service else None
                  for name, service in records.items()}
    return render_template("public/help_now.html", numbers=numbers, other_ways=other_ways)


@public.get("/safe-browsing")
def safe_browsing():
    return render_template("public/safe_browsing.html")


def _phones_by_type(service) -> dict[str, str]:
    """{"voice": "999", "text": ...}: the first number of each type the record holds."""
    found: dict[str, str] = {}
    for phone in service.phones if service else []:
        found.setdefault(phone.type, phone.number)
    return found
