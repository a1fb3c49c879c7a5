"""quantex.corpus.distributed on a two-process LocalCluster: the same facts and errors as one process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from quantex.corpus.run import extract_corpus
from quantex.read.sources import corpus_errors, iter_documents, read_corpus

dask = pytest.importorskip("dask")
dd = pytest.importorskip("dask.dataframe")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")

from quantex.corpus.distributed import extract_dask, extract_to_parquet  # noqa: E402  (after the skip)

SAMPLE = Path(__file__).resolve().parents[2] / "quantex" / "sample"
SOME = str(SAMPLE / "2024-0[3-5]-*.txt")  # a third of the sample keeps the test fast


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    # No dashboard: it needs bokeh and a free port 8787, and warns (an error here) when either is missing.
    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                       dashboard_address=None)
    with cluster, distributed.Client(cluster) as connected:
        yield connected


@pytest.fixture(scope="module")
def documents() -> pd.DataFrame:
    frame = read_corpus(SOME)
    # a lone surrogate is not valid Unicode: extracting this text fails with a TextError (Arrow strings refuse it,
    # so the text column stays object)
    extra = pd.DataFrame({"doc_id": ["boom"], "text": pd.Series(["\ud800: 5 drones"], dtype=object),
                          "published": [pd.NaT]})
    frame = frame.astype({"text": object})
    return pd.concat([frame.iloc[:9], extra, frame.iloc[9:]], ignore_index=True)


@pytest.fixture(scope="module")
def expected(documents: pd.DataFrame) -> pd.DataFrame:
    return extract_corpus(documents)


def plain(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.reset_index(drop=True)
    out.attrs = {}
    return out


@pytest.mark.parametrize("kind", ["dataframe", "bag of documents", "bag of records"])
def test_same_facts_as_one_process(client: Any, documents: pd.DataFrame, expected: pd.DataFrame,
                                   kind: str) -> None:
    if kind == "dataframe":
        with dask.config.set({"dataframe.convert-string": False}):  # keep the object text column
            docs = dd.from_pandas(documents, npartitions=4)
    elif kind == "bag of documents":
        docs = db.from_sequence(list(iter_documents(SOME)), npartitions=3)
    else:
        docs = db.from_sequence(documents[["doc_id", "text", "published", "source"]].to_dict("records"),
                                npartitions=3)  # the source names the claimant of facts whose text names none
    facts, errors = dask.compute(*extract_dask(docs))
    if kind == "bag of documents":  # read from the files: no broken document
        pd.testing.assert_frame_equal(plain(facts), plain(extract_corpus(SOME)))
        assert errors.empty
        return
    if kind == "bag of records":  # no url or title in the records
        expected = expected.assign(url=pd.NA, title=pd.NA).astype(expected.dtypes.to_dict())
    pd.testing.assert_frame_equal(plain(facts), plain(expected))
    pd.testing.assert_frame_equal(plain(errors), corpus_errors(expected))


def test_parquet_dataset(client: Any, tmp_path: Path) -> None:
    out = extract_to_parquet(SOME, tmp_path / "dataset", files_per_partition=4)
    pd.testing.assert_frame_equal(pd.read_parquet(out / "facts"), plain(extract_corpus(SOME)))
    assert pd.read_parquet(out / "errors").empty
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dataset"]
    with pytest.raises(FileExistsError):
        extract_to_parquet(SOME, out)
    extract_to_parquet([SAMPLE / "2024-03-17-airforce-35-shaheds.txt"], out, overwrite=True)
    assert set(pd.read_parquet(out / "facts")["doc_id"]) == {"2024-03-17-airforce-35-shaheds.txt"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dataset"]
