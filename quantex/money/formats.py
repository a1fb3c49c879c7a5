"""The rate files quantex reads: its own, and the official downloads of the three publishers.

quantex's own files (``quantex/data`` and the user's folder) are ``date,<local>_per_usd`` rows
(:func:`parse_local`) and the ECB history (:func:`parse_ecb`, :func:`parse_ecb_text`); both give days
(proleptic ordinals, sorted) and US dollars per unit. The publishers' downloads, which ``quantex
rates update`` reads, give days and local units per US dollar as published:

- ECB: ``eurofxref-hist.zip`` or the ``eurofxref-hist.csv`` inside it: ``Date,USD,JPY,...,``, newest
  first, units per euro, ``N/A`` where a currency has no rate that day.
  https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip
- NBU (:func:`read_nbu`): the JSON of ``bank.gov.ua/NBU_Exchange/exchange_site?...&valcode=usd&json``
  (or of ``NBUStatService/v1/statdirectory/exchange?valcode=USD&json``): an array of records with
  ``exchangedate`` ("DD.MM.YYYY"), ``cc`` ("USD") and ``rate`` (hryvnias per ``units`` dollars, 1).
- CBR (:func:`read_cbr`): the XML of ``cbr.ru/scripts/XML_dynamic.asp?...&VAL_NM_RQ=R01235``
  (windows-1251): ``<ValCurs ID="R01235"><Record Date="DD.MM.YYYY" Id="R01235"><Nominal>1</Nominal>
  <Value>96,0924</Value></Record>...``; the rate is Value / Nominal, dated by the day it takes effect.

:func:`detect` tells the three apart by their first bytes. A malformed file raises
:class:`~quantex.errors.TableError` naming it and the line or record.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import math
import zipfile
from typing import Literal

import numpy as np
import numpy.typing as npt

from quantex.errors import TableError

__all__ = ["CBR", "ECB", "NBU", "Publisher", "detect", "ecb_text", "parse_ecb", "parse_ecb_text", "parse_local",
           "read_cbr", "read_nbu"]

Publisher = Literal["ECB", "NBU", "CBR"]
ECB: Publisher = "ECB"
NBU: Publisher = "NBU"
CBR: Publisher = "CBR"
USD_AT_CBR = "R01235"  # the CBR's own code of the US dollar

_Days = npt.NDArray[np.int64]
_Values = npt.NDArray[np.float64]


def detect(data: bytes, origin: str) -> Publisher:
    """Which publisher's download ``data`` is, from its first bytes.

    Raises:
        TableError: If it is none of the three.

    Examples:
        >>> detect(b'[{"r030":840,"cc":"USD","rate":41.2833,"exchangedate":"22.10.2024"}]', "nbu.json")
        'NBU'

    """
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"PK\x03\x04", b"Date,")):
        return ECB
    if head.startswith(b"["):
        return NBU
    if head.startswith(b"<") and b"<ValCurs" in head:
        return CBR
    raise TableError(f"{origin}: neither the ECB's eurofxref-hist (zip or csv), the NBU's exchange JSON nor the "
                     "CBR's XML_dynamic file")


def ecb_text(data: bytes, origin: str) -> str:
    """The csv text of an ECB history download, zipped or not."""
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                data = archive.read("eurofxref-hist.csv")
        except (zipfile.BadZipFile, KeyError) as exc:
            raise TableError(f"{origin}: not the ECB history archive ({exc})") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TableError(f"{origin}: not the ECB history archive ({exc})") from exc


def read_nbu(data: bytes, origin: str) -> tuple[list[int], list[float]]:
    """Days and hryvnias per US dollar from an NBU exchange JSON download (other currencies skipped).

    Examples:
        >>> days, rates = read_nbu(b'[{"cc":"USD","rate":41.2833,"exchangedate":"22.10.2024"}]', "nbu.json")
        >>> datetime.date.fromordinal(days[0]), rates
        (datetime.date(2024, 10, 22), [41.2833])

    """
    try:
        records = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TableError(f"{origin}: not NBU JSON ({exc})") from exc
    if not isinstance(records, list):
        raise TableError(f"{origin}: expected a JSON array of NBU rate records")
    days, rates = [], []
    for n, record in enumerate(records, start=1):
        if not isinstance(record, dict) or "exchangedate" not in record or "rate" not in record:
            raise TableError(f"{origin}, record {n}: expected 'exchangedate' and 'rate', got {str(record)[:80]}")
        if str(record.get("cc", "USD")).upper() != "USD":
            continue
        units = _positive(str(record.get("units", 1)), origin, n)
        days.append(_dotted(str(record["exchangedate"]), origin, n))
        rates.append(_positive(str(record["rate"]), origin, n) / units)
    return days, rates


def read_cbr(data: bytes, origin: str) -> tuple[list[int], list[float]]:
    """Days (the day each rate takes effect) and roubles per US dollar from a CBR XML_dynamic download.

    Examples:
        >>> xml = (b'<?xml version="1.0" encoding="windows-1251"?><ValCurs ID="R01235">'
        ...        b'<Record Date="22.10.2024" Id="R01235"><Nominal>1</Nominal><Value>96,0924</Value></Record>'
        ...        b'</ValCurs>')
        >>> read_cbr(xml, "cbr.xml")[1]
        [96.0924]

    """
    from xml.etree import ElementTree  # here: only `quantex rates update` reads XML, and import stays lean

    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise TableError(f"{origin}: not CBR XML ({exc})") from exc
    if root.tag != "ValCurs":
        raise TableError(f"{origin}: expected a <ValCurs> document, got <{root.tag}>")
    if root.get("ID", USD_AT_CBR) != USD_AT_CBR:
        raise TableError(f"{origin}: the series is {root.get('ID')}, not the US dollar ({USD_AT_CBR})")
    days, rates = [], []
    for n, record in enumerate(root.iter("Record"), start=1):
        value, nominal, day = record.findtext("Value"), record.findtext("Nominal") or "1", record.get("Date")
        if value is None or day is None:
            raise TableError(f"{origin}, record {n}: expected a Date and a <Value>")
        days.append(_dotted(day, origin, n))
        rates.append(_positive(value.replace(",", "."), origin, n) / _positive(nominal, origin, n))
    return days, rates


def parse_local(text: str, origin: str, column: str) -> tuple[_Days, _Values]:
    """Parse ``date,<column>`` rows of local units per USD; raise TableError naming ``origin``."""
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or rows[0] != ["date", column]:
        raise TableError(f"{origin}: expected header 'date,{column}', got {rows[:1]}")
    days, values = [], []
    for line, row in enumerate(rows[1:], start=2):
        if len(row) != 2:
            raise TableError(f"{origin}, line {line}: expected 2 fields, got {row}")
        days.append(_day(row[0], origin, line))
        values.append(_positive(row[1], origin, line))
    if not days:
        raise TableError(f"{origin}: no rates")
    sorted_days, order = _sorted(days, origin)
    return sorted_days, 1.0 / np.array(values, dtype=np.float64)[order]


def parse_ecb(data: bytes, origin: str) -> dict[str, tuple[_Days, _Values]]:
    """Parse the ECB history zip (units per EUR, newest first) into USD per unit."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            text = archive.read("eurofxref-hist.csv").decode("utf-8")
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError) as exc:
        raise TableError(f"{origin}: not the ECB history archive ({exc})") from exc
    return parse_ecb_text(text, origin)


