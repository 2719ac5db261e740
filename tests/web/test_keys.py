"""Secret keys: from the environment, or generated once into the instance folder, never a
constant in the code."""
import os
import stat
import subprocess
import sys
from pathlib import Path

from web import create_app
from web.config import DevelopmentConfig, ProductionConfig
from web.keys import KEY_FILES, load_keys

ROOT = Path(__file__).resolve().parents[2]


def test_missing_keys_are_generated_once_readable_only_by_the_owner(tmp_path):
    config: dict = {}
    load_keys(config, tmp_path)
    again: dict = {}
    load_keys(again, tmp_path)
    assert config == again and set(config) == set(KEY_FILES)
    assert len(set(config.values())) == len(KEY_FILES)  # one key per purpose
    for name in KEY_FILES.values():
        mode = stat.S_IMODE((tmp_path / "keys" / name).stat().st_mode)
        assert mode == 0o600
    assert not list((tmp_path / "keys").glob(".*"))  # no temporary files left


def test_keys_from_the_environment_win_and_are_not_written(tmp_path):
    config = {"SECRET_KEY": "from-the-environment", "SMS_HASH_KEY": "also-given"}
    load_keys(config, tmp_path)
    assert config["SECRET_KEY"] == "from-the-environment"
    assert not (tmp_path / "keys" / "secret-key").exists()
    assert (tmp_path / "keys" / "chat-hash-key").exists()


def test_the_app_keeps_its_keys_and_data_in_its_instance_folder(tmp_path, monkeypatch):
    for name in ("SECRET_KEY", "CHAT_HASH_KEY", "SMS_HASH_KEY", "DATABASE_URL", "SEARCH_INDEX_DIR"):
        monkeypatch.setattr(DevelopmentConfig, name, None)
    monkeypatch.setattr("flask.Flask.auto_find_instance_path", lambda self: str(tmp_path / "inst"))
    app = create_app(DevelopmentConfig)
    assert app.config["SECRET_KEY"] == (tmp_path / "inst" / "keys" / "secret-key").read_text()
    assert str(tmp_path / "inst") in app.config["DATABASE_URL"]
    assert app.config["SEARCH_INDEX_DIR"] == str(tmp_path / "inst" / "search-index")
    app.extensions["directory"].engine.dispose()


def test_no_config_outside_the_tests_holds_a_constant_key():
    for config in (DevelopmentConfig, ProductionConfig):
        for name in KEY_FILES:
            assert getattr(config, name) in (None, os.environ.get(name))
    assert "not-secret" not in (ROOT / "web" / "config.py").read_text().split("class TestConfig")[0]


def test_importing_the_app_creates_no_folder(tmp_path):
    subprocess.run([sys.executable, "-c", "import web, web.config"], cwd=tmp_path, check=True,
                   env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert list(tmp_path.iterdir()) == []
