"""quantex: quantitative claims from war-and-aid news, as research datasets.

>>> import quantex
>>> quantex.extract("Russia launched 56 drones.")[["span", "value", "unit"]]
  span  value   unit
0   56   56.0  drone
"""

from quantex.errors import (
    CorpusError,
    DocumentError,
    InputTypeError,
    MissingRateWarning,
    PublishedDateError,
    QuantexError,
    QuantexWarning,
    TableError,
)
from quantex.extract import extract
from quantex.frame import FACT_COLUMNS, QUANTITY_CATEGORIES, empty_facts
from quantex.vocab.numbers import VAGUE, Vague

__version__ = "0.1.0"

__all__ = [
    "FACT_COLUMNS",
    "QUANTITY_CATEGORIES",
    "VAGUE",
    "CorpusError",
    "DocumentError",
    "InputTypeError",
    "MissingRateWarning",
    "PublishedDateError",
    "QuantexError",
    "QuantexWarning",
    "TableError",
    "Vague",
    "__version__",
    "empty_facts",
    "extract",
]
