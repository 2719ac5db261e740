"""Alembic environment: migrations run against the URL the caller configured."""
from alembic import context

from directory.db import database_url_from_env, make_engine
from directory.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url") or database_url_from_env()
    if not url:
        raise SystemExit("No database to migrate: set DATABASE_URL, or migrate through "
                         "`flask --app web load-data`, which uses the app's instance folder.")
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            _run(conn)
    finally:
        engine.dispose()


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
