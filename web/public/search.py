"""Search results with filters: a plain GET form that works without JavaScript."""
from __future__ import annotations

from flask import render_template, request, url_for

from . import public
from .listing import page_number, run_search
from .search_form import SearchForm, choice_options


@public.get("/search")
def search():
    form = SearchForm.from_args(request.args)
    page = page_number(request.args.get("page"))
    listing = None if form.is_empty else run_search(form.search_request(), page)
    args = form.query_args()
    return render_template(
        "public/search.html", form=form, listing=listing, options=choice_options(),
        page_url=lambda number: url_for("public.search", **args, page=number))
