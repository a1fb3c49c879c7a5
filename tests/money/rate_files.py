"""Downloads in the three publishers' formats, made up for tests: the formats are real, the rates are not.

The formats follow the publishers' documentation (see :mod:`quantex.money.formats`); the rates are round
synthetic figures, so a test can tell them from the bundled ones. ``synthetic_downloads`` writes one download of
each publisher covering the weeks after the bundled rates end, up to a given day.
"""

from __future__ import annotations

import datetime
import io
import json
import zipfile
from collections.abc import Mapping
from pathlib import Path

#: synthetic rates: units per euro (ECB), hryvnias and roubles per dollar
ECB_PER_EUR = {"USD": 1.16, "GBP": 0.87, "JPY": 178.0, "PLN": 4.25}
UAH_PER_USD = 42.0
RUB_PER_USD = 81.5


def business_days(first: datetime.date, last: datetime.date) -> list[datetime.date]:
    """Monday to Friday from ``first`` to ``last``, both included."""
    days = (first + datetime.timedelta(n) for n in range((last - first).days + 1))
    return [day for day in days if day.weekday() < 5]


def ecb_csv(rows: Mapping[datetime.date, Mapping[str, float]]) -> bytes:
    """eurofxref-hist.csv: ``Date,USD,...,`` newest first, ``N/A`` where a currency has no rate."""
    codes = sorted({code for rates in rows.values() for code in rates}, key=lambda c: (c != "USD", c))
    lines = ["Date," + ",".join(codes) + ","]
    for day in sorted(rows, reverse=True):
        lines.append(f"{day}," + ",".join(str(rows[day].get(code, "N/A")) for code in codes) + ",")
    return ("\n".join(lines) + "\n").encode()


def ecb_zip(rows: Mapping[datetime.date, Mapping[str, float]]) -> bytes:
    """eurofxref-hist.zip: the csv, zipped."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("eurofxref-hist.csv", ecb_csv(rows))
    return buffer.getvalue()


def nbu_json(rates: Mapping[datetime.date, float], *, units: int = 1) -> bytes:
    """The NBU exchange_site JSON: one record per day, ``exchangedate`` as DD.MM.YYYY."""
    records = [{"exchangedate": f"{day:%d.%m.%Y}", "r030": 840, "cc": "USD", "txt": "Долар США",
                "enname": "US Dollar", "rate": rate * units, "units": units, "rate_per_unit": rate,
                "group": "1", "calcdate": f"{day - datetime.timedelta(1):%d.%m.%Y}"}
               for day, rate in sorted(rates.items())]
    return json.dumps(records, ensure_ascii=False).encode("utf-8")


def cbr_xml(rates: Mapping[datetime.date, float], *, nominal: int = 1) -> bytes:
    """The CBR XML_dynamic answer for R01235, in windows-1251, decimal commas."""
    records = "".join(
        f'<Record Date="{day:%d.%m.%Y}" Id="R01235"><Nominal>{nominal}</Nominal>'
        f"<Value>{rate * nominal:.4f}</Value></Record>"
        for day, rate in sorted(rates.items())
    )
    body = (f'<?xml version="1.0" encoding="windows-1251"?><ValCurs ID="R01235" DateRange1="" DateRange2="" '
            f'name="Foreign Currency Market Dynamic">{_commas(records)}</ValCurs>')
    return body.encode("windows-1251")


def _commas(records: str) -> str:
    """Decimal commas inside <Value> elements, as the CBR writes them."""
    out = []
    for part in records.split("<Value>"):
        value, sep, rest = part.partition("</Value>")
        out.append(value.replace(".", ",") + sep + rest if sep else part)
    return "<Value>".join(out)


def synthetic_downloads(folder: Path, through: datetime.date) -> list[Path]:
    """One synthetic download per publisher, from the weeks before the bundled rates end up to ``through``."""
    folder.mkdir(parents=True, exist_ok=True)
    ecb_days = business_days(datetime.date(2026, 10, 1), through)
    paths = {
        "eurofxref-hist.zip": ecb_zip({day: ECB_PER_EUR for day in ecb_days}),
        "nbu_usd.json": nbu_json(dict.fromkeys(business_days(datetime.date(2025, 7, 1), through), UAH_PER_USD)),
        "cbr_usd.xml": cbr_xml(dict.fromkeys(business_days(datetime.date(2026, 9, 10), through), RUB_PER_USD)),
    }
    for name, data in paths.items():
        (folder / name).write_bytes(data)
    return [folder / name for name in paths]
