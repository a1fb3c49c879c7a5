"""count_items gives the progress bar's total: as many items as iter_documents yields, text never kept."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quantex.read.count import count_items
from quantex.read.sources import iter_documents

GOOD = "date: 2024-10-22\n\nRussia launched 56 drones.\n"
LIVE = ("date: 2024-10-22\nkind: liveblog\n\nIntro line.\n\n## 07:30 First\nOne.\n\n## 09:10 Second\nTwo.\n"
        "\n## 25:99 Impossible time\nThree.\n")

#: (name, files, source below the folder): the count must equal the items read
CASES: list[tuple[str, dict[str, bytes], str]] = [
    ("jsonl with blank lines and a bad line",
     {"a.jsonl": b'{"text": "x"}\n\n  \n{"text": \nnot json\n{"text": "y"}'}, ""),
    ("jsonl with crlf", {"a.jsonl": b'{"text": "x"}\r\n{"text": "y"}\r\n'}, ""),
    ("jsonl utf-16 with bom", {"a.jsonl": '{"text": "x"}\n{"text": "y"}\n'.encode("utf-16")}, ""),
    ("csv with line breaks in cells", {"a.csv": b'text,published\n"two\nlines",2024-10-22\n"x ""q""",bad\nz,\n'}, ""),
    ("tsv", {"a.tsv": b"text\tpublished\none\t2024-10-22\ntwo\t\n"}, ""),
    ("text files and a page", {"a.txt": GOOD.encode(), "b.txt": b"no header\n", "c.html": b"<p>5 drones</p>"}, ""),
    ("live blog", {"l.txt": LIVE.encode()}, ""),
    ("empty and binary files",
     {"e.txt": b"", "w.jsonl": b"  \n", "b.csv": b"\x00\x01\x02" * 10, "a.txt": GOOD.encode()}, ""),
    ("glob", {"d/a.txt": GOOD.encode(), "d/b.jsonl": b'{"text": "x"}\n', "d/x/c.txt": GOOD.encode()}, "d/**/*.txt"),
]


@pytest.mark.parametrize(("name", "files", "pattern"), CASES, ids=[c[0] for c in CASES])
def test_count_is_the_items_read(tmp_path: Path, name: str, files: dict[str, bytes], pattern: str) -> None:
    for relative, data in files.items():
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_bytes(data)
    source = f"{tmp_path}/{pattern}" if pattern else tmp_path
    assert count_items(source) == sum(1 for _ in iter_documents(source)), name


def test_missing_folders_and_links_count_as_their_error_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    real = os.scandir

    def scandir(path: object = ".") -> object:  # chmod does not stop root, so listing is refused here
        if Path(str(path)).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", scandir)
    assert count_items(tmp_path) == sum(1 for _ in iter_documents(tmp_path)) == 3
