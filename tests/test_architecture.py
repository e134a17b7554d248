"""The project's layers, checked on the source: libraries first, commands on top, no import circles.

crawler/, extract/ and schema/ are libraries (installed as tdkt.crawler, tdkt.extract, tdkt.schema).
They know nothing of the command line (argparse, exit codes, terminal output live in tdkt.commands)
nor of the glue that joins them (tdkt.pipeline and its helpers). And no two of their modules import
each other, even lazily inside a function: a circle means one of them holds something both need.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
LIBRARIES = {"crawler": "tdkt.crawler", "extract": "tdkt.extract", "schema": "tdkt.schema"}
# The command layer (tdkt.cli, tdkt.commands) and the glue (tdkt.pipeline, ...): every module of the
# tdkt package that is not in a library, named or not here.
UPPER_LAYERS = ("tdkt.cli", "tdkt.commands", "tdkt.pipeline", "tdkt.records", "tdkt.engine", "tdkt.parallel",
                "tdkt.shards", "tdkt.record_workers")
# What every library may read: the data-directory setting, the one home of portal knowledge
# (sources, URLs, page furniture), shared by the crawler and the engine, the JSON Lines reader that
# the engine's and the database's readers share, and the one way to open a database read-only.
FOUNDATION = ("tdkt.paths", "tdkt.portal", "tdkt.data", "tdkt.jsonlines", "tdkt.readonly")


def library_modules() -> dict[str, Path]:
    """Every module of the three libraries, by its dotted name once installed."""
    modules = {}
    for folder, package in LIBRARIES.items():
        for path in sorted((REPO / folder).rglob("*.py")):
            parts = path.relative_to(REPO / folder).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join((package, *parts))] = path
    return modules


def imported_names(path: Path, module: str) -> set[str]:
    """The dotted names a module imports anywhere in its body (top level, functions, TYPE_CHECKING blocks).

    ``from package import name`` yields ``package.name`` as well as ``package``: the name may be a module."""
    package = _package_of(path, module)
    names = set()
    for node in _import_statements(path):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        else:
            base = _absolute(node, package)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def imported_modules(path: Path, module: str, modules: dict[str, Path]) -> set[str]:
    """The library modules a module depends on, wherever it imports them.

    ``from package import name`` depends on the submodule ``package.name`` when there is one, else on
    ``package`` itself (where the name is defined), as ``from tdkt.extract import __version__`` does."""
    package = _package_of(path, module)
    targets = set()
    for node in _import_statements(path):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        else:
            base = _absolute(node, package)
            targets.update(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                           for alias in node.names)
    return {target for target in targets if target in modules and target != module}


def _import_statements(path: Path) -> list[ast.Import | ast.ImportFrom]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [node for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))]


def _package_of(path: Path, module: str) -> str:
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def _absolute(node: ast.ImportFrom, package: str) -> str:
    if not node.level:
        return node.module or ""
    parts = package.split(".")
    base = ".".join(parts[:len(parts) - node.level + 1])
    return f"{base}.{node.module}" if node.module else base


def import_graph() -> dict[str, set[str]]:
    """Module → the library modules it imports."""
    modules = library_modules()
    return {module: imported_modules(path, module, modules) for module, path in modules.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle as [a, b, ..., a], or None (depth-first search, colouring modules as it goes)."""
    state: dict[str, str] = {}  # "open" while on the current path, "done" once fully explored
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = "open"
        path.append(module)
        for target in sorted(graph.get(module, ())):
            if state.get(target) == "open":
                return path[path.index(target):] + [target]
            if target not in state and (cycle := visit(target)):
                return cycle
        path.pop()
        state[module] = "done"
        return None

    for module in sorted(graph):
        if module not in state and (cycle := visit(module)):
            return cycle
    return None


@pytest.mark.parametrize("module", sorted(library_modules()))
def test_libraries_know_nothing_of_the_command_line_or_the_glue(module):
    path = library_modules()[module]
    forbidden = sorted(name for name in imported_names(path, module) if _upper_layer(name))
    assert not forbidden, f"{path.relative_to(REPO)} imports {', '.join(forbidden)}"


def _upper_layer(name: str) -> bool:
    """argparse, or a module of tdkt outside the libraries (the named layers and any other)."""
    within = lambda prefix: name == prefix or name.startswith(prefix + ".")  # noqa: E731
    if name == "argparse" or any(within(layer) for layer in UPPER_LAYERS):
        return True
    allowed = (*LIBRARIES.values(), *FOUNDATION)
    return within("tdkt") and name != "tdkt" and not any(within(lib) for lib in allowed)


def test_the_layer_check_sees_the_command_layer_and_the_glue():
    assert _upper_layer("argparse") and _upper_layer("tdkt.commands.crawl") and _upper_layer("tdkt.pipeline")
    assert _upper_layer("tdkt.cli_helpers") and not _upper_layer("tdkt.schema.db")
    assert _upper_layer("tdkt.parallel") and _upper_layer("tdkt.shards") and _upper_layer("tdkt.engine")
    assert not _upper_layer("tdkt.portal.sources") and not _upper_layer("tdkt.paths")


def test_the_loader_is_given_its_extraction_engine():
    """schema.load is handed an ``extract`` callable by the glue (tdkt.engine) instead of importing one."""
    engine_imports = [name for name in imported_names(REPO / "schema" / "load.py", "tdkt.schema.load")
                      if name == "tdkt.extract" or name.startswith("tdkt.extract.")]
    assert not engine_imports, engine_imports


def test_the_libraries_have_no_import_circles():
    cycle = find_cycle(import_graph())
    assert cycle is None, "import circle: " + " → ".join(cycle)


def test_the_cycle_finder_finds_a_lazy_circle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None
