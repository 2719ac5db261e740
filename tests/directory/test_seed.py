import subprocess
import sys
from pathlib import Path

import yaml
from sqlalchemy import func, select

from directory.db import transaction
from directory.models import ChangeLogEntry, Phone, Service, Verification, stable_id
from directory.seed import LOCAL_FILE, NATIONAL_FILE, load_seed_data, parse_source

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def _service(session, key):
    return session.get(Service, stable_id("service", key))


def test_vendored_national_list_is_the_vetted_one():
    assert NATIONAL_FILE.read_bytes() == (SHARED / "data" / "national-helplines.yaml").read_bytes()


def test_every_national_helpline_is_loaded_with_its_exact_number(seeded_app):
    entries = yaml.safe_load(NATIONAL_FILE.read_text())
    with seeded_app.extensions["directory"].session_factory() as session:
        for entry in entries:
            service = _service(session, entry["id"])
            assert service is not None, entry["id"]
            numbers = [p.number for p in sorted(service.phones, key=lambda p: p.position)]
            assert numbers[:1] == ([entry["phone"]] if entry.get("phone") else []), entry["id"]
            words = " ".join(str(entry.get(k) or "") for k in ("phone", "text", "hours", "name"))
            assert all(number in words for number in numbers), entry["id"]
            assert service.verification_status.value == entry["verification"]
            assert len(service.sources) == len(entry["sources"])


def test_not_verified_entries_publish_no_number(seeded_app):
    with seeded_app.extensions["directory"].session_factory() as session:
        unverified = session.scalars(select(Service).where(
            Service.verification_status == Verification.NOT_VERIFIED)).all()
        assert unverified
        assert all(not s.phones for s in unverified)


def test_disputed_hours_are_not_stated_as_fact(seeded_app):
    with seeded_app.extensions["directory"].session_factory() as session:
        line = _service(session, "mens-advice-line")
        assert line.hours_disputed and line.hours_description is None and not line.schedules
        stalking = _service(session, "national-stalking-helpline")
        assert not stalking.hours_disputed and stalking.schedules


def test_every_local_service_in_the_seeds_is_loaded_with_its_source(seeded_app):
    entries = yaml.safe_load(LOCAL_FILE.read_text())
    with seeded_app.extensions["directory"].session_factory() as session:
        for entry in entries:
            service = _service(session, entry["id"])
            assert service is not None, entry["id"]
            assert service.sources and all(s["document"].startswith("Seed:") for s in service.sources)
    areas = {e["area"] for e in entries}
    assert {"haringey", "harrow", "london"} <= areas


def test_no_seed_record_claims_a_confirmation_it_never_had(seeded_app):
    """'Last confirmed' comes from assured_date only; loading the seeds never sets it."""
    with seeded_app.extensions["directory"].session_factory() as session:
        services = session.scalars(select(Service)).all()
        assert services and all(s.assured_date is None for s in services)
        assert all(s.sources and all(src.get("date") for src in s.sources) for s in services
                   if s.sources[0]["document"].startswith("Seed:"))


def test_relay_and_out_of_hours_numbers_are_loaded_with_their_types(seeded_app):
    with seeded_app.extensions["directory"].session_factory() as session:
        sms = _service(session, "emergencysms-textphone")
        assert {(p.number, p.type) for p in sms.phones} == {("18000", "textphone"), ("999", "text")}
        fmu = _service(session, "forced-marriage-unit")
        assert fmu.hours_description == "Mon-Fri 9am-5pm"
        assert ("020 7008 1500", "voice") in {(p.number, p.type) for p in fmu.phones}


def test_harrow_mapping_risk_column_is_kept(seeded_app):
    with seeded_app.extensions["directory"].session_factory() as session:
        refuge = _service(session, "harrow-hestia-refuge")
        floating = _service(session, "harrow-hestia-floating-support")
        risk = {a.taxonomy_term.code for a in refuge.attributes if a.link_type == "risk-level"}
        assert risk == {"high"}
        risk = {a.taxonomy_term.code for a in floating.attributes if a.link_type == "risk-level"}
        assert risk == {"medium", "standard"}


def test_haringey_support_services_table_numbers_are_loaded(seeded_app):
    with seeded_app.extensions["directory"].session_factory() as session:
        numbers = set(session.scalars(select(Phone.number)))
    assert {"0300 012 0213", "020 8888 5362", "0808 801 0305"} <= numbers


def test_loading_twice_changes_nothing(empty_app):
    factory = empty_app.extensions["directory"].session_factory
    with transaction(factory) as session:
        first = load_seed_data(session)
    with factory() as session:
        services = session.scalar(select(func.count()).select_from(Service))
        log_entries = session.scalar(select(func.count()).select_from(ChangeLogEntry))
    with transaction(factory) as session:
        second = load_seed_data(session)
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(Service)) == services == first == second
        assert session.scalar(select(func.count()).select_from(ChangeLogEntry)) == log_entries


def test_sources_are_split_into_document_section_and_date():
    source = parse_source("Seed: 002_f36aba86a856a778.txt, Support Services table (Oct 2016)")
    assert (source.document, source.section, source.date) == (
        "Seed: 002_f36aba86a856a778.txt", "Support Services table", "Oct 2016")
    source = parse_source("https://www.samaritans.org/how-we-can-help/ (undated)")
    assert (source.document, source.section, source.date) == (
        "https://www.samaritans.org/how-we-can-help/", None, "undated")


def test_a_seed_cited_without_a_date_gets_the_documents_date_not_a_note():
    source = parse_source("Seed: 000_e9cc957207254251.txt (speaker list; Ms A's story)")
    assert (source.document, source.section, source.date) == (
        "Seed: 000_e9cc957207254251.txt", "speaker list; Ms A's story", "Apr 2017")
    source = parse_source("Seed: 001_f560d7bb774e87c1.txt, footnote 9 (the Havens is the SARC)")
    assert (source.section, source.date) == ("footnote 9 (the Havens is the SARC)", "2016")


def test_every_published_number_is_traceable_to_a_source():
    result = subprocess.run([sys.executable, str(SHARED / "tools" / "check_contacts.py"), str(ROOT)],
                            capture_output=True, text=True)
    assert result.stdout.strip().endswith("0 untraced phone numbers"), result.stdout
    assert result.returncode == 0


def test_editors_instructions_never_reach_the_public_description(seeded_app):
    with seeded_app.extensions["directory"].session_factory() as session:
        helpline = _service(session, "national-domestic-abuse-helpline")
        assert helpline.description == "Staff can help find refuge space."
        assert "do not state" in helpline.notes
        rape_crisis = _service(session, "rape-crisis-247")
        assert "0808 802 9999" not in rape_crisis.description  # the line it replaced
