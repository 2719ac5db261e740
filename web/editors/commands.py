"""`flask --app web editors ...`: the first admin (never printing a password), the daily job."""
from __future__ import annotations

import os

import click
from flask import current_app, url_for
from flask.cli import AppGroup

from directory import Role, accounts, freshness, transaction

from ..directory_handle import directory

editors_cli = AppGroup("editors", help="The editors' area.")


@editors_cli.command("create-admin")
@click.argument("email")
def create_admin(email: str) -> None:
    """Invite EMAIL as a platform admin: prints a single-use link to set a password and TOTP."""
    if "@" not in email:
        raise click.BadParameter("give an email address", param_hint="EMAIL")
    with transaction(directory().session_factory) as session:
        token = accounts.invite(session, email, accounts.platform_team(session), Role.ADMIN)
    base = current_app.config.get("SITE_URL") or "http://127.0.0.1:5000"
    with current_app.test_request_context(base_url=base):
        link = url_for("editors.invitation_page", token=token, _external=True)
    click.echo(f"Invitation for {accounts.normalise_email(email)} (single use, valid for 7 days):")
    click.echo(link)


@editors_cli.command("remind")
def remind() -> None:
    """The daily job: queue reminders for stale listings, then send the outbox over SMTP."""
    config = current_app.config
    mailer = freshness.Mailer(
        host=config.get("SMTP_HOST") or os.environ.get("SMTP_HOST", "127.0.0.1"),
        port=int(config.get("SMTP_PORT") or os.environ.get("SMTP_PORT", "25")),
        sender=config.get("MAIL_FROM") or os.environ.get("MAIL_FROM", "signpost@localhost"))
    site = config.get("SITE_URL") or "http://127.0.0.1:5000"
    with transaction(directory().session_factory) as session:
        queued = freshness.queue_reminders(session, site)
    with transaction(directory().session_factory) as session:
        sent, failed = freshness.send_outbox(session, mailer)
    # Ranking trusts a listing less once its confirmation is over a year old: a day has passed.
    directory().search.reindex()
    click.echo(f"{queued} reminders queued, {sent} emails sent, {failed} not sent (kept to retry).")
