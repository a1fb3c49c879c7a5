"""``quantex rates``: bring the reference rates up to date, and say how current they are.

``quantex rates update`` downloads the ECB euro reference rates, the National Bank of Ukraine's
hryvnia rate and the Central Bank of Russia's rouble rate into the user's data folder
(:mod:`quantex.money.store`); it is the only part of quantex that uses the network. On a machine
without one, download the files elsewhere and run ``quantex rates update --from FILE...``: the
format of each file is recognised from its content. ``quantex rates status`` prints, per series,
the last day with a rate and where it came from. Each update reports how many days it added and
how many days' rates differ from what quantex had before, so a revision never goes unseen.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import hashlib
import io
import urllib.request
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from quantex.errors import RatesError
from quantex.money import formats, fx, store

__all__ = ["Opener", "add_arguments", "run", "status", "update", "update_from"]

Opener = Callable[[str], bytes]
"""Fetches one URL and returns its body; raise OSError on failure."""

ECB_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
NBU_URL = ("https://bank.gov.ua/NBU_Exchange/exchange_site?start={start:%Y%m%d}&end={end:%Y%m%d}"
           "&valcode=usd&sort=exchangedate&order=asc&json")
CBR_URL = ("https://www.cbr.ru/scripts/XML_dynamic.asp?date_req1={start:%d/%m/%Y}&date_req2={end:%d/%m/%Y}"
           "&VAL_NM_RQ=R01235")
OVERLAP_DAYS = 31
"""An update asks again for this many days before the last known rate, to see revisions."""
TIMEOUT = 60.0


def update(*, opener: Opener | None = None, today: datetime.date | None = None) -> list[store.Provenance]:
    """Fetch every series from its publisher into the user's folder; return what changed per series.

    Raises:
        RatesError: If a download fails (names the URL); nothing is written then.
        TableError: If a download is not in the publisher's format.

    """
    fetch = opener or _urlopen
    end = today or datetime.date.today()
    downloads: list[tuple[str, bytes]] = [(ECB_URL, _get(fetch, ECB_URL))]
    last = {c.series: c.last for c in fx.coverage()}
    start = last[fx.NBU] - datetime.timedelta(days=OVERLAP_DAYS)
    while start <= end:  # a year a request: the NBU documents no limit, and a year is what its examples ask
        stop = min(end, start + datetime.timedelta(days=365))
        url = NBU_URL.format(start=start, end=stop)
        downloads.append((url, _get(fetch, url)))
        start = stop + datetime.timedelta(days=1)
    # the CBR sets tomorrow's rate today, dated by the day it takes effect
    url = CBR_URL.format(start=last[fx.CBR] - datetime.timedelta(days=OVERLAP_DAYS), end=end + datetime.timedelta(1))
    downloads.append((url, _get(fetch, url)))
    return _apply(downloads)


def update_from(paths: Sequence[str | Path]) -> list[store.Provenance]:
    """Read downloaded files (ECB zip or csv, NBU JSON, CBR XML, recognised by content) into the folder."""
    downloads = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise RatesError(f"{path}: cannot read ({exc})") from exc
        downloads.append((f"file:{Path(path).resolve()}", data))
    return _apply(downloads)


def status() -> list[str]:
    """One line per series: currency, first and last day, rows, and where its latest days come from."""
    record = store.manifest()
    lines = []
    for c in fx.coverage():
        user = store.user_file(c.series)
        if user is not None:
            about = record.get(c.series, {})
            origin = f"user: {user} (from {about.get('origin', 'unknown')}, retrieved {about.get('retrieved', '?')})"
        else:
            origin = "bundled with quantex"
        lines.append(f"{c.series:<24} {c.currency}  {c.first} .. {c.last}  {c.rows:>6,} rates  {origin}")
    return lines


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``rates`` sub-command's own sub-commands and options."""
    sub = parser.add_subparsers(dest="rates_command", required=True, metavar="ACTION",
                                help="update: fetch newer rates; status: how current they are")
    up = sub.add_parser("update", help="fetch the ECB, NBU and CBR rates into the user's data folder")
    up.add_argument("--from", dest="files", nargs="+", metavar="FILE",
                    help="read downloaded files instead of the network (ECB zip/csv, NBU JSON, CBR XML)")
    sub.add_parser("status", help="each series' last day and source")


def run(args: argparse.Namespace, *, opener: Opener | None = None) -> int:
    """Run ``quantex rates update|status``; the exit code."""
    if args.rates_command == "status":
        print(f"rates folder: {store.rates_dir()} (set {store.ENV} to move it)")
        for line in status():
            print(line)
        return 0
    done = update_from(args.files) if args.files else update(opener=opener)
    for item in done:
        print(f"{item.series}: {item.first} .. {item.last}, {item.rows:,} days in {store.rates_dir()}; "
              f"{item.added:,} new, {item.changed:,} changed (from {item.origin})")
    return 0


