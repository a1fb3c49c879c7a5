"""``quantex rates``: the publishers' formats, updates over HTTP (a local server) and from files, the user's folder."""

from __future__ import annotations

import datetime
import hashlib
import http.server
import importlib.util
import json
import shutil
import socket
import threading
import urllib.parse
import urllib.request
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from rate_files import (
    ECB_PER_EUR,
    RUB_PER_USD,
    UAH_PER_USD,
    business_days,
    cbr_xml,
    ecb_csv,
    ecb_zip,
    nbu_json,
    synthetic_downloads,
)

import quantex
from quantex.cli import main
from quantex.errors import MissingRateWarning, RatesError, TableError
from quantex.money import formats, fx, rates, store

D = datetime.date
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty user data folder of the test's own; the rates read before and after it are forgotten."""
    monkeypatch.setenv(store.ENV, str(tmp_path / "data"))
    fx.reload()
    yield tmp_path / "data" / "rates"
    fx.reload()


# --- the formats ------------------------------------------------------------------------------------------

def test_each_publisher_is_recognised() -> None:
    day = {D(2026, 11, 3): 1.0}
    assert formats.detect(ecb_zip({D(2026, 11, 3): ECB_PER_EUR}), "x") == "ECB"
    assert formats.detect(ecb_csv({D(2026, 11, 3): ECB_PER_EUR}), "x") == "ECB"
    assert formats.detect(nbu_json(day), "x") == "NBU"
    assert formats.detect(cbr_xml(day), "x") == "CBR"
    with pytest.raises(TableError, match=r"^page\.html: neither"):
        formats.detect(b"<html>not rates</html>", "page.html")


def test_nbu_rate_per_unit_and_other_currencies_skipped() -> None:
    data = json.dumps([
        {"exchangedate": "03.11.2026", "cc": "USD", "rate": 4200.0, "units": 100},
        {"exchangedate": "03.11.2026", "cc": "EUR", "rate": 48.7},
    ]).encode()
    assert formats.read_nbu(data, "nbu.json") == ([D(2026, 11, 3).toordinal()], [42.0])


def test_cbr_value_over_nominal_with_decimal_commas() -> None:
    days, values = formats.read_cbr(cbr_xml({D(2026, 11, 3): 81.5}, nominal=10), "cbr.xml")
    assert (days, values) == ([D(2026, 11, 3).toordinal()], [81.5])


@pytest.mark.parametrize(("data", "reader", "problem"), [
    (b'{"rate": 1}', formats.read_nbu, "expected a JSON array"),
    (b'[{"cc": "USD", "rate": 41.0}]', formats.read_nbu, "record 1: expected 'exchangedate' and 'rate'"),
    (b'[{"cc": "USD", "rate": 41.0, "exchangedate": "2026-11-03"}]', formats.read_nbu, "bad date '2026-11-03'"),
    (b'[{"cc": "USD", "rate": -1, "exchangedate": "03.11.2026"}]', formats.read_nbu, "not a positive number"),
    (b"<ValCurs ID=\"R01239\"></ValCurs>", formats.read_cbr, r"R01239, not the US dollar"),
    (b"<ValCurs><Record Date=\"03.11.2026\"></Record></ValCurs>", formats.read_cbr, "expected a Date and a"),
    (b"<ValCurs", formats.read_cbr, "not CBR XML"),
])
def test_bad_downloads_name_the_file(data: bytes, reader: object, problem: str) -> None:
    with pytest.raises(TableError, match=rf"^download[:,] .*{problem}"):
        reader(data, "download")  # type: ignore[operator]


# --- the user's folder -------------------------------------------------------------------------------------

def test_data_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(store.ENV, str(tmp_path / "mine"))
    assert store.rates_dir() == tmp_path / "mine" / "rates"
    monkeypatch.delenv(store.ENV)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert store.data_dir() == tmp_path / "xdg" / "quantex"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert store.data_dir() == tmp_path / "home" / ".local" / "share" / "quantex"


