"""pyproject.toml's package data names only files that exist, so a built (not editable) install
carries everything the code reads."""
import tomllib
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((REPOSITORY / "pyproject.toml").read_text("utf-8"))


def test_every_package_data_pattern_matches_a_file():
    for package, patterns in PROJECT["tool"]["setuptools"]["package-data"].items():
        for pattern in patterns:
            assert any(p.is_file() for p in (REPOSITORY / package).glob(pattern)), f"{package}/{pattern}"


def test_the_shared_package_is_installed_with_the_site():
    assert "signpost_common*" in PROJECT["tool"]["setuptools"]["packages"]["find"]["include"]
    assert (REPOSITORY / "signpost_common" / "facts.yaml").is_file()
