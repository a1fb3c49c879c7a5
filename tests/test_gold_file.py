"""Checks of the gold sets (tests/gold/dev.jsonl, heldout.jsonl, heldout2.jsonl) and of the sample corpus.

The gold files are the documented input format of ``quantex evaluate``; these tests keep them well
formed, consistent with the shared conventions and in step with the annotations in
tests/gold/build_gold.py, tests/gold/build_heldout.py and tests/gold/build_heldout2.py.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import math
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from quantex.schema import QUANTITY_CATEGORIES

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"
#: gold file -> (the script that writes it, minimum documents, minimum facts, minimum per domain category)
GOLD_SETS = {"dev.jsonl": ("build_gold.py", 100, 200, 25), "heldout.jsonl": ("build_heldout.py", 40, 150, 10),
             "heldout2.jsonl": ("build_heldout2.py", 40, 130, 10)}
SAMPLE = ROOT / "quantex" / "sample"

DOC_KEYS = {"id", "text", "published", "style", "facts"}
FACT_KEYS = {"span", "start", "end", "category", "value", "low", "high", "currency", "unit", "event",
             "actor", "location"}
STYLES = {"air_force_report", "defence_ministry", "wire", "aid_announcement", "liveblog"}
DOMAINS = ("money", "personnel", "drones", "missiles", "casualties", "equipment")
# The controlled event vocabulary of the shared conventions.
EVENTS = {"launched", "destroyed", "lost", "hit", "killed", "injured", "killed or injured", "captured",
          "surrendered", "released", "deployed", "mobilised", "pledged", "announced", "approved",
          "delivered", "loaned", "spent", "frozen"}
CURRENCIES = {"USD", "GBP", "EUR", "NOK", "DKK", "SEK", "CAD", "JPY", "PLN", "UAH", "RUB", "CHF", "AUD"}


def _documents(name: str) -> list[dict[str, Any]]:
    with (GOLD_DIR / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


GOLD = {name: _documents(name) for name in GOLD_SETS}
DOCUMENTS = [(name, doc) for name, docs in GOLD.items() for doc in docs]


def _problems(doc: dict[str, Any]) -> list[str]:
    """Everything wrong with one gold document; empty when it is well formed."""
    found: list[str] = []
    if set(doc) != DOC_KEYS:
        return [f"document keys {sorted(doc)}"]
    text = doc["text"]
    dt.date.fromisoformat(doc["published"])
    if doc["style"] not in STYLES:
        found.append(f"style {doc['style']!r}")
    previous_end = 0
    for fact in doc["facts"]:
        if set(fact) != FACT_KEYS:
            found.append(f"fact keys {sorted(fact)}")
            continue
        start, end, span = fact["start"], fact["end"], fact["span"]
        if text[start:end] != span or not span:
            found.append(f"offsets {start}:{end} do not give {span!r}")
        if start < previous_end:
            found.append(f"{span!r} overlaps or precedes the fact before it")
        previous_end = end
        if fact["category"] not in QUANTITY_CATEGORIES:
            found.append(f"category {fact['category']!r}")
        if fact["event"] is not None and fact["event"] not in EVENTS:
            found.append(f"event {fact['event']!r}")
        is_money = fact["category"] == "money"
        if is_money != (fact["currency"] in CURRENCIES):
            found.append(f"{span!r}: category {fact['category']} with currency {fact['currency']!r}")
        if not is_money and not fact["unit"]:
            found.append(f"{span!r}: no unit")
        bounds = [fact[k] for k in ("value", "low", "high")]
        if all(b is None for b in bounds) or any(isinstance(b, bool) for b in bounds):
            found.append(f"{span!r}: bounds {bounds}")
        numbers = [b for b in bounds if b is not None]
        if any(not isinstance(b, (int, float)) or not math.isfinite(b) for b in numbers):
            found.append(f"{span!r}: bounds {bounds}")
        value, low, high = bounds
        if low is not None and high is not None and low > high:
            found.append(f"{span!r}: low > high")
        if value is not None and ((low is not None and value < low) or (high is not None and value > high)):
            found.append(f"{span!r}: value outside its bounds")
        if not re.search(r"\d|[A-Za-z]", span):
            found.append(f"{span!r}: no number or word")
    return found


@pytest.mark.parametrize(("name", "doc"), DOCUMENTS, ids=[f"{n}:{d.get('id', '?')}" for n, d in DOCUMENTS])
def test_gold_document_is_well_formed(name: str, doc: dict[str, Any]) -> None:
    assert _problems(doc) == []


def test_gold_ids_are_unique() -> None:
    # unique across all sets too, so a held-out document is never a renamed development one
    ids = Counter(d["id"] for _, d in DOCUMENTS)
    assert [i for i, n in ids.items() if n > 1] == []


@pytest.mark.parametrize(("name", "other"), [(a, b) for a in sorted(GOLD_SETS) for b in sorted(GOLD_SETS) if a < b])
def test_gold_texts_are_not_shared(name: str, other: str) -> None:
    texts = {d["text"] for d in GOLD[other]}
    assert [d["id"] for d in GOLD[name] if d["text"] in texts] == []


@pytest.mark.parametrize("name", sorted(GOLD_SETS))
def test_gold_has_enough_documents_and_facts(name: str) -> None:
    _, min_docs, min_facts, _ = GOLD_SETS[name]
    assert len(GOLD[name]) >= min_docs
    assert sum(len(d["facts"]) for d in GOLD[name]) >= min_facts


CATEGORY_MINIMUMS = [(name, category, GOLD_SETS[name][3]) for name in sorted(GOLD_SETS) for category in DOMAINS]


@pytest.mark.parametrize(("name", "category", "minimum"), CATEGORY_MINIMUMS)
def test_gold_category_has_enough_facts(name: str, category: str, minimum: int) -> None:
    counts = Counter(f["category"] for d in GOLD[name] for f in d["facts"])
    assert counts[category] >= minimum


@pytest.mark.parametrize("name", sorted(GOLD_SETS))
def test_gold_file_matches_its_annotations(name: str) -> None:
    script = GOLD_SETS[name][0]
    spec = importlib.util.spec_from_file_location(f"quantex_gold_{script[:-3]}", GOLD_DIR / script)
    assert spec is not None
    assert spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    expected = builder.dumps(builder.build())
    assert (GOLD_DIR / name).read_text(encoding="utf-8") == expected, f"run: python tests/gold/{script}"


# --- the sample corpus -------------------------------------------------------------------------
SAMPLE_FILES = sorted(SAMPLE.glob("*.txt"))
HEADER_LINE = re.compile(r"^([a-z_]+): (.+)$")
ENTRY_LINE = re.compile(r"^## (?:\d{2}:\d{2}|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}) \S")
SAMPLE_KINDS = {"airforce_report", "mod_statement", "wire", "aid", "casualties", "liveblog"}


def _sample_problems(path: Path) -> list[str]:
    """Everything wrong with the layout of one sample file; empty when it follows the conventions."""
    header, sep, body = path.read_text(encoding="utf-8").partition("\n\n")
    if not sep or not body.strip():
        return ["no blank line between header and body, or empty body"]
    fields: dict[str, str] = {}
    for line in header.splitlines():
        match = HEADER_LINE.match(line)
        if match is None:
            return [f"bad header line {line!r}"]
        fields[match.group(1)] = match.group(2)
    found = [f"missing {key}" for key in ("date", "title", "url", "source", "kind") if key not in fields]
    if found:
        return found
    published = dt.date.fromisoformat(fields["date"])
    if not path.name.startswith(fields["date"]):
        found.append("file name does not start with the date")
    if not dt.date(2024, 3, 1) <= published < dt.date(2025, 8, 1):
        found.append(f"date {published} outside 2024-03 .. 2025-07")
    if not fields["url"].startswith("https://example.org/"):
        found.append("url is not an invented example.org address")
    if fields["kind"] not in SAMPLE_KINDS:
        found.append(f"kind {fields['kind']!r}")
    entries = [line for line in body.splitlines() if line.startswith("## ")]
    if fields["kind"] == "liveblog":
        if len(entries) < 3 or not body.startswith("## "):
            found.append("a live blog needs at least 3 entries, the first at the top")
        found += [f"bad entry line {e!r}" for e in entries if not ENTRY_LINE.match(e)]
    elif entries:
        found.append("entry lines outside a live blog")
    return found


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=[p.name for p in SAMPLE_FILES])
def test_sample_file_follows_conventions(path: Path) -> None:
    assert _sample_problems(path) == []


def test_sample_corpus_size_and_span() -> None:
    months = {p.name[:7] for p in SAMPLE_FILES}
    liveblogs = [p for p in SAMPLE_FILES if "\nkind: liveblog\n" in p.read_text(encoding="utf-8")]
    size = sum(p.stat().st_size for p in SAMPLE_FILES)
    assert len(SAMPLE_FILES) >= 34
    assert len(months) >= 6
    assert len(liveblogs) >= 2
    assert 25_000 <= size <= 45_000