def test_a_day_after_the_last_rate_names_the_fix(folder: Path) -> None:
    with pytest.warns(MissingRateWarning, match=r"last ECB rate is from 2026-10-30.*quantex rates update"):
        assert fx.usd_rate("EUR", D(2026, 12, 1)) is None
    with warnings.catch_warnings(record=True) as caught:  # a currency the ECB stopped quoting: no such advice
        warnings.simplefilter("always")
        fx.usd_rate("ISK", D(2010, 1, 1))
    assert "rates update" not in str(caught[0].message)


def test_update_from_files_fills_the_months_after_the_bundled_rates(folder: Path, tmp_path: Path) -> None:
    files = synthetic_downloads(tmp_path / "downloads", D(2026, 12, 2))
    done = rates.update_from(files)
    assert {p.series for p in done} == {"ECB", "NBU", "CBR"}
    eur = fx.usd_rate("EUR", D(2026, 12, 1))
    assert eur is not None
    assert (eur.usd_per_unit, eur.source) == (ECB_PER_EUR["USD"], "ECB")
    uah = fx.usd_rate("UAH", D(2026, 11, 20))
    assert uah is not None
    assert (uah.usd_per_unit, uah.source) == (pytest.approx(1 / UAH_PER_USD), "NBU")  # NBU now, not the NBP cross
    rub = fx.usd_rate("RUB", D(2026, 12, 1))
    assert rub is not None
    assert rub.usd_per_unit == pytest.approx(1 / RUB_PER_USD)
    # the bundled history is still there where the user's files say nothing
    assert fx.usd_rate("EUR", D(2024, 10, 22)).usd_per_unit == 1.0821  # type: ignore[union-attr]
    record = store.manifest()
    assert record["NBU"]["sha256"] == hashlib.sha256(files[1].read_bytes()).hexdigest()
    assert str(record["CBR"]["origin"]).startswith("file:")
    assert record["ECB"]["last"] == "2026-12-02"


def test_user_rates_take_precedence_and_a_change_is_counted(folder: Path) -> None:
    before = fx.usd_rate("EUR", D(2024, 10, 22))
    assert before is not None
    assert before.usd_per_unit == 1.0821
    neighbour = fx.usd_rate("EUR", D(2024, 10, 21))
    (done,) = rates._apply([("test", ecb_csv({D(2024, 10, 22): {"USD": 1.5, "GBP": 0.8}}))])
    assert (done.added, done.changed) == (0, 1)
    assert fx.usd_rate("EUR", D(2024, 10, 22)).usd_per_unit == 1.5  # type: ignore[union-attr]
    assert fx.usd_rate("GBP", D(2024, 10, 22)).usd_per_unit == pytest.approx(1.5 / 0.8)  # type: ignore[union-attr]
    assert fx.usd_rate("EUR", D(2024, 10, 21)) == neighbour  # a day the user's file does not have


def test_a_second_update_keeps_the_first(folder: Path) -> None:
    rates._apply([("one", nbu_json({D(2026, 11, 2): 41.0}))])
    rates._apply([("two", nbu_json({D(2026, 11, 3): 43.0}))])
    text = (folder / "fx_uah_usd.csv").read_text()
    assert text == "date,uah_per_usd\n2026-11-02,41.0\n2026-11-03,43.0\n"


# --- fetching, over HTTP on 127.0.0.1 ------------------------------------------------------------------

class _Publisher(http.server.BaseHTTPRequestHandler):
    """Answers the three publishers' paths with synthetic downloads; remembers what was asked."""

    asked: ClassVar[list[str]] = []
    through = D(2026, 12, 2)

    def do_GET(self) -> None:
        type(self).asked.append(self.path)
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query)
        if url.path.endswith("eurofxref-hist.zip"):
            body = ecb_zip({day: ECB_PER_EUR for day in business_days(D(2026, 10, 1), self.through)})
        elif url.path.endswith("exchange_site"):
            start, end = (datetime.datetime.strptime(query[k][0], "%Y%m%d").date() for k in ("start", "end"))
            body = nbu_json(dict.fromkeys(business_days(start, end), UAH_PER_USD))
        elif url.path.endswith("XML_dynamic.asp"):
            start, end = (datetime.datetime.strptime(query[k][0], "%d/%m/%Y").date()
                          for k in ("date_req1", "date_req2"))
            body = cbr_xml(dict.fromkeys(business_days(start, end), RUB_PER_USD))
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def publisher() -> Iterator[str]:
    """A local HTTP server standing in for the ECB, the NBU and the CBR; yields its base URL."""
    _Publisher.asked = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Publisher)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _local(base: str) -> rates.Opener:
    """quantex's own opener, sent to the local server: the publisher's path and query, another host."""
    def opener(url: str) -> bytes:
        parts = urllib.parse.urlsplit(url)
        return rates._urlopen(urllib.parse.urlunsplit(("http", base.split("//")[1], parts.path, parts.query, "")))
    return opener


