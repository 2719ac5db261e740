"""Signing in: invitation, password, TOTP enrolment, recovery codes, lockout, signing out."""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _

from directory import EditorUser, accounts

from ..directory_handle import db_session
from . import editors, sign_in, writing


def _locked_message(until) -> str:
    return _("Too many failed attempts. This account is locked until %(time)s UTC.",
             time=until.strftime("%H:%M"))


# The token travels in the query string, never the path: request logs record paths only.
@editors.get("/invitation")
def invitation_page():
    token = request.args.get("token", "")
    invitation = accounts.open_invitation(db_session(), token)
    if invitation is None:
        abort(404)
    return render_template("editors/invitation.html", invitation=invitation, problem=None,
                           token=token)


@editors.post("/invitation")
def accept_invitation():
    token = request.form.get("token", "")
    password = request.form.get("password", "")
    with writing() as tx:
        invitation = accounts.open_invitation(tx, token)
        if invitation is None:
            abort(404)
        existing = accounts.find_user(tx, invitation.email)
        problem = None
        if existing is None or not existing.password_hash:
            problem = accounts.password_problem(password, invitation.email)
            if problem is None and password != request.form.get("password_again", ""):
                problem = "the two passwords are not the same"
        if problem:
            return render_template("editors/invitation.html", invitation=invitation,
                                   problem=problem, token=token), 400
        user = accounts.accept_invitation(tx, invitation, password)
        ready, user_id = user.ready, user.id
    if ready:
        flash(_("Your new role has been added. Please sign in."))
        return redirect(url_for("editors.sign_in_page"))
    session.clear()
    session["enrolling"] = user_id
    return redirect(url_for("editors.enrol_page"))


@editors.get("/enrol")
def enrol_page():
    with writing() as tx:
        user = _enrolling(tx)
        enrolment = accounts.start_totp(user)
    return render_template("editors/enrol.html", enrolment=enrolment, problem=None)


@editors.post("/enrol")
def enrol():
    with writing() as tx:
        user = _enrolling(tx)
        if not accounts.check_totp(user, request.form.get("code", "")):
            enrolment = accounts.start_totp(user)
            return render_template("editors/enrol.html", enrolment=enrolment,
                                   problem=_("That code is not right. Check the time on your phone "
                                             "and try the newest code.")), 400
        user.totp_confirmed = True
        codes = accounts.new_recovery_codes(user)
    sign_in(user)
    return render_template("editors/recovery_codes.html", codes=codes)


def _enrolling(tx) -> EditorUser:
    user = tx.get(EditorUser, session.get("enrolling", ""))
    if user is None or user.totp_confirmed or not user.password_hash:
        abort(403)
    return user


@editors.get("/sign-in")
def sign_in_page():
    return render_template("editors/sign_in.html", problem=None)


@editors.post("/sign-in")
def sign_in_password():
    problem = _("That email address and password do not match an account.")
    with writing() as tx:
        user = accounts.find_user(tx, request.form.get("email", ""))
        until = accounts.locked_until(user)
        if until:
            return render_template("editors/sign_in.html", problem=_locked_message(until)), 429
        if not accounts.check_password(user, request.form.get("password", "")):
            accounts.record_failure(user)
            until = accounts.locked_until(user)
            status = 429 if until else 400
            return render_template("editors/sign_in.html",
                                   problem=_locked_message(until) if until else problem), status
        user_id, confirmed = user.id, user.totp_confirmed
    session.clear()
    if not confirmed:
        session["enrolling"] = user_id
        return redirect(url_for("editors.enrol_page"))
    session["password_ok"] = user_id
    return redirect(url_for("editors.code_page"))


@editors.get("/sign-in/code")
def code_page():
    if not session.get("password_ok"):
        return redirect(url_for("editors.sign_in_page"))
    return render_template("editors/code.html", problem=None)


@editors.post("/sign-in/code")
def sign_in_code():
    with writing() as tx:
        user = tx.get(EditorUser, session.get("password_ok", ""))
        if user is None:
            return redirect(url_for("editors.sign_in_page"))
        until = accounts.locked_until(user)
        if until:
            session.clear()
            return render_template("editors/sign_in.html", problem=_locked_message(until)), 429
        code = request.form.get("code", "")
        if not (accounts.check_totp(user, code, once=True) or accounts.use_recovery_code(user, code)):
            accounts.record_failure(user)
            until = accounts.locked_until(user)
            if until:
                session.clear()
                return render_template("editors/sign_in.html", problem=_locked_message(until)), 429
            return render_template("editors/code.html",
                                   problem=_("That code is not right. Try the newest code, or a "
                                             "recovery code.")), 400
        accounts.record_success(user)
    sign_in(user)
    return redirect(url_for("editors.dashboard"))


@editors.post("/sign-out")
def sign_out():
    session.clear()
    flash(_("You are signed out."))
    return redirect(url_for("editors.sign_in_page"))
