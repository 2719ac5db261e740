"""The command-line tasks: load-data, reindex, import and export."""
from sqlalchemy import func, select

from directory.models import Service


def count_services(app):
    with app.extensions["directory"].session_factory() as session:
        return session.scalar(select(func.count()).select_from(Service))


def test_load_data_is_repeatable_and_reports_progress(empty_app):
    runner = empty_app.test_cli_runner()
    first = runner.invoke(args=["load-data"])
    assert first.exit_code == 0, first.output
    assert "Loading services" in first.output and "search index holds" in first.output
    loaded = count_services(empty_app)
    assert runner.invoke(args=["load-data"]).exit_code == 0
    assert count_services(empty_app) == loaded > 60


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
