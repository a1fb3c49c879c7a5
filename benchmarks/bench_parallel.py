"""Speed-up of ``quantex.corpus.pool.extract_documents`` with 1, 2, ... worker processes.

    python benchmarks/bench_parallel.py --size 1MB --jobs 1,2
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import documents, parse_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=parse_size, default=parse_size("1MB"))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", default="1,2")
    args = parser.parse_args(argv)

    from quantex.corpus.pool import extract_documents

    frame = pd.DataFrame(list(documents(args.size, args.seed))).rename(columns={"id": "doc_id"})
    mb = frame["text"].str.len().sum() / 1e6
    extract_documents(frame.iloc[:5], n_jobs=1)  # warm the rate tables of this process
    base = None
    print(f"{'jobs':>4} {'seconds':>8} {'MB/s':>7} {'docs/s':>7} {'speed-up':>8}"
          f"   ({len(frame):,} documents, {mb:.1f} MB)")
    for jobs in (int(j) for j in args.jobs.split(",")):
        start = time.perf_counter()
        facts = extract_documents(frame, n_jobs=jobs)
        seconds = time.perf_counter() - start
        base = base or seconds
        print(f"{jobs:>4} {seconds:>8.1f} {mb / seconds:>7.3f} {len(frame) / seconds:>7.0f} "
              f"{base / seconds:>7.2f}x   {len(facts):,} facts", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
