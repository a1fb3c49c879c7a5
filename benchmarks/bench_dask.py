"""Dask: ``quantex.corpus.distributed.extract_to_parquet`` on a local cluster against one process.

Writes a generated corpus as JSONL files (``--files`` of them), extracts it once with
``quantex.extract_corpus`` in this process and once on a ``dask.distributed.LocalCluster``
(``--workers`` processes, one thread each) into partitioned Parquet, and prints the seconds of
each, the speed-up, and whether the two runs found the same facts in the same documents.

    python benchmarks/bench_dask.py --size 2MB --files 8 --workers 2

To run on a real cluster instead, start a ``dask.distributed.Client("tcp://scheduler:8786")``
before calling ``extract_to_parquet``; the corpus files and the output folder must then be on
storage every worker reaches (see README.md, "Large corpora").
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import documents, parse_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=parse_size, default=parse_size("2MB"))
    parser.add_argument("--files", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    import json

    import distributed
    import pandas as pd

    import quantex
    from quantex.corpus.distributed import extract_to_parquet

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        docs = list(documents(args.size, args.seed))
        per_file = -(-len(docs) // args.files)
        for i in range(args.files):
            with (folder / f"part{i:03d}.jsonl").open("w", encoding="utf-8") as out:
                for doc in docs[i * per_file:(i + 1) * per_file]:
                    out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        mb = sum(len(d["text"].encode()) for d in docs) / 1e6

        start = time.perf_counter()
        one = quantex.extract_corpus(folder)
        single = time.perf_counter() - start

        with distributed.LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster, distributed.Client(cluster):
            start = time.perf_counter()
            out = extract_to_parquet(folder, Path(tmp) / "out", files_per_partition=1)
            spread = time.perf_counter() - start
        many = pd.read_parquet(out / "facts")

    key = ["doc_id", "fact_id", "category", "value", "low", "high", "unit", "currency", "event", "actor"]
    same = (one[key].astype(str).sort_values(key).reset_index(drop=True)
            .equals(many[key].astype(str).sort_values(key).reset_index(drop=True)))
    print(f"{len(docs):,} documents, {mb:.1f} MB in {args.files} files; {len(one):,} facts")
    print(f"one process          {single:7.1f} s  {mb / single:6.3f} MB/s")
    print(f"dask, {args.workers} workers       {spread:7.1f} s  {mb / spread:6.3f} MB/s  "
          f"speed-up {single / spread:.2f}x (cluster start-up not counted)")
    print(f"same facts: {same} ({len(many):,} rows from Parquet)")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
