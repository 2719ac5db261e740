"""Small factories for test data: name only the fields a test is about.

Tests that are not about the seed data build what they need here, so editing the seed files
never breaks them. Every number is in Ofcom's drama range (020 7946 0xxx) and every address
is example.org: nothing here is a real contact.
"""
from __future__ import annotations

import itertools

from flask import Flask

from directory.db import transaction
from directory.records import PhoneRecord, ServiceRecord, SourceRecord
from directory.store import upsert_service
from directory.taxonomy import load_term_index

_numbers = itertools.count(1)


def fictional_number() -> str:
    """A number from Ofcom's drama range, different on every call."""
    return f"020 7946 {next(_numbers) % 1000:04d}"


def service_record(**fields) -> ServiceRecord:
    """A verified, active service for women in Haringey; any field can be given instead."""
    key = fields.pop("key", None) or f"test-service-{next(_numbers)}"
    values = dict(
        key=key, name=f"Test service {key}", organisation="Test Trust",
        description="Support for women.", phones=[PhoneRecord(fictional_number())],
        areas=["haringey"], service_types=["advocacy"], abuse_types=["domestic_abuse"],
        audiences=["women"], verification="verified",
        sources=[SourceRecord(f"https://example.org/{key}", "test fixture", "2026")],
    )
    values.update(fields)
    return ServiceRecord(**values)


def create_services(app: Flask, *records: ServiceRecord) -> list[str]:
    """Write the records in one commit (the search index follows it); returns their ids."""
    handle = app.extensions["directory"]
    with transaction(handle.session_factory) as session:
        terms = load_term_index(session)
        ids = [upsert_service(session, record, terms).id for record in records]
    handle.search.index.wait_for_rebuild()
    return ids


def create_service(app: Flask, **fields) -> str:
    return create_services(app, service_record(**fields))[0]