def test_update_fetches_each_publisher(folder: Path, publisher: str) -> None:
    done = rates.update(opener=_local(publisher), today=D(2026, 12, 2))
    asked = _Publisher.asked
    assert asked[0] == "/stats/eurofxref/eurofxref-hist.zip"
    # the NBU from a month before its last bundled day (2025-08-01), a year a request; the CBR to tomorrow
    assert asked[1].startswith("/NBU_Exchange/exchange_site?start=20250701&end=20260701&valcode=usd")
    assert asked[2].startswith("/NBU_Exchange/exchange_site?start=20260702&end=20261202")
    assert asked[3].startswith("/scripts/XML_dynamic.asp?date_req1=09/09/2026&date_req2=03/12/2026&VAL_NM_RQ=R01235")
    assert {p.series: p.last for p in done} == {"ECB": "2026-12-02", "NBU": "2026-12-02", "CBR": "2026-12-03"}
    assert store.manifest()["ECB"]["origin"] == rates.ECB_URL
    assert fx.usd_rate("UAH", D(2026, 12, 2)).source == "NBU"  # type: ignore[union-attr]


def test_a_failed_download_writes_nothing(folder: Path, publisher: str) -> None:
    def broken(url: str) -> bytes:
        if "cbr.ru" in url:
            raise urllib.error.URLError("no route to host")
        return _local(publisher)(url)

    with pytest.raises(RatesError, match=r"cbr\.ru.*download failed.*--from FILE"):
        rates.update(opener=broken, today=D(2026, 12, 2))
    assert not folder.exists()


def test_cli_update_from_and_status(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = synthetic_downloads(tmp_path / "downloads", D(2026, 12, 2))
    assert main(["rates", "update", "--from", *map(str, files)]) == 0
    assert "ECB: 2026-10-01 .. 2026-12-02" in capsys.readouterr().out
    assert main(["rates", "status"]) == 0
    out = capsys.readouterr().out
    assert "ECB                      EUR  1999-01-04 .. 2026-12-02" in out
    assert f"user: {folder / 'fx_rub_usd.csv'} (from file:" in out
    assert "NBP cross (approximate)" in out
    assert "bundled with quantex" in out


def test_extraction_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("extraction tried the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    fx.reload()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MissingRateWarning)
        facts = quantex.extract("Kyiv got €50 million, 2 billion hryvnias and 9 billion roubles were spent.",
                                published="2026-12-01")
    assert len(facts) == 3
    fx.reload()


def test_release_script_merges_new_days_into_the_bundled_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("refresh_rates", ROOT / "scripts" / "refresh_rates.py")
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    data = tmp_path / "data"
    data.mkdir()
    for name in ("fx_uah_usd.csv", "fx_rub_usd.csv"):
        shutil.copy(ROOT / "quantex" / "data" / name, data / name)
    monkeypatch.setattr(script, "DATA", data)
    monkeypatch.setenv(store.ENV, str(tmp_path / "unused"))
    files = synthetic_downloads(tmp_path / "downloads", D(2026, 12, 2))
    assert script.main(["--from", *map(str, files)]) == 0
    fx.reload()
    uah = (data / "fx_uah_usd.csv").read_text().splitlines()
    assert uah[:2] == ["date,uah_per_usd", "2014-01-01,7.993"]  # the bundled rows, as printed
    assert uah[-1] == "2026-12-02,42.0"
    with zipfile.ZipFile(data / "eurofxref-hist.zip") as archive:
        ecb = archive.read("eurofxref-hist.csv").decode().splitlines()
    assert ecb[1].startswith("2026-12-02,1.16,")
    assert ecb[-1].startswith("1999-01-04,1.1789,")
    assert not (data / "fx_uah_usd_nbp_cross.csv").exists()
