"""Workers die with their parent: SIGTERM or kill -9 of a ``-j 2`` run leaves no process behind (issue 16).

The run is a real ``python -m quantex extract ... -j 2`` in a subprocess over a corpus large enough to
keep both workers busy; it is killed once its workers run, and every process it started must be gone
within a few seconds. SIGTERM also removes the staging folder; after kill -9 the next run removes it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import quantex

pytestmark = pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process table from /proc")

SENTENCES = ["Russia launched {n} drones and {m} missiles overnight, the air force said; {k} were shot down.",
             "Germany pledged €{n} million in military aid, including {m} tanks.",
             "{n} people were killed and {m} injured in the strike on Kharkiv, officials said."]


def corpus(path: Path, documents: int = 4000) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(documents):
            text = " ".join(s.format(n=i % 97 + 3, m=i % 13 + 1, k=i % 89 + 2) for s in SENTENCES * 4)
            handle.write(json.dumps({"text": text, "published": f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}"}) + "\n")
    return path


def children(pid: int) -> set[int]:
    """Every living descendant of ``pid`` (zombies count as gone)."""
    table = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_bytes().rpartition(b")")[2].split()
            except OSError:
                continue
            table[int(entry.name)] = (int(fields[1]), fields[0])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, (parent, _) in table.items() if parent in frontier} - found
        found |= frontier
    return {p for p in found if table[p][1] != b"Z"}


def working(folder: Path) -> bool:
    """Whether the run's workers have extracted a first batch: its facts are in the staging folder."""
    return any(path.stat().st_size > 5000 for path in folder.glob(".out.quantex-staging-*/.facts.csv.*.tmp"))


def alive(pids: set[int]) -> set[int]:
    living = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_bytes().rpartition(b")")[2].split()[0]
        except OSError:
            continue
        if state != b"Z":
            living.add(pid)
    return living


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "kill -9"])
def test_killed_parallel_run_leaves_no_process(sig: signal.Signals, tmp_path: Path) -> None:
    source = corpus(tmp_path / "news.jsonl")
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(Path(quantex.__file__).parent.parent)}
    run = subprocess.Popen([sys.executable, "-m", "quantex", "extract", str(source), "-o", str(out), "-j", "2",
                            "-q"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    started: set[int] = set()
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and run.poll() is None and not working(tmp_path):
        started |= children(run.pid)
        time.sleep(0.1)
    started |= children(run.pid)
    assert run.poll() is None, "the run ended before its workers had written a batch"
    assert len(started) >= 3  # the resource tracker and two workers
    run.send_signal(sig)
    run.wait(timeout=60)
    deadline = time.monotonic() + 15
    while alive(started) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not alive(started), f"processes left behind after {sig.name}: {sorted(alive(started))}"
    staging = [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.quantex-staging-")]
    assert not out.exists()
    if sig == signal.SIGTERM:
        assert run.returncode == 130
        assert not staging
        assert run.stderr is not None
        assert run.stderr.read().decode().strip() == "quantex: interrupted; nothing was written"
    else:
        assert staging  # a killed run cannot clean up; the next one does
        small = tmp_path / "small.jsonl"
        small.write_text('{"text": "Russia launched 5 drones.", "published": "2024-10-22"}\n', encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "quantex", "extract", str(small), "-o", str(out), "-q"],
                              env=env, capture_output=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.quantex-")]
    if run.stderr is not None:
        run.stderr.close()
