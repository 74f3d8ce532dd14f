"""The page depends only on the public `summarizer` API, streamlit (and pandas, streamlit's own
dependency, for the coloured cells of a Styler) and the standard library."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

UI = Path(__file__).resolve().parent.parent / "ui"


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def test_ui_imports_only_public_summarizer_streamlit_and_stdlib() -> None:
    files = sorted(UI.rglob("*.py"))
    assert len(files) >= 8
    offending = [
        f"{path.relative_to(UI)}: {name}"
        for path in files
        for name in imported_modules(path)
        if not (
            name == "summarizer"
            or name.split(".")[0] in {"streamlit", "pandas", "ui", "__future__"}
            or name.split(".")[0] in sys.stdlib_module_names
        )
    ]
    assert offending == []
