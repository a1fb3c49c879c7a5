"""Output folders complete as a set: a run writes into a staging folder, then one rename commits it.

Every output of a run (facts, errors, summaries, charts, ``datapackage.json``, ``report.md``) is written
into ``.<name>.quantex-staging-<pid>`` beside the output folder. When the run ends well the staging
folder takes the output folder's place in one step: :func:`os.rename` when there is no previous
output, an atomic exchange (Linux ``renameat2(RENAME_EXCHANGE)``) when ``--force`` replaces one,
after which the previous output is deleted. A run that fails or is interrupted removes its staging
folder; one that is killed (SIGKILL, a power cut) leaves it, and the next run beside it removes the
staging folders of processes that no longer exist. A reader therefore finds the old output or the
new one, never a mix such as a new ``facts.csv`` beside an old ``datapackage.json``.

An existing output folder is replaced only with ``force`` and only when quantex wrote it (it holds
a ``datapackage.json`` written by quantex) or it is empty, so ``-o ~ --force`` cannot wipe a home folder.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import json
import os
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

from quantex.corpus.pool import running
from quantex.errors import OutputError
from quantex.write.atomic import fsync_dir

__all__ = ["MARKER", "clean_dead_runs", "staged_output"]

#: the file that marks a folder as written by quantex
MARKER = "datapackage.json"
_STAGING = re.compile(r"^\.(?P<name>.+)\.quantex-(?:staging|old)-(?P<pid>\d+)$")


@contextlib.contextmanager
def staged_output(out: str | os.PathLike[str], *, force: bool = False) -> Iterator[Path]:
    """Yield an empty staging folder; on success it becomes ``out`` in one rename, on error it is removed.

    Raises:
        OutputError: ``out`` is a file, or an existing folder that ``force`` may not replace.
        OSError: The folder beside ``out`` cannot be written.

    """
    target = Path(out)
    check_replaceable(target, force=force)
    target.parent.mkdir(parents=True, exist_ok=True)
    clean_dead_runs(target)
    staging = target.parent / f".{target.name}.quantex-staging-{os.getpid()}"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir()
    try:
        yield staging
        _commit(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def check_replaceable(target: Path, *, force: bool) -> None:
    """Raise unless ``target`` is absent, or ``force`` is given and ``target`` is empty or quantex's."""
    if not target.exists() and not target.is_symlink():
        return
    if not target.is_dir() or target.is_symlink():
        raise OutputError(f"output {str(target)!r} exists and is not a folder; choose a folder name")
    if not force:
        raise OutputError(f"output folder {str(target)!r} already exists; pass --force to replace it")
    if any(target.iterdir()) and not _written_by_quantex(target):
        raise OutputError(f"output folder {str(target)!r} holds files quantex did not write "
                          f"(no quantex {MARKER}); it is not replaced, even with --force")


def clean_dead_runs(target: Path) -> list[Path]:
    """Remove the staging folders beside ``target`` left by runs whose process no longer exists."""
    removed = []
    parent = target.parent if str(target.parent) else Path()
    with contextlib.suppress(OSError):  # an unreadable parent: the run itself will say so
        for entry in parent.iterdir():
            found = _STAGING.match(entry.name)
            owner = int(found["pid"]) if found and found["name"] == target.name else None
            if owner is not None and owner != os.getpid() and not running(owner) and entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
                removed.append(entry)
    return removed


def _written_by_quantex(folder: Path) -> bool:
    try:
        package = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(package, dict) and "quantex_version" in package


def _commit(staging: Path, target: Path) -> None:
    if not target.exists():
        os.rename(staging, target)
        fsync_dir(target.parent)
        return
    if _exchange(staging, target):  # staging now holds the previous output
        shutil.rmtree(staging)
        fsync_dir(target.parent)
        return
    # No atomic exchange on this platform: two renames; a crash between them leaves the previous
    # output under .<name>.quantex-old-<pid> and no <name>, never a mix.
    old = target.parent / f".{target.name}.quantex-old-{os.getpid()}"
    os.rename(target, old)
    os.rename(staging, target)
    shutil.rmtree(old)
    fsync_dir(target.parent)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2); False where the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result != 0:
        errno = ctypes.get_errno()
        if errno in (22, 38, 95):  # EINVAL, ENOSYS, EOPNOTSUPP: the file system cannot exchange
            return False
        raise OSError(errno, os.strerror(errno), str(b))
    return True
