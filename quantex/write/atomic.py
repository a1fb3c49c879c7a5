"""Atomic file replacement: a crash leaves the old file or no file, never half a file.

The new content goes to a temporary file in the destination's folder (same file system, so the
rename cannot turn into a copy), is flushed and ``fsync``-ed, then moved over the destination with
:func:`os.replace`, which is atomic on POSIX and Windows. The folder is ``fsync``-ed afterwards
where the platform allows it, so the rename itself survives a power cut.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["atomic_path", "fsync_dir", "write_bytes_atomic", "write_text_atomic"]


def _umask() -> int:
    # The only portable way to read the umask is to set it; done once, at import.
    mask = os.umask(0)
    os.umask(mask)
    return mask


_NEW_FILE_MODE = 0o666 & ~_umask()


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``path``, on error it is removed.

    Use this for writers that want a file name rather than a file object (pyarrow, pandas).

    Args:
        path: The destination. Its folder must exist.

    Yields:
        A fresh, empty temporary file beside ``path``.

    Examples:
        >>> import tempfile, pathlib
        >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
        >>> with atomic_path(target) as tmp:
        ...     _ = tmp.write_text("done")
        >>> target.read_text()
        'done'

    """
    target = Path(path)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(name)
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would have.
        tmp.chmod(target.stat().st_mode & 0o7777 if target.exists() else _NEW_FILE_MODE)
        yield tmp
        _fsync_file(tmp)
        os.replace(tmp, target)
    except BaseException:
        # Clean up and re-raise: the destination is untouched.
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Replace ``path`` with ``data`` atomically and return the path."""
    target = Path(path)
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
    return target


def write_text_atomic(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> Path:
    """Replace ``path`` with ``text`` encoded as ``encoding`` atomically and return the path."""
    return write_bytes_atomic(path, text.encode(encoding))


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (its directory entry synced to disk); nothing on Windows."""
    if os.name != "posix":  # Windows cannot open a folder for fsync; its rename is durable enough.
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
