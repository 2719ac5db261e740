"""The editors' pages once signed in: dashboard, a service's form, review, history, invitations."""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from directory import EditorUser, ProposedChange, Role, Service, Team, TeamKind, access, accounts, review
from directory import capacity as capacity_store
from directory import editors_dashboard as build_dashboard

from ..directory_handle import db_session
from . import editors, signed_in, writing

INVITABLE = {Role.ADMIN: list(Role), Role.COORDINATOR: [Role.ORG_EDITOR]}


@editors.get("/")
def dashboard():
    user = signed_in()
    return render_template("editors/dashboard.html", board=build_dashboard(db_session(), user),
                           can_invite=access.can_invite(user))


def _service(service_id: str, allowed) -> Service:
    service = db_session().get(Service, service_id)
    if service is None:
        abort(404)
    if not allowed(signed_in(), service):
        abort(403)
    return service


@editors.get("/services/<service_id>")
def service_page(service_id: str):
    service = _service(service_id, access.can_edit)
    return render_template("editors/service.html", service=service,
                           row=review.published_row(service), editable=review.EDITABLE,
                           changes=review.changes_for(db_session(), service.id), problems=[],
                           confidential=review.confidential_address(db_session(), service.id),
                           capacity=capacity_store.current(db_session(), service.id))


@editors.post("/services/<service_id>")
def propose(service_id: str):
    _service(service_id, access.can_edit)
    values = {c: request.form.get(c, "") for c in review.EDITABLE}
    with writing() as tx:
        change, problems = review.propose(tx, tx.get(EditorUser, signed_in().id),
                                          tx.get(Service, service_id), values)
    if problems:
        service = _service(service_id, access.can_edit)
        return render_template("editors/service.html", service=service, row=values | {
            c: v for c, v in review.published_row(service).items() if c not in values},
            editable=review.EDITABLE, changes=review.changes_for(db_session(), service.id),
            problems=problems, confidential=review.confidential_address(db_session(), service.id),
            capacity=capacity_store.current(db_session(), service.id)), 400
    flash(_("Thank you. Your change is waiting for review."))
    return redirect(url_for("editors.change_page", change_id=change.id))


@editors.post("/services/<service_id>/confirm")
def confirm(service_id: str):
    _service(service_id, access.can_edit)
    with writing() as tx:
        review.confirm_unchanged(tx, tx.get(EditorUser, signed_in().id), tx.get(Service, service_id))
    flash(_("Thank you. The listing now shows it was checked today."))
    return redirect(url_for("editors.service_page", service_id=service_id))


@editors.post("/services/<service_id>/confidential")
def confidential(service_id: str):
    _service(service_id, access.can_edit)
    with writing() as tx:
        review.set_confidential_address(tx, tx.get(EditorUser, signed_in().id),
                                        tx.get(Service, service_id), request.form.get("address", ""))
    flash(_("The confidential address is saved. It is never published."))
    return redirect(url_for("editors.service_page", service_id=service_id))


@editors.post("/services/<service_id>/capacity")
def capacity(service_id: str):
    _service(service_id, access.can_edit)
    with writing() as tx:
        problem = capacity_store.record(
            tx, tx.get(EditorUser, signed_in().id), tx.get(Service, service_id),
            request.form.get("spaces", ""), request.form.get("waiting_time", ""),
            request.form.get("public") == "1")
    flash(problem or _("Thank you. The capacity is saved with today's time."))
    return redirect(url_for("editors.service_page", service_id=service_id))


@editors.get("/services/<service_id>/history")
def history(service_id: str):
    service = _service(service_id, access.can_edit)
    return render_template("editors/history.html", service=service,
                           entries=review.history(db_session(), service.id))


def _change(change_id: str, allowed) -> tuple[ProposedChange, Service]:
    change = db_session().get(ProposedChange, change_id)
    if change is None:
        abort(404)
    return change, _service(change.service_id, allowed)


