"""Folders that cannot be listed and links to nothing get a row in the errors, never vanish (issue 16)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quantex.read.sources import corpus_errors, read_corpus

GOOD = "date: 2024-10-22\n\nRussia launched 56 drones.\n"


def test_unreadable_folder_and_dangling_link(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "gone.png").symlink_to(tmp_path / "nowhere.png")  # not a corpus format: ignored as before
    real = os.scandir

    def scandir(path: object = ".") -> object:  # chmod does not stop root, so listing is refused here
        if Path(str(path)).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", scandir)
    documents = read_corpus(tmp_path)
    errors = corpus_errors(documents)
    assert documents["doc_id"].tolist() == ["a.txt"]
    assert errors["document"].tolist() == ["gone.txt", "locked/"]
    assert "does not exist" in errors["problem"][0]
    assert "Permission denied" in errors["problem"][1]


def test_hidden_entries_stay_out(tmp_path: Path) -> None:
    """Staging folders of a run (.out.quantex-staging-<pid>) and other hidden entries are never read."""
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / ".out.quantex-staging-1").mkdir()
    (tmp_path / ".out.quantex-staging-1" / "facts.csv").write_text("text\n5 drones\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(GOOD, encoding="utf-8")
    documents = read_corpus(tmp_path)
    assert documents["doc_id"].tolist() == ["a.txt"]
    assert corpus_errors(documents).empty
