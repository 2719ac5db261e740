"""The assistant runs on Python 3.10 (Rasa 3.6): the shared package must parse and import there."""
import ast
import sys
from pathlib import Path

import signpost_common

PACKAGE = Path(signpost_common.__file__).resolve().parent
NEWER_THAN_310 = {"tomllib", "wsgiref.types"}
ALLOWED_IMPORTS = set(sys.stdlib_module_names) | {"yaml", "signpost_common"}


def test_every_module_parses_as_python_310_and_needs_only_the_stdlib_and_yaml():
    for module in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(module.read_text("utf-8"), str(module), feature_version=(3, 10))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 else []
            for name in names:
                assert name not in NEWER_THAN_310, f"{module.name} imports {name}"
                assert name.split(".")[0] in ALLOWED_IMPORTS, f"{module.name} imports {name}"
