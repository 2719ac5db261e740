"""Search results with filters, leaving no trace of what was typed.

Typed words travel only in the body of a POST and come back on a page marked no-store (as
every page is), so they never reach the address bar, the history or a reload. A GET takes
only filter codes (an abuse type, a borough's code, ...): those addresses can be shared
on purpose, and a typed word put in one by hand is ignored.
"""
from __future__ import annotations

from flask import g, render_template, request, url_for

from ..search_form import SearchForm, choice_options
from . import public
from .listing import page_number, run_search


@public.route("/search", methods=["GET", "POST"])
def search():
    typed = request.method == "POST"
    form = SearchForm.from_args(request.form if typed else request.args, typed=typed)
    source = request.form if typed else request.args
    page = page_number(source.get("page"))
    listing = None if form.is_empty else run_search(form.search_request(), page)
    args = form.shareable_args()
    g.language_link_query = args  # switching language keeps the filters, never the words
    return render_template(
        "public/search.html", form=form, listing=listing, options=choice_options(),
        # A typed search pages by POST (the words stay out of the address); a shared one by link.
        page_fields=form.posted_fields() if form.text or form.typed_place else None,
        page_url=lambda number: url_for("public.search", **args, page=number))
