from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from flask import abort, current_app, jsonify, url_for

from directory import (
    MAX_PER_PAGE,
    Page,
    get_organization,
    get_service_at_location,
    get_service_json,
    get_taxonomy,
    get_taxonomy_term,
    list_organizations,
    list_service_at_locations,
    list_services,
    list_taxonomies,
    list_taxonomy_terms,
    organization_json,
    service_at_location_json,
    taxonomy_json,
    taxonomy_term_json,
    term_ids_in_taxonomy,
)

from ..directory_handle import db_session, directory
from . import api
from .params import (
    MAX_PAGE,
    bool_param,
    check_uuid,
    datetime_param,
    float_param,
    page_params,
    reject_unsupported_filters,
    text_param,
    uuid_list_param,
    uuid_param,
)

HSDS_VERSION = "3.0"
PROFILE = "https://openreferraluk.org/"


@api.get("/")
def about():
    # Never built from the request's Host header, which anyone can forge, but from the configured
    # public address: the site's, else the one Twilio is told to call (also the site's).
    config = current_app.config
    base = (config.get("SITE_URL") or config["SMS_WEBHOOK_BASE_URL"]).rstrip("/")
    return jsonify({"version": HSDS_VERSION, "profile": PROFILE,
                    "openapi_url": base + url_for("api.openapi")})


@api.get("/openapi.json")
def openapi():
    return jsonify(openapi_document())


@cache
def openapi_document() -> dict:
    document = json.loads((Path(__file__).parent / "hsds-openapi.json").read_text("utf-8"))
    document["info"] = {
        "title": "Signpost VAWG services directory",
        "version": "1.0",
        "summary": "Violence against women and girls services, as HSDS 3.0 (Open Referral UK).",
        "description": "Read-only. Every service carries its sources and verification status as "
                       "attributes. Adapted from the Open Referral HSDS 3.0 API definition "
                       "(CC BY-SA 4.0).",
        "license": {"name": "CC BY-SA 4.0",
                    "url": "https://creativecommons.org/licenses/by-sa/4.0/"},
    }
    document["servers"] = [{"url": "/api"}]
    _document_limits_and_errors(document)
    return document


ERROR_SCHEMA = {"type": "object", "required": ["status", "error"],
                "properties": {"status": {"type": "integer"}, "error": {"type": "string"}}}


def _document_limits_and_errors(document: dict) -> None:
    """Say what the API really does: its paging limits, and the 400 and 404 it answers with."""
    parameters = document["components"]["parameters"]
    parameters["page"]["schema"].update(minimum=1, maximum=MAX_PAGE)
    parameters["per_page"]["schema"].update(minimum=1, maximum=MAX_PER_PAGE)
    document["components"].setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    error = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    for path, operations in document["paths"].items():
        for operation in operations.values():
            if not isinstance(operation, dict) or path == "/":
                continue
            operation["responses"]["400"] = {"description": "A parameter that cannot be used, "
                                                            "and why.", **error}
            if "{id}" in path:
                operation["responses"]["404"] = {"description": "No record has that id.", **error}


@api.get("/services")
def services():
    reject_unsupported_filters()
    page, per_page = page_params()
    term_ids = uuid_list_param("taxonomy_term_id")
    taxonomy_id = uuid_param("taxonomy_id")
    session = db_session()
    if taxonomy_id:
        term_ids += term_ids_in_taxonomy(session, taxonomy_id)
        if not term_ids:
            return jsonify(Page([], 0, page, per_page).hsds([]))
    found = list_services(
        session, directory().search, text=text_param("search"), taxonomy_term_ids=term_ids,
        organization_id=uuid_param("organization_id"),
        modified_after=datetime_param("modified_after"), page=page, per_page=per_page,
        full=bool_param("full"))
    return jsonify(found.hsds(found.items))


@api.get("/services/<service_id>")
def service(service_id: str):
    found = get_service_json(db_session(), check_uuid(service_id))
    if found is None:
        abort(404, "No service has that id.")
    return jsonify(found)


@api.get("/organizations")
def organizations():
    page, per_page = page_params()
    found = list_organizations(db_session(), page, per_page)
    return jsonify(found.hsds([organization_json(o) for o in found.items]))


@api.get("/organizations/<organization_id>")
def organization(organization_id: str):
    found = get_organization(db_session(), check_uuid(organization_id))
    if found is None:
        abort(404, "No organization has that id.")
    return jsonify(organization_json(found, services=found.services))


@api.get("/taxonomies")
def taxonomies():
    page, per_page = page_params()
    found = list_taxonomies(db_session(), page, per_page)
    return jsonify(found.hsds([taxonomy_json(t) for t in found.items]))


@api.get("/taxonomies/<taxonomy_id>")
def taxonomy(taxonomy_id: str):
    found = get_taxonomy(db_session(), check_uuid(taxonomy_id))
    if found is None:
        abort(404, "No taxonomy has that id.")
    return jsonify(taxonomy_json(found))


@api.get("/taxonomy_terms")
def taxonomy_terms():
    page, per_page = page_params()
    found = list_taxonomy_terms(
        db_session(), taxonomy_id=uuid_param("taxonomy_id"), parent_id=uuid_param("parent_id"),
        top_only=bool_param("top_only"), page=page, per_page=per_page)
    return jsonify(found.hsds([taxonomy_term_json(t) for t in found.items]))


@api.get("/taxonomy_terms/<term_id>")
def taxonomy_term(term_id: str):
    found = get_taxonomy_term(db_session(), check_uuid(term_id))
    if found is None:
        abort(404, "No taxonomy term has that id.")
    return jsonify(taxonomy_term_json(found))


@api.get("/service_at_locations")
def service_at_locations():
    reject_unsupported_filters()
    page, per_page = page_params()
    found = list_service_at_locations(
        db_session(), postcode=text_param("postcode", 10), proximity_m=float_param("proximity"),
        page=page, per_page=per_page)
    return jsonify(found.hsds([service_at_location_json(x) for x in found.items]))


@api.get("/service_at_locations/<link_id>")
def service_at_location(link_id: str):
    found = get_service_at_location(db_session(), check_uuid(link_id))
    if found is None:
        abort(404, "No service at location has that id.")
    return jsonify(service_at_location_json(found))
