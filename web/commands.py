"""Command-line tasks: `flask --app web <command>`. Each commits once, at the end, or not at all."""
from __future__ import annotations

from pathlib import Path

import click
from flask import Flask
from flask.cli import with_appcontext

from directory import (
    ImportRejected,
    export_services,
    import_services,
    load_seed_data,
    transaction,
    upgrade_database,
)

from .directory_handle import directory


def register_commands(app: Flask) -> None:
    app.cli.add_command(migrate_command)
    app.cli.add_command(load_data_command)
    app.cli.add_command(reindex_command)
    app.cli.add_command(import_command)
    app.cli.add_command(export_command)


@click.command("migrate")
@with_appcontext
def migrate_command() -> None:
    """Create or upgrade the database schema."""
    upgrade_database(directory().engine)
    click.echo("Database schema is up to date.")


@click.command("load-data")
@with_appcontext
def load_data_command() -> None:
    """Migrate, load the taxonomy and every seed service (safe to run again), and reindex."""
    handle = directory()
    upgrade_database(handle.engine)
    before = handle.search.index.generation()
    with transaction(handle.session_factory) as session:
        session.info["actor"] = "seed loader"

        def progress(records):
            with click.progressbar(records, label="Loading services") as bar:
                yield from bar

        count = load_seed_data(session, progress)
    # The commit rebuilt the index in the background if anything changed; unchanged data
    # leaves it alone. A missing or out-of-step index is rebuilt the same way. The command
    # waits for that one rebuild, so the index is ready when it returns.
    search = handle.search
    if not search.index.is_rebuilding():
        search.ensure_index()
    search.index.wait_for_rebuild()
    indexed = search.index.doc_count()
    rebuilt = " (rebuilt)" if search.index.generation() != before else ""
    click.echo(f"Loaded {count} services; search index holds {indexed}{rebuilt}.")


@click.command("reindex")
@with_appcontext
def reindex_command() -> None:
    """Rebuild the search index from the database."""
    count = directory().search.reindex()
    click.echo(f"Search index rebuilt with {count} services.")


@click.command("import")
@with_appcontext
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default=None,
              help="File format; guessed from the file name when left out.")
def import_command(path: Path, fmt: str | None) -> None:
    """Import services from HSDS JSON or CSV. A file with any bad row is rejected whole."""
    handle = directory()
    fmt = fmt or path.suffix.lstrip(".").lower()
    try:
        with transaction(handle.session_factory) as session:
            session.info["actor"] = f"import {path.name}"
            count = import_services(session, path.read_bytes(), fmt)
    except ImportRejected as rejected:
        click.echo(f"Nothing was imported: {path.name} has {len(rejected.problems)} problem(s).",
                   err=True)
        for problem in rejected.problems:
            click.echo(f"  {problem}", err=True)
        raise SystemExit(1) from None
    click.echo(f"Imported {count} services from {path.name}.")


@click.command("export")
@with_appcontext
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default=None)
def export_command(path: Path, fmt: str | None) -> None:
    """Export every service as HSDS JSON or CSV."""
    fmt = fmt or path.suffix.lstrip(".").lower()
    with directory().session_factory() as session:
        data = export_services(session, fmt)
    path.write_bytes(data)
    click.echo(f"Exported services to {path}.")
