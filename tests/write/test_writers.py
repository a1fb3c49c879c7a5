"""Dataset writers: round trips, spreadsheet safety, atomic replacement and the data package."""

from __future__ import annotations

import hashlib
import json
import stat
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quantex.write.atomic
from quantex.frame import to_frame
from quantex.schema import FACT_COLUMNS
from quantex.write.atomic import write_text_atomic
from quantex.write.datasets import FORMULA_PREFIXES, neutralize_formulas, write_dataset, write_errors

HYPERLINK = '=HYPERLINK("https://example.org/x","click")'


def sample_facts() -> pd.DataFrame:
    facts = to_frame([
        {"fact_id": "q0-5", "start": 0, "end": 5, "span": "$58bn", "category": "money", "value": 58e9,
         "low": 58e9, "high": 58e9, "currency": "USD", "approximate": False, "event": "pledged",
         "actor": "United States", "value_usd": 58e9, "fx_rate": 1.0, "fx_date": "2024-10-22"},
        {"fact_id": "q9-11", "start": 9, "end": 11, "span": "-5", "sentence": HYPERLINK,
         "category": "temperature", "value": -5.0, "low": -5.0, "high": -5.0, "unit": "degree_Celsius",
         "approximate": True},
        {"fact_id": "q20-26", "start": 20, "end": 26, "span": "dozens", "sentence": "+ more\tthan",
         "category": "count", "value": 12.0, "unit": "recruit", "approximate": True, "claimant": "@someone"},
    ])
    docs = pd.DataFrame({
        "doc_id": pd.Series(["a.txt", "b.txt#2", "c"], dtype="string"),
        "published": pd.to_datetime(["2024-10-22", "2024-10-23T14:05", None], format="ISO8601"),
        "url": pd.Series(["https://example.org/a", None, None], dtype="string"),
        "title": pd.Series(["-1 day", None, None], dtype="string"),
    })
    return pd.concat([docs, facts], axis=1)


def test_csv_round_trip(tmp_path: Path) -> None:
    path = write_dataset(sample_facts(), tmp_path / "facts.csv")
    back = pd.read_csv(path, keep_default_na=False, na_values=[""])
    assert list(back.columns) == list(sample_facts().columns)
    assert back["value"].tolist() == [58e9, -5.0, 12.0]
    assert back["start"].dtype.kind == "i"
    assert back["published"].fillna("").tolist() == ["2024-10-22T00:00:00", "2024-10-23T14:05:00", ""]
    assert back["fx_date"].fillna("").tolist() == ["2024-10-22", "", ""]
    assert back["sentence"].tolist()[1:] == ["'" + HYPERLINK, "'+ more\tthan"]
    assert back["span"].tolist() == ["$58bn", "'-5", "dozens"]
    assert back["claimant"].fillna("").tolist() == ["", "", "'@someone"]
    assert back["title"].fillna("").tolist() == ["'-1 day", "", ""]
    assert back["approximate"].tolist() == [False, True, True]
    raw = path.read_bytes()
    assert b",-5.0," in raw
    assert raw.startswith(b"doc_id,published,")
    assert raw.count(b"\r\n") == 4
    assert not raw.startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize(
    ("cell", "written"),
    [("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"), ("\tx", "'\tx"), ("\rx", "'\rx"),
     ("1-1", "1-1"), ("a=b", "a=b"), ("", ""), ("'=quoted", "'=quoted"),
     # issue 16: a leading NUL and the fullwidth forms
     ("\x00=1+1", "'\x00=1+1"), ("\uff1dSUM(A1)", "'\uff1dSUM(A1)"), ("\uff0b1", "'\uff0b1"),
     ("\uff0d1", "'\uff0d1"), ("\uff20A1", "'\uff20A1"), ("a\uff1d1", "a\uff1d1")],
)
def test_neutralize_text_cells(cell: str, written: str) -> None:
    frame = pd.DataFrame({"t": pd.Series([cell], dtype="string"), "o": [cell], "n": [-1.5], "i": [-3]})
    out = neutralize_formulas(frame)
    assert out["t"].tolist() == [written]
    assert out["o"].tolist() == [written]
    assert out["n"].tolist() == [-1.5]
    assert out["i"].tolist() == [-3]


