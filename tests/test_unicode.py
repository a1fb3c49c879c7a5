"""Unicode in text and in files: separators, dashes, minus signs, other digits, invisible marks, encodings.

Two tables. ``VALUES``: a text, the span that must be found in it and the values it must carry.
``ENCODINGS``: a file's bytes and what the readers must make of them: the exact text, or an error
naming the file. A known gap would be a row marked strict xfail with its minimal input in the reason.
"""

from __future__ import annotations

import codecs
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pytest

import quantex
from quantex.corpus.run import extract_corpus
from quantex.options import ReadOptions
from quantex.read.sources import corpus_errors, read_corpus

NAN = math.nan
Check = Callable[[str, pd.DataFrame], None]


@dataclass(frozen=True)
class Value:
    """``span`` is found in ``text`` with these value, low, high (NaN: must be NaN) and unit."""

    text: str
    span: str
    value: float
    low: float = NAN
    high: float = NAN
    unit: str | None = None
    currency: str | None = None
    marks: tuple[pytest.MarkDecorator, ...] = field(default=())


def exact(text: str, span: str, n: float, **more: object) -> Value:
    return Value(text, span, n, n, n, **more)  # type: ignore[arg-type]



VALUES = [
    # thousands separators: no-break, narrow no-break, thin and figure spaces
    exact("North Korea sent 1\u202f500 troops.", "1\u202f500", 1500, unit="troop"),
    exact("North Korea sent 1\u00a0500 troops.", "1\u00a0500", 1500, unit="troop"),
    exact("North Korea sent 1\u2009500 troops.", "1\u2009500", 1500, unit="troop"),
    exact("North Korea sent 1\u2007500 troops.", "1\u2007500", 1500, unit="troop"),
    exact("Russia fired 12\u202f000\u202f000 shells.", "12\u202f000\u202f000", 12e6, unit="shell"),
    exact("sent 1\u202f500\u00a0troops", "1\u202f500", 1500, unit="troop"),
    Value("up to 1\u00a0000\u00a0km", "up to 1\u00a0000\u00a0km", NAN, NAN, 1000, unit="kilometer"),
    exact("Russia launched\u00a056\u00a0drones.", "56", 56, unit="drone"),
    exact("Ukraine said 10 000 troops had arrived.", "10 000", 10_000, unit="troop"),
    # dashes in ranges, the minus sign in negatives
    Value("Between 10–15 drones were downed.", "Between 10–15", NAN, 10, 15, unit="drone"),
    Value("Between 10—15 drones were downed.", "Between 10—15", NAN, 10, 15, unit="drone"),
    Value("Some 10 – 15 drones were downed.", "10 – 15", NAN, 10, 15, unit="drone"),
    Value("Some 10‒15 drones were downed.", "10‒15", NAN, 10, 15, unit="drone"),
    Value("a $1–2bn loan", "$1–2bn", NAN, 1e9, 2e9, currency="USD"),
    Value("a $1—2bn loan", "$1—2bn", NAN, 1e9, 2e9, currency="USD"),
    exact("The temperature fell to −5 degrees.", "−5", -5, unit="degree"),
    exact("Output changed by −3.5 per cent.", "−3.5 per cent", -3.5, unit="percent"),
    exact("a change of −5%", "−5%", -5, unit="percent"),
    Value("Nights of −10–−5 degrees are forecast.", "−10–−5", NAN, -10, -5),
    # digits of other scripts
    exact("Russia launched ５６ drones.", "５６", 56, unit="drone"),
    exact("Russia launched ５６,０００ drones.", "５６,０００", 56_000, unit="drone"),
    exact("Russia launched ٥٦ drones.", "٥٦", 56, unit="drone"),
    exact("Russia launched ५६ drones.", "५६", 56, unit="drone"),
    exact("Russia pledged 2½ million shells.", "2½ million", 2.5e6, unit="shell"),
    # quotes, bidi marks, byte-order mark, combining marks
    Value("He said “about 1,500” troops.", "about 1,500", 1500),
    exact("He said ‘56’ drones.", "56", 56),
    exact("\u200fRussia launched 56 drones.\u200f", "56", 56, unit="drone"),
    exact("\u202eRussia launched 56 drones.\u202c", "56", 56, unit="drone"),
    exact("\u200eRussia launched \u200e56\u200e drones.", "56", 56),
    exact("\ufeffRussia launched 56 drones.", "56", 56, unit="drone"),
    exact("Russia launched 56 drones\u200b.", "56", 56, unit="drone"),
    exact("drones: 56\u0301", "56", 56),
    exact("56\ufe0f\u20e3 drones", "56", 56),
    # invisible characters inside a number, scale or noun
    exact("Russia launched 1,\u200b500 drones.", "1,\u200b500", 1500, unit="drone"),
    exact("Russia launched 56\u200b drones.", "56", 56, unit="drone"),
    exact("Russia launched 56\u2060 drones.", "56", 56, unit="drone"),
    exact("Russia launched 56 dro\u00adnes.", "56", 56, unit="drone"),
    exact("a $5 bil\u00adlion package", "$5 bil\u00adlion", 5e9, currency="USD"),
]


