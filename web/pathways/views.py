"""The pathway pages and the two tools.

A guidance page opens with three things to do now; its sections follow, each opening on request.
Its sources are listed once at the foot by readable title, section and date, linked without a
referrer so the other site is not told where the visitor came from (print shows the addresses).
"""
from __future__ import annotations

from flask import abort, g, render_template, request, url_for
from flask_babel import gettext as _
from werkzeug.datastructures import ImmutableMultiDict, MultiDict
from werkzeug.exceptions import RequestEntityTooLarge

from directory import (
    SearchRequest,
    ServiceView,
    UnknownFilter,
    filter_services,
    get_services,
    stable_id,
)

from ..directory_handle import db_session, directory
from ..search_form import SearchForm, choice_options
from . import content, easy_read_pages, pathways
from .content import Page, Source
from .easy_read import ORDER as EASY_READ_ORDER
from .tools import (
    JUDGEMENT_FIELD,
    BadAnswers,
    answered_any,
    read_answers,
    read_notes,
    score_dash,
    score_self_check,
)

GUIDANCE_SERVICES = 5      # services shown on a guidance page
ROUTE_SERVICES = 10        # contacts shown on a professionals' route page
# Both forms hold at most a few dozen short answers: anything bigger was not sent by them.
MAX_FORM_BYTES = 64 * 1024   # room for the DASH's "state what" notes
MAX_FORM_PARTS = 200


class References:
    """A page's numbered references: each source gets a number the first time it is cited."""

    def __init__(self):
        self._numbers: dict[Source, int] = {}

    def cite(self, sources: tuple[Source, ...]) -> list[int]:
        return [self._numbers.setdefault(source, len(self._numbers) + 1) for source in sources]

    def listed(self) -> list[tuple[int, Source]]:
        return [(number, source) for source, number in self._numbers.items()]


# -- guidance pages -------------------------------------------------------------------------------

@pathways.get("/guidance/abuse/<code>")
def abuse(code: str):
    return _guidance(content().abuse.get(code), self_check=True)


@pathways.get("/guidance/risk/<level>")
def risk(level: str):
    return _guidance(content().risk.get(level), self_check=level != "immediate")


@pathways.get("/guidance/for/<code>")
def audience(code: str):
    return _guidance(content().audiences.get(code), self_check=True)


@pathways.get("/guidance/friends-and-family")
def friends_family():
    return _guidance(content().friends_family)


def _guidance(page: Page | None, self_check: bool = False):
    if page is None:
        abort(404)
    return render_template(
        "pathways/guidance.html", page=page, refs=References(),
        services=services_for(page.directory_search, page.services, GUIDANCE_SERVICES,
                              survivor=True),
        search_url=search_url(page.directory_search),
        self_check=self_check and content().self_check is not None)


# -- professionals ------------------------------------------------------------------------------

@pathways.get("/professionals")
def professionals():
    found = content()
    routes = sorted(found.professionals.values(), key=lambda page: page.title.lower())
    return render_template("pathways/professionals.html", routes=routes, dash=found.dash)


@pathways.route("/professionals/<route>", methods=["GET", "POST"])
def professional_route(route: str):
    """GET: a route, or a shared link narrowed by codes. POST: narrowed by what was typed (a
    postcode may be someone's home), which never goes in the address or the history."""
    page = content().professionals.get(route)
    if page is None:
        abort(404)
    typed = request.method == "POST"
    form = SearchForm.from_args(request.form if typed else request.args, typed=typed)
    # Switching language keeps the codes (a borough, an abuse type), never typed words.
    g.language_link_query = {name: value for name, value in form.shareable_args().items()
                             if name in ("abuse_type", "borough")}
    chosen = {"abuse_type": form.choices.get("abuse_type"), "borough": form.borough or None}
    chosen = {name: value for name, value in chosen.items() if value}
    search = {**page.directory_search, **chosen}
    return render_template(
        "pathways/route.html", page=page, refs=References(), form=form, chosen=chosen,
        abuse_types=choice_options()["abuse_type"],
        services=services_for(search, page.services, ROUTE_SERVICES, narrowed_by=chosen,
                              fill=True),
        # The link to the full search is an address: it carries codes, never a typed place.
        search_url=search_url({**search, "borough": None} if form.typed_place else search),
        dash_tool=route == "dash" and content().dash is not None)


# -- the tools ----------------------------------------------------------------------------------

@pathways.route("/self-check", methods=["GET", "POST"])
def self_check():
    """GET: the questions. POST: the result. Answers never go in a URL and are never kept."""
    return _answer_tool(content().self_check, "pathways/self_check.html", _self_check_result)


def _self_check_result(tool, answers):
    result = score_self_check(tool, answers)
    risk_page = content().risk[result.level]
    # Listening reads the risk page it rests on: never the answers, which are not kept.
    g.listen_page = url_for("pathways.risk", level=result.level)
    return render_template(
        "pathways/self_check_result.html", tool=tool, result=result, risk=risk_page,
        refs=References(),
        services=services_for(risk_page.directory_search, risk_page.services,
                              GUIDANCE_SERVICES, survivor=True),
        search_url=search_url(risk_page.directory_search))