def test_parquet_round_trip(tmp_path: Path) -> None:
    facts = sample_facts()
    path = write_dataset(facts, tmp_path / "facts.parquet")
    back = pd.read_parquet(path)
    assert back["sentence"].tolist()[1] == HYPERLINK  # only CSV is neutralised
    import pyarrow as pa
    import pyarrow.parquet as pq

    assert pq.read_schema(path).field("fx_date").type == pa.date32()  # dates are dates (issue 16)
    back["fx_date"] = pd.to_datetime(back["fx_date"]).astype("datetime64[ns]")
    pd.testing.assert_frame_equal(back, facts, check_dtype=False)


def test_jsonl_round_trip(tmp_path: Path) -> None:
    path = write_dataset(sample_facts(), tmp_path / "facts.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 3
    assert rows[0]["published"] == "2024-10-22T00:00:00"
    assert rows[0]["fx_date"] == "2024-10-22"
    assert rows[1]["value"] == -5.0
    assert rows[1]["sentence"] == HYPERLINK
    assert rows[2]["low"] is None
    assert rows[2]["published"] is None
    assert rows[0]["approximate"] is False


def test_format_from_argument_and_errors(tmp_path: Path) -> None:
    path = write_dataset(sample_facts(), tmp_path / "facts.txt", "jsonl", dictionary=False)
    assert json.loads(path.read_text().splitlines()[0])["span"] == "$58bn"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.txt"]
    with pytest.raises(ValueError, match="unknown dataset format"):
        write_dataset(sample_facts(), tmp_path / "facts.xlsx")


def test_missing_pyarrow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match=r"quantex\[parquet\]"):
        write_dataset(sample_facts(), tmp_path / "facts.parquet")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_crash_on_replace_keeps_previous_file(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_dataset(sample_facts(), tmp_path / f"facts.{fmt}")
    before = path.read_bytes()

    def crash(src: object, dst: object) -> None:
        raise OSError("disk unplugged")

    monkeypatch.setattr(quantex.write.atomic.os, "replace", crash)
    with pytest.raises(OSError, match="disk unplugged"):
        write_dataset(sample_facts().head(1), path)
    assert path.read_bytes() == before
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == ["DATA_DICTIONARY.md", "datapackage.json", f"facts.{fmt}"]  # no temporary file


def test_crash_while_writing_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def half_then_crash(self: pd.DataFrame, path: Path, **kwargs: object) -> None:
        Path(path).write_text("fact_id,sta")
        raise MemoryError("killed")

    monkeypatch.setattr(pd.DataFrame, "to_csv", half_then_crash)
    with pytest.raises(MemoryError):
        write_dataset(sample_facts(), tmp_path / "facts.csv")
    assert list(tmp_path.iterdir()) == []


def test_atomic_file_gets_normal_permissions(tmp_path: Path) -> None:
    path = write_text_atomic(tmp_path / "x.txt", "x")
    assert stat.S_IMODE(path.stat().st_mode) & 0o044  # readable by others, unlike mkstemp's 0600


def test_datapackage(tmp_path: Path) -> None:
    facts = sample_facts()
    path = write_dataset(facts, tmp_path / "facts.csv")
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert package["profile"] == "tabular-data-package"
    assert package["quantex_version"]
    titles = " ".join(s["title"] for s in package["sources"])
    for source in ("European Central Bank", "National Bank of Ukraine", "Central Bank of the Russian",
                   "Narodowy Bank Polski", "Bureau of Labor Statistics"):
        assert source in titles
    (resource,) = package["resources"]
    assert resource["path"] == "facts.csv"
    assert resource["hash"] == "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
    fields = {f["name"]: f for f in resource["schema"]["fields"]}
    assert list(fields) == list(facts.columns)
    assert fields["value"]["type"] == "number"
    assert fields["start"]["type"] == "integer"
    assert fields["approximate"]["type"] == "boolean"
    assert fields["published"]["type"] == "datetime"
    assert fields["fx_date"]["type"] == "date"
    assert fields["value_usd"]["unit"].startswith("US dollars")
    assert fields["span"]["description"] == FACT_COLUMNS["span"][1]
    assert fields["doc_id"]["description"]
    assert {"money", "count", "drones", "date"} <= set(fields["category"]["constraints"]["enum"])
    assert fields["category"]["constraints"]["enum"] == sorted(fields["category"]["constraints"]["enum"])
    assert resource["schema"]["primaryKey"] == ["doc_id", "fact_id"]
    dictionary = (tmp_path / "DATA_DICTIONARY.md").read_text(encoding="utf-8")
    assert "| `value_usd` | number | US dollars" in dictionary
    assert "single quote" in dictionary
    # the columns issue 15 added, each with its unit
    assert "| `value_eur` | number | euros (nominal, at the publication date) |" in dictionary
    assert "| `usd_per_eur` | number | US dollars per euro |" in dictionary
    assert "| `base_value` | number | the unit in `base_unit` |" in dictionary
    assert "kilometer (distance), metric_ton (mass)" in dictionary


def test_datapackage_names_the_users_updated_rates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUANTEX_DATA_DIR", str(tmp_path / "data"))
    rates = tmp_path / "data" / "rates"
    rates.mkdir(parents=True)
    (rates / "manifest.json").write_text(json.dumps({"NBU": {
        "origin": "https://bank.gov.ua/NBU_Exchange/exchange_site?x", "first": "2025-07-01", "last": "2026-12-02",
        "rows": 372, "retrieved": "2026-12-02T16:00:00+00:00", "sha256": "ab12"}}))
    write_dataset(sample_facts(), tmp_path / "out" / "facts.csv")
    package = json.loads((tmp_path / "out" / "datapackage.json").read_text(encoding="utf-8"))
    (mine,) = [s for s in package["sources"] if "quantex rates update" in s["title"]]
    assert mine["path"] == "https://bank.gov.ua/NBU_Exchange/exchange_site?x"
    assert "2025-07-01 .. 2026-12-02, 372 days" in mine["description"]
    assert "sha256 ab12" in mine["description"]


def test_datapackage_collects_resources(tmp_path: Path) -> None:
    write_dataset(sample_facts(), tmp_path / "facts.csv")
    write_dataset(sample_facts(), tmp_path / "facts.parquet")
    write_dataset(sample_facts().head(1), tmp_path / "facts.csv")
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["path"] for r in package["resources"]] == ["facts.parquet", "facts.csv"]
    assert [r["name"] for r in package["resources"]] == ["facts.parquet", "facts.csv"]
    dictionary = (tmp_path / "DATA_DICTIONARY.md").read_text(encoding="utf-8")
    assert "## `facts.parquet`" in dictionary
    assert "## `facts.csv`" in dictionary


