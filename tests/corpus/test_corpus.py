"""extract_corpus: documents in, one facts frame and its errors out; one bad document never stops the run."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import quantex.corpus.run
from quantex.corpus.run import extract_corpus
from quantex.errors import DocumentError, InputTypeError, TextError
from quantex.read.sources import Document, corpus_errors, read_corpus
from quantex.schema import CORPUS_COLUMNS, FACT_COLUMNS

#: a lone surrogate: not valid Unicode, so extracting a text that holds one fails with a TextError
BROKEN = "\ud800"


EXPECTED_COLUMNS = [*CORPUS_COLUMNS, *FACT_COLUMNS]


def _corpus(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(
        "date: 2024-10-22\ntitle: A\nurl: https://example.org/a\n\n10 drones and 3 missiles.\n"
    )
    (tmp_path / "b.jsonl").write_text(
        '{"id": "b1", "text": "12,000 troops", "published": "2024-10-18"}\n'
        "{broken\n"
        '{"id": "b2", "text": "5 drones \\ud800"}\n'
        '{"id": "b3", "text": "no numbers here"}\n'
    )
    return tmp_path


def test_facts_and_errors(tmp_path: Path) -> None:
    facts = extract_corpus(_corpus(tmp_path))
    assert list(facts.columns) == EXPECTED_COLUMNS
    assert list(facts["doc_id"]) == ["a.txt", "a.txt", "b1"]
    assert list(facts["span"]) == ["10", "3", "12,000"]
    assert list(facts["category"]) == ["drones", "missiles", "personnel"]
    assert list(facts["title"].fillna("")) == ["A", "A", ""]
    assert facts["published"].dt.strftime("%Y-%m-%d").tolist() == ["2024-10-22"] * 2 + ["2024-10-18"]
    assert str(facts["published"].dtype) == "datetime64[ns]"
    problems = corpus_errors(facts)
    assert list(problems["document"]) == ["b.jsonl:2", "b2"]
    assert "lone surrogate" in problems["problem"].iloc[1]  # refused by the reader, before extraction


def test_published_passed_as_day(tmp_path: Path) -> None:
    # money is converted at the publication day's rate; an undated document gets no rate
    facts = extract_corpus([Document("x", "€5 million", datetime.datetime(2024, 10, 22, 14, 5)),
                            Document("y", "€5 million")])
    assert facts["fx_date"].dt.strftime("%Y-%m-%d").fillna("").tolist() == ["2024-10-22", ""]


def test_raise_names_the_document(tmp_path: Path) -> None:
    docs = [Document("ok", "1 drone"), Document("bad", BROKEN)]
    with pytest.raises(DocumentError, match="bad: extraction failed") as info:
        extract_corpus(docs, errors="raise")
    assert isinstance(info.value.__cause__, TextError)


@pytest.mark.parametrize(
    "documents",
    [[], pd.DataFrame({"doc_id": pd.Series(dtype="string"), "text": pd.Series(dtype="string")}),
     [Document("a", "no digits")]],
    ids=["empty list", "empty frame", "no facts"],
)
def test_empty_results_have_the_schema(documents: Any) -> None:
    facts = extract_corpus(documents)
    assert list(facts.columns) == EXPECTED_COLUMNS
    assert len(facts) == 0
    assert str(facts["published"].dtype) == "datetime64[ns]"
    assert str(facts["value"].dtype) == "float64"


def test_documents_frame_round_trip(tmp_path: Path) -> None:
    documents = read_corpus(_corpus(tmp_path))
    assert list(corpus_errors(documents)["document"]) == ["b.jsonl:2", "b2"]
    broken = pd.DataFrame({"doc_id": ["b9"], "text": pd.Series([BROKEN], dtype=object)})  # Arrow strings refuse it
    facts = extract_corpus(pd.concat([documents.astype({"text": object}), broken], ignore_index=True))
    assert sorted(set(facts["doc_id"])) == ["a.txt", "b1"]
    assert list(corpus_errors(facts)["document"]) == ["b9"]  # reader errors stay with the documents frame


def test_documents_frame_needs_text() -> None:
    with pytest.raises(InputTypeError, match="text"):
        extract_corpus(pd.DataFrame({"doc_id": ["a"]}))


def test_batches_are_joined(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quantex.corpus.run, "_BATCH", 2)
    docs = [Document(f"d{i}", f"{i + 1} drones and {i + 100} missiles") for i in range(5)]
    facts = extract_corpus(docs)
    assert facts["doc_id"].tolist() == [f"d{i}" for i in range(5) for _ in range(2)]
    assert facts["value"].tolist() == [v for i in range(5) for v in (i + 1, i + 100)]
    assert facts.index.tolist() == list(range(10))


def test_progress_bar(capsys: pytest.CaptureFixture[str]) -> None:
    extract_corpus([Document("a", "1")], progress=True)
    assert "extracting" in capsys.readouterr().err


def test_bad_errors_option() -> None:
    with pytest.raises(ValueError, match="errors"):
        extract_corpus([], errors="ignore")  # type: ignore[arg-type]


def test_parallel_matches_one_process(tmp_path: Path) -> None:
    one = extract_corpus(_corpus(tmp_path))
    two = extract_corpus(_corpus(tmp_path), n_jobs=2)
    pd.testing.assert_frame_equal(two, one)
    assert sorted(two.attrs["errors"]) == sorted(one.attrs["errors"])


def test_parallel_documents_frame(tmp_path: Path) -> None:
    broken = pd.DataFrame({"doc_id": ["b9"], "text": pd.Series([BROKEN], dtype=object)})
    documents = pd.concat([read_corpus(_corpus(tmp_path)).astype({"text": object}), broken], ignore_index=True)
    two = extract_corpus(documents, n_jobs=2)
    pd.testing.assert_frame_equal(two, extract_corpus(documents))
    assert list(corpus_errors(two)["document"]) == ["b9"]
