"""The ``quantex`` command line.

``quantex`` alone runs the main job on the bundled sample corpus; ``quantex extract``,
``quantex report``, ``quantex evaluate``, ``quantex figures`` and ``quantex rates`` (update the exchange
rates, the only command that uses the network: :mod:`quantex.money.rates`) are the sub-commands.
Options may stand before or after the sub-command. Errors are one line on standard error;
the exit code is 0 on success, 1 when the run fails and 2 for a usage error (a bad option, an
output folder that would touch the sources or already exists).
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import tempfile
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from types import FrameType
from typing import NoReturn

from quantex._version import __version__
from quantex.errors import OptionError, OutputError, QuantexError
from quantex.options import ExtractOptions, ReadOptions

SAMPLE = "sample"
DEFAULT_OUT = "quantex-output"
EXIT_FAILURE = 1
EXIT_USAGE = 2
#: errors that say the command was asked for something it will not do: exit code 2, like argparse's
USAGE_ERRORS: tuple[type[Exception], ...] = (OptionError, OutputError)


def sample_path() -> Path:
    """Folder of the sample corpus bundled with the package."""
    return Path(str(resources.files("quantex") / SAMPLE))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        with _terminate_as_interrupt():
            return _run(parser, args)
    except USAGE_ERRORS as exc:
        return _fail(exc, EXIT_USAGE)
    except (QuantexError, OSError, ImportError) as exc:
        return _fail(exc, EXIT_FAILURE)
    except KeyboardInterrupt:
        print("quantex: interrupted; nothing was written", file=sys.stderr)
        return 130


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.command is None:
        out = Path(args.out or DEFAULT_OUT)
        print(f"quantex: no source given; running the report on the bundled sample corpus ({sample_path()})")
        return _report([str(sample_path())], out, args)
    if args.command in ("extract", "report") and args.out is None:
        parser.error(f"{args.command} needs an output folder: -o/--out FOLDER")
    if args.command == "extract":
        return _extract(args.sources, Path(args.out), args)
    if args.command == "report":
        return _report(args.sources, Path(args.out), args)
    if args.command == "evaluate":
        return _evaluate(args.gold, args.gold_only)
    if args.command == "rates":
        from quantex.money.rates import run

        return run(args)
    if args.command == "figures":
        return _figures(parser, args.out)
    parser.error(f"unknown command {args.command}")
    return EXIT_USAGE


def _fail(exc: BaseException, code: int) -> int:
    message = " ".join(str(exc).split()) or type(exc).__name__
    print(f"quantex: error: {message}", file=sys.stderr)
    return code


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM unwinds like Ctrl-C: the staging folder is removed and the worker pool shut down."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


# --- the parser ------------------------------------------------------------------------------------

class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error on one line (the usage itself is one ``--help`` away)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see: {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="quantex", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"quantex {__version__}",
                        help="print the version and exit")
    _add_run_options(parser, suppress=False)
    _add_corpus_options(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND",
                                help="what to do (none: the report of the bundled sample corpus)")
    ext = sub.add_parser("extract", help="extract the facts of a corpus into a dataset",
                         description="Extract the facts of a corpus into facts.<format>, errors.csv, "
                                     "datapackage.json and DATA_DICTIONARY.md in the output folder.")
    ext.add_argument("sources", nargs="+", metavar="SOURCE",
                     help="files, folders or globs (.txt, .jsonl, .csv, .tsv, .html)")
    ext.add_argument("--format", choices=("csv", "parquet", "jsonl"), default="csv",
                     help="format of the facts file (default: %(default)s)")
    ext.add_argument("--no-records", action="store_true",
                     help="facts only: no record tables, no duplicate_of (keeps memory constant)")
    _add_run_options(ext, suppress=True)
    _add_corpus_options(ext, suppress=True)
    rep = sub.add_parser("report", help="facts, summaries, charts and a Markdown report",
                         description="Write facts.csv, the summary tables, the charts and report.md of a corpus.")
    rep.add_argument("sources", nargs="+", metavar="SOURCE",
                     help="files, folders or globs (.txt, .jsonl, .csv, .tsv, .html)")
    _add_run_options(rep, suppress=True)
    _add_corpus_options(rep, suppress=True)
    rep.add_argument("--constant", action="store_true",
                     help="money in constant US dollars (US CPI-U) instead of nominal dollars of the publication day")
    rep.add_argument("--base", metavar="YYYY-MM", help="month of the constant dollars (default: the latest CPI-U)")
    ev = sub.add_parser("evaluate", help="precision, recall and F1 against a gold JSONL file")
    ev.add_argument("gold", help="gold file (format: tests/gold/README.md; record gold: tests/gold/records/README.md)")
    ev.add_argument("--gold-only", action="store_true", help="score only categories present in the gold")
    fig = sub.add_parser("figures", help="redraw the sample corpus charts",
                         description="Redraw the charts of the bundled sample corpus (PNG and SVG). Without "
                                     "-o they go to the repository's figures/ folder, so run it from the "
                                     "repository; anywhere else give -o FOLDER.")
    fig.add_argument("-o", "--out", default=argparse.SUPPRESS, help="folder for the charts")
    from quantex.money.rates import add_arguments

    add_arguments(sub.add_parser("rates", help="update the exchange rates (ECB, NBU, CBR) or show how current "
                                               "they are"))
    return parser


def _add_run_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """Options of every corpus run; on a sub-command they keep a value given before it (``suppress``)."""
    def default(value: object) -> object:
        return argparse.SUPPRESS if suppress else value

    parser.add_argument("-o", "--out", default=default(None),
                        help=f"output folder (default for the sample report: {DEFAULT_OUT})")
    parser.add_argument("-q", "--quiet", action="store_true", default=default(False), help="no progress bars")
    parser.add_argument("-j", "--jobs", type=_jobs, default=default(1), metavar="N",
                        help="worker processes; -1 for every CPU (default: 1)")
    parser.add_argument("--force", action="store_true", default=default(False),
                        help="replace an existing output folder written by quantex")


def _add_corpus_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """The reader's and the extractor's options (:class:`~quantex.options.ReadOptions`, ``ExtractOptions``)."""
    defaults = ReadOptions()

    def default(value: object) -> object:
        return argparse.SUPPRESS if suppress else value

    for name, what in (("text", "text"), ("published", "publication date"), ("url", "address"),
                       ("title", "title"), ("id", "document id")):
        value = getattr(defaults, f"{name}_col")
        parser.add_argument(f"--{name}-col", default=default(value), metavar="NAME",
                            help=f"{what} field or column of JSONL/CSV sources (default: {value})")
    parser.add_argument("--encoding", default=default(None), help="codec of every file (default: detected)")
    parser.add_argument("--date-order", choices=("dmy", "mdy"), default=default(None),
                        help="how to read all-digit dates such as 03/04/2024: day first (dmy) or month "
                             "first (mdy); without it such dates are errors")
    parser.add_argument("--dollar", default=default(ExtractOptions().dollar),
                        help="the currency a bare $ stands for: USD, CAD, AUD, NZD, HKD, SGD (default: USD)")
    parser.add_argument("--quantities-only", action="store_true", default=default(False),
                        help="leave out numbers that are not quantities (dates, times, designations, ...)")


def _jobs(text: str) -> int:
    """``-j`` value: a non-zero integer; -1 is every CPU."""
    try:
        jobs = int(text)
    except ValueError:
        jobs = 0
    if jobs == 0:
        raise argparse.ArgumentTypeError(f"must be a non-zero integer (-1 for every CPU), not {text!r}")
    return jobs


def _read_options(args: argparse.Namespace) -> ReadOptions:
    return ReadOptions(text_col=args.text_col, published_col=args.published_col, url_col=args.url_col,
                       title_col=args.title_col, id_col=args.id_col, encoding=args.encoding,
                       date_order=args.date_order)


def _extract_options(args: argparse.Namespace) -> ExtractOptions:
    return ExtractOptions(dollar=args.dollar, quantities_only=args.quantities_only)


# --- the commands ----------------------------------------------------------------------------------

def _extract(sources: list[str], out: Path, args: argparse.Namespace) -> int:
    """Stream the corpus into ``out``: documents are read lazily and facts written batch by batch."""
    import pandas as pd

    from quantex.schema import ERROR_COLUMNS
    from quantex.write.datasets import write_errors
    from quantex.write.guard import check_apart
    from quantex.write.staging import staged_output
    from quantex.write.stream import extract_stream

    read, options = _read_options(args), _extract_options(args)
    records = not args.no_records
    check_apart(out, sources)
    with staged_output(out, force=args.force) as stage, \
            tempfile.TemporaryDirectory(dir=stage, prefix=".stream-") as stream:
        # with records, the facts are streamed aside and written once duplicate_of is known
        target = Path(stream) / f"facts.{args.format}" if records else stage / f"facts.{args.format}"
        summary = extract_stream(sources, target, n_jobs=args.jobs, progress=not args.quiet,
                                 datapackage=not records, read=read, options=options)
        errors = pd.DataFrame(list(summary.errors), columns=list(ERROR_COLUMNS))
        write_errors(errors, stage / "errors.csv")
        tables: list[Path] = []
        if records:
            from quantex.write.records import write_records

            tables = write_records(summary.path, stage, progress=not args.quiet)
    print(f"{summary.facts} facts from {summary.documents} documents -> {out / target.name}; "
          f"{len(errors)} documents with errors")
    if tables:
        print("records -> " + ", ".join(p.name for p in tables[1:]))
    print(summary.tally)
    return EXIT_FAILURE if summary.documents == 0 and len(errors) else 0


def _report(sources: list[str], out: Path, args: argparse.Namespace) -> int:
    from quantex.analyse.run import report_run
    from quantex.write.guard import check_apart

    check_apart(out, sources)
    run = report_run(sources, out, progress=not args.quiet, read=_read_options(args),
                     options=_extract_options(args), n_jobs=args.jobs, force=args.force,
                     constant=getattr(args, "constant", False), base=getattr(args, "base", None))
    print(f"report written to {run.path}")
    print(run.tally)
    return 0


def _evaluate(gold: str, gold_only: bool) -> int:
    from quantex.evaluate import is_record_gold, score_file

    if is_record_gold(gold):
        from quantex.evaluate import evaluate_record_file

        scores = evaluate_record_file(gold)
        print(scores.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
        return 0
    table, attributes = score_file(gold)
    print(table.to_string(float_format=lambda x: f"{x:.3f}"))
    print()
    print("attributes on matched facts (precision = right / filled by quantex, recall = right / filled in gold):")
    print(attributes.to_string(float_format=lambda x: f"{x:.3f}"))
    return 0


def _figures(parser: argparse.ArgumentParser, out: str | None) -> int:
    from quantex.analyse.report import regenerate_figures

    if out is None:
        if not _in_repository(Path.cwd()):
            parser.error("figures: outside the quantex repository give the folder for the charts: -o FOLDER")
        out = "figures"
    for path in regenerate_figures(out):
        print(path)
    return 0


def _in_repository(folder: Path) -> bool:
    """True in the root of a quantex source checkout (its pyproject.toml names the project quantex)."""
    project = folder / "pyproject.toml"
    try:
        text = project.read_text(encoding="utf-8")
    except OSError:
        return False
    return 'name = "quantex"' in text and (folder / "quantex" / "cli.py").exists()


if __name__ == "__main__":
    sys.exit(main())