@pathways.route("/professionals/dash/checklist", methods=["GET", "POST"])
def dash_checklist():
    return _answer_tool(content().dash, "pathways/dash.html", _dash_result)


def _dash_result(tool, answers):
    # The "state what" notes go to this page and nowhere else: not stored, logged or sent on.
    judgement = request.form.get(JUDGEMENT_FIELD) == "yes"
    result = score_dash(tool, answers, judgement)
    return render_template(
        "pathways/dash_result.html", tool=tool, result=result, answers=answers,
        notes=read_notes(request.form, tool.questions),
        red_flags=[q for q in tool.questions if q.id in result.red_flags],
        outcome=tool.outcome(result.high_risk),
        marac=content().professionals.get("marac"), refs=References())


def _answer_tool(tool, form_template: str, result_page):
    """The questions on GET (answers typed into the address are ignored: the form always
    starts empty); on POST, the result page, or the form again saying what to fix."""
    if tool is None:
        abort(404)
    if request.method == "GET":
        return render_template(form_template, tool=tool, refs=References(), problem=None)
    answers, problem, status = _posted_answers(tool.questions)
    if problem:
        return render_template(form_template, tool=tool, refs=References(),
                               problem=problem), status
    return result_page(tool, answers)


@pathways.before_request
def _limit_forms() -> None:
    """A pathway form is small: its limits hold before anything (the page's language, read
    from the form) parses the body."""
    if request.method == "POST":
        request.max_content_length = MAX_FORM_BYTES
        request.max_form_parts = MAX_FORM_PARTS


def _posted_answers(questions) -> tuple[dict[str, str], str | None, int]:
    """(answers, None, 200), or ({}, what to tell the person, status) for a form we can't use."""
    try:
        form: MultiDict = request.form
    except RequestEntityTooLarge:
        # The language chooser reads the form too: give it an empty one, not the error again.
        request.__dict__["form"] = ImmutableMultiDict()
        return {}, _("That was more than this form sends. Please answer the questions again."), 413
    if not answered_any(form, questions) and JUDGEMENT_FIELD not in form:
        return {}, _("Answer at least one question. You can choose \u201cNot sure\u201d."), 400
    try:
        return read_answers(form, questions), None, 200
    except BadAnswers:
        return {}, _("Some answers could not be read. Please answer the questions again."), 400


# -- services from the directory ----------------------------------------------------------------

def search_url(search: dict) -> str | None:
    """The public search for a directory_search, as its own form would ask for it."""
    if not search:
        return None
    args = {}
    for name, value in search.items():
        if value is True:
            args[name] = "1"
        elif value:
            args["q" if name == "text" else name] = value
    return url_for("public.search", **args)


def services_for(search: dict, listed: tuple[str, ...], limit: int, *,
                 narrowed_by: dict | None = None, fill: bool = False,
                 survivor: bool = False) -> list[ServiceView]:
    """The page's own services, then (when it lists none, or `fill`) the search's best results.

    `narrowed_by` holds filters a visitor chose (abuse type, borough): the page's own services
    are kept only when they match those too, by the search's own rules.
    """
    session = db_session()
    picked = [s for s in get_services(session, [stable_id("service", key)
                                                          for key in listed])
              if s.status == "active"]
    if survivor:
        picked = reachable_first(picked)
    try:
        if narrowed_by:
            picked = filter_services(session, directory().search, picked, **narrowed_by)
        if not search or (picked and not fill) or len(picked) >= limit:
            return picked[:limit]
        result = directory().search.search(SearchRequest(**search, limit=limit + len(picked)))
    except UnknownFilter:
        # The content's filters were checked against the seed taxonomy; an edited database
        # may have dropped a term since. The page still shows, with what it has.
        return picked[:limit]
    seen = {s.id for s in picked}
    more = [i for i in result.service_ids if i not in seen][:limit - len(picked)]
    return picked + get_services(session, more)


def reachable_first(services: list[ServiceView]) -> list[ServiceView]:
    """Services a person can call, text or visit online first, the rest after, each in its
    order: a survivor's page never puts a dead end above help they can reach."""
    return sorted(services, key=lambda s: not (s.contact_numbers or s.website))


# -- Easy Read ----------------------------------------------------------------------------------

@pathways.get("/easy-read")
def easy_read_index():
    pages = easy_read_pages()
    return render_template("pathways/easy_read_index.html",
                           pages=[pages[key] for key in EASY_READ_ORDER if key in pages])


@pathways.get("/easy-read/<page>")
def easy_read(page: str):
    found = easy_read_pages().get(page)
    if found is None:
        abort(404)
    refs = References()
    for step in found.steps:
        refs.cite(step.sources)
    return render_template("pathways/easy_read.html", page=found, refs=refs,
                           call_now=found.id == "help-now")
