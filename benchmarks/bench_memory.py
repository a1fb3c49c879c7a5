"""Peak memory of the streaming path (``quantex.write.stream.extract_stream``) on large generated corpora.

Documents are generated lazily and written to Parquet in batches, so the peak resident memory
should not grow with the corpus. Each run is a fresh subprocess; it reports its own peak RSS and
the largest worker's (workers use ``spawn`` so that they are direct children, reaped and counted
in ``RUSAGE_CHILDREN``). ``--deadline`` bounds the time: generation stops when it is reached and
the report says how much of the corpus was processed.

    python benchmarks/bench_memory.py --sizes 10MB,100MB --jobs 2 --deadline 1500
"""

from __future__ import annotations

import argparse
import datetime
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import documents, parse_size

ROOT = Path(__file__).resolve().parents[1]


def rss_mb(who: int) -> float:
    peak = resource.getrusage(who).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6


def measure(size: int, seed: int, jobs: int, batch: int, deadline: float) -> dict[str, float]:
    from quantex.read.sources import Document
    from quantex.write.stream import extract_stream

    done = {"bytes": 0}
    stop_at = time.monotonic() + deadline

    def stream() -> Iterator[Document]:
        for d in documents(size, seed):
            if time.monotonic() > stop_at:
                return
            done["bytes"] += len(d["text"].encode())
            day = datetime.datetime.fromisoformat(d["published"])
            yield Document(d["id"], d["text"], day, None, d["title"])

    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        summary = extract_stream(stream(), Path(folder) / "facts.parquet", batch_size=batch, n_jobs=jobs,
                                 mp_context="spawn")
        seconds = time.perf_counter() - start
        file_mb = summary.path.stat().st_size / 1e6
    return {
        "mb": done["bytes"] / 1e6, "docs": summary.documents, "facts": summary.facts, "seconds": seconds,
        "mb_s": done["bytes"] / 1e6 / seconds, "rss_main_mb": rss_mb(resource.RUSAGE_SELF),
        "rss_worker_mb": rss_mb(resource.RUSAGE_CHILDREN), "parquet_mb": file_mb,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10MB,100MB")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--batch", type=int, default=500, help="documents per batch")
    parser.add_argument("--deadline", type=float, default=1800.0, help="seconds per size")
    parser.add_argument("--child", type=parse_size, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child, args.seed, args.jobs, args.batch, args.deadline)))
        return 0
    print(f"{'size':>6} {'processed MB':>12} {'docs':>9} {'facts':>10} {'seconds':>8} {'MB/s':>6} "
          f"{'main RSS MB':>11} {'worker RSS MB':>13} {'parquet MB':>10}"
          f"   (jobs={args.jobs}, batch={args.batch})")
    for text in args.sizes.split(","):
        out = subprocess.run(
            [sys.executable, __file__, "--child", text, "--seed", str(args.seed), "--jobs", str(args.jobs),
             "--batch", str(args.batch), "--deadline", str(args.deadline)],
            capture_output=True, text=True, check=True, cwd=ROOT,
        )
        r = json.loads(out.stdout)
        print(f"{text:>6} {r['mb']:>12.1f} {r['docs']:>9,} {r['facts']:>10,} {r['seconds']:>8.0f} "
              f"{r['mb_s']:>6.3f} {r['rss_main_mb']:>11.0f} {r['rss_worker_mb']:>13.0f} "
              f"{r['parquet_mb']:>10.1f}",
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
