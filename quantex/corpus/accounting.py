"""Every document accounted for: documents in = with facts + without facts + rows in the errors table.

A corpus run counts what goes in (each document read and each :class:`~quantex.errors.DocumentError`
the readers yield: an undecodable file, a bad JSON line, a folder that cannot be listed, a link to
nothing) and, separately, where each one ended: among the facts, extracted without any fact, or in the
errors table. :meth:`Tally.check` raises when the two disagree, so a document can never vanish
silently; the command line prints the equation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from quantex.errors import AccountingError, DocumentError
from quantex.read.documents import Document

__all__ = ["NO_DOCUMENTS", "Tally", "tally"]


@dataclass(frozen=True)
class Tally:
    """Where the documents of a run went.

    Attributes:
        documents_in: Documents read plus reading problems (each problem stands for one document,
            line, row or folder that could not be read).
        with_facts: Documents with at least one fact.
        without_facts: Documents extracted without any fact.
        errors: Rows of the errors table (reading problems and failed extractions).


    >>> print(Tally(5, 2, 1, 2))
    documents in: 5 = 2 with facts + 1 without facts + 2 in errors.csv

    """

    documents_in: int
    with_facts: int
    without_facts: int
    errors: int

    def __str__(self) -> str:
        return (f"documents in: {self.documents_in:,} = {self.with_facts:,} with facts + "
                f"{self.without_facts:,} without facts + {self.errors:,} in errors.csv")

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.documents_in + other.documents_in, self.with_facts + other.with_facts,
                     self.without_facts + other.without_facts, self.errors + other.errors)

    def check(self) -> Tally:
        """Return the tally, or raise :class:`AccountingError` when the documents do not add up."""
        if self.documents_in != self.with_facts + self.without_facts + self.errors:
            raise AccountingError(f"documents do not add up ({self}); this is a quantex bug, please report it")
        return self


def tally(items: Sequence[object], facts: pd.DataFrame, problems: Sequence[tuple[str, str]]) -> Tally:
    """Count a batch: ``items`` went in (documents and reading errors), ``facts`` and ``problems`` came out.

    Without facts are the documents that are neither among the facts' ``doc_id`` nor named by a problem.
    """
    found = set(facts["doc_id"].dropna().unique()) if len(facts) else set()
    failed = {document for document, _ in problems}
    documents = [item.doc_id for item in items if isinstance(item, Document)]
    unreadable = sum(1 for item in items if isinstance(item, DocumentError))
    without = sum(1 for doc_id in documents if doc_id not in found and doc_id not in failed)
    return Tally(len(documents) + unreadable, len(found), without, len(problems))


#: The tally of a run without documents, where adding up starts.
NO_DOCUMENTS = Tally(0, 0, 0, 0)
