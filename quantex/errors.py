"""The quantex error hierarchy.

Every error quantex raises is a :class:`QuantexError`; each specific error also subclasses the
builtin it resembles, so ``except ValueError`` keeps working for callers who do not know quantex.
"""

from __future__ import annotations


class QuantexError(Exception):
    """Base of every error quantex raises."""


class InputTypeError(QuantexError, TypeError):
    """A text or argument of the wrong type, for example ``extract(None)``."""


class PublishedDateError(QuantexError, ValueError):
    """A publication date that cannot be read as a calendar day."""


class TextError(QuantexError, ValueError):
    """Text that is not valid Unicode (a lone surrogate code point), so no fact of it can be stored."""


class TableError(QuantexError, ValueError):
    """A vocabulary or reference table that is malformed; raised at import or load time."""


class DocumentError(QuantexError, ValueError):
    """One document of a corpus that cannot be read; names the document and what is wrong."""

    def __init__(self, document: str, problem: str) -> None:
        self.document = document
        self.problem = problem
        super().__init__(f"{document}: {problem}")

    def __reduce__(self) -> tuple[type[DocumentError], tuple[str, str]]:
        # rebuilt from its two fields, so the error survives a trip between worker processes
        return (type(self), (self.document, self.problem))


class NumeralError(QuantexError, ValueError):
    """A number in a text that cannot be read as a finite float; such a candidate is not a quantity.

    "1.5 1/2", "1e-400", a fraction of more than 4,300 digits, or a scale or qualifier word matched without
    regard to case whose lower case is not in its table ("mİllion": the Turkish capital I lowers to two
    code points).
    """


class CorpusError(QuantexError, OSError):
    """A corpus source that yields no readable document at all."""


class RatesError(QuantexError, OSError):
    """Reference rates that ``quantex rates update`` cannot fetch or read; nothing is written then."""


class QuantexWarning(UserWarning):
    """Base of every warning quantex emits."""


class MissingRateWarning(QuantexWarning):
    """No exchange rate within the allowed staleness window; the conversion is NaN."""


class OptionError(QuantexError, ValueError):
    """An option that quantex cannot use, for example ``ExtractOptions(dollar="dollars")``."""


class OutputError(QuantexError, ValueError):
    """An output quantex will not write: among or inside the sources, a file, or an existing folder."""


class AccountingError(QuantexError, RuntimeError):
    """A run whose documents do not add up: in != with facts + without facts + errors (a quantex bug)."""
