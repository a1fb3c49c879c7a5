"""quantex.corpus.pool: worker processes give the facts, order and errors of one process."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from quantex.corpus.pool import map_batches, resolve_jobs
from quantex.corpus.run import extract_corpus, extract_documents
from quantex.errors import DocumentError, TextError
from quantex.read.sources import Document, read_corpus
from quantex.write.stream import extract_stream

SAMPLE = Path(__file__).resolve().parents[2] / "quantex" / "sample"
#: a lone surrogate: not valid Unicode, so extracting a text that holds one fails with a TextError
BROKEN = "\ud800"


def describe(batch: list[Any]) -> list[str]:
    return [f"{type(item).__name__}:{getattr(item, 'document', getattr(item, 'doc_id', None))}"
            for item in batch]


def strict(batch: list[Any]) -> int:
    for item in batch:
        if isinstance(item, DocumentError):
            raise item
    return len(batch)


@pytest.fixture(scope="module")
def documents() -> pd.DataFrame:
    frame = read_corpus(SAMPLE)
    broken = pd.Series([BROKEN + " with 5 drones", "2 tanks " + BROKEN], dtype=object)  # Arrow strings refuse it
    extra = pd.DataFrame({"doc_id": ["boom-1", "boom-2"], "text": broken,
                          "published": pd.to_datetime(["2024-10-22", None])})
    frame = frame.astype({"text": object})  # Arrow strings refuse a lone surrogate
    return pd.concat([frame.iloc[:20], extra, frame.iloc[20:]], ignore_index=True)


@pytest.fixture(scope="module")
def expected(documents: pd.DataFrame) -> pd.DataFrame:
    return extract_corpus(documents)


@pytest.mark.parametrize(("n_jobs", "chunksize"), [(1, None), (2, None), (2, 7), (2, 1000)])
def test_same_as_one_process(
    documents: pd.DataFrame, expected: pd.DataFrame, n_jobs: int, chunksize: int | None
) -> None:
    got = extract_documents(documents, n_jobs=n_jobs, chunksize=chunksize)
    pd.testing.assert_frame_equal(got, expected)
    assert got.attrs["errors"] == expected.attrs["errors"]
    assert [doc for doc, _ in got.attrs["errors"]] == ["boom-1", "boom-2"]
    assert len(got) > 100


def test_raise_names_the_document(documents: pd.DataFrame) -> None:
    with pytest.raises(DocumentError, match="boom-1: extraction failed") as info:
        extract_documents(documents, n_jobs=2, chunksize=5, errors="raise")
    assert info.value.document == "boom-1"
    assert isinstance(info.value.__cause__, TextError)


def test_empty_frame_keeps_the_schema() -> None:
    empty = read_corpus(SAMPLE).iloc[:0]
    got = extract_documents(empty, n_jobs=2)
    pd.testing.assert_frame_equal(got, extract_corpus(empty))
    assert got.attrs["errors"] == ()


def test_map_batches_order_and_carried_errors() -> None:
    items: list[Any] = [Document(f"d{i}", "x") for i in range(10)]
    items[3] = DocumentError("bad.jsonl:4", "bad JSON")
    one = list(map_batches(describe, items, n_jobs=1, batch_size=3))
    two = list(map_batches(describe, items, n_jobs=2, batch_size=3))
    assert one == two
    assert one[1][0] == "DocumentError:bad.jsonl:4"
    with pytest.raises(DocumentError, match=r"bad\.jsonl:4: bad JSON"):
        list(map_batches(strict, items, n_jobs=2, batch_size=2))


@pytest.mark.parametrize(("func", "kwargs", "error"), [
    (functools.partial(resolve_jobs, 0), {}, "non-zero"),
    (functools.partial(resolve_jobs, 1.5), {}, "non-zero"),
    (lambda: list(map_batches(len, [1], batch_size=0)), {}, "batch_size"),
])
def test_bad_arguments(func: Any, kwargs: dict[str, Any], error: str) -> None:
    with pytest.raises(ValueError, match=error):
        func(**kwargs)


@pytest.mark.parametrize(("n_jobs", "expected"), [(1, 1), (4, 4), (-1, "cpus"), (-1000, 1)])
def test_resolve_jobs(n_jobs: int, expected: int | str) -> None:
    from quantex.corpus.pool import cpu_count

    assert resolve_jobs(n_jobs) == (cpu_count() if expected == "cpus" else expected)


@pytest.mark.parametrize(("suffix", "n_jobs"), [(".parquet", 1), (".csv", 1), (".parquet", 2)])
def test_stream_writes_what_extract_corpus_returns(
    tmp_path: Path, documents: pd.DataFrame, expected: pd.DataFrame, suffix: str, n_jobs: int
) -> None:
    docs = [Document(r.doc_id, r.text, None if pd.isna(r.published) else r.published.to_pydatetime(),
                     None if pd.isna(r.url) else r.url, None if pd.isna(r.title) else r.title,
                     source=None if pd.isna(r.source) else r.source)
            for r in documents.itertuples()]
    out = tmp_path / f"facts{suffix}"
    summary = extract_stream(docs, out, batch_size=9, n_jobs=n_jobs)
    assert (summary.documents, summary.facts) == (len(docs), len(expected))
    assert summary.errors == expected.attrs["errors"]
    if suffix == ".parquet":
        got = pd.read_parquet(out)
        got["fx_date"] = pd.to_datetime(got["fx_date"]).astype("datetime64[ns]")  # stored as date32: a day
    else:
        got = pd.read_csv(out, dtype={"published": str, "fx_date": str})
        got = got.astype({c: expected[c].dtype for c in expected})
    plain = expected.copy()
    plain.attrs = {}
    pd.testing.assert_frame_equal(got, plain, check_exact=False)
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


def test_stream_raise_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "facts.parquet"
    with pytest.raises(DocumentError, match="b: extraction failed"):
        extract_stream([Document("a", "5 drones"), Document("b", BROKEN)], out, errors="raise")
    assert list(tmp_path.iterdir()) == []


def test_stream_empty_and_bad_suffix(tmp_path: Path) -> None:
    summary = extract_stream([], tmp_path / "none.parquet")
    assert (summary.documents, summary.facts, summary.errors) == (0, 0, ())
    assert list(pd.read_parquet(summary.path).columns) == list(extract_corpus([]).columns)
    with pytest.raises(ValueError, match="format"):
        extract_stream([], tmp_path / "facts.xlsx")
