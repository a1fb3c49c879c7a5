"""Inputs are never written: an output among, inside or around the sources is refused (issue 16)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from quantex.cli import main
from quantex.errors import OutputError
from quantex.write.guard import check_apart

GOOD = "date: 2024-10-22\n\nRussia launched 56 drones.\n"
CSV = 'text,published\n"Russia launched 56 drones.",2024-10-22\n'

# (sources, out, refused): paths relative to a folder holding news/a.txt, news/b.csv and facts.csv
CASES = [
    (["facts.csv"], ".", "current folder"),
    (["facts.csv"], "facts.csv", "is the source"),
    (["news"], "news", "is the source"),
    (["news"], "news/out", "inside the source folder"),
    (["news/*.txt"], "news/out", "inside the source folder"),
    (["news/a.txt"], "news", "holds the source"),
    (["news"], "news/../news/deeper/out", "inside the source folder"),
    (["facts.csv", "news"], "news/x", "inside the source folder"),
    (["news"], "elsewhere", None),
    (["news/*.txt"], "out", None),
    (["facts.csv"], "facts", None),
]


def corpus(root: Path) -> dict[str, str]:
    (root / "news").mkdir()
    (root / "news" / "a.txt").write_text(GOOD, encoding="utf-8")
    (root / "news" / "b.csv").write_text(CSV, encoding="utf-8")
    (root / "facts.csv").write_text(CSV, encoding="utf-8")
    return digests(root)


def digests(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(("sources", "out", "refused"), CASES)
def test_check_apart(sources: list[str], out: str, refused: str | None, tmp_path: Path,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    if refused is None:
        check_apart(out, sources)
    else:
        with pytest.raises(OutputError, match=refused):
            check_apart(out, sources)


@pytest.mark.parametrize("command", ["extract", "report"])
@pytest.mark.parametrize(("sources", "out", "refused"), [c for c in CASES if c[2]])
def test_the_command_never_writes_an_input(command: str, sources: list[str], out: str, refused: str,
                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    before = corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    code = main([command, *sources, "-o", out, "-q"])
    err = capsys.readouterr().err
    assert code == 2
    assert refused in err
    assert len(err.strip().splitlines()) == 1  # one line, no traceback
    assert digests(tmp_path) == before  # nothing written, nothing changed


def test_outputs_never_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Two runs beside the corpus read the same documents: the first run's files are not inputs."""
    corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "news", "-o", "out", "-q"]) == 0
    first = capsys.readouterr().out
    assert main(["extract", "news", "-o", "out2", "-q"]) == 0
    assert capsys.readouterr().out.replace("out2", "out") == first
    assert os.path.exists("out/facts.csv")
