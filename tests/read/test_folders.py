"""Folders that cannot be listed and links to nothing get a row in the errors, never vanish (issue 16)."""

from __future__ import annotations

import glob
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


#: (pattern below the corpus folder, the documents it reads): the same files glob.glob finds
GLOBS = [
    ("*.txt", ["a.txt"]),
    ("**/*.txt", ["a.txt", "news/2024/c.txt", "news/b.txt"]),
    ("news/*.txt", ["b.txt"]),
    ("news/*/*.txt", ["2024/c.txt"]),
    ("*/*.txt", ["news/b.txt"]),
    ("news/**", ["2024/c.txt", "b.txt"]),
    ("**/c.*", ["news/2024/c.txt"]),
    ("news/20[0-9][0-9]/*.txt", ["2024/c.txt"]),
]


def _tree(root: Path) -> None:
    for name in ("a.txt", "news/b.txt", "news/2024/c.txt", "news/.hidden/d.txt", ".e.txt"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(GOOD, encoding="utf-8")


@pytest.mark.parametrize(("pattern", "expected"), GLOBS, ids=[g for g, _ in GLOBS])
def test_globs_read_what_glob_finds(tmp_path: Path, pattern: str, expected: list[str]) -> None:
    _tree(tmp_path)
    source = f"{tmp_path}/{pattern}"
    found = sorted(Path(p).name for p in glob.glob(source, recursive=True) if Path(p).is_file())
    documents = read_corpus(source)
    assert sorted(documents["doc_id"]) == expected
    assert sorted(Path(d).name for d in documents["doc_id"]) == found


@pytest.mark.parametrize(("pattern", "reported"), [("**/*.txt", True), ("news/*/*.txt", True),
                                                   ("news/*.txt", False), ("*.txt", False)])
def test_unreadable_folder_reached_by_a_glob(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pattern: str,
                                             reported: bool) -> None:
    """A folder a glob would list but cannot gets a row; one the glob never reaches does not."""
    _tree(tmp_path)
    locked = tmp_path / "news" / "locked"
    (locked / "x.txt").parent.mkdir()
    (locked / "x.txt").write_text(GOOD, encoding="utf-8")
    real = os.scandir

    def scandir(path: object = ".") -> object:  # chmod does not stop root, so listing is refused here too
        if Path(str(path)).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", scandir)
    locked.chmod(0)
    try:
        documents = read_corpus(f"{tmp_path}/{pattern}")
    finally:
        locked.chmod(0o755)
    errors = corpus_errors(documents)
    assert "x.txt" not in " ".join(documents["doc_id"])
    assert errors["document"].str.endswith("locked/").tolist() == ([True] if reported else [])
    if reported:
        assert "Permission denied" in errors["problem"][0]


def test_a_glob_does_not_loop_on_a_link_cycle(tmp_path: Path) -> None:
    _tree(tmp_path)
    (tmp_path / "news" / "2024" / "up").symlink_to(tmp_path / "news", target_is_directory=True)
    documents = read_corpus(f"{tmp_path}/news/**/*.txt")
    assert sorted(documents["doc_id"]) == ["2024/c.txt", "b.txt"]
    assert corpus_errors(documents).empty