@editors.get("/changes/<change_id>")
def change_page(change_id: str):
    change, service = _change(change_id, access.can_edit)
    return render_template("editors/change.html", change=change, service=service,
                           fields=review.diff(change.published, change.proposed),
                           can_review=access.can_review(signed_in(), service), problems=[])


@editors.post("/changes/<change_id>/approve")
def approve(change_id: str):
    change, service = _change(change_id, access.can_review)
    if change.status != "pending":
        abort(409, _("This change has already been reviewed."))
    with writing() as tx:
        problems = review.approve(tx, tx.get(EditorUser, signed_in().id),
                                  tx.get(ProposedChange, change_id))
        if problems:
            tx.rollback()
    if problems:
        return render_template("editors/change.html", change=change, service=service,
                               fields=review.diff(change.published, change.proposed),
                               can_review=True, problems=problems), 409
    flash(_("Published. Search, the API and the assistant show it now."))
    return redirect(url_for("editors.service_page", service_id=service.id))


@editors.post("/changes/<change_id>/return")
def send_back(change_id: str):
    change, service = _change(change_id, access.can_review)
    if change.status != "pending":
        abort(409, _("This change has already been reviewed."))
    with writing() as tx:
        review.send_back(tx, tx.get(EditorUser, signed_in().id), tx.get(ProposedChange, change_id),
                         request.form.get("note", ""))
    flash(_("The change has been returned to its editor with your note."))
    return redirect(url_for("editors.dashboard"))


def _invite_choices(user: EditorUser):
    roles = sorted({r for m in user.memberships for r in INVITABLE.get(m.role, [])})
    if access.is_admin(user):
        teams = accounts.all_teams(db_session())
    else:
        teams = [m.team for m in user.memberships if m.role == Role.COORDINATOR]
    organisations = sorted({s.organization for s in build_dashboard(db_session(), user).services},
                           key=lambda o: o.name)
    return roles, teams, organisations


@editors.route("/invite", methods=["GET", "POST"])
def invite():
    user = signed_in()
    if not access.can_invite(user):
        abort(403)
    roles, teams, organisations = _invite_choices(user)
    link = problem = None
    if request.method == "POST":
        role, team_id = request.form.get("role", ""), request.form.get("team", "")
        org_id = request.form.get("organisation") or None
        email = accounts.normalise_email(request.form.get("email", ""))
        if role not in roles or team_id not in {t.id for t in teams} or "@" not in email:
            problem = _("Choose a role and a team, and give an email address.")
        elif role == Role.ORG_EDITOR and org_id not in {o.id for o in organisations}:
            problem = _("An organisation editor needs one of your organisations.")
        else:
            with writing() as tx:
                token = accounts.invite(tx, email, tx.get(Team, team_id), Role(role),
                                        org_id if role == Role.ORG_EDITOR else None)
            link = url_for("editors.invitation_page", token=token, _external=True)
    return render_template("editors/invite.html", roles=roles, teams=teams,
                           organisations=organisations, link=link, problem=problem), \
        400 if problem else 200


@editors.route("/teams", methods=["GET", "POST"])
def teams():
    user = signed_in()
    if not access.is_admin(user):
        abort(403)
    problem = None
    if request.method == "POST":
        name, kind = request.form.get("name", "").strip(), request.form.get("kind", "")
        area = request.form.get("area_code", "").strip() or None
        if not name or kind not in (TeamKind.BOROUGH, TeamKind.NATIONAL) or (
                kind == TeamKind.BOROUGH and not area):
            problem = _("A team needs a name and a kind; a borough team needs its area code.")
        elif any(t.name == name for t in accounts.all_teams(db_session())):
            problem = _("There is already a team with that name.")
        else:
            with writing() as tx:
                accounts.create_team(tx, name, TeamKind(kind), area)
            return redirect(url_for("editors.teams"))
    return render_template("editors/teams.html", teams=accounts.all_teams(db_session()),
                           problem=problem), 400 if problem else 200