def _same(actual: object, expected: float) -> bool:
    if math.isnan(expected):
        return actual is None or actual is pd.NA or math.isnan(float(actual))  # type: ignore[arg-type]
    return math.isclose(float(actual), expected)  # type: ignore[arg-type]


@pytest.mark.parametrize("case", [pytest.param(c, id=ascii(c.text), marks=c.marks) for c in VALUES])
def test_values(case: Value, check_facts: Check) -> None:
    frame = quantex.extract(case.text)
    check_facts(case.text, frame)
    rows = frame[frame["span"] == case.span]
    assert len(rows) == 1, f"{case.span!r} not found; spans are {frame['span'].tolist()}"
    row = rows.iloc[0]
    for name in ("value", "low", "high"):
        assert _same(row[name], getattr(case, name)), f"{name} is {row[name]}, not {getattr(case, name)}"
    if case.unit is not None:
        assert row["unit"] == case.unit
    if case.currency is not None:
        assert row["currency"] == case.currency


NO_CRASH = [
    "The ＄５ billion package", "ℕ 5 Ⅻ drones", "Ⅻ drones", "²3 drones", "3² km", "¾ of the fleet",
    "1.5 млрд рублей", "٣٬٥٠٠ جندي", "5\u200d6", "\u0000 56 \u0000 drones", "\r\n\r\n56\r drones",
    "\u2028 56 drones \u2029 57 tanks", "𝟓𝟔 drones", "🇺🇦 56 🛩 drones", "\U000e0001 5", "a" + "\u0301" * 50 + " 5",
]


@pytest.mark.parametrize("text", NO_CRASH, ids=ascii)
def test_no_crash(text: str, check_facts: Check) -> None:
    check_facts(text, quantex.extract(text))


def test_lone_surrogate() -> None:
    """Text that is not valid Unicode is refused with an error naming the code point and its offset."""
    with pytest.raises(quantex.errors.TextError, match=r"U\+D800 at offset 4"):
        quantex.extract("See \ud800 56 drones")


# --- files in other encodings -------------------------------------------------------------------

BODY = "Denmark pledged €1.3bn and “about 1\u202f500” troops – a rise of −2%."
TEXT_FILE = f"date: 2024-10-22\ntitle: Aid\n\n{BODY}\n"
ASCII_FILE = "date: 2024-10-22\ntitle: Aid\n\nDenmark pledged 5 drones.\n"


@dataclass(frozen=True)
class Encoded:
    """A file's bytes and what the readers make of it: ``text`` or an error naming the file."""

    name: str
    raw: bytes
    text: str | None  # None: must be rejected with an error that names the file
    encoding: str | None = None
    marks: tuple[pytest.MarkDecorator, ...] = field(default=())


