"""One command from a corpus to a report: facts dataset, summary tables, charts and ``report.md``.

:func:`quantex.analyse.run.report` reads the corpus, extracts the facts
(:func:`quantex.corpus.run.extract_corpus`), marks
repeated mentions (:func:`quantex.corpus.consolidate.mark_duplicates`), then writes into ``out``:

- ``facts.csv`` with ``datapackage.json`` and ``DATA_DICTIONARY.md`` (:func:`quantex.write.datasets.write_dataset`),
  and ``errors.csv``, the documents that could not be used;
- ``aid.csv``, ``air_war.csv``, ``casualties.csv``, ``troops.csv`` (:mod:`quantex.analyse.summaries`);
- ``figures/<chart>.png`` and ``.svg`` (:mod:`quantex.analyse.plots`);
- ``report.md``: headline figures, each with a footnote quoting the sentences it comes from.

Every file is replaced atomically. :func:`regenerate_figures` redraws the charts of the bundled
sample corpus (the ``figures/`` folder of the repository).
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

import matplotlib
import pandas as pd

from quantex.analyse import plots, record_plots, style, summaries
from quantex.analyse.headlines import headlines
from quantex.corpus.accounting import Tally
from quantex.schema import DOMAIN_CATEGORIES
from quantex.trackers.build import record_tables
from quantex.write.atomic import atomic_path, write_text_atomic

__all__ = ["CHARTS", "draw_figures", "regenerate_figures", "write_report"]

Chart = Callable[..., Any]

#: File stem -> (chart function, options). Options may be filled in from the facts (see _contested).
CHARTS: dict[str, tuple[Chart, dict[str, Any]]] = {
    # from the aid records: each announcement once, frozen assets and budgets never donor aid
    "aid_by_donor": (record_plots.aid_by_donor, {}),
    "aid_yearly_rates": (record_plots.aid_by_donor, {"basis": "per year"}),
    "air_war": (record_plots.attacks_timeline, {}),  # from the attack records: drones and missiles never added
    "casualties_by_place": (plots.casualties_by_place, {}),
    "drone_claims": (plots.claims_timeline, {"category": "drones"}),
    "missile_claims": (plots.claims_timeline, {"category": "missiles"}),
    "claims_by_claimant": (plots.claims_by_claimant, {}),
}

SAMPLE_SOURCE = "Source: quantex sample corpus (invented news documents); each claim counted once."
_MAX_QUOTES = 8  # sentences quoted per footnote; the rest are counted

#: what each written table is, in the report's list of data files
RECORD_NOTES: dict[str, str] = {
    "attacks": ": one row per attack and weapon class (the headlines' source)",
    "attack_models": ": the attacks by model",
    "aid_announcements": ": one row per announcement (donor aid, frozen assets, budgets kept apart)",
    "incidents": ": one row per casualty incident, killed and injured as low/best/high",
    "troop_estimates": ": troop estimates per side and place, never summed",
    "aid": ": mentions summed by donor and event (a mention-level summary)",
    "air_war": ": mentions summed by day (a mention-level summary)",
    "casualties": ": mentions summed by place (a mention-level summary)",
    "troops": ": mentions by side (a mention-level summary)",
}

_METHOD = (
    "- Headlines come from the record tables: one attack per night, weapon, attacker and claimant (a "
    "total and its breakdowns make one figure; drones and missiles never add); one aid announcement however "
    "often it is reported (frozen assets and Ukraine's own budget are never donor aid); one casualty incident "
    "per place whose latest toll replaces the earlier ones; troop estimates as a series.",
    "- Each claim counts once: a figure repeated within the window (`duplicate_of`), a breakdown of a "
    "total (`part_of`) and a restatement such as a currency conversion (`equivalent_of`) are not added.",
    "- Sums carry bounds: low, best and high are summed separately. A claim without a value takes the "
    "midpoint of its bounds (or its one bound) as best; a missing bound counts as the best estimate. "
    "The `n_*_imputed` columns count these fallbacks.",
    "- Money is in nominal US dollars at the rate of the publication day (in constant dollars of one month, "
    "US CPI-U, with `constant=True` or `quantex report --constant`); aid.csv also sums it in euros at the ECB rate "
    "of each publication day. Rates (\"£3 billion a year\") are annualized and reported apart from one-off "
    "amounts.",
    "- Air-war periods follow publication dates: an overnight attack is dated the morning it was reported. "
    "Interception rates compare the figures of one claimant.",
    "- Troop numbers are levels, not flows: they are never summed; the latest claim and the range are shown.",
)


def write_report(
    facts: pd.DataFrame, out: str | os.PathLike[str], *, errors: pd.DataFrame | None = None,
    corpus: str = "facts", window: str = "2D", constant: bool = False, base: str | None = None,
    formats: Iterable[str] = ("png", "svg"), note: str = style.DEFAULT_SOURCE, started: float | None = None,
    progress: bool = False, tally: Tally | None = None,
) -> Path:
    """Write the report of facts already extracted (and marked with ``duplicate_of``) into ``out``.

    Args:
        facts: Facts with document columns, as from ``extract_corpus`` and ``mark_duplicates``.
        out: The output folder (created if needed).
        errors: The documents that could not be used (``corpus_errors``); none when None.
        corpus: How the report names the corpus.
        window: The repeat window used, for the report's text.
        constant: Money in constant dollars of ``base``; by default nominal dollars of the publication day.
        base: Month of the constant dollars; None for the latest CPI month.
        formats: Image formats of each chart.
        note: The source note under every chart.
        started: ``time.perf_counter()`` at the start of the run, for the timing line.
        progress: Show a bar over the files written (tables, charts, report), with their total.
        tally: Where the corpus's documents went, quoted in the report.

    Returns:
        The path of ``report.md``.

    """
    from quantex.schema import ERROR_COLUMNS
    from quantex.write.datasets import write_dataset, write_errors

    started = time.perf_counter() if started is None else started
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    if errors is None:
        errors = pd.DataFrame({name: pd.Series(dtype=dtype) for name, (dtype, *_) in ERROR_COLUMNS.items()})
    summarize: dict[str, Callable[[], pd.DataFrame]] = {
        "aid": lambda: summaries.aid(facts, constant=constant, base=base), "air_war": lambda: summaries.air_war(facts),
        "casualties": lambda: summaries.casualties(facts), "troops": lambda: summaries.troops(facts),
    }
    bar = _progress(progress, total=2 + len(summarize) + len(CHARTS) + 1)
    try:
        bar.set_description("writing facts")
        write_dataset(facts, folder / "facts.csv")
        write_errors(errors, folder / "errors.csv")
        bar.update(2)
        tables = {}
        for name, table in summarize.items():
            bar.set_description(f"summary {name}")
            tables[name] = table()
            write_dataset(tables[name], folder / f"{name}.csv")
            bar.update(1)
        bar.set_description("record tables")
        records = record_tables(facts, base=base)
        for name, record_table in records.items():
            write_dataset(record_table, folder / f"{name}.csv")
        bar.set_description("charts")
        figures = draw_figures(facts, folder / "figures", formats=formats, note=note, constant=constant, base=base,
                               done=bar.update)
        seconds = time.perf_counter() - started
        bar.set_description("report.md")
        text = _markdown(facts, {**tables, **records}, figures, folder, corpus=corpus, errors=len(errors),
                         window=window, seconds=seconds, tally=tally, constant=constant)
        path = write_text_atomic(folder / "report.md", text)
        bar.update(1)
    finally:
        bar.close()
    return path


class _NoBar:
    def set_description(self, desc: str) -> None:
        """Nothing shown."""

    def update(self, n: int = 1) -> None:
        """Nothing shown."""

    def close(self) -> None:
        """Nothing shown."""


def _progress(show: bool, total: int) -> Any:
    if not show:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit="step", desc="writing")


def draw_figures(
    facts: pd.DataFrame, folder: str | os.PathLike[str], *, formats: Iterable[str] = ("png", "svg"),
    note: str = style.DEFAULT_SOURCE, constant: bool = False, base: str | None = None,
    done: Callable[[int], Any] | None = None,
) -> list[Path]:
    """Draw every chart of :data:`CHARTS` with data into ``folder``; return the files written.

    ``done`` is called with 1 after each chart (drawn or skipped), for a progress bar.

    The yearly-rates aid chart is drawn only when some money is a rate. Files are reproducible:
    no creation date, fixed SVG ids.
    """
    import matplotlib.pyplot as plt

    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with matplotlib.rc_context({"svg.hashsalt": "quantex", "svg.fonttype": "none"}):
        for stem, (chart, options) in CHARTS.items():
            chosen = _options(facts, stem, options, constant, base)
            if done is not None:
                done(1)
            if chosen is None:
                continue
            ax = chart(facts, source=note, **chosen)
            try:
                for fmt in formats:
                    path = target / f"{stem}.{fmt}"
                    metadata = {"Date": None} if fmt == "svg" else {"Software": None} if fmt == "png" else {}
                    with atomic_path(path) as tmp:
                        ax.figure.savefig(tmp, format=fmt, dpi=150, metadata=metadata)
                    written.append(path)
            finally:
                plt.close(ax.figure)
    return written


def regenerate_figures(out: str | os.PathLike[str] = "figures") -> list[Path]:
    """Redraw the charts of the bundled sample corpus into ``out`` (PNG and SVG); return the files."""
    from quantex.corpus.consolidate import mark_duplicates
    from quantex.corpus.run import extract_corpus

    sample = resources.files("quantex") / "sample"
    with resources.as_file(sample) as folder:
        facts = extract_corpus(folder)
    facts = mark_duplicates(facts)
    return draw_figures(facts, out, note=SAMPLE_SOURCE)


def _options(
    facts: pd.DataFrame, stem: str, options: dict[str, Any], constant: bool, base: str | None
) -> dict[str, Any] | None:
    """The chart's options for these facts, or None to skip a chart that has nothing to add."""
    if stem.startswith("aid"):
        rates = summaries.aid(facts, constant=False)["basis"].eq("per year").fillna(False).any()
        return None if stem == "aid_yearly_rates" and not rates else {**options, "constant": constant, "base": base}
    if stem == "claims_by_claimant":
        return _contested(facts)
    return dict(options)


