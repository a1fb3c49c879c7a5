"""Every data package quantex writes passes ``frictionless validate`` (issue 16): the report's, and
extract's in CSV, JSONL and Parquet, over a corpus with facts, undated documents and unreadable ones.
Every column has a description, every number a unit, and Parquet stores days as dates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quantex.cli import main

frictionless = pytest.importorskip("frictionless")

DOCUMENTS = {
    "a.txt": "date: 2024-10-22\n\nRussia launched 56 drones and 3 missiles overnight; 48 were shot down over "
             "Kharkiv, the air force said. Germany pledged €1.2 billion ($1.3 billion) in aid.\n",
    "b.txt": "Ukraine said 40 drones were shot down. 12 people were killed in Sumy.\n",  # no date
    "c.txt": "date: 22/10/2024\n\nNo numbers here.\n",
    "d.jsonl": '{"text": "7 tanks were destroyed", "published": "2024-13-01"}\nnot json\n'
               '{"text": "North Korea sent 11,000 troops, Seoul said.", "published": "Oct 23, 2024"}\n',
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("news")
    for name, text in DOCUMENTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("argv", [["report"], ["extract", "--format", "csv"], ["extract", "--format", "jsonl"],
                                  ["extract", "--format", "parquet"]], ids=["report", "csv", "jsonl", "parquet"])
def test_package_is_valid(argv: list[str], corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main([*argv, str(corpus), "-o", str(out), "-q"]) == 0
    capsys.readouterr()
    report = frictionless.validate(str(out / "datapackage.json"))
    problems = [f"{task.name}: {error.message}" for task in report.tasks for error in task.errors]
    assert report.valid, problems[:5]
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        for field in resource["schema"]["fields"]:
            assert field["description"], (resource["path"], field["name"])
            if field["type"] in ("number", "integer"):
                assert field.get("unit"), (resource["path"], field["name"])
    if "parquet" in argv:
        import pyarrow as pa
        import pyarrow.parquet as pq

        assert pq.read_schema(out / "facts.parquet").field("fx_date").type == pa.date32()
