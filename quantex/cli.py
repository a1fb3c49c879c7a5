"""The ``quantex`` command line.

``quantex`` alone runs the main job on the bundled sample corpus; ``quantex extract``,
``quantex report``, ``quantex evaluate`` and ``quantex figures`` are the sub-commands.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from quantex.options import ExtractOptions, ReadOptions

SAMPLE = "sample"


def sample_path() -> Path:
    """Folder of the sample corpus bundled with the package."""
    return Path(str(resources.files("quantex") / SAMPLE))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        out = Path(args.out)
        print(f"quantex: no source given; running the report on the bundled sample corpus ({sample_path()})")
        return _report([str(sample_path())], out, progress=not args.quiet)
    if args.command == "extract":
        return _extract(args.sources, Path(args.out), args.format, progress=not args.quiet,
                        read=_read_options(args), options=_extract_options(args), n_jobs=args.jobs)
    if args.command == "report":
        return _report(args.sources, Path(args.out), progress=not args.quiet, read=_read_options(args),
                       options=_extract_options(args))
    if args.command == "evaluate":
        return _evaluate(args.gold, args.gold_only)
    if args.command == "figures":
        from quantex.analyse.report import regenerate_figures

        for path in regenerate_figures(args.out):
            print(path)
        return 0
    parser.error(f"unknown command {args.command}")
    return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quantex", description=__doc__)
    parser.add_argument("-o", "--out", default="quantex-output", help="output folder (default: %(default)s)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    sub = parser.add_subparsers(dest="command")
    ext = sub.add_parser("extract", help="extract the facts of a corpus into a dataset")
    ext.add_argument("sources", nargs="+", help="files, folders or globs (.txt, .jsonl, .csv, .html)")
    ext.add_argument("-o", "--out", required=True, help="output folder")
    ext.add_argument("--format", choices=("csv", "parquet", "jsonl"), default="csv")
    _add_corpus_options(ext)
    ext.add_argument("-j", "--jobs", type=int, default=1, help="worker processes")
    ext.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    rep = sub.add_parser("report", help="facts, summaries, charts and a Markdown report")
    rep.add_argument("sources", nargs="+")
    rep.add_argument("-o", "--out", required=True)
    _add_corpus_options(rep)
    rep.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    ev = sub.add_parser("evaluate", help="precision, recall and F1 against a gold JSONL file")
    ev.add_argument("gold", help="gold file (format: tests/gold/README.md)")
    ev.add_argument("--gold-only", action="store_true", help="score only categories present in the gold")
    fig = sub.add_parser("figures", help="regenerate the sample corpus charts")
    fig.add_argument("-o", "--out", default="figures")
    return parser


def _add_corpus_options(parser: argparse.ArgumentParser) -> None:
    """The reader's and the extractor's options (:class:`~quantex.options.ReadOptions`, ``ExtractOptions``)."""
    defaults = ReadOptions()
    for name, what in (("text", "text"), ("published", "publication date"), ("url", "address"),
                       ("title", "title"), ("id", "document id")):
        parser.add_argument(f"--{name}-col", default=getattr(defaults, f"{name}_col"),
                            help=f"{what} field or column of JSONL/CSV sources (default: %(default)s)")
    parser.add_argument("--encoding", default=None, help="codec of every file (default: detected)")
    parser.add_argument("--dollar", default=ExtractOptions().dollar,
                        help="the currency a bare $ stands for: USD, CAD, AUD, NZD, HKD, SGD (default: %(default)s)")
    parser.add_argument("--quantities-only", action="store_true",
                        help="leave out numbers that are not quantities (dates, times, designations, ...)")


def _read_options(args: argparse.Namespace) -> ReadOptions:
    return ReadOptions(text_col=args.text_col, published_col=args.published_col, url_col=args.url_col,
                       title_col=args.title_col, id_col=args.id_col, encoding=args.encoding)


def _extract_options(args: argparse.Namespace) -> ExtractOptions:
    return ExtractOptions(dollar=args.dollar, quantities_only=args.quantities_only)


def _extract(sources: list[str], out: Path, fmt: str, *, progress: bool, read: ReadOptions,
             options: ExtractOptions, n_jobs: int) -> int:
    """Stream the corpus into ``out``: documents are read lazily and facts written batch by batch."""
    import pandas as pd

    from quantex.read.sources import iter_documents
    from quantex.schema import ERROR_COLUMNS
    from quantex.write.datasets import write_errors
    from quantex.write.stream import extract_stream

    out.mkdir(parents=True, exist_ok=True)
    documents = iter_documents(sources, read=read)
    summary = extract_stream(documents, out / f"facts.{fmt}", n_jobs=n_jobs, progress=progress, datapackage=True,
                             options=options)
    errors = pd.DataFrame(list(summary.errors), columns=list(ERROR_COLUMNS))
    write_errors(errors, out / "errors.csv")
    print(f"{summary.facts} facts from {summary.documents} documents -> {summary.path}; "
          f"{len(errors)} documents with errors")
    return 1 if summary.documents == 0 and len(errors) else 0


def _report(sources: list[str], out: Path, *, progress: bool, read: ReadOptions | None = None,
            options: ExtractOptions | None = None) -> int:
    from quantex.analyse.report import report

    path = report(sources, out, progress=progress, read=read, options=options)
    print(f"report written to {path}")
    return 0


def _evaluate(gold: str, gold_only: bool) -> int:
    from quantex.evaluate import score_file

    table, attributes = score_file(gold)
    print(table.to_string(float_format=lambda x: f"{x:.3f}"))
    print()
    print("attributes on matched facts (precision = right / filled by quantex, recall = right / filled in gold):")
    print(attributes.to_string(float_format=lambda x: f"{x:.3f}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
