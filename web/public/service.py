"""One service's page, and the form for saying its information is wrong."""
from __future__ import annotations

import logging

from flask import abort, render_template, request
from flask_babel import lazy_gettext as _l

from directory import get_service

from ..directory_handle import db_session
from . import public

# Reports are for the editors' re-checking queue. Only the service and the kind of detail are
# logged: no free text, no address, nothing about who sent it.
report_log = logging.getLogger("signpost.reports")

REPORTABLE_DETAILS = {
    "phone": _l("A phone number or text number"),
    "hours": _l("Opening hours"),
    "website": _l("Website, webchat or email"),
    "address": _l("Address or area covered"),
    "who-for": _l("Who the service is for"),
    "closed": _l("The service has closed"),
    "other": _l("Something else"),
}


@public.get("/services/<service_id>")
def service(service_id: str):
    found = _service_or_404(service_id)
    return render_template("public/service.html", service=found,
                           reportable=REPORTABLE_DETAILS)


@public.post("/services/<service_id>/report")
def report_wrong_information(service_id: str):
    found = _service_or_404(service_id)
    detail = request.form.get("detail", "")
    if detail not in REPORTABLE_DETAILS:
        return render_template("public/service.html", service=found,
                               reportable=REPORTABLE_DETAILS, report_problem=True), 400
    report_log.info("wrong information reported: service=%s detail=%s", found.id, detail)
    return render_template("public/report_thanks.html", service=found)


def _service_or_404(service_id: str):
    # Ids are UUIDs: anything longer can't be one, and is not worth a query.
    found = get_service(db_session(), service_id) if len(service_id) <= 36 else None
    if found is None:
        abort(404)
    return found
