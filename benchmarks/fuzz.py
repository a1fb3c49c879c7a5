"""A longer fuzz and robustness run than CI's: the same tests, bigger budgets, fresh seeds.

    python benchmarks/fuzz.py                      # 10 minutes of fuzzing, seeds from the clock
    python benchmarks/fuzz.py --seconds 3600 --seed 7
    python benchmarks/fuzz.py --all                # also 20x property examples, 8x pathological sizes

It runs ``tests/test_fuzz.py`` (and with ``--all`` the property, pathological and Unicode tests)
through pytest with the budgets set in the environment, once per seed, and stops at the first
failure; the failing seed and input are in pytest's report, so the run can be replayed with
``QUANTEX_FUZZ_SEED=<seed> python -m pytest tests/test_fuzz.py``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=600.0, help="fuzzing time per seed (default 600)")
    parser.add_argument("--inputs", type=int, default=10**9, help="inputs per seed (default: no limit)")
    parser.add_argument("--seed", type=int, action="append", help="a seed (repeatable; default: from the clock)")
    parser.add_argument("--all", action="store_true", help="also run the long property and pathological tests")
    args = parser.parse_args(argv)
    seeds = args.seed or [int(time.time())]
    tests = ["tests/test_fuzz.py"]
    if args.all:
        tests += ["tests/test_properties.py", "tests/test_pathological.py", "tests/test_unicode.py"]
    for seed in seeds:
        # one interpreter per seed: the test modules read their budgets from the environment at import
        env = {**os.environ, "QUANTEX_FUZZ_SEED": str(seed), "QUANTEX_FUZZ_SECONDS": str(args.seconds),
               "QUANTEX_FUZZ_INPUTS": str(args.inputs), **({"QUANTEX_LONG_TESTS": "1"} if args.all else {})}
        print(f"seed {seed}: {args.seconds:g} s", flush=True)
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-s", "-x", *tests], cwd=ROOT, env=env,
                              check=False)
        if done.returncode != 0:
            print(f"failed with seed {seed}", file=sys.stderr)
            return done.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