def parse_ecb_text(text: str, origin: str) -> dict[str, tuple[_Days, _Values]]:
    """Parse the ECB history csv (units per EUR, newest first) into USD per unit."""
    rows = [row for row in csv.reader(io.StringIO(text)) if row]
    header = [cell.strip() for cell in rows[0]] if rows else []
    if not header or header[0] != "Date" or "USD" not in header:
        raise TableError(f"{origin}: expected a 'Date,USD,...' header, got {header[:3]}")
    days, cells = [], []
    for line, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise TableError(f"{origin}, line {line}: expected {len(header)} fields, got {len(row)}")
        days.append(_day(row[0], origin, line))
        cells.append([math.nan if c.strip() in ("", "N/A") else _positive(c, origin, line) for c in row[1:]])
    sorted_days, order = _sorted(days, origin)
    per_eur = np.array(cells, dtype=np.float64).reshape(len(days), len(header) - 1)[order]
    usd = per_eur[:, header.index("USD") - 1]
    result = {"EUR": (sorted_days[~np.isnan(usd)], usd[~np.isnan(usd)])}
    for column, code in enumerate(header[1:]):
        known = ~np.isnan(per_eur[:, column]) & ~np.isnan(usd)
        if code and code != "USD" and known.any():  # each row's trailing comma adds an unnamed column
            result[code] = (sorted_days[known], usd[known] / per_eur[known, column])
    return result


def _sorted(days: list[int], origin: str) -> tuple[_Days, npt.NDArray[np.intp]]:
    """The days in order and the order that sorts them; refuse a day that appears twice."""
    order = np.argsort(np.array(days, dtype=np.int64), kind="stable")
    sorted_days = np.array(days, dtype=np.int64)[order]
    repeated = np.flatnonzero(np.diff(sorted_days) == 0)
    if len(repeated):
        raise TableError(
            f"{origin}: day {datetime.date.fromordinal(int(sorted_days[repeated[0]]))} appears twice"
        )
    return sorted_days, order


def _day(cell: str, origin: str, line: int) -> int:
    try:
        return datetime.date.fromisoformat(cell.strip()).toordinal()
    except ValueError as exc:
        raise TableError(f"{origin}, line {line}: bad date {cell!r}") from exc


def _positive(cell: str, origin: str, line: int) -> float:
    try:
        value = float(cell)
    except ValueError as exc:
        raise TableError(f"{origin}, line {line}: bad rate {cell!r}") from exc
    if not (math.isfinite(value) and value > 0):
        raise TableError(f"{origin}, line {line}: rate {cell!r} is not a positive number")
    return value


def _dotted(cell: str, origin: str, n: int) -> int:
    """A DD.MM.YYYY day."""
    try:
        return datetime.datetime.strptime(cell.strip(), "%d.%m.%Y").date().toordinal()
    except ValueError as exc:
        raise TableError(f"{origin}, record {n}: bad date {cell!r} (expected DD.MM.YYYY)") from exc
