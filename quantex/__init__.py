"""quantex: quantitative claims from war-and-aid news, as research datasets."""

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

__version__ = "0.1.0"

__all__ = [
    "CorpusError",
    "DocumentError",
    "InputTypeError",
    "MissingRateWarning",
    "PublishedDateError",
    "QuantexError",
    "QuantexWarning",
    "TableError",
    "__version__",
]
