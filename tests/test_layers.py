"""The layers import-linter cannot see: the bot (its own Python 3.10 env, not a package here)
stays apart from the site and the directory, and they stay apart from it.
`lint-imports` (pyproject.toml) checks the rest: `web` uses only the directory's front door."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def imported_roots(path: Path) -> set[str]:
    """The top-level package of every absolute import in one file."""
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def offenders(folder: str, forbidden: set[str]) -> dict[str, set[str]]:
    files = sorted((ROOT / folder).rglob("*.py"))
    assert files, f"no Python files under {folder}"
    found = {str(p.relative_to(ROOT)): imported_roots(p) & forbidden for p in files}
    return {name: roots for name, roots in found.items() if roots}


def test_the_bots_actions_import_neither_the_directory_nor_the_site():
    assert offenders("bot/actions", {"directory", "web"}) == {}


def test_neither_the_directory_nor_the_site_imports_the_bot():
    assert offenders("directory", {"bot", "actions"}) == {}
    assert offenders("web", {"bot", "actions"}) == {}


def test_the_check_sees_a_forbidden_import(tmp_path):
    (tmp_path / "bad.py").write_text("import os\nfrom directory.models import Service\n")
    assert imported_roots(tmp_path / "bad.py") == {"os", "directory"}


def test_the_front_door_contract_names_every_private_part_of_the_directory():
    """A new module in `directory` is private from the day it is added: the contract must list it."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    contract = next(c for c in config["contracts"] if c["source_modules"] == ["web"])
    parts = {f"directory.{p.stem if p.is_file() else p.name}" for p in (ROOT / "directory").iterdir()
             if (p.suffix == ".py" and p.stem != "__init__") or (p / "__init__.py").is_file()}
    assert parts and set(contract["forbidden_modules"]) == parts
