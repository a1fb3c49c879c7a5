"""Outputs complete as a set: a run's folder appears in one rename, or not at all (issue 16)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from quantex.errors import OutputError
from quantex.write.staging import clean_dead_runs, staged_output


def quantex_folder(path: Path, marker: str = "old") -> Path:
    path.mkdir()
    (path / "datapackage.json").write_text(json.dumps({"quantex_version": "0.1.0"}), encoding="utf-8")
    (path / "facts.csv").write_text(marker, encoding="utf-8")
    return path


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_new_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with staged_output(out) as stage:
        assert not out.exists()  # nothing visible until the run ends well
        (stage / "facts.csv").write_text("new", encoding="utf-8")
    assert (out / "facts.csv").read_text(encoding="utf-8") == "new"
    assert hidden(tmp_path) == []


@pytest.mark.parametrize(("existing", "force", "refused"), [
    ("quantex", False, "already exists; pass --force"),
    ("other", True, "quantex did not write"),
    ("file", True, "not a folder"),
    ("file", False, "not a folder"),
])
def test_refused(existing: str, force: bool, refused: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    if existing == "quantex":
        quantex_folder(out)
    elif existing == "other":
        out.mkdir()
        (out / "thesis.docx").write_bytes(b"years of work")
    else:
        out.write_text("a file", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    with pytest.raises(OutputError, match=refused), staged_output(out, force=force):
        pytest.fail("the run must not start")
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


@pytest.mark.parametrize("previous", ["quantex", "empty"])
def test_force_replaces_the_whole_folder(previous: str, tmp_path: Path) -> None:
    if previous == "quantex":
        out = quantex_folder(tmp_path / "out")
        (out / "stale.csv").write_text("from an older run", encoding="utf-8")
    else:
        out = tmp_path / "out"
        out.mkdir()
    with staged_output(out, force=True) as stage:
        (stage / "facts.csv").write_text("new", encoding="utf-8")
    assert sorted(p.name for p in out.iterdir()) == ["facts.csv"]  # no stale file of the older run
    assert hidden(tmp_path) == []


def test_failed_run_leaves_the_previous_output(tmp_path: Path) -> None:
    out = quantex_folder(tmp_path / "out")
    def interrupted_run() -> None:
        with staged_output(out, force=True) as stage:
            (stage / "facts.csv").write_text("half", encoding="utf-8")
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        interrupted_run()
    assert (out / "facts.csv").read_text(encoding="utf-8") == "old"
    assert hidden(tmp_path) == []


def test_dead_runs_are_cleaned(tmp_path: Path) -> None:
    out = tmp_path / "out"
    dead = tmp_path / ".out.quantex-staging-999999999"  # no such process
    dead.mkdir()
    (dead / ".facts.csv.x.tmp").write_text("half", encoding="utf-8")
    mine = tmp_path / f".out.quantex-staging-{os.getpid()}-other"  # not a staging name: kept
    mine.mkdir()
    other = tmp_path / ".elsewhere.quantex-staging-999999999"  # another output's: kept
    other.mkdir()
    assert clean_dead_runs(out) == [dead]
    assert hidden(tmp_path) == sorted([mine.name, other.name])


def test_exchange_fallback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the system cannot swap two folders atomically, two renames do it; the result is the same."""
    import quantex.write.staging as staging

    monkeypatch.setattr(staging, "_exchange", lambda a, b: False)
    out = quantex_folder(tmp_path / "out")
    with staged_output(out, force=True) as stage:
        (stage / "facts.csv").write_text("new", encoding="utf-8")
    assert (out / "facts.csv").read_text(encoding="utf-8") == "new"
    assert hidden(tmp_path) == []