def test_corrupt_datapackage_is_not_overwritten(tmp_path: Path) -> None:
    (tmp_path / "datapackage.json").write_text("{not json")
    with pytest.raises(json.JSONDecodeError):
        write_dataset(sample_facts(), tmp_path / "facts.csv")
    assert (tmp_path / "datapackage.json").read_text() == "{not json"


def test_write_errors(tmp_path: Path) -> None:
    errors = pd.DataFrame({"document": ["g.jsonl:2", "=cmd"], "problem": ["bad JSON", "x"]})
    path = write_errors(errors, tmp_path / "errors.csv")
    assert path.read_bytes() == b"document,problem\r\ng.jsonl:2,bad JSON\r\n'=cmd,x\r\n"
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    fields = package["resources"][0]["schema"]["fields"]
    assert [f["name"] for f in fields] == ["document", "problem"]
    assert all(f["description"] for f in fields)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_empty_frames(fmt: str, tmp_path: Path) -> None:
    path = write_dataset(sample_facts().head(0), tmp_path / f"facts.{fmt}")
    assert path.exists()
    errors = write_errors(pd.DataFrame({"document": pd.Series(dtype="string")}), tmp_path / "errors.csv")
    assert errors.read_bytes() == b"document,problem\r\n"


def test_numbers_in_text_columns_stay_as_they_are() -> None:
    out = neutralize_formulas(pd.DataFrame({"mixed": [-5, "-5", None]}))
    assert out["mixed"].tolist() == [-5, "'-5", None]


# A cell that already starts with a quote and a formula character would read back ambiguously.
CELL_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=20).filter(
    lambda cell: not cell.startswith("'"))


@settings(max_examples=60, deadline=None)
@given(cells=st.lists(CELL_TEXT, min_size=1, max_size=5), numbers=st.floats(allow_nan=False, allow_infinity=False))
def test_csv_text_round_trips(tmp_path_factory: pytest.TempPathFactory, cells: list[str], numbers: float) -> None:
    folder = tmp_path_factory.mktemp("csv")
    frame = pd.DataFrame({"text": pd.Series(cells, dtype="string"), "n": [numbers] * len(cells)})
    path = write_dataset(frame, folder / "x.csv", dictionary=False)
    back = pd.read_csv(path, dtype={"text": str}, keep_default_na=False, encoding="utf-8")
    restored = [c[1:] if c.startswith("'") and c[1:].startswith(FORMULA_PREFIXES) else c for c in back["text"]]
    assert restored == cells
    assert back["n"].tolist() == [numbers] * len(cells)
    assert not any(c.startswith(FORMULA_PREFIXES) for c in back["text"])
