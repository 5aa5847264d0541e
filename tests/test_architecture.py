"""The package's shape (docs/architecture.md): rooms import only downwards, modules and functions stay small."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "assess"

# room -> the rooms it may import (besides itself and the shared top-level modules)
ALLOWED = {
    "kb": set(),
    "engine": {"kb"},
    "governance": {"kb"},
    "interview": {"engine", "kb"},
    "reports": {"engine", "governance", "kb"},
    "site": {"reports", "governance", "engine", "kb"},
    "cli": {"site", "reports", "interview", "governance", "engine", "kb"},
}
SHARED = {"cache", "errors", "files", "resources"}
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


GENERATED = "# Generated from templates/"      # compiled templates: tests/test_templates.py checks them


def _modules():
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts
                  and not p.read_text(encoding="utf-8").startswith(GENERATED))


def _room(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imported_rooms(path: Path) -> set[str]:
    """Rooms of `assess` that a module imports (relative or absolute)."""
    rel = path.relative_to(PACKAGE)
    package = list(rel.parts[:-1])
    rooms = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[:len(package) - (node.level - 1)] if node.level > 1 else package
            target = base + (node.module.split(".") if node.module else [])
            names = [a.name for a in node.names]
            rooms.update([target[0]] if target else names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("assess."):
            rooms.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            rooms.update(a.name.split(".")[1] for a in node.names if a.name.startswith("assess."))
    return rooms


def test_every_room_is_a_subpackage_with_a_docstring_saying_what_it_may_import():
    for room in ALLOWED:
        init = PACKAGE / room / "__init__.py"
        assert init.is_file(), f"assess/{room}/ is not a package"
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and ("May import" in doc), f"assess/{room}/__init__.py must say what it holds and may import"


def test_top_level_holds_only_shared_small_things():
    top = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__", "__main__"}
    assert top == SHARED


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_go_only_downwards(path):
    room = _room(path)
    imported = _imported_rooms(path) - {room, "__version__"} - SHARED
    if room in SHARED or room in ("__init__", "__main__"):
        allowed = {"cli"} if room == "__main__" else set()
    else:
        allowed = ALLOWED[room]
    assert imported <= allowed, f"{path.relative_to(PACKAGE)} imports {sorted(imported - allowed)}"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_and_functions_are_small(path):
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    doc = ast.get_docstring(tree) or ""
    if text.count("\n") > MAX_MODULE_LINES:
        assert "longer" in doc, f"{path.name}: {text.count(chr(10))} lines; split it or say why in its docstring"
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = node.end_lineno - node.lineno + 1
            assert length <= MAX_FUNCTION_LINES or "longer" in (ast.get_docstring(node) or ""), \
                f"{path.name}:{node.lineno} {node.name} is {length} lines"


# The browser's scripts (site/, not the vendored libraries) follow the same size rules.
SITE = PACKAGE.parent / "site"
_JS_TOKEN = re.compile(r"""//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`""", re.S)
_REGEX_AFTER = set("(,=:[!&|?{};+-*%<>~^")


def _js_scripts() -> list[Path]:
    return sorted(p for p in SITE.rglob("*.js") if "vendor" not in p.relative_to(SITE).parts)


def _blank(text: str) -> str:
    """The script with comments, strings and regular expressions blanked (lines kept), so braces can be counted."""
    out, i = [], 0
    while i < len(text):
        m = _JS_TOKEN.match(text, i)
        if m:
            out.append(re.sub(r"[^\n]", " ", m.group(0)))
            i = m.end()
            continue
        prev = "".join(out).rstrip()[-1:] if text[i] == "/" else ""
        if text[i] == "/" and (prev in _REGEX_AFTER or "".join(out).rstrip().endswith("return")):
            j, in_class = i + 1, False
            while j < len(text) and (text[j] != "/" or in_class) and text[j] != "\n":
                in_class = (in_class or text[j] == "[") and text[j] != "]"
                j += 2 if text[j] == "\\" else 1
            out.append(" " * (j + 1 - i))
            i = j + 1
            continue
        out.append(text[i])
        i += 1
    return "".join(out)


def js_functions(text: str) -> list[tuple[str, int, int]]:
    """(name, first line, lines) of every function: from its `function` line to its matching closing brace.

    A script's own wrapper, `(function (global) {` at the start of a line, is its module, not a function."""
    clean = _blank(text)
    found = []
    for m in re.finditer(r"(?<!^\()\bfunction\b\s*(\w*)\s*\(", clean, re.M):
        depth, i = 1, m.end()
        while depth:                                   # the parameters
            depth += {"(": 1, ")": -1}.get(clean[i], 0)
            i += 1
        i = clean.index("{", i)
        depth, j = 1, i + 1
        while depth:
            depth += {"{": 1, "}": -1}.get(clean[j], 0)
            j += 1
        first = clean.count("\n", 0, m.start()) + 1
        found.append((m.group(1) or "(anonymous)", first, clean.count("\n", m.start(), j) + 1))
    return found


def test_js_function_lines_are_counted_to_the_matching_brace():
    text = '(function (g) {\n})(this);\nfunction a(x) {\n  var s = "}{", r = /[}]/g; // }\n  if (x) { return function () { return 1; }; }\n}\n'
    assert js_functions(text) == [("a", 3, 4), ("(anonymous)", 5, 1)]


@pytest.mark.parametrize("path", _js_scripts(), ids=lambda p: str(p.relative_to(SITE)))
def test_scripts_and_their_functions_are_small(path):
    text = path.read_text(encoding="utf-8")
    assert text.count("\n") <= MAX_MODULE_LINES, f"site/{path.relative_to(SITE)}: {text.count(chr(10))} lines"
    for name, first, length in js_functions(text):
        assert length <= MAX_FUNCTION_LINES, f"site/{path.relative_to(SITE)}:{first} {name} is {length} lines"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_only(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _imported_modules(path: Path, modules: set[str]) -> set[str]:
    """The modules of `assess` a module imports, wherever the import is (top level or inside a function);
    imports for type checkers only are left out, as they never run."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if _type_checking_only(child):
                continue
            if isinstance(child, ast.ImportFrom):
                base = package.split(".")[:len(package.split(".")) - child.level + 1] if child.level else []
                target = ".".join(base + ([child.module] if child.module else []))
                out.update(f"{target}.{a.name}" if f"{target}.{a.name}" in modules else target for a in child.names)
            elif isinstance(child, ast.Import):
                out.update(a.name for a in child.names)
            visit(child)
    visit(ast.parse(path.read_text(encoding="utf-8")))
    return (out & modules) - {name}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of the graph, as the modules along it, or None."""
    state: dict[str, int] = {}          # 1: on the current path, 2: done
    path: list[str] = []

    def walk(module: str) -> list[str] | None:
        state[module] = 1
        path.append(module)
        for other in sorted(graph[module]):
            if state.get(other) == 1:
                return path[path.index(other):] + [other]
            if other not in state and (found := walk(other)):
                return found
        state[module] = 2
        path.pop()
        return None
    return next((found for module in sorted(graph) if module not in state and (found := walk(module))), None)


def test_no_import_cycle_not_even_inside_functions():
    paths = {_module_name(p): p for p in _modules()}
    graph = {name: _imported_modules(path, set(paths)) for name, path in paths.items()}
    assert _cycle(graph) is None, " -> ".join(_cycle(graph))


def test_the_cycle_finder_finds_a_cycle_through_a_function_level_import():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None
    modules = {_module_name(p) for p in _modules()}
    # scoring imports results inside score_many only
    assert "assess.engine.results" in _imported_modules(PACKAGE / "engine" / "scoring.py", modules)
