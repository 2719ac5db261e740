"""Coordinators upload a CSV of changes; someone else reviews and publishes it as one set."""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from directory import EditorUser, Role, Service, access, bulk, review

from ..directory_handle import db_session
from . import editors, signed_in, writing

REVIEWERS = {Role.ADMIN, Role.COORDINATOR, Role.NATIONAL_REVIEWER}


def _reviewer() -> EditorUser:
    user = signed_in()
    if not access.roles(user) & REVIEWERS:
        abort(403)
    return user


@editors.route("/change-sets", methods=["GET", "POST"])
def upload_changes():
    user = _reviewer()
    problems: list[str] = []
    if request.method == "POST":
        upload = request.files.get("file")
        if upload is None or not upload.filename:
            problems = [_("Choose a CSV file.")]
        else:
            with writing() as tx:
                set_id, problems = bulk.upload(tx, tx.get(EditorUser, user.id), upload.read())
            if not problems:
                flash(_("Your changes are waiting for review as one change set."))
                return redirect(url_for("editors.change_set", set_id=set_id))
    return render_template("editors/upload.html", problems=problems), 400 if problems else 200


def _set(set_id: str):
    changes = bulk.changes_in(db_session(), set_id)
    if not changes:
        abort(404)
    user = signed_in()
    services = [db_session().get(Service, c.service_id) for c in changes]
    if not any(c.proposed_by == user.id for c in changes) and \
            not all(access.can_review(user, s) for s in services):
        abort(403)
    return user, changes, services


@editors.get("/change-sets/<set_id>")
def change_set(set_id: str):
    user, changes, services = _set(set_id)
    return render_template("editors/change_set.html", set_id=set_id, problems=[],
                           items=[(c, review.diff(c.published, c.proposed)) for c in changes],
                           can_review=bulk.can_review_set(user, changes, services))


@editors.post("/change-sets/<set_id>/approve")
def approve_change_set(set_id: str):
    user, changes, services = _set(set_id)
    if not bulk.can_review_set(user, changes, services):
        abort(403)
    with writing() as tx:
        problems = bulk.approve_set(tx, tx.get(EditorUser, user.id), set_id)
        if problems:
            tx.rollback()
    if problems:
        return render_template("editors/change_set.html", set_id=set_id, problems=problems,
                               items=[(c, review.diff(c.published, c.proposed)) for c in changes],
                               can_review=True), 409
    flash(_("Published. Search, the API and the assistant show it now."))
    return redirect(url_for("editors.dashboard"))
