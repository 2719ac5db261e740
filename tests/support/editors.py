"""Factories and helpers for the editors' area: teams, people with roles, a signed-in client.

The services are test data: their numbers are in Ofcom's drama range (020 7946 0xxx).
"""
from __future__ import annotations

import re

import pyotp
from bs4 import BeautifulSoup

from directory.db import transaction
from directory.editors import accounts
from directory.exchange import import_services
from directory.models import EditorUser, Membership, Role, Team, TeamKind, stable_id

PASSWORD = "violet kettle harbour 42"
SERVICES_CSV = (
    "id,name,organisation,phones,areas,abuse_types,service_types,audiences,verification,sources\n"
    "{haringey},Haringey Test Advice,Haringey Test Trust,020 7946 0101,haringey,domestic_abuse,"
    "advocacy,women,verified,https://example.org/haringey | test fixture | 2025\n"
    "{harrow},Harrow Test Outreach,Harrow Test Trust,,harrow,domestic_abuse,advocacy,women,"
    "not-verified,https://example.org/harrow | test fixture | 2025\n"
    "{national},National Test Line,National Test Charity,020 7946 0103,national,domestic_abuse,"
    "helpline,women,verified,https://example.org/national | test fixture | 2025\n"
)
SERVICE_IDS = {
    "haringey": "11111111-1111-4111-8111-111111111111",
    "harrow": "22222222-2222-4222-8222-222222222222",
    "national": "33333333-3333-4333-8333-333333333333",
}


def organisation_id(name: str) -> str:
    return stable_id("organization", name.lower().replace(" ", "-"))


def load_test_services(app) -> None:
    handle = app.extensions["directory"]
    with transaction(handle.session_factory) as session:
        import_services(session, SERVICES_CSV.format(**SERVICE_IDS).encode(), "csv")
    handle.search.reindex()


def make_team(app, name: str, kind: TeamKind, area_code: str | None = None) -> str:
    with transaction(app.extensions["directory"].session_factory) as session:
        return accounts.create_team(session, name, kind, area_code).id


def make_editor(app, email: str, role: Role, team_id: str, organisation: str | None = None) -> str:
    """A person who has finished enrolment; returns their TOTP secret."""
    secret = pyotp.random_base32()
    with transaction(app.extensions["directory"].session_factory) as session:
        user = EditorUser(email=email, password_hash=accounts.hash_password(PASSWORD),
                          totp_secret=secret, totp_confirmed=True, recovery_code_hashes=[])
        user.memberships.append(Membership(
            team=session.get(Team, team_id), role=role,
            organization_id=organisation_id(organisation) if organisation else None))
        session.add(user)
    return secret


def csrf(client, path: str) -> str:
    page = client.get(path)
    field = BeautifulSoup(page.get_data(as_text=True), "html.parser").select_one(
        "input[name=csrf_token]")
    assert field is not None, f"no CSRF field on {path} ({page.status_code})"
    return field["value"]


def post(client, path: str, data: dict, form_page: str | None = None):
    return client.post(path, data={**data, "csrf_token": csrf(client, form_page or path)})


def sign_in(client, email: str, secret: str):
    response = post(client, "/editors/sign-in", {"email": email, "password": PASSWORD})
    assert response.status_code == 302, response.get_data(as_text=True)
    return post(client, "/editors/sign-in/code", {"code": pyotp.TOTP(secret).now()})


def text_of(response, selector: str) -> str:
    found = BeautifulSoup(response.get_data(as_text=True), "html.parser").select_one(selector)
    return re.sub(r"\s+", " ", found.get_text(" ")).strip() if found else ""
