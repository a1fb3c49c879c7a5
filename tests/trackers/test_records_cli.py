"""`quantex extract` writes the record tables beside the facts; `quantex evaluate` scores record gold."""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path

import pandas as pd
import pytest

from quantex.cli import main
from quantex.schema import ATTACK_COLUMNS, RECORD_COLUMNS
from quantex.write.records import read_facts, read_table

GOLD = Path(__file__).resolve().parents[1] / "gold" / "records" / "dev.jsonl"
SAMPLE = ("2024-06-14-aid-g7-50bn-loan.txt", "2024-10-25-aid-era-loans-shares.txt",
          "2024-08-26-airforce-largest-attack.txt", "2024-08-26-liveblog-massive-attack.txt")


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_extract_writes_records_and_duplicate_of(fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pyarrow") if fmt == "parquet" else None
    corpus = tmp_path / "in"
    corpus.mkdir()
    with resources.as_file(resources.files("quantex") / "sample") as sample:
        for name in SAMPLE:
            shutil.copy(sample / name, corpus / name)
    assert main(["extract", str(corpus), "-o", str(tmp_path / "out"), "--format", fmt, "-q"]) == 0
    assert "records ->" in capsys.readouterr().out
    facts = read_facts(tmp_path / "out" / f"facts.{fmt}")
    assert "duplicate_of" in facts.columns
    assert facts["duplicate_of"].notna().any()  # the live blog repeats the air force's figures
    attacks = read_table(tmp_path / "out" / f"attacks.{fmt}", ATTACK_COLUMNS)
    assert sorted(attacks["weapon"]) == ["drones", "missiles"]
    assert sorted(attacks["launched"]) == [109.0, 127.0]
    package = json.loads((tmp_path / "out" / "datapackage.json").read_text(encoding="utf-8"))
    paths = {r["path"]: r for r in package["resources"]}
    # every record table is written; in JSON Lines only those with rows (an empty one has no columns)
    written = {f"{name}.{fmt}" for name in RECORD_COLUMNS if fmt != "jsonl" or name != "troop_estimates"}
    assert written <= set(paths)
    fields = {f["name"]: f["description"] for f in paths[f"attacks.{fmt}"]["schema"]["fields"]}
    assert fields["launched"] == ATTACK_COLUMNS["launched"].description


def test_extract_without_records_keeps_facts_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("date: 2024-10-22\n\nRussia launched 56 drones.", encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--no-records", "-q"]) == 0
    capsys.readouterr()
    assert not (tmp_path / "out" / "attacks.csv").exists()
    assert "duplicate_of" not in pd.read_csv(tmp_path / "out" / "facts.csv").columns


def test_cli_evaluates_record_gold(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(GOLD)]) == 0
    out = capsys.readouterr().out
    assert "fully right" in out
    assert "launched" in out


def test_record_gold_builder_matches_the_file() -> None:
    import runpy

    cases = runpy.run_path(str(GOLD.with_name("build_records_dev.py")))["CASES"]
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == cases
