"""Every module of ``pipeline/`` defines each top-level name once: a second definition silently
replaces the first for every function of the module (review of the twenty-fifth pass: a second
``MAX_FIRST_NAMES`` in ``place_readings`` cut another rule's reach; ruff does not flag it)."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PIPELINE = Path(__file__).resolve().parent.parent / "pipeline"


def _top_level_names(tree: ast.Module) -> dict[str, list[int]]:
    names: dict[str, list[int]] = defaultdict(list)
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name].append(node.lineno)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                for name in ast.walk(target):
                    if isinstance(name, ast.Name):
                        names[name.id].append(node.lineno)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id].append(node.lineno)
    return names


def test_each_top_level_name_is_defined_once():
    twice = [f"{path.relative_to(PIPELINE.parent)}: {name} at lines {lines}"
             for path in sorted(PIPELINE.rglob("*.py"))
             for name, lines in _top_level_names(ast.parse(path.read_text(encoding="utf-8"))).items()
             if len(lines) > 1 and name != "__all__"]
    assert not twice, twice


def test_the_check_sees_a_name_defined_twice():
    assert _top_level_names(ast.parse("A = 1\ndef f():\n    return A\nA = 2\n"))["A"] == [1, 4]
