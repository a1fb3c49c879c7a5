"""The tree is the pipeline: every import goes down the stages, never up, and no stage imports another's face.

The stages, from the floor up (``quantex/__init__.py``'s docstring and README's Layout say the same):
the floor (errors, schema, records, options, frame, published, ``text/``, ``vocab/``), ``spans/``,
``facts/``, ``money/``, ``extract.py`` (the page that composes the per-document stages), ``read/``,
``corpus/``, ``trackers/`` (record tables), ``write/``, ``analyse/``, and the faces (``evaluate.py``,
``cli.py``, ``__main__.py``, ``__init__.py``). A module may import its own stage and any stage below
it, at the top of the file or inside a function alike.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "quantex"

#: stage -> rank; a module may import only modules of its own rank or lower
RANKS: dict[str, int] = {
    "errors": 0, "_version": 0, "schema": 0, "records": 0, "options": 0, "frame": 0, "published": 0,
    "text": 0, "vocab": 0,
    "spans": 1, "facts": 2, "money": 3, "extract": 4, "read": 5, "corpus": 6, "trackers": 7, "write": 8,
    "analyse": 9, "evaluate": 10, "cli": 11, "__main__": 11, "__init__": 12,
}


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _stage(module: str) -> str:
    parts = module.split(".")
    return "__init__" if len(parts) == 1 else parts[1]


def _imports(path: Path) -> list[tuple[int, str, list[str]]]:
    """(line, imported module, names) of every quantex import in the file, wherever it stands."""
    found: list[tuple[int, str, list[str]]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name, []) for alias in node.names if alias.name.startswith("quantex")]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("quantex"):
            found.append((node.lineno, node.module, [alias.name for alias in node.names]))
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_every_module_has_a_stage() -> None:
    unknown = {_stage(_module(path)) for path in MODULES} - set(RANKS)
    assert unknown == set(), f"modules outside the known stages: {unknown}; add the stage to RANKS and the README"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_go_down_the_stages(path: Path) -> None:
    own = _module(path)
    rank = RANKS[_stage(own)]
    upward = []
    for line, imported, names in _imports(path):
        targets = [imported] if imported != "quantex" else [f"quantex.{name}" for name in names]
        for target in targets:
            if _stage(target) in RANKS and RANKS[_stage(target)] > rank:
                upward.append(f"line {line}: {target}")
    assert upward == [], f"{own} imports a later stage"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_stage_imports_another_stages_face(path: Path) -> None:
    """``from quantex.spans import find_spans`` leans on the stage's re-exports; name the module instead."""
    own_stage = _stage(_module(path))
    faces = []
    for line, imported, names in _imports(path):
        package = PACKAGE.joinpath(*imported.split(".")[1:])
        if imported == "quantex" or not package.is_dir() or _stage(imported) == own_stage:
            continue
        faces += [f"line {line}: {imported}.{name}" for name in names
                  if not (package / f"{name}.py").exists() and not (package / name).is_dir()]
    assert faces == [], "import the module that defines the name, not the stage's __init__"


def test_stage_folders_say_what_goes_in_and_out() -> None:
    for folder in sorted(p for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        if folder.name in ("data", "sample"):
            continue
        docstring = ast.get_docstring(ast.parse((folder / "__init__.py").read_text(encoding="utf-8")))
        assert docstring, f"{folder.name}/__init__.py has no docstring"
        assert "In:" in docstring, f"{folder.name}/__init__.py does not say what goes in"
        assert "Out:" in docstring, f"{folder.name}/__init__.py does not say what comes out"
