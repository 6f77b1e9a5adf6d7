"""Reading the source for permission checks: which actions are checked where, and which public
service functions check one (themselves or through a private helper of theirs).

Only the AST is read; nothing is imported. A check whose action cannot be worked out from the
source (not a literal, a module constant, a parameter filled with literals, or a module-level
dict of literals) is reported as unresolved, so a new indirection cannot hide a typo.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECKS = {"require", "allowed"}


@dataclass(frozen=True)
class Check:
    where: str  # "path:line"
    action: str | None  # None: could not be worked out


class Module:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.rel = path.relative_to(ROOT).as_posix()
        self.name = self.rel.removesuffix(".py").replace("/", ".").removesuffix(".__init__")
        self.tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        self.functions = {node.name: node for node in self.tree.body if isinstance(node, ast.FunctionDef)}
        self.constants: dict[str, ast.expr] = {}
        self.assigned_calls: dict[str, ast.Call] = {}
        self.imports: dict[str, tuple[str, str]] = {}
        for node in self.tree.body:
            single = isinstance(node, ast.Assign) and len(node.targets) == 1
            if single and isinstance(node.targets[0], ast.Name):
                self.constants[node.targets[0].id] = node.value
                if isinstance(node.value, ast.Call):
                    self.assigned_calls[node.targets[0].id] = node.value
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
                self.constants[node.target.id] = node.value
            elif isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = (node.module, alias.name)


def modules(*folders: str) -> dict[str, Module]:
    found = {}
    for folder in folders:
        found.update(_parsed(folder))
    return found


@functools.cache
def _parsed(folder: str) -> dict[str, Module]:
    found = {}
    for path in sorted((ROOT / folder).rglob("*.py")):
        module = Module(path)
        found[module.name] = module
    return found


def _is_check(call: ast.Call) -> bool:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr in CHECKS and isinstance(func.value, ast.Name) and func.value.id == "permissions"
    return isinstance(func, ast.Name) and func.id in CHECKS


def _action_arg(call: ast.Call) -> ast.expr | None:
    if len(call.args) >= 2:
        return call.args[1]
    return next((kw.value for kw in call.keywords if kw.arg == "action"), None)


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _enclosing_function(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> ast.FunctionDef | None:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.FunctionDef):
            return node
    return None


def _callee(module: Module, func: ast.expr) -> tuple[str, str] | None:
    """(module, function) a call's target names, for plain names defined or imported here."""
    if not isinstance(func, ast.Name):
        return None
    if func.id in module.functions:
        return module.name, func.id
    return module.imports.get(func.id)


def checks(all_modules: dict[str, Module]) -> Iterator[Check]:
    """Every permissions.require/allowed call with the action(s) it checks."""
    for module in all_modules.values():
        parents: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(module.tree):
            if not (isinstance(node, ast.Call) and _is_check(node)):
                continue
            where, arg = f"{module.rel}:{node.lineno}", _action_arg(node)
            if _literal(arg) is not None:
                yield Check(where, _literal(arg))
                continue
            parents = parents or _parents(module.tree)
            for action in _resolve(all_modules, module, arg, node, parents):
                yield Check(where, action)


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _resolve(all_modules: dict[str, Module], module: Module, arg: ast.expr | None, call: ast.Call,
             parents: dict[ast.AST, ast.AST]) -> list[str | None]:
    if _literal(arg) is not None:
        return [_literal(arg)]
    if isinstance(arg, ast.Name):
        looped = _loop_literals(arg.id, call, parents)
        if looped:
            return looped
        function = _enclosing_function(call, parents)
        parameters = [a.arg for a in function.args.args] if function else []
        if function is not None and arg.id in parameters:
            return _passed_in(all_modules, module, function.name, parameters.index(arg.id), arg.id)
        if _literal(module.constants.get(arg.id)) is not None:
            return [_literal(module.constants[arg.id])]
    if isinstance(arg, ast.Subscript) and isinstance(arg.value, ast.Name):
        table = module.constants.get(arg.value.id)
        if isinstance(table, ast.Dict) and table.values:
            return [_literal(value) for value in table.values]
    return [None]


def _loop_literals(name: str, node: ast.AST, parents: dict[ast.AST, ast.AST]) -> list[str | None]:
    """`for action in ("a.b", "c.d")` (a loop or a comprehension) around the check."""
    while node in parents:
        node = parents[node]
        loops = node.generators if isinstance(node, (ast.GeneratorExp, ast.ListComp, ast.SetComp)) else [node]
        for loop in loops:
            if (isinstance(loop, (ast.For, ast.comprehension)) and isinstance(loop.target, ast.Name)
                    and loop.target.id == name and isinstance(loop.iter, (ast.Tuple, ast.List))):
                return [_literal(item) for item in loop.iter.elts]
    return []


def _passed_in(all_modules: dict[str, Module], home: Module, function: str, index: int,
               keyword: str) -> list[str | None]:
    """The literals every caller passes for a parameter that reaches a check."""
    found: list[str | None] = []
    for module in all_modules.values():
        for node in ast.walk(module.tree):
            if not (isinstance(node, ast.Call) and _callee(module, node.func) == (home.name, function)):
                continue
            value = node.args[index] if len(node.args) > index else next(
                (kw.value for kw in node.keywords if kw.arg == keyword), None)
            found.append(_literal(value))
    return found or [None]


def guarded_functions(all_modules: dict[str, Module]) -> set[str]:
    """"module:function" for every public module-level function (or name made by a factory) that
    checks a permission itself or through a private function of the code base."""
    memo: dict[tuple[str, str], bool] = {}

    def checks_permission(key: tuple[str, str]) -> bool:
        if key in memo:
            return memo[key]
        memo[key] = False  # recursion guard
        module = all_modules.get(key[0])
        node = module.functions.get(key[1]) if module else None
        result = False
        if node is not None:
            for inner in ast.walk(node):
                if not isinstance(inner, ast.Call):
                    continue
                if _is_check(inner) and getattr(inner.func, "attr", "") == "require":
                    result = True
                    break
                target = _callee(module, inner.func)
                if target and target[1].startswith("_") and checks_permission(target):
                    result = True
                    break
        memo[key] = result
        return result

    found = set()
    for module in all_modules.values():
        for name in module.functions:
            if not name.startswith("_") and checks_permission((module.name, name)):
                found.add(f"{module.name}:{name}")
        for name, call in module.assigned_calls.items():
            target = _callee(module, call.func)
            if not name.startswith("_") and target and checks_permission(target):
                found.add(f"{module.name}:{name}")
    return found
