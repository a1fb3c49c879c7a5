"""Inputs are never written: an output folder must lie apart from every source of the run.

A run replaces its output folder as a whole (:mod:`quantex.write.staging`), so an output that is a
source, lies inside a source folder, or holds a source would destroy the corpus or read its own
outputs back as documents on the next run (``quantex extract news -o news/out`` twice turns
``facts.csv`` into "documents"). :func:`check_apart` refuses all three before anything is written.
Paths are compared after resolving symbolic links and ``..``, so ``-o ./news/../news`` is caught too;
for a glob the folder before its first wildcard counts as the source.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from pathlib import Path

from quantex.errors import OutputError

__all__ = ["check_apart", "source_roots"]


def source_roots(sources: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The resolved paths a run reads: each file or folder, and each glob's folder before its wildcard.

    >>> [p.name for p in source_roots(["/news/2024/*.txt"])]
    ['2024']
    """
    roots = []
    for item in sources:
        text = os.fspath(item)
        if glob.has_magic(text):
            parts = Path(text).parts
            plain = next(i for i, part in enumerate(parts) if glob.has_magic(part))
            roots.append(Path(*parts[:plain]) if plain else Path())
        else:
            roots.append(Path(text))
    return [root.resolve() for root in roots]


def check_apart(out: str | os.PathLike[str], sources: Iterable[str | os.PathLike[str]]) -> None:
    """Raise unless ``out`` is neither a source, nor inside a source folder, nor around a source.

    Raises:
        OutputError: One line naming the output and the source it would harm.

    Examples:
        >>> check_apart("/data/out", ["/data/news"])
        >>> check_apart("/data/news/out", ["/data/news"])
        Traceback (most recent call last):
        ...
        quantex.errors.OutputError: output '/data/news/out' is inside the source folder '/data/news': ...

    """
    sources = list(sources)
    target = Path(out).resolve()
    here = Path.cwd().resolve()
    if here == target or target in here.parents:
        raise OutputError(f"output {str(out)!r} is the current folder or holds it; name a new folder, "
                          "e.g. -o quantex-output")
    for given, root in zip(sources, source_roots(sources), strict=True):
        name = os.fspath(given)
        if root == target:
            raise OutputError(f"output {str(out)!r} is the source {name!r}: inputs are never written; "
                              "choose another output folder")
        if target.is_relative_to(root):
            raise OutputError(f"output {str(out)!r} is inside the source folder {str(root)!r}: its files "
                              "would be read as documents next time; choose a folder outside it")
        if root.is_relative_to(target):
            raise OutputError(f"output {str(out)!r} holds the source {name!r}: replacing it would delete "
                              "the input; choose another output folder")
