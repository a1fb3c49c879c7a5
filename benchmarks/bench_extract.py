"""How fast is ``quantex.extract``, from text to one DataFrame, on generated news?

Each corpus size runs in a fresh subprocess so that its peak resident memory (``ru_maxrss``) is
its own. For comparison the same subprocess times one compiled ``regex`` scan (``\\d+``) over
the same texts: the ratio says how far the extractor is from the cost of merely reading the text.
Import time and first-call time are measured in fresh interpreters too.

    python benchmarks/bench_extract.py                 # 1 MB and 10 MB
    python benchmarks/bench_extract.py --sizes 200KB   # quick
    python benchmarks/bench_extract.py --profile --profile-size 1MB
    python benchmarks/bench_extract.py --stages --profile-size 1MB   # where the time goes, layer by layer
    python benchmarks/bench_extract.py --stages --sample             # the same on the bundled sample corpus

``--stages`` runs the pipeline's layers one on top of the other over the same texts (a ``\\d+`` scan; the
first pass; the first pass and ``MASTER.match`` at each candidate; every span; every fact as a record;
the DataFrame) and prints the MB/s of each, with the microseconds per fact that 10 MB/s would allow.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime
import json
import math
import pstats
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import documents, parse_size

ROOT = Path(__file__).resolve().parents[1]

FIRST_CALL = """
import time
t0 = time.perf_counter()
import quantex
t1 = time.perf_counter()
quantex.extract("Russia launched 56 drones; Britain pledged £2.26 billion.", published="2024-10-22")
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def maxrss_mb() -> float:
    """Peak resident set size of this process in MB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6


def measure(size: int, seed: int, path: str) -> dict[str, float]:
    """Run in the child: extract every document into one frame, and report rates and memory.

    ``path`` "extract": ``quantex.extract`` per document, then one ``pd.concat`` (a user's loop);
    "corpus": ``quantex.extract_corpus`` over the documents (facts gathered per batch of 1,000
    documents, one frame per batch), which is what ``quantex extract`` runs.
    """
    import datetime

    import pandas as pd
    import regex

    import quantex
    from quantex.read.sources import Document

    quantex.extract("warm-up: 5 drones and $1bn", published="2024-01-02")  # loads the rate tables
    docs = list(documents(size, seed))
    mb = sum(len(d["text"].encode()) for d in docs) / 1e6
    items = [Document(doc_id=str(i), text=d["text"], published=datetime.datetime.fromisoformat(d["published"]),
                      url=None, title=None, source_path=None, entry=None) for i, d in enumerate(docs)]
    rss_before = maxrss_mb()

    start = time.perf_counter()
    if path == "corpus":
        facts = quantex.extract_corpus(items)
    else:
        facts = pd.concat([quantex.extract(d["text"], published=d["published"]) for d in docs], ignore_index=True)
    seconds = time.perf_counter() - start
    rss_after = maxrss_mb()

    digits = regex.compile(r"\d+")
    start = time.perf_counter()
    matches = sum(len(digits.findall(d["text"])) for d in docs)
    scan = time.perf_counter() - start
    return {
        "mb": mb, "docs": len(docs), "facts": len(facts), "seconds": seconds,
        "mb_s": mb / seconds, "docs_s": len(docs) / seconds, "facts_s": len(facts) / seconds,
        "rss_mb": rss_after, "rss_growth_mb": rss_after - rss_before,
        "regex_mb_s": mb / scan, "regex_matches": matches,
    }


def first_call(repeat: int = 3) -> tuple[float, float]:
    """Median import and first-call seconds over fresh interpreters."""
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", FIRST_CALL], capture_output=True, text=True, check=True,
                             cwd=ROOT)
        imported, called = out.stdout.split()
        runs.append((float(imported), float(called)))
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def profile(size: int, seed: int, top: int) -> None:
    from quantex.extract import FactTable

    docs = list(documents(size, seed))
    table = FactTable()
    table.add("warm-up: 5 drones and $1bn", datetime.date(2024, 1, 2))
    profiler = cProfile.Profile()
    profiler.enable()
    for d in docs:
        table.add(d["text"], datetime.date.fromisoformat(d["published"][:10]))
    table.frame()
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def stages(size: int, seed: int, repeat: int = 3, sample: bool = False) -> None:
    """Print the MB/s of each layer of the pipeline on the same texts (best of ``repeat``).

    With ``sample`` the texts are the bundled sample corpus (43 hand-written reports, about 100 bytes
    per fact, half as dense as the generated corpus) instead of a generated corpus of ``size``.
    """
    import regex

    from quantex.extract import FactTable, facts_of
    from quantex.facts.clauses import analyse
    from quantex.spans.anchors import candidates
    from quantex.spans.find import find_spans
    from quantex.spans.patterns import DIGIT_START, MASTER_AT_DIGIT, MASTER_AT_LETTER

    if sample:
        files = sorted((ROOT / "quantex" / "sample").glob("*.txt"))
        texts = [f.read_text(encoding="utf-8") for f in files]
        days = [datetime.date.fromisoformat(f.name[:10]) for f in files]
    else:
        docs = list(documents(size, seed))
        texts = [d["text"] for d in docs]
        days = [datetime.date.fromisoformat(d["published"][:10]) for d in docs]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    digits = regex.compile(r"\d+")

    def master() -> int:  # as find_spans tries it
        return sum(1 for t in texts for c in candidates(t)
                   if (MASTER_AT_DIGIT if DIGIT_START.match(t, c) else MASTER_AT_LETTER).match(t, c))

    def table() -> int:
        facts = FactTable()
        for t, day in zip(texts, days, strict=True):
            facts.add(t, day)
        return len(facts.frame())

    layers = [
        ("one regex scan (\\d+)", lambda: sum(len(digits.findall(t)) for t in texts)),
        ("first pass (anchors.candidates)", lambda: sum(len(candidates(t)) for t in texts)),
        ("+ MASTER.match at each candidate", master),
        ("+ every span (spans.find_spans)", lambda: sum(len(find_spans(t)) for t in texts)),
        ("+ facts with context (extract.facts_of)", lambda: sum(len(facts_of(t)) for t in texts)),
        ("+ one DataFrame, money in USD (FactTable)", table),
    ]
    table()  # warm-up: rate tables, pint, caches of the first texts
    facts = table()
    print(f"{len(texts):,} documents, {mb:.2f} MB, {facts:,} facts ({facts / mb:,.0f} per MB): 10 MB/s leaves "
          f"{1e6 / (10 * facts / mb):.1f} µs per fact for everything")
    print(f"{'layer':<44} {'count':>8} {'seconds':>8} {'MB/s':>8} {'µs/fact':>8}")
    for name, run in layers:
        best, count = math.inf, 0
        for _ in range(repeat):
            analyse.cache_clear()  # each run reads its sentences afresh, as one pass over a corpus does
            t0 = time.perf_counter()
            count = run()
            best = min(best, time.perf_counter() - t0)
        print(f"{name:<44} {count:>8,} {best:>8.3f} {mb / best:>8.2f} {best * 1e6 / facts:>8.1f}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1MB,10MB", help="comma-separated corpus sizes")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--profile", action="store_true", help="cProfile instead of timing")
    parser.add_argument("--stages", action="store_true", help="MB/s of each layer of the pipeline")
    parser.add_argument("--sample", action="store_true", help="with --stages: the bundled sample corpus")
    parser.add_argument("--profile-size", type=parse_size, default=parse_size("1MB"))
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--paths", default="corpus,extract", help="comma-separated: corpus, extract")
    parser.add_argument("--child", type=parse_size, help=argparse.SUPPRESS)
    parser.add_argument("--path", default="corpus", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        print(json.dumps(measure(args.child, args.seed, args.path)))
        return 0
    if args.stages:
        stages(args.profile_size, args.seed, sample=args.sample)
        return 0
    if args.profile:
        profile(args.profile_size, args.seed, args.top)
        return 0

    imported, called = first_call()
    print(f"import quantex: {imported:.3f} s; first extract() call: {called:.3f} s "
          "(fresh interpreter, median of 3)")
    header = (f"{'size':>6} {'path':>8} {'docs':>7} {'facts':>8} {'seconds':>8} {'MB/s':>7} {'docs/s':>7} "
              f"{'facts/s':>8} "
              f"{'peak RSS MB':>11} {'regex MB/s':>10} {'ratio':>7}")
    print(header)
    for text in args.sizes.split(","):
        for path in args.paths.split(","):
            out = subprocess.run([sys.executable, __file__, "--child", text, "--seed", str(args.seed), "--path", path],
                                 capture_output=True, text=True, check=True, cwd=ROOT)
            r = json.loads(out.stdout)
            print(f"{text:>6} {path:>8} {r['docs']:>7,} {r['facts']:>8,} {r['seconds']:>8.1f} {r['mb_s']:>7.3f} "
                  f"{r['docs_s']:>7.0f} {r['facts_s']:>8.0f} {r['rss_mb']:>11.0f} {r['regex_mb_s']:>10.0f} "
                  f"{r['regex_mb_s'] / r['mb_s']:>6.0f}x", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
