from __future__ import annotations

from flask import abort, render_template, request

from directory import catalogue
from directory.search import SearchRequest, UnknownFilter

from ..directory_handle import db_session, directory
from . import public

PER_PAGE = 10


@public.get("/")
def home():
    terms, _ = directory().search.vocabulary()
    return render_template("public/home.html", abuse_types=_top_terms(terms, "abuse-type"))


@public.get("/search")
def search():
    terms, _ = directory().search.vocabulary()
    text = (request.args.get("q") or "").strip()[:200]
    page = request.args.get("page", "1")
    page = int(page) if page.isdigit() and 0 < int(page) < 1000 else 1
    search_request = SearchRequest(
        text=text, abuse_type=request.args.get("abuse_type") or None,
        borough=(request.args.get("borough") or "").strip()[:40] or None,
        audience=request.args.get("audience") or None,
        language=request.args.get("language") or None,
        service_type=request.args.get("service_type") or None,
        open_now=request.args.get("open_now") == "1",
        always_open=request.args.get("always_open") == "1",
        offset=(page - 1) * PER_PAGE, limit=PER_PAGE)
    error = None
    try:
        result = directory().search.search(search_request)
        services = catalogue.get_services(db_session(), result.service_ids)
    except UnknownFilter as unknown:
        result, services, error = None, [], str(unknown)
    return render_template("public/search.html", text=text, result=result, services=services,
                           error=error, page=page, per_page=PER_PAGE, filters=request.args,
                           abuse_types=_top_terms(terms, "abuse-type"),
                           audiences=terms.in_taxonomy("audience"),
                           service_types=terms.in_taxonomy("service-type"),
                           languages=terms.in_taxonomy("language")), (400 if error else 200)


@public.get("/services/<service_id>")
def service(service_id: str):
    found = catalogue.get_service(db_session(), service_id[:36])
    if found is None:
        abort(404)
    return render_template("public/service.html", service=found)


def _top_terms(terms, taxonomy):
    return [t for t in terms.in_taxonomy(taxonomy) if t.parent is None]
