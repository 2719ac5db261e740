"""Browsing without typing: by what is happening, by where you are, and by who you are."""
from __future__ import annotations

from flask import abort, render_template, request, url_for

from directory import SearchRequest, get_taxonomy_term, list_taxonomy, term_id

from ..directory_handle import db_session, directory
from . import public
from .listing import page_number, run_search

# Which search filter each kind of browse page sets, and which taxonomy its codes come from.
BROWSE_KINDS = {
    "abuse": ("abuse-type", "abuse_type"),
    "area": ("area", "borough"),
    "audience": ("audience", "audience"),
}


@public.get("/browse/area")
def browse_areas():
    terms = list_taxonomy(directory().search)
    boroughs = sorted((t for t in terms.in_taxonomy("area") if t.parent == "london"),
                      key=lambda t: t.name)
    return render_template("public/browse_areas.html", boroughs=boroughs)


@public.get("/browse/<any(abuse, area, audience):kind>/<code>")
def browse(kind: str, code: str):
    taxonomy, filter_name = BROWSE_KINDS[kind]
    terms = list_taxonomy(directory().search)
    info = terms.terms.get((taxonomy, code[:60]))
    if info is None:
        abort(404)
    term = get_taxonomy_term(db_session(), term_id(taxonomy, info.code))
    narrower = sorted((t for t in terms.in_taxonomy(taxonomy) if t.parent == info.code),
                      key=lambda t: t.name)
    page = page_number(request.args.get("page"))
    listing = run_search(SearchRequest(**{filter_name: info.code}), page)
    return render_template(
        "public/browse.html", kind=kind, info=info, term=term, narrower=narrower,
        listing=listing, refine_args={filter_name: info.code},
        page_url=lambda number: url_for("public.browse", kind=kind, code=info.code,
                                        page=number))
