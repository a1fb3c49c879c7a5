"""extract_corpus with a small stand-in extractor: documents in, one facts frame and its errors out."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import quantex.corpus.run
from quantex.corpus.run import CORPUS_COLUMNS, extract_corpus
from quantex.errors import DocumentError, InputTypeError
from quantex.frame import FACT_COLUMNS, to_frame
from quantex.read.sources import Document, corpus_errors, read_corpus

NUMBER = re.compile(r"\d+")
seen_dates: list[datetime.date | None] = []


def fake_extract(text: str, *, published: Any = None) -> pd.DataFrame:
    """Every run of digits is a count; 'BOOM' makes the extractor fail."""
    if "BOOM" in text:
        raise RuntimeError("boom")
    seen_dates.append(published)
    return to_frame(
        {"fact_id": f"q{m.start()}-{m.end()}", "start": m.start(), "end": m.end(), "span": m.group(),
         "category": "count", "value": float(m.group()), "low": float(m.group()), "high": float(m.group()),
         "approximate": False}
        for m in NUMBER.finditer(text)
    )


EXPECTED_COLUMNS = [*CORPUS_COLUMNS, *FACT_COLUMNS]


def _corpus(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(
        "date: 2024-10-22\ntitle: A\nurl: https://example.org/a\n\n10 drones and 3 missiles.\n"
    )
    (tmp_path / "b.jsonl").write_text(
        '{"id": "b1", "text": "12,000 troops", "published": "2024-10-18"}\n'
        "{broken\n"
        '{"id": "b2", "text": "BOOM 5"}\n'
        '{"id": "b3", "text": "no numbers here"}\n'
    )
    return tmp_path


def test_facts_and_errors(tmp_path: Path) -> None:
    facts = extract_corpus(_corpus(tmp_path), _extract=fake_extract)
    assert list(facts.columns) == EXPECTED_COLUMNS
    assert list(facts["doc_id"]) == ["a.txt", "a.txt", "b1", "b1"]
    assert list(facts["span"]) == ["10", "3", "12", "000"]
    assert list(facts["title"].fillna("")) == ["A", "A", "", ""]
    assert facts["published"].dt.strftime("%Y-%m-%d").tolist() == ["2024-10-22"] * 2 + ["2024-10-18"] * 2
    assert str(facts["published"].dtype) == "datetime64[ns]"
    problems = corpus_errors(facts)
    assert list(problems["document"]) == ["b.jsonl:2", "b2"]
    assert "RuntimeError: boom" in problems["problem"].iloc[1]


def test_published_passed_as_day(tmp_path: Path) -> None:
    seen_dates.clear()
    extract_corpus([Document("x", "1", datetime.datetime(2024, 10, 22, 14, 5)), Document("y", "2")],
                   _extract=fake_extract)
    days = list(seen_dates)
    assert days == [datetime.date(2024, 10, 22), None]


def test_raise_names_the_document(tmp_path: Path) -> None:
    docs = [Document("ok", "1"), Document("bad", "BOOM")]
    with pytest.raises(DocumentError, match="bad: extraction failed") as info:
        extract_corpus(docs, errors="raise", _extract=fake_extract)
    assert isinstance(info.value.__cause__, RuntimeError)


@pytest.mark.parametrize(
    "documents",
    [[], pd.DataFrame({"doc_id": pd.Series(dtype="string"), "text": pd.Series(dtype="string")}),
     [Document("a", "no digits")]],
    ids=["empty list", "empty frame", "no facts"],
)
def test_empty_results_have_the_schema(documents: Any) -> None:
    facts = extract_corpus(documents, _extract=fake_extract)
    assert list(facts.columns) == EXPECTED_COLUMNS
    assert len(facts) == 0
    assert str(facts["published"].dtype) == "datetime64[ns]"
    assert str(facts["value"].dtype) == "float64"


def test_documents_frame_round_trip(tmp_path: Path) -> None:
    documents = read_corpus(_corpus(tmp_path))
    facts = extract_corpus(documents, _extract=fake_extract)
    assert sorted(set(facts["doc_id"])) == ["a.txt", "b1"]
    assert list(corpus_errors(facts)["document"]) == ["b2"]  # reader errors stay with the documents frame


def test_documents_frame_needs_text() -> None:
    with pytest.raises(InputTypeError, match="text"):
        extract_corpus(pd.DataFrame({"doc_id": ["a"]}), _extract=fake_extract)


def test_batches_are_joined(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quantex.corpus.run, "_BATCH", 2)
    docs = [Document(f"d{i}", f"{i} and {i + 100}") for i in range(5)]
    facts = extract_corpus(docs, _extract=fake_extract)
    assert facts["doc_id"].tolist() == [f"d{i}" for i in range(5) for _ in range(2)]
    assert facts["value"].tolist() == [v for i in range(5) for v in (i, i + 100)]
    assert facts.index.tolist() == list(range(10))


def test_progress_bar(capsys: pytest.CaptureFixture[str]) -> None:
    extract_corpus([Document("a", "1")], progress=True, _extract=fake_extract)
    assert "extracting" in capsys.readouterr().err


def test_bad_errors_option() -> None:
    with pytest.raises(ValueError, match="errors"):
        extract_corpus([], errors="ignore", _extract=fake_extract)  # type: ignore[arg-type]


def test_parallel_matches_one_process(tmp_path: Path) -> None:
    one = extract_corpus(_corpus(tmp_path), _extract=fake_extract)
    two = extract_corpus(_corpus(tmp_path), n_jobs=2, _extract=fake_extract)
    pd.testing.assert_frame_equal(two, one)
    assert sorted(two.attrs["errors"]) == sorted(one.attrs["errors"])


def test_parallel_documents_frame(tmp_path: Path) -> None:
    documents = read_corpus(_corpus(tmp_path))
    two = extract_corpus(documents, n_jobs=2, _extract=fake_extract)
    pd.testing.assert_frame_equal(two, extract_corpus(documents, _extract=fake_extract))
    assert list(corpus_errors(two)["document"]) == ["b2"]
