"""Rules of the house that a change can break without any feature failing: modules
stay small, and no two modules import each other (directly or round a loop)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

MAX_LINES = 500
CODE = [
    p
    for folder in ("desktop", "tests", "benchmarks", "packaging")
    for p in sorted((REPO / folder).rglob("*.py"))
]


def test_no_module_reaches_500_lines() -> None:
    long = {
        str(p.relative_to(REPO)): n
        for p in CODE
        if (n := len(p.read_text(encoding="utf-8").splitlines())) >= MAX_LINES
    }
    assert long == {}


def _imports(path: Path, modules: set[str]) -> set[str]:
    """The jingdu modules ``path`` imports when it is imported (imports inside
    functions and under TYPE_CHECKING are deliberate ways round a loop, and left out)."""
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("jingdu"):
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                found.add(full if full in modules else node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("jingdu")}
    return found & modules


def test_no_import_cycle() -> None:
    root = REPO / "desktop"
    paths = {
        ".".join(p.relative_to(root).with_suffix("").parts).removesuffix(".__init__"): p
        for p in root.rglob("*.py")
    }
    graph = {m: _imports(p, set(paths)) for m, p in paths.items()}
    cycles = []
    done: set[str] = set()

    def visit(m: str, trail: list[str]) -> None:
        if m in trail:
            cycles.append([*trail[trail.index(m) :], m])
            return
        if m in done:
            return
        for n in sorted(graph[m]):
            visit(n, [*trail, m])
        done.add(m)

    for m in sorted(graph):
        visit(m, [])
    assert cycles == []
