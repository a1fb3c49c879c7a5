"""quantex: quantitative claims from war-and-aid news, as research datasets.

>>> import quantex
>>> quantex.extract("Russia launched 56 drones.")[["span", "value", "unit"]]
  span  value   unit
0   56   56.0  drone
>>> quantex.extract("Russia launched 56 drones.").quantex.errors().columns.tolist()  # the accessor
['document', 'problem']
"""

from quantex._version import __version__
from quantex.analyse import accessor as _accessor  # noqa: F401 - registers facts.quantex on import
from quantex.corpus.consolidate import consolidate, mark_duplicates
from quantex.corpus.run import extract_corpus
from quantex.errors import (
    CorpusError,
    DocumentError,
    InputTypeError,
    MissingRateWarning,
    OptionError,
    OutputError,
    PublishedDateError,
    QuantexError,
    QuantexWarning,
    TableError,
)
from quantex.evaluate import evaluate
from quantex.extract import extract
from quantex.frame import empty_facts
from quantex.options import ExtractOptions, ReadOptions
from quantex.read.sources import corpus_errors, read_corpus
from quantex.schema import FACT_COLUMNS, QUANTITY_CATEGORIES
from quantex.trackers.aid import aid_announcements
from quantex.trackers.attacks import attack_models, attacks
from quantex.trackers.build import record_tables
from quantex.trackers.incidents import incidents
from quantex.trackers.troops import troop_estimates
from quantex.vocab.numbers import VAGUE, Vague
from quantex.write.datasets import write_dataset

__all__ = [
    "FACT_COLUMNS",
    "QUANTITY_CATEGORIES",
    "VAGUE",
    "CorpusError",
    "DocumentError",
    "ExtractOptions",
    "InputTypeError",
    "MissingRateWarning",
    "OptionError",
    "OutputError",
    "PublishedDateError",
    "QuantexError",
    "QuantexWarning",
    "ReadOptions",
    "TableError",
    "Vague",
    "__version__",
    "aid_announcements",
    "attack_models",
    "attacks",
    "consolidate",
    "corpus_errors",
    "empty_facts",
    "evaluate",
    "extract",
    "extract_corpus",
    "incidents",
    "mark_duplicates",
    "read_corpus",
    "record_tables",
    "troop_estimates",
    "write_dataset",
]
