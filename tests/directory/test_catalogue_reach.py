"""Which services a person can reach from what we publish: the rule result lists group by.

Runs on SQLite and PostgreSQL (the seeded_app fixture), over every seed service.
"""
from __future__ import annotations

from directory import catalogue
from directory.models import Verification, stable_id


def reach_of(seeded_app, *seed_keys: str) -> dict[str, catalogue.Reach]:
    ids = [stable_id("service", key) for key in seed_keys]
    with seeded_app.app_context():
        session = seeded_app.extensions["directory"].session_factory()
        found = catalogue.service_reach(session, ids)
        session.close()
    return {key: found[stable_id("service", key)] for key in seed_keys}


def test_a_sourced_line_is_reachable_and_an_unconfirmed_record_is_not(seeded_app):
    found = reach_of(seeded_app, "national-domestic-abuse-helpline", "lawrs",
                     "haringey-nia-idva-service", "ask-for-angela")
    assert found["national-domestic-abuse-helpline"] == catalogue.Reach(True, frozenset({"national"}))
    # LAWRS has a website in its record, but nobody could source it: it is not published.
    assert found["lawrs"].reachable is False
    assert found["haringey-nia-idva-service"] == catalogue.Reach(True, frozenset({"haringey"}))
    # Verified, but no phone, website, email or other way in the record.
    assert found["ask-for-angela"].reachable is False


def test_every_unverified_service_is_unreachable(seeded_app):
    with seeded_app.app_context():
        from directory.models import Service
        session = seeded_app.extensions["directory"].session_factory()
        services = session.query(Service).all()
        found = catalogue.service_reach(session, [s.id for s in services])
        statuses = {s.id: s.verification_status for s in services}
        session.close()
    assert len(found) == len(statuses)
    assert all(not found[i].reachable for i, status in statuses.items()
               if status == Verification.NOT_VERIFIED)
    assert sum(r.reachable for r in found.values()) > 20


def test_no_ids_asks_nothing(seeded_app):
    with seeded_app.app_context():
        session = seeded_app.extensions["directory"].session_factory()
        assert catalogue.service_reach(session, []) == {}
        session.close()
