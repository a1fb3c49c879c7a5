"""Corpus readers: one table of cases (files in, documents and problems out) and a few API checks."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pytest

from quantex.errors import CorpusError, DocumentError
from quantex.options import ReadOptions
from quantex.read.sources import Document, corpus_errors, documents_frame, iter_documents, read_corpus

HEADER_TXT = (
    "date: 2024-10-22\ntitle: Troops to Kursk\nurl: https://example.org/a\nsource: Example\n\n"
    "North Korea has sent about 10,000 soldiers.\n"
)
LIVEBLOG = (
    "date: 2024-10-23\nkind: liveblog\ntitle: War day 973\n\n"
    "Our coverage continues.\n\n"
    "## 14:05 Drones downed overnight\nThe air force said 40 drones were shot down.\n\n"
    "## 09:30 Aid package\nDenmark pledged 1.3bn kroner.\n"
)


@dataclass(frozen=True)
class Case:
    name: str
    files: dict[str, bytes]
    docs: list[tuple[str, str | None, str | None]]  # (doc_id, published ISO or None, title)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (document, words in the problem)
    source: str = "."  # relative to the test folder
    options: dict[str, str] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)  # doc_id -> exact text
    urls: dict[str, str] = field(default_factory=dict)


CASES = [
    Case("txt header block", {"a.txt": HEADER_TXT.encode()}, [("a.txt", "2024-10-22", "Troops to Kursk")],
         texts={"a.txt": "North Korea has sent about 10,000 soldiers."},
         urls={"a.txt": "https://example.org/a"}),
    Case("txt date first line", {"b.txt": b"date 2024-11-02\nKyiv was hit by 30 drones.\n"},
         [("b.txt", "2024-11-02", None)], texts={"b.txt": "Kyiv was hit by 30 drones."}),
    Case("date in file name", {"kyiv-2024-11-03.txt": b"Kyiv: 12 drones were downed.\n"},
         [("kyiv-2024-11-03.txt", "2024-11-03", None)],
         texts={"kyiv-2024-11-03.txt": "Kyiv: 12 drones were downed."}),
    Case("no date", {"c.txt": b"Some text.\n"}, [("c.txt", None, None)]),
    Case("header time kept", {"t.txt": b"date: 2024-10-22T14:05\n\nBody.\n"},
         [("t.txt", "2024-10-22T14:05", None)]),
    Case("impossible date", {"bad.txt": b"date: 2024-02-30\n\nBody\n", "ok.txt": b"Fine.\n"},
         [("ok.txt", None, None)], errors=[("bad.txt", "not a calendar day")]),
    Case("utf-8 bom", {"bom.txt": codecs.BOM_UTF8 + "date: 2024-10-22\n\n₴40bn\n".encode()},
         [("bom.txt", "2024-10-22", None)], texts={"bom.txt": "₴40bn"}),
    Case("utf-16 le bom", {"u16.txt": "date: 2024-10-22\r\n\r\n£3 billion a year\r\n".encode("utf-16")},
         [("u16.txt", "2024-10-22", None)], texts={"u16.txt": "£3 billion a year"}),
    Case("utf-16 be bom", {"u16be.txt": codecs.BOM_UTF16_BE + "Über 5 Mrd.".encode("utf-16-be")},
         [("u16be.txt", None, None)], texts={"u16be.txt": "Über 5 Mrd."}),
    Case("undecodable bytes", {"latin.txt": "Köln 5 km".encode("latin-1"), "ok.txt": b"ok"},
         [("ok.txt", None, None)], errors=[("latin.txt", "byte 0xf6 at offset 1")]),
    Case("explicit encoding", {"latin.txt": "Köln 5 km".encode("latin-1")}, [("latin.txt", None, None)],
         options={"encoding": "latin-1"}, texts={"latin.txt": "Köln 5 km"}),
    Case("liveblog", {"live.txt": LIVEBLOG.encode()},
         [("live.txt#0", "2024-10-23", "War day 973"),
          ("live.txt#1", "2024-10-23T14:05", "Drones downed overnight"),
          ("live.txt#2", "2024-10-23T09:30", "Aid package")],
         texts={"live.txt#2": "Aid package\n\nDenmark pledged 1.3bn kroner."}),
    Case("liveblog bad entry time and full stamps",
         {"l.txt": b"date: 2024-10-23\nkind: liveblog\n\n## 25:10 Wrong\nx\n## 2024-10-24T00:15 Late\ny\n"},
         [("l.txt#2", "2024-10-24T00:15", "Late")], errors=[("l.txt#1", "impossible entry time")]),
    Case("jsonl with a bad line",
         {"g.jsonl": b'{"id": "g1", "text": "A $5bn loan", "published": "2024-10-22", "url": "u1"}\n'
                     b'{"id": "g2", "text": oops}\n\n'
                     b'{"id": "g3", "text": "B", "published": "2024-10-24"}\n'},
         [("g1", "2024-10-22", None), ("g3", "2024-10-24", None)],
         errors=[("g.jsonl:2", "bad JSON")], urls={"g1": "u1"}),
    Case("jsonl missing text, impossible date, not an object, bad byte",
         {"g.jsonl": b'{"id": "a"}\n{"text": "x", "published": "2023-13-01"}\n[1]\n'
                     b'{"text": "caf\xe9"}\n{"text": "no id"}\n'},
         [("g.jsonl:5", None, None)],
         errors=[("g.jsonl:1", "no 'text' field"), ("g.jsonl:2", "not a calendar day"),
                 ("g.jsonl:3", "JSON object"), ("g.jsonl:4", "byte 0xe9")]),
    Case("jsonl utf-16", {"g.jsonl": '{"id": "x", "text": "₴5"}\n'.encode("utf-16")}, [("x", None, None)]),
    Case("csv custom columns",
         {"n.csv": b"key,body,day,link\n"
                   b"k1,\"Poland gave 10 tanks, officials said\",2024-10-22,\nk2,=1+1,,\n"},
         [("k1", "2024-10-22", None), ("k2", None, None)],
         options={"text_col": "body", "published_col": "day", "id_col": "key", "url_col": "link"},
         texts={"k1": "Poland gave 10 tanks, officials said", "k2": "=1+1"}),
    Case("csv utf-8 bom (Excel)", {"x.csv": codecs.BOM_UTF8 + "text,id\n₴5bn,e1\n".encode()}, [("e1", None, None)],
         texts={"e1": "₴5bn"}),
    Case("tsv utf-16 (Excel unicode text)", {"x.tsv": "id\ttext\r\nu1\t£3bn, a year\r\n".encode("utf-16")},
         [("u1", None, None)], texts={"u1": "£3bn, a year"}),
    Case("csv missing text column", {"n.csv": b"id,body\n1,x\n", "ok.txt": b"ok"},
         [("ok.txt", None, None)], errors=[("n.csv", "no 'text' column")]),
    Case("csv bad row date", {"n.csv": b"text,published\na,2024-10-22\nb,soon\n"},
         [("n.csv:1", "2024-10-22", None)], errors=[("n.csv:2", "expected YYYY-MM-DD")]),
    Case("csv written dates", {"n.csv": b"text,published\na,22/10/2024\nb,03/04/2024\nc,\"Oct 23, 2024\"\n"},
         [("n.csv:1", "2024-10-22", None), ("n.csv:3", "2024-10-23", None)],
         errors=[("n.csv:2", "ambiguous date")]),
    Case("html page",
         {"p-2024-01-01.html": b'<html><head><meta charset="utf-8"><title>Aid</title>'
                               b'<meta property="article:published_time" content="2024-10-22T08:15:00+03:00">'
                               b'<link rel="canonical" href="https://example.org/aid"></head><body>'
                               b"<nav>Home</nav><article><h1>Aid</h1><p>Norway gives <b>$1.2bn</b>.</p>"
                               b"<script>alert(1)</script></article></body></html>"},
         [("p-2024-01-01.html", "2024-10-22T08:15", "Aid")],
         texts={"p-2024-01-01.html": "Aid\n\nNorway gives $1.2bn."},
         urls={"p-2024-01-01.html": "https://example.org/aid"}),
    Case("html declared charset",
         {"r.htm": '<meta charset="windows-1251"><p>Москва: 5 ракет</p>'.encode("cp1251")},
         [("r.htm", None, None)], texts={"r.htm": "Москва: 5 ракет"}),
    Case("folder recursion skips hidden and unknown",
         {"x/a.txt": b"a", "x/.hidden/b.txt": b"b", "x/notes.pdf": b"%PDF", "y.txt": b"y"},
         [("x/a.txt", None, None), ("y.txt", None, None)]),
    Case("glob", {"d/a.txt": b"a", "d/b.jsonl": b'{"text": "b"}\n'}, [("a.txt", None, None)],
         source="d/*.txt"),
    Case("single file", {"d/a.txt": b"a", "d/b.txt": b"b"}, [("a.txt", None, None)], source="d/a.txt"),
    Case("duplicate ids", {"a.jsonl": b'{"id": "1", "text": "x"}\n{"id": "1", "text": "y"}\n'},
         [("1", None, None)], errors=[("1", "duplicate doc_id")]),
    Case("jsonl wrong-typed fields",
         {"w.jsonl": b'{"text": 5}\n{"text": ["a"]}\n{"text": null}\n{"id": {"k": 1}, "text": "b"}\n'
                     b'{"text": "c", "url": [1]}\n{"text": "d", "published": null, "id": 7, "title": 2.5}\n'
                     b'{"text": "e", "published": 20241022}\n{"text": "f", "title": false}\n'},
         [("7", None, "2.5")],
         errors=[("w.jsonl:1", "'text' field is a number"), ("w.jsonl:2", "'text' field is an array"),
                 ("w.jsonl:3", "(it is null)"), ("w.jsonl:4", "'id' field is an object"),
                 ("w.jsonl:5", "'url' field is an array"), ("w.jsonl:7", "got int"),
                 ("w.jsonl:8", "'title' field is a boolean")]),
    Case("jsonl bad lines keep their line number",
         {"n.jsonl": b'{"text": ' + b"[" * 5000 + b"\n" + b'{"text": 1' + b"0" * 4400 + b"}\n" + b'{"text": "ok"}\n'},
         [("n.jsonl:3", None, None)],
         errors=[("n.jsonl:1", "recursion limit"), ("n.jsonl:2", "bad JSON: Exceeds the limit")]),
    Case("far and placeholder dates",
         {"d.csv": b"text,published\na,2263-01-01\nb,0001-01-01\nc,1677-09-22T01:00\nd,2262-04-11T23:47\n"
                   b"e,1677-09-22T00:00\nf,2262-04-11T23:48\n"},
         [("d.csv:3", "1677-09-22T01:00", None), ("d.csv:4", "2262-04-11T23:47", None),
          ("d.csv:5", "1677-09-22T00:00", None)],
         errors=[("d.csv:1", "outside the accepted publication days"), ("d.csv:2", "1677-09-22 to 2262-04-11"),
                 ("d.csv:6", "outside pandas' datetime64[ns] range")]),
    Case("empty and blank files", {"e.txt": b"", "b.jsonl": b"\n\n", "ok.txt": b"ok"}, [("ok.txt", None, None)],
         errors=[("b.jsonl", "only white space"), ("e.txt", "empty file")]),
    Case("utf-16 without a byte-order mark", {"u.txt": "date: 2024-10-22\n\n5 drones".encode("utf-16-le")}, [],
         errors=[("u.txt", "UTF-16 without a byte-order mark")]),
    Case("utf-16 without a byte-order mark, declared",
         {"u.txt": "date: 2024-10-22\n\n5 drones".encode("utf-16-le")}, [("u.txt", "2024-10-22", None)],
         options={"encoding": "utf-16-le"}, texts={"u.txt": "5 drones"}),
    Case("a stray NUL is text", {"n.csv": b"text\n5 dr\x00ones\n"}, [("n.csv:1", None, None)],
         texts={"n.csv:1": "5 dr\x00ones"}),
    Case("lone surrogate from a codec", {"s.txt": b"+2AA- 5 drones"}, [],
         errors=[("s.txt", "lone surrogate U+D800 at offset 0 of the text")], options={"encoding": "utf-7"}),
    Case("file name the file system cannot decode", {"k\udcf6ln.txt": b"date: 2024-10-22\n\n5 km"},
         [("k\\xf6ln.txt", "2024-10-22", None)], texts={"k\\xf6ln.txt": "5 km"}),
    Case("html nested too deep for a quick parse",
         {"deep.html": b"<div>" * 50_000 + b"5 drones" + b"</div>" * 50_000,
          "ok.html": b"<section>" * 500 + b"<p>6 drones</p>" + b"</section>" * 500},
         [("ok.html", None, None)], errors=[("deep.html", "nested 50000 deep")], texts={"ok.html": "6 drones"}),
    Case("html surrogate character references", {"s.html": b"<p>&#xD800; 5 drones &#55296;</p>"},
         [("s.html", None, None)], texts={"s.html": "\ufffd 5 drones \ufffd"}),  # HTML5: U+FFFD
    Case("enormous single lines", {"big.txt": b"5 drones, " * 1_000_000,
                                   "big.jsonl": b'{"text": "' + b"6 tanks, " * 1_000_000 + b'"}\n',
                                   "big.csv": b"text\n" + b"7 shells; " * 1_000_000 + b"\n"},
         [("big.csv:1", None, None), ("big.jsonl:1", None, None), ("big.txt", None, None)],
         texts={"big.txt": "5 drones, " * 1_000_000, "big.jsonl:1": "6 tanks, " * 1_000_000,
                "big.csv:1": "7 shells; " * 1_000_000}),
]


def _materialise(tmp_path: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_read_corpus(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _materialise(tmp_path, case.files)
    monkeypatch.chdir(tmp_path)
    frame = read_corpus(case.source, read=ReadOptions(**case.options))
    got = [
        (row.doc_id, None if pd.isna(row.published) else row.published.isoformat(timespec="minutes"),
         None if pd.isna(row.title) else row.title)
        for row in frame.itertuples()
    ]
    expected = [
        (d, None if p is None else pd.Timestamp(p).isoformat(timespec="minutes"), t) for d, p, t in case.docs
    ]
    assert got == expected
    texts = dict(zip(frame["doc_id"], frame["text"], strict=True))
    for doc_id, text in case.texts.items():
        assert texts[doc_id] == text
    urls = dict(zip(frame["doc_id"], frame["url"], strict=True))
    for doc_id, url in case.urls.items():
        assert urls[doc_id] == url
    problems = corpus_errors(frame)
    assert list(problems["document"]) == [d for d, _ in case.errors]
    for (_, words), problem in zip(case.errors, problems["problem"], strict=True):
        assert words in problem


def test_documents_frame_schema_when_empty() -> None:
    frame = documents_frame([])
    assert list(frame.columns) == ["doc_id", "text", "published", "url", "title", "source_path", "entry", "source"]
    assert str(frame["published"].dtype) == "datetime64[ns]"
    assert str(frame["entry"].dtype) == "Int64"


def test_iter_documents_streams_errors_in_order(tmp_path: Path) -> None:
    (tmp_path / "g.jsonl").write_text('{"text": "a"}\nnot json\n{"text": "b"}\n')
    items = list(iter_documents(tmp_path))
    assert [type(i) for i in items] == [Document, DocumentError, Document]


def test_errors_raise(tmp_path: Path) -> None:
    (tmp_path / "g.jsonl").write_text('{"text": "a"}\nnot json\n')
    with pytest.raises(DocumentError, match=r"g\.jsonl:2"):
        read_corpus(tmp_path, errors="raise")


def test_frames_with_errors_still_concatenate(tmp_path: Path) -> None:
    (tmp_path / "g.jsonl").write_text('{"text": "a"}\nnot json\n')
    frame = read_corpus(tmp_path)
    assert len(pd.concat([frame, frame])) == 2


@pytest.mark.parametrize("source", ["missing-folder", "empty/*.txt", "empty"])
def test_source_without_documents(source: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "empty").mkdir()
    monkeypatch.chdir(tmp_path)
    with pytest.raises(CorpusError):
        read_corpus(source)


def test_list_of_sources(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "b.txt").write_text("b")
    frame = read_corpus([tmp_path / "a.txt", str(tmp_path / "b.txt")])
    assert list(frame["doc_id"]) == ["a.txt", "b.txt"]


def test_missing_selectolax_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    (tmp_path / "page.html").write_text("<p>x</p>")
    monkeypatch.setitem(sys.modules, "selectolax.lexbor", None)
    with pytest.raises(ImportError, match=r"page\.html.*quantex\[html\]"):
        read_corpus(tmp_path)