def _apply(downloads: list[tuple[str, bytes]]) -> list[store.Provenance]:
    """Read every download, merge each publisher's into the user's series, write them all, forget cached rates.

    Several files of one publisher are read in order; where two give the same day, the later one wins.
    """
    now = store.utc_now()
    grouped: dict[formats.Publisher, list[tuple[str, bytes]]] = {}
    for origin, data in downloads:
        grouped.setdefault(formats.detect(data, origin), []).append((origin, data))
    files: dict[str, str] = {}
    done: list[store.Provenance] = []
    for publisher, items in grouped.items():
        origin = "; ".join(o for o, _ in items)
        digest = "; ".join(hashlib.sha256(d).hexdigest() for _, d in items)
        if publisher == formats.ECB:
            text, counts = _merged_ecb([(formats.ecb_text(d, o), o) for o, d in items])
        else:
            read = formats.read_nbu if publisher == formats.NBU else formats.read_cbr
            days: list[int] = []
            rates: list[float] = []
            for o, d in items:
                got = read(d, o)
                days += got[0]
                rates += got[1]
            text, counts = _merged_local(publisher, days, rates, origin)
        files[store.USER_FILES[publisher][0]] = text
        done.append(store.Provenance(publisher, origin, digest, now, *counts))
    store.write_series(files, done)
    fx.reload()
    return done


_Counts = tuple[str, str, int, int, int]  # first, last, rows, added, changed


def _merged_local(series: str, days: list[int], rates: list[float], origin: str) -> tuple[str, _Counts]:
    """The user's file of an NBU or CBR series with the downloaded days in it, and what they change."""
    if not days:
        raise RatesError(f"{origin}: no US dollar rate in the download")
    column = store.USER_FILES[series][1]
    mine: dict[int, float] = {}
    user = store.user_file(series)
    if user is not None:
        old_days, old_usd = formats.parse_local(user.read_text(encoding="utf-8"), str(user), column)
        mine = dict(zip(old_days.tolist(), (1.0 / old_usd).tolist(), strict=True))
    known_days, known_usd = fx.series_rates(series)
    known = dict(zip(known_days.tolist(), known_usd.tolist(), strict=True))
    added = sum(day not in known for day in days)
    changed = sum(day in known and not _same(1.0 / known[day], rate) for day, rate in zip(days, rates, strict=True))
    mine.update(zip(days, rates, strict=True))
    ordered = sorted(mine)
    text = f"date,{column}\n" + "".join(f"{datetime.date.fromordinal(d)},{mine[d]!r}\n" for d in ordered)
    return text, (str(datetime.date.fromordinal(ordered[0])), str(datetime.date.fromordinal(ordered[-1])),
                  len(ordered), added, changed)


def _merged_ecb(texts: list[tuple[str, str]]) -> tuple[str, _Counts]:
    """The user's ECB history with the downloaded days in it (in the ECB's own format), and what they change."""
    user = store.user_file(formats.ECB)
    rows = _ecb_rows(user.read_text(encoding="utf-8")) if user is not None else {}
    known = fx.ecb_rates()
    known_days = set(known["EUR"][0].tolist())
    new_days: set[int] = set()
    changed: set[int] = set()
    for text, origin in texts:
        new = formats.parse_ecb_text(text, origin)  # checks it, and gives USD per unit to compare
        rows.update(_ecb_rows(text))
        new_days |= set(new["EUR"][0].tolist())
        for code, (days, usd) in new.items():
            if code in known:
                old = dict(zip(known[code][0].tolist(), known[code][1].tolist(), strict=True))
                pairs = zip(days.tolist(), usd.tolist(), strict=True)
                changed |= {d for d, v in pairs if d in old and not _same(old[d], v)}
    codes = sorted({code for row in rows.values() for code in row}, key=lambda c: (c != "USD", c))
    ordered = sorted(rows, reverse=True)  # newest first, as the ECB writes it
    lines = ["Date," + ",".join(codes) + ","]
    lines += [f"{datetime.date.fromordinal(d)}," + ",".join(rows[d].get(c, "N/A") for c in codes) + ","
              for d in ordered]
    return "\n".join(lines) + "\n", (str(datetime.date.fromordinal(ordered[-1])),
                                      str(datetime.date.fromordinal(ordered[0])), len(ordered),
                                      len(new_days - known_days), len(changed))


def _ecb_rows(text: str) -> dict[int, dict[str, str]]:
    """Day -> {currency: rate as written} of an ECB history csv already checked by parse_ecb_text."""
    table = [row for row in csv.reader(io.StringIO(text)) if row]
    header = [cell.strip() for cell in table[0]]
    return {datetime.date.fromisoformat(row[0].strip()).toordinal():
            {code: cell.strip() for code, cell in zip(header[1:], row[1:], strict=True)
             if code and cell.strip() not in ("", "N/A")}
            for row in table[1:]}


def _same(a: float, b: float) -> bool:
    return bool(np.isclose(a, b, rtol=1e-9, atol=0.0))


def _get(fetch: Opener, url: str) -> bytes:
    try:
        return fetch(url)
    except OSError as exc:
        raise RatesError(f"{url}: download failed ({exc}); nothing was written. Offline, download the file "
                         "elsewhere and run `quantex rates update --from FILE`") from exc


def _urlopen(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "quantex rates update"})
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        data: bytes = response.read()
    return data
