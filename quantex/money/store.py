"""The user's own reference rates: where they live, how they are written, what they came from.

``quantex rates update`` writes here; :mod:`quantex.money.fx` reads from here first. The folder is
``$QUANTEX_DATA_DIR`` if set, else ``$XDG_DATA_HOME/quantex``, else ``~/.local/share/quantex``;
the rates go to its ``rates/`` sub-folder:

- ``eurofxref-hist.csv``: the ECB history as the ECB publishes it (units per EUR, newest first);
- ``fx_uah_usd.csv`` (``date,uah_per_usd``, NBU) and ``fx_rub_usd.csv`` (``date,rub_per_usd``,
  CBR), the formats of the files bundled in ``quantex/data``;
- ``manifest.json``: for each series, where its last update came from (URL or file), the SHA-256
  of what was read, when, and the days it covers; ``quantex rates status`` prints it.

A day in a user file replaces the same day of the bundled series; other days are added to it.
"""

from __future__ import annotations

import datetime
import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from quantex.errors import TableError

__all__ = ["ENV", "MANIFEST", "USER_FILES", "Provenance", "data_dir", "manifest", "rates_dir", "user_file",
           "write_series"]

ENV = "QUANTEX_DATA_DIR"
MANIFEST = "manifest.json"

#: series -> (file in the user's rates folder, value column; "" for the ECB's own format)
USER_FILES: dict[str, tuple[str, str]] = {
    "ECB": ("eurofxref-hist.csv", ""),
    "NBU": ("fx_uah_usd.csv", "uah_per_usd"),
    "CBR": ("fx_rub_usd.csv", "rub_per_usd"),
}


@dataclass(frozen=True)
class Provenance:
    """Where one update of one series came from."""

    series: str
    origin: str  # the URL fetched, or "file:" and the path read
    sha256: str  # of the bytes read
    retrieved: str  # ISO timestamp, UTC
    first: str  # first and last day in the user's file after the update
    last: str
    rows: int
    added: int  # days the bundled and earlier user rates did not have
    changed: int  # days whose rate differs from the one known before


def data_dir() -> Path:
    """The user's quantex data folder (not created here)."""
    explicit = os.environ.get(ENV)
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
    return base / "quantex"


def rates_dir() -> Path:
    """The folder of the user's reference rates."""
    return data_dir() / "rates"


def user_file(series: str) -> Path | None:
    """The user's file of ``series`` ("ECB", "NBU" or "CBR"), or None when there is none.

    Examples:
        >>> user_file("NBP cross (approximate)") is None  # only the three updated series have one
        True

    """
    if series not in USER_FILES:
        return None
    path = rates_dir() / USER_FILES[series][0]
    return path if path.is_file() else None


def manifest() -> dict[str, dict[str, object]]:
    """The manifest of the user's rates: series -> provenance fields; empty when there is none."""
    path = rates_dir() / MANIFEST
    if not path.exists():
        return {}
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise TableError(f"{path}: unreadable manifest ({exc})") from exc
    if not isinstance(loaded, dict):
        raise TableError(f"{path}: expected a JSON object")
    return loaded


def write_series(files: Mapping[str, str], provenance: Sequence[Provenance]) -> Path:
    """Write the given files' text and record their provenance; each file is replaced atomically."""
    folder = rates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        _replace(folder / name, text)
    record = manifest()
    for item in provenance:
        record[item.series] = asdict(item)
    _replace(folder / MANIFEST, json.dumps(record, indent=2, sort_keys=True) + "\n")
    return folder


def utc_now() -> str:
    """The time now, UTC, to the second, as ISO 8601."""
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat()


def _replace(path: Path, text: str) -> None:
    """Write ``text`` beside ``path`` and move it over ``path``: a reader sees the old or the new file."""
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
