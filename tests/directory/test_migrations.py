from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from directory.db import make_engine
from directory.migrate import alembic_config, upgrade_database
from directory.models import Base

from ..conftest import _database_url

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


def test_a_database_with_data_upgrades_from_the_first_revision(tmp_path, postgres_databases):
    for backend in ("sqlite", "postgresql"):
        engine = make_engine(_database_url(backend, tmp_path, postgres_databases))
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0001")
            connection.execute(text(
                "INSERT INTO taxonomy (id, code, name, description) VALUES ('t1', 'x', 'X', 'X')"))
            connection.execute(text(
                "INSERT INTO taxonomy_term (id, taxonomy_id, code, name, description, keywords) "
                "VALUES ('tt1', 't1', 'y', 'Y', 'Y', '[]')"))
            connection.execute(text(
                "INSERT INTO attribute (id, link_id, link_entity, taxonomy_term_id) "
                "VALUES ('a1', 's1', 'service', 'tt1')"))
        upgrade_database(engine)
        with engine.connect() as connection:
            row = connection.execute(text(
                "SELECT verification_status, sources FROM taxonomy_term WHERE id = 'tt1'")).one()
            assert row[0] == "not-verified" and row[1] in ("[]", [])
            assert connection.execute(text("SELECT count(*) FROM attribute")).scalar() == 1
        engine.dispose()
