"""The import contract (README, Layout): ui → app → storage/sync, nothing upward; storage/ and sync/
import no Qt; only the entry package fallakte/ wires ui/ to the rest; the two roles in app/ meet
only in app/core. Read from the source with ast, so a local import inside a function counts too."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Every package of the product: a top-level folder with an __init__.py, tests and tools aside. A new
# one must be given its place in ALLOWED, or the first test fails.
OURS = tuple(sorted(p.parent.name for p in ROOT.glob("*/__init__.py") if p.parent.name not in ("tests", "benchmarks")))
# package (or module) -> what of ours it may import (its own package always); the most specific wins
ALLOWED = {
    "storage": set(),
    "sync": {"storage"},
    "app": {"storage", "sync"},
    "ui": {"app"},
    "fallakte": {"app", "ui", "storage", "sync"},   # the self-test checks the installation to the bottom
    "fallakte.cli": {"app", "ui"},
}
SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b", re.I | re.S)


def _modules() -> dict[str, Path]:
    found = {}
    for package in OURS:
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _imports(path: Path, module: str) -> set[str]:
    """Every name imported, relative imports resolved; a dynamic import (importlib, __import__)
    is recorded as such, so the contract cannot be stepped around unseen."""
    names = set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(parent + ([base] if base else []))
            names.add(base)
            names |= {f"{base}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Call) and (getattr(node.func, "attr", None) == "import_module"
                                             or getattr(node.func, "id", None) == "__import__"):
            names.add("<dynamic import>")
    return names


def _ours(name: str, modules: dict[str, Path]) -> str | None:
    """The module of ours an imported name refers to (``from app.ki import registry`` names one)."""
    while name:
        if name in modules:
            return name
        name = name.rpartition(".")[0]
    return None


MODULES = _modules()
IMPORTS = {m: _imports(p, m) for m, p in MODULES.items()}
GRAPH = {m: {t for n in IMPORTS[m] if (t := _ours(n, MODULES)) and t != m} for m in MODULES}


def _allowed(module: str) -> set[str]:
    return ALLOWED[max((k for k in ALLOWED if module == k or module.startswith(k + ".")), key=len)]


def test_every_package_imports_only_what_lies_below_it():
    assert set(OURS) <= set(ALLOWED)
    upward = [f"{m} imports {t}" for m, targets in GRAPH.items() for t in targets
              if m.split(".")[0] != (b := t.split(".")[0]) and b not in _allowed(m)]
    assert upward == []


def test_no_module_imports_by_name_at_run_time():
    assert [m for m, names in IMPORTS.items() if "<dynamic import>" in names] == []


def test_storage_and_sync_import_no_qt():
    with_qt = [m for m in MODULES if m.split(".")[0] in ("storage", "sync")
               and any(n.split(".")[0] == "PySide6" for n in IMPORTS[m])]
    assert with_qt == []


def test_the_two_roles_meet_only_in_the_shared_core():
    """The case manager's package and the KI's do not import each other (the KI's demo county
    alone plays the laptops, for training), and the shared core imports neither."""
    crossing = [f"{m} imports {t}" for m, targets in GRAPH.items() for t in targets
                if (m.startswith("app.core") and t.startswith(("app.casemanager", "app.ki")))
                or (m.startswith("app.casemanager") and t.startswith("app.ki"))
                or (m.startswith("app.ki") and m != "app.ki.demo_county" and t.startswith("app.casemanager"))]
    assert crossing == []


def test_no_import_cycles():
    cycles, done = [], set()

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            cycles.append(path[path.index(module):] + [module])
            return
        if module in done:
            return
        for target in sorted(GRAPH[module]):
            visit(target, path + [module])
        done.add(module)

    for module in sorted(GRAPH):
        visit(module, [])
    assert cycles == []


def test_no_sql_in_the_windows_or_the_command_line():
    """Neither SQL text (also inside f-strings) nor a call that runs a statement."""
    files = [p for m, p in MODULES.items() if m.startswith("ui.") or m == "fallakte.cli"]
    with_sql = [f"{p.relative_to(ROOT)}:{node.lineno}" for p in files
                for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
                if (isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value))
                or (isinstance(node, ast.Call) and getattr(node.func, "attr", None) in ("execute", "executemany"))]
    assert with_sql == []


def test_the_contract_sees_what_it_checks():
    """Guards the guard: the graph holds the known arrows, so an empty list above means something."""
    assert "app.ki.registry" in GRAPH["ui.statistics_window"]
    assert "storage.store" in GRAPH["app.core.stores"]
    assert "ui.application" in GRAPH["fallakte.cli"]
    assert SQL.search("SELECT id FROM person WHERE case_number = ?")
    assert _imports(ROOT / "app" / "ki" / "registry.py", "app.ki.registry") >= {"app.core.paths", "storage.schema"}
    assert _allowed("fallakte.cli") == {"app", "ui"} and _allowed("app.ki.registry") == {"storage", "sync"}
