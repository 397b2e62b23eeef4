"""Checks on the code itself that ruff and mypy do not make."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted([*(ROOT / "assistant").glob("*.py"), *(ROOT / "ui").glob("*.py")])


def module_level_names(source: str) -> list[tuple[str, int]]:
    """Every name a module binds at its top level (assignments, functions, classes)."""
    names: list[tuple[str, int]] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names += [(t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append((node.target.id, node.lineno))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append((node.name, node.lineno))
    return names


def test_a_module_name_bound_twice_is_found() -> None:
    names = module_level_names("A = 1\ndef f(): pass\nA = 2\n")
    assert [n for n, _ in names].count("A") == 2


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    # A second pattern of the same name silently replaces the first for every rule that
    # used it (ruff does not flag a rebound module-level name).
    seen: dict[str, int] = {}
    twice = []
    for name, line in module_level_names(path.read_text()):
        if name in seen:
            twice.append(f"{name} (lines {seen[name]} and {line})")
        seen[name] = line
    assert not twice, f"{path.name} binds twice: {', '.join(twice)}"
