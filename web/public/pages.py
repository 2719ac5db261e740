"""The fixed pages: home, "help now" and safe browsing."""
from __future__ import annotations

from flask import g, render_template

from directory import SearchRequest, get_service, get_services, list_taxonomy, stable_id
from signpost_common.emergency import EMERGENCY_LINE_ID, NATIONAL_HELPLINE_ID

from .. import service_details
from ..directory_handle import db_session, directory
from . import public

# The directory's own records for the emergency routes: the numbers shown come from these,
# never from the templates. Keys are the seed ids in national-helplines.yaml.
EMERGENCY_RECORDS = {
    "police_999": EMERGENCY_LINE_ID,
    "emergency_sms": "emergencysms-textphone",
    "police_101": "police-101",
}
# The line offered first, on the home page and wherever someone may need a number now: the
# 24-hour National Domestic Abuse Helpline, from its record in the vetted national list.
NATIONAL_HELPLINE = NATIONAL_HELPLINE_ID
MAX_ALWAYS_OPEN = 20


@public.app_context_processor
def _helpline():
    return {"national_helpline": national_helpline}


def national_helpline() -> dict | None:
    """{"number", "href", "always_open"} from the directory's record, once per request."""
    if "national_helpline" not in g:
        record = get_service(db_session(), stable_id("service", NATIONAL_HELPLINE))
        call = record.first_call_number if record else None
        g.national_helpline = call and {
            "name": record.name, "number": call.number, "href": call.href,
            "always_open": service_details.hours(record).always_open}
    return g.national_helpline


@public.get("/")
def home():
    terms = list_taxonomy(directory().search)
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
    records = {name: get_service(session, stable_id("service", key))
               for name, key in EMERGENCY_RECORDS.items()}
    numbers = {name: _phones_by_type(service) for name, service in records.items()}
    other_ways = {name: service.application_process if service else None
                  for name, service in records.items()}
    return render_template("public/help_now.html", numbers=numbers, other_ways=other_ways,
                           always_open=_always_open_lines())


@public.get("/safe-browsing")
def safe_browsing():
    return render_template("public/safe_browsing.html")


def _always_open_lines() -> list:
    """The 24-hour lines other than the police routes above them, the national domestic abuse
    helpline first: it is the line for most people who come here."""
    found = directory().search.search(SearchRequest(always_open=True, limit=MAX_ALWAYS_OPEN))
    skip = {stable_id("service", key) for key in EMERGENCY_RECORDS.values()}
    first = stable_id("service", NATIONAL_HELPLINE)
    ids = sorted((i for i in found.service_ids if i not in skip), key=lambda i: i != first)
    return get_services(db_session(), ids)


def _phones_by_type(service) -> dict[str, str]:
    """{"voice": "999", "text": ...}: the first number of each type the record holds."""
    found: dict[str, str] = {}
    for number in service.contact_numbers if service else ():
        found.setdefault(number.kind, number.number)
    return found