def _contested(facts: pd.DataFrame) -> dict[str, Any]:
    """The claims most sides speak to: the (category, actor) with the most distinct claimants.

    Only facts with both an actor and a claimant count ("North Korean troops" as told by Seoul,
    Kyiv and Washington); event and place are left open because reports often omit them.
    """
    rows = summaries.claims(facts)
    domain = sorted(DOMAIN_CATEGORIES)
    if rows.empty or not {"claimant", "actor"} <= set(rows.columns):
        return {"category": "personnel"}
    rows = rows[_mask(rows["category"].isin(domain)) & (rows["claimant"].notna() & rows["actor"].notna())
                .to_numpy()]
    if rows.empty:
        return {"category": "personnel"}
    grouped = rows.astype({"category": "string", "actor": "string"}).groupby(["category", "actor"])["claimant"]
    ranking = pd.DataFrame({"claimants": grouped.nunique(), "claims": grouped.size()})
    category, actor = ranking.sort_values(["claimants", "claims"], ascending=False, kind="stable").index[0]
    return {"category": category, "actor": actor}


# --- report.md -----------------------------------------------------------------------------------

class _Notes:
    """Footnotes: each one quotes the sentences (and documents) of the claims behind a number."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def cite(self, rows: pd.DataFrame) -> str:
        quotes = [f'"{_quote(r.sentence, r.span)}" ({_md(str(r.doc_id))}, {_day(r.published)}'
                  + (f", {_link(r.url)})" if isinstance(r.url, str) and r.url.strip() else ")")
                  for r in rows.head(_MAX_QUOTES).itertuples()]
        if len(rows) > _MAX_QUOTES:
            quotes.append(f"and {len(rows) - _MAX_QUOTES} more claims (see facts.csv)")
        self.lines.append(f"[^{len(self.lines) + 1}]: " + "; ".join(quotes))
        return f"[^{len(self.lines)}]"


def _markdown(facts: pd.DataFrame, tables: dict[str, pd.DataFrame], figures: list[Path], folder: Path, *,
              corpus: str, errors: int, window: str, seconds: float, tally: Tally | None = None,
              constant: bool = False) -> str:
    claims = summaries.claims(facts)
    notes = _Notes()
    lines = [
        "# quantex report", "",
        f"Corpus: {_md(corpus)}. {facts['doc_id'].nunique() if len(facts) else 0} documents with facts, "
        f"{len(facts)} facts, {len(claims)} counted once (repeats within {window} dropped), "
        f"{errors} documents could not be used (errors.csv). Built in {seconds:.1f} s.", "",
        *([f"Every document accounted for: {tally}.", ""] if tally is not None else []),
        "## Headline figures", "",
    ]
    lines += _headline_lines(facts, tables, notes, constant=constant) or [
        "No claims about money, drones, missiles, casualties or troops were found."]
    lines += ["", "## Charts", ""]
    lines += [f"![{p.stem.replace('_', ' ')}]({p.relative_to(folder).as_posix()})" for p in figures
              if p.suffix == ".png"]
    lines += ["", "## Data", "", "- [facts.csv](facts.csv): every fact, with `duplicate_of` for repeats; "
              "columns in [DATA_DICTIONARY.md](DATA_DICTIONARY.md)"]
    lines += [f"- [{name}.csv]({name}.csv){RECORD_NOTES.get(name, '')}" for name in tables]
    lines += ["", "## Method", "", *_METHOD, "", "## Sources", "", *notes.lines, ""]
    return "\n".join(lines)


def _headline_lines(facts: pd.DataFrame, tables: dict[str, pd.DataFrame], notes: _Notes, *,
                    constant: bool = False) -> list[str]:
    """The headlines of the record tables, each with a footnote quoting the sentences of its facts."""
    keys = (facts["doc_id"].astype("string") + "/" + facts["fact_id"].astype("string")) if len(facts) else \
        pd.Series([], dtype="string")
    lines: list[str] = []
    section = None
    for line in headlines(tables, constant=constant):
        if line.section != section:
            lines += ([""] if section else []) + [f"**{line.section}**:", ""]
            section = line.section
        rows = facts[keys.isin(line.fact_ids).fillna(False).to_numpy()] if line.fact_ids else facts.iloc[:0]
        lines.append(f"- {_md(line.text)} {notes.cite(rows)}")
    return [*lines, ""] if lines else []


def _mask(condition: pd.Series) -> Any:
    """A boolean array from a nullable condition (a missing value does not match)."""
    return condition.fillna(False).to_numpy(dtype=bool)


def _name(value: Any, missing: str = style.MISSING_LABEL) -> str:
    return missing if value is None or pd.isna(value) else str(value)


def _day(value: Any) -> str:
    return "date unknown" if value is None or pd.isna(value) else f"{pd.Timestamp(value):%Y-%m-%d}"


def _quote(sentence: Any, span: Any) -> str:
    """The sentence, Markdown-safe, with the claim's span in bold."""
    text, part = _md(_name(sentence, "")), _md(_name(span, ""))
    return text.replace(part, f"**{part}**", 1) if part else text


def _link(url: str) -> str:
    """A document's address, safe in Markdown: a url field cannot inject links or HTML.

    An http(s) URL becomes an autolink with the characters that could end it or open HTML percent-encoded;
    anything else is escaped text.

    >>> _link('https://x.org/a"><script>')
    '<https://x.org/a%22%3E%3Cscript%3E>'
    >>> _link("javascript:alert(1)")
    'javascript:alert(1)'
    """
    flat = url.strip()
    if _HTTP.fullmatch(flat):
        return "<" + quote(flat, safe=":/?#[]@!$&'()*+,;=%~-._") + ">"
    return _md(flat)


_HTTP = re.compile(r"https?://\S+", re.IGNORECASE)


def _md(text: str) -> str:
    """Text safe inside a Markdown footnote: one line, no emphasis, links or HTML."""
    flat = " ".join(text.split())
    return "".join("\\" + c if c in "\\`*_[]<>|#" else c for c in flat)
