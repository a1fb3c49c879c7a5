"""The options of a run, as two records: how documents are read and how facts are extracted.

One :class:`ReadOptions` and one :class:`ExtractOptions` travel together from the command line or the
caller through :func:`quantex.read_corpus`, :func:`quantex.extract_corpus`, the streaming writer, the
worker processes and the report, so every path extracts with the same settings.

>>> ExtractOptions(dollar="CAD").dollar
'CAD'
>>> ReadOptions(text_col="body").text_col
'body'
"""

from __future__ import annotations

import codecs
from collections.abc import Mapping
from dataclasses import dataclass, field

from quantex.errors import InputTypeError, OptionError
from quantex.vocab.currencies import DOLLAR_CODES
from quantex.vocab.numbers import Vague

__all__ = ["ExtractOptions", "ReadOptions"]


@dataclass(frozen=True)
class ReadOptions:
    """How a corpus is read: field and column names of JSONL and CSV sources, and the codec.

    Attributes:
        text_col: Field or column holding the text.
        published_col: Field or column holding the publication date.
        url_col: Field or column holding the address.
        title_col: Field or column holding the title.
        id_col: Field or column holding the document id.
        encoding: Codec for every file; None lets a byte-order mark, then an HTML ``<meta charset>``,
            then UTF-8 decide.
        date_order: ``"dmy"`` or ``"mdy"``: how all-digit publication dates whose day and month
            could be swapped (``03/04/2024``) are read; None makes such a date an error.

    Raises:
        OptionError: A column name that is empty, an encoding that is not a codec name, or a
            date order other than dmy and mdy.

    """

    text_col: str = "text"
    published_col: str = "published"
    url_col: str = "url"
    title_col: str = "title"
    id_col: str = "id"
    encoding: str | None = None
    date_order: str | None = None

    def __post_init__(self) -> None:
        if self.date_order not in (None, "dmy", "mdy"):
            raise OptionError(f"ReadOptions.date_order must be 'dmy', 'mdy' or None, not {self.date_order!r}")
        for name in ("text_col", "published_col", "url_col", "title_col", "id_col"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value:
                raise OptionError(f"ReadOptions.{name} must be a non-empty column name, not {value!r}")
        if self.encoding is not None:
            try:
                codecs.lookup(self.encoding)
            except LookupError as exc:
                raise OptionError(f"ReadOptions.encoding {self.encoding!r} is not a codec name") from exc


@dataclass(frozen=True)
class ExtractOptions:
    """How facts are extracted from a text.

    Attributes:
        dollar: The ISO code a bare "$" stands for: USD, or CAD for a Canadian paper, AUD, NZD, HKD, SGD.
        vague: A replacement for the vague-quantity table (``quantex.VAGUE``), e.g. to code "dozens" as 24;
            None for the bundled table.
        quantities_only: Drop rows that are not quantities (dates, times, designations, ordinals, ...).

    Raises:
        OptionError: A ``dollar`` that is not a dollar currency, or a vague table whose rows are not
            (best, low, high) with low <= best <= high.

    """

    dollar: str = "USD"
    vague: Mapping[str, Vague] | None = field(default=None, compare=False)
    quantities_only: bool = False

    def __post_init__(self) -> None:
        if self.dollar not in DOLLAR_CODES:
            raise OptionError(f"ExtractOptions.dollar must be one of {', '.join(sorted(DOLLAR_CODES))}, "
                              f"not {self.dollar!r}")
        if self.vague is not None:
            if not isinstance(self.vague, Mapping):
                raise InputTypeError(f"ExtractOptions.vague must be a mapping, not {type(self.vague).__name__}")
            for word, row in self.vague.items():
                if not isinstance(row, tuple) or len(row) != 3 or not row[1] <= row[0] <= row[2]:
                    raise OptionError(f"ExtractOptions.vague[{word!r}] must be (best, low, high) with "
                                      f"low <= best <= high, not {row!r}")