ENCODINGS = [
    Encoded("utf8.txt", TEXT_FILE.encode("utf-8"), BODY),
    Encoded("utf8-bom.txt", codecs.BOM_UTF8 + TEXT_FILE.encode("utf-8"), BODY),
    Encoded("utf16.txt", TEXT_FILE.encode("utf-16"), BODY),
    Encoded("utf16-be-bom.txt", codecs.BOM_UTF16_BE + TEXT_FILE.encode("utf-16-be"), BODY),
    Encoded("utf32.txt", TEXT_FILE.encode("utf-32"), BODY),
    Encoded("crlf.txt", TEXT_FILE.replace("\n", "\r\n").encode("utf-8"), BODY),
    Encoded("utf16-le-no-bom.txt", TEXT_FILE.encode("utf-16-le"), None),
    # ASCII-only UTF-16 or UTF-32 without a byte-order mark is valid UTF-8, with NULs between the characters
    Encoded("ascii-utf16-le-no-bom.txt", ASCII_FILE.encode("utf-16-le"), None),
    Encoded("ascii-utf16-be-no-bom.txt", ASCII_FILE.encode("utf-16-be"), None),
    Encoded("ascii-utf32-le-no-bom.txt", ASCII_FILE.encode("utf-32-le"), None),
    Encoded("ascii-utf16-le-no-bom.jsonl", '{"text": "5 drones"}\n'.encode("utf-16-le"), None),
    Encoded("ascii-utf16-le-no-bom.csv", "text\n5 drones\n".encode("utf-16-le"), None),
    Encoded("ascii-utf16-le-no-bom.html", "<p>5 drones</p>".encode("utf-16-le"), None),
    Encoded("zero-padded.txt", b"5 drones" + bytes(4096), None),  # a binary file named .txt
    Encoded("utf7-surrogate.txt", b"+2AA- 5 drones", None, encoding="utf-7"),  # a codec that yields U+D800
    Encoded("cp1252.txt", TEXT_FILE.replace("\u202f", " ").replace("−", "-").encode("cp1252"), None),
    Encoded("cp1252-declared.txt", TEXT_FILE.replace("\u202f", " ").replace("−", "-").encode("cp1252"),
            BODY.replace("\u202f", " ").replace("−", "-"), encoding="cp1252"),
    Encoded("latin1.txt", "date: 2024-10-22\n\nCafé owners gave 5 drones.\n".encode("latin-1"), None),
    Encoded("broken-utf8.txt", TEXT_FILE.encode("utf-8")[:60] + b"\xff\xfe\xfa" + b" 5 drones.\n", None),
    Encoded("utf8-bom.jsonl", codecs.BOM_UTF8 + '{"text": "€5bn", "published": "2024-10-22"}\n'.encode(), "€5bn"),
    Encoded("utf16.csv", 'text,published\n"€5bn",2024-10-22\n'.encode("utf-16"), "€5bn"),
    Encoded("cp1251.html", '<html><head><meta charset="windows-1251"></head><body><p>Россия: 56 дронов.</p>'
            "</body></html>".encode("cp1251"), "Россия: 56 дронов."),
    Encoded("nul.txt", b"5 dr\x00ones", "5 dr\x00ones"),
]


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name, marks=c.marks) for c in ENCODINGS])
def test_encodings(case: Encoded, tmp_path: Path, check_facts: Check) -> None:
    (tmp_path / case.name).write_bytes(case.raw)
    (tmp_path / "good.txt").write_text(ASCII_FILE, encoding="utf-8")  # the rest is still read
    frame = read_corpus(tmp_path, read=ReadOptions(encoding=case.encoding))
    errors = corpus_errors(frame)
    texts = dict(zip(frame["doc_id"], frame["text"], strict=True))
    if case.encoding is None:
        assert texts["good.txt"] == "Denmark pledged 5 drones."
    if case.text is None:
        assert list(errors["document"]) == [case.name], f"read as {texts.get(case.name)!r}"
        assert case.name in f"{errors['document'][0]}: {errors['problem'][0]}"
        assert case.name not in texts
        return
    assert errors.empty, errors.to_dict("records")
    doc = next(doc_id for doc_id in texts if doc_id.startswith(case.name))
    assert texts[doc] == case.text
    check_facts(case.text, quantex.extract(case.text))


#: JSON lines with a lone surrogate escape in some field, and the error each must give.
SURROGATE_LINES = [
    (b'{"text": "\\ud800 56 drones"}', "a.jsonl:1", "lone surrogate U+D800 at offset 0 of the text"),
    (b'{"text": "56 drones \\udfff"}', "a.jsonl:1", "lone surrogate U+DFFF at offset 10 of the text"),
    (b'{"text": "56 drones", "title": "x\\ud83d"}', "a.jsonl:1", "U+D83D at offset 1 of the title"),
    (b'{"text": "56 drones", "url": "\\udc80"}', "a.jsonl:1", "of the url"),
    (b'{"id": "k\\ud800", "text": "56 drones"}', "k\\ud800", "of the doc_id"),
]


@pytest.mark.parametrize(("line", "document", "problem"), SURROGATE_LINES, ids=[c[1] + c[2] for c in SURROGATE_LINES])
def test_lone_surrogate_escape_in_jsonl(line: bytes, document: str, problem: str, tmp_path: Path) -> None:
    """A JSON line with a lone surrogate escape costs that line, not the corpus; a pair is one character."""
    (tmp_path / "a.jsonl").write_bytes(line + b'\n{"text": "57 tanks \\ud83d\\ude80"}\n')
    frame = read_corpus(tmp_path)
    assert frame["text"].tolist() == ["57 tanks \U0001f680"]
    errors = corpus_errors(frame)
    assert errors["document"].tolist() == [document]
    assert problem in errors["problem"][0]
    facts = extract_corpus(tmp_path)
    assert facts["span"].tolist() == ["57"]
    assert corpus_errors(facts)["document"].tolist() == [document]
