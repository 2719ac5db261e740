"""The command-line tasks: load-data, reindex, import and export."""
import threading

from sqlalchemy import func, select

from directory.db import transaction
from directory.models import Service, TaxonomyTerm


def count_services(app):
    with app.extensions["directory"].session_factory() as session:
        return session.scalar(select(func.count()).select_from(Service))


def count_rebuilds(app, monkeypatch):
    """Count whole-index rebuilds, however they are started (commit hook or command)."""
    index = app.extensions["directory"].search.index
    rebuilds = []
    real_rebuild = index.rebuild

    def counting_rebuild(documents):
        rebuilds.append(threading.current_thread().name)
        return real_rebuild(documents)

    monkeypatch.setattr(index, "rebuild", counting_rebuild)
    return rebuilds


def test_load_data_is_repeatable_and_reports_progress(empty_app, monkeypatch):
    runner = empty_app.test_cli_runner()
    rebuilds = count_rebuilds(empty_app, monkeypatch)
    first = runner.invoke(args=["load-data"])
    assert first.exit_code == 0, first.output
    assert "Loading services" in first.output
    loaded = count_services(empty_app)
    # The taxonomy was already loaded, so new services are indexed one by one as they commit.
    assert f"search index holds {loaded}." in first.output
    assert rebuilds == []
    generation = empty_app.extensions["directory"].search.index.generation()

    again = runner.invoke(args=["load-data"])
    assert again.exit_code == 0, again.output
    assert count_services(empty_app) == loaded > 60
    assert f"search index holds {loaded}." in again.output
    assert rebuilds == [], "unchanged data rebuilt the index"
    assert empty_app.extensions["directory"].search.index.generation() == generation


def test_load_data_after_a_taxonomy_change_rebuilds_once(empty_app, monkeypatch):
    runner = empty_app.test_cli_runner()
    assert runner.invoke(args=["load-data"]).exit_code == 0
    handle = empty_app.extensions["directory"]
    with transaction(handle.session_factory) as session:
        term = session.scalars(select(TaxonomyTerm).where(TaxonomyTerm.code == "stalking")).one()
        term.name = "Changed by a test"
    handle.search.index.wait_for_rebuild()
    rebuilds = count_rebuilds(empty_app, monkeypatch)
    result = runner.invoke(args=["load-data"])
    assert result.exit_code == 0, result.output
    assert "(rebuilt)" in result.output
    # Once, and off the committing thread: a commit never waits for a whole rebuild.
    assert rebuilds == ["search-rebuild"]
    # load-data put the taxonomy's own name back, and search's vocabulary was reloaded.
    assert handle.search.vocabulary()[0].name("abuse-type", "stalking") == "Stalking and harassment"


def test_export_then_import_from_the_command_line(empty_app, tmp_path):
    runner = empty_app.test_cli_runner()
    runner.invoke(args=["load-data"])
    target = tmp_path / "services.csv"
    result = runner.invoke(args=["export", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text().startswith("id,name,organisation")
    result = runner.invoke(args=["import", str(target)])
    assert result.exit_code == 0 and "Imported" in result.output


def test_a_bad_import_says_what_is_wrong_and_writes_nothing(empty_app, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,organisation,verification,sources\n"
                   "A helpline,An org,made-up,https://example.org\n"
                   ",Another org,verified,https://example.org\n")
    result = empty_app.test_cli_runner().invoke(args=["import", str(bad)])
    assert result.exit_code == 1
    assert "Nothing was imported" in result.output
    assert "Row 2, verification" in result.output and "Row 3, name" in result.output
    assert count_services(empty_app) == 0


def test_reindex(empty_app):
    runner = empty_app.test_cli_runner()
    runner.invoke(args=["load-data"])
    result = runner.invoke(args=["reindex"])
    assert result.exit_code == 0 and "rebuilt with" in result.output
