from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from directory.models import Base

PROVENANCE = {"sources", "verification_status", "assured_date"}
HSDS_TABLES = {"organization", "service", "location", "address", "phone", "schedule",
               "service_area", "language", "taxonomy", "taxonomy_term", "attribute", "metadata",
               "service_at_location"}


def test_migrations_build_exactly_the_models(empty_app):
    engine = empty_app.extensions["directory"].engine
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_every_hsds_table_exists_and_records_carry_provenance(empty_app):
    inspector = inspect(empty_app.extensions["directory"].engine)
    assert set(inspector.get_table_names()) >= HSDS_TABLES
    for table in HSDS_TABLES - {"metadata"}:  # the change log records changes, not facts
        assert {c["name"] for c in inspector.get_columns(table)} >= PROVENANCE, table
