"""The command line's manners (issue 16): version, python -m, one-line errors with exit codes 2 and 1,
options before or after the sub-command, -j everywhere, --force, help for every option, and an
equation that accounts for every document."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import pytest

import quantex
from quantex.cli import _parser, main

GOOD = "date: 2024-10-22\n\nRussia launched 56 drones.\n"
UNDATED = "Ukraine said 40 drones were shot down over Kharkiv.\n"
EMPTY = "date: 2024-10-22\n\nNo numbers here.\n"


@pytest.fixture
def news(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text(UNDATED, encoding="utf-8")
    (folder / "c.txt").write_text(EMPTY, encoding="utf-8")
    (folder / "d.jsonl").write_text('{"text": "7 tanks", "published": "2024-13-01"}\nnot json\n', encoding="utf-8")
    return folder


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse: --version, --help and usage errors
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--version"], capsys)[:2] == (0, f"quantex {quantex.__version__}\n")


def test_python_m_quantex(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "quantex", "--version"], capture_output=True, text=True,
                          check=False, cwd=tmp_path,
                          env={"PYTHONPATH": str(Path(quantex.__file__).parent.parent), "PATH": ""})
    assert (done.returncode, done.stdout) == (0, f"quantex {quantex.__version__}\n")


@pytest.mark.parametrize(("argv", "code", "message"), [
    (["extract", "news"], 2, "needs an output folder"),
    (["extract", "news", "-o", "out", "-j", "0"], 2, "-j/--jobs: must be a non-zero integer"),
    (["extract", "news", "-o", "out", "--date-order", "ymd"], 2, "invalid choice: 'ymd'"),
    (["extract", "news", "-o", "news/out"], 2, "inside the source folder"),
    (["extract", "news", "-o", "news/a.txt"], 2, "inside the source folder"),
    (["extract", "missing", "-o", "out"], 1, "corpus source 'missing' does not exist"),
    (["extract", "news", "-o", "afile"], 2, "exists and is not a folder"),
    (["report", "news", "-o", "afile"], 2, "exists and is not a folder"),
    (["extract", "news", "-o", "full"], 2, "already exists; pass --force"),
    (["extract", "news", "-o", "full", "--force"], 2, "quantex did not write"),
    (["extract", "news", "-o", "readonly/out"], 1, "Permission denied"),
])
def test_one_line_errors(argv: list[str], code: int, message: str, news: Path,
                         capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    Path("afile").write_text("x", encoding="utf-8")
    Path("full").mkdir()
    Path("full", "notes.txt").write_text("mine", encoding="utf-8")
    Path("readonly").mkdir()
    if "readonly/out" in argv:  # chmod does not stop root: refuse the folder the run would be staged in
        real = Path.mkdir

        def mkdir(self: Path, *args: object, **kwargs: object) -> None:
            if self.parent.name == "readonly":
                raise PermissionError(13, "Permission denied", str(self))
            real(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "mkdir", mkdir)
    before = sorted(str(p) for p in Path().rglob("*"))
    got, _, err = run(argv, capsys)
    assert got == code
    assert message in err
    assert len(err.strip().splitlines()) == 1, err
    assert sorted(str(p) for p in Path().rglob("*")) == before  # no empty output folder left behind


@pytest.mark.parametrize("argv", [
    ["-q", "-o", "out", "-j", "2", "report", "news"],
    ["report", "news", "-q", "-o", "out", "-j", "2"],
    ["-q", "report", "-o", "out", "news", "-j", "2"],
])
def test_options_before_or_after_the_command(argv: list[str], news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(argv, capsys)
    assert code == 0, err
    assert err == ""  # -q: no bars
    assert "documents in: 5 = 2 with facts + 1 without facts + 2 in errors.csv" in out
    assert Path("out", "report.md").exists()


def test_extract_accounts_for_every_document(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", "news", "-o", "out", "-q"], capsys)
    assert code == 0
    assert out.splitlines()[-1] == "documents in: 5 = 2 with facts + 1 without facts + 2 in errors.csv"
    assert len(Path("out", "errors.csv").read_text(encoding="utf-8").splitlines()) == 1 + 2


def test_force_replaces_a_previous_run(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["extract", "news", "-o", "out", "-q"], capsys)[0] == 0
    code, _, err = run(["extract", "news", "-o", "out", "-q", "--format", "jsonl"], capsys)
    assert (code, "pass --force" in err) == (2, True)
    assert run(["extract", "news", "-o", "out", "-q", "--format", "jsonl", "--force"], capsys)[0] == 0
    names = sorted(p.name for p in Path("out").iterdir())
    assert "facts.csv" not in names  # nothing of the first run is left
    assert {"DATA_DICTIONARY.md", "datapackage.json", "errors.csv", "facts.jsonl", "attacks.jsonl"} <= set(names)
    assert all(name.endswith((".jsonl", ".json", ".md", ".csv")) for name in names)


def test_progress_bars_have_totals(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["report", "news", "-o", "out"], capsys)
    assert code == 0
    finals = [part.strip() for part in err.replace("\r", "\n").splitlines() if "100%" in part]
    assert any(bar.startswith("extracting") for bar in finals), err
    assert any(bar.startswith("report.md") or bar.startswith("writing") for bar in finals), err


@pytest.mark.parametrize(("command", "bars"), [
    (["extract", "news", "-o", "out"], {"extracting", "records"}),
    (["extract", "news", "-o", "out", "--no-records", "-j", "2"], {"extracting"}),
    (["report", "news", "-o", "out"], {"reading", "extracting", "marking repeats", "report.md"}),
], ids=["extract", "extract-j2", "report"])
def test_every_bar_has_its_total(news: Path, capsys: pytest.CaptureFixture[str], command: list[str],
                                 bars: set[str]) -> None:
    """Every bar shows n/total, a total known before it starts (a streamed corpus is counted first).

    tqdm draws a bar without a total as "5doc [00:00, ...]", with no "|" and no percentage.
    """
    code, _, err = run(command, capsys)
    assert code == 0
    drawn = [part.strip() for part in err.replace("\r", "\n").splitlines() if re.search(r"\d(doc|step)", part)]
    assert drawn, err
    assert all("|" in part for part in drawn), err
    complete = {part.split(":")[0] for part in drawn if "100%" in part}
    assert complete == bars, err


def test_every_option_has_help() -> None:
    parsers = [_parser()]
    for action in parsers[0]._actions:
        if isinstance(action, argparse._SubParsersAction):
            parsers += list(action.choices.values())
    for parser in parsers:
        for action in parser._actions:
            assert action.help, f"{parser.prog}: {action.option_strings or action.dest} has no help"


def test_figures_outside_the_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(["figures"], capsys)
    assert code == 2
    assert "-o FOLDER" in err
    assert not (tmp_path / "figures").exists()
