"""Stage 1, spans: text in, quantity spans out.

In: a document's text (invisible characters already removed). Out: :class:`~quantex.records.Span`
records, one per quantity expression, with half-open offsets, the parsed number with its bounds, the
currency, unit, scale and period as written (:func:`~quantex.spans.find.find_spans`). A cheap first pass
(:mod:`~quantex.spans.anchors`) proposes the places where a number can start, the patterns compiled
from the vocabulary tables (:mod:`~quantex.spans.patterns`) are tried there, and character guards
(:mod:`~quantex.spans.guards`) skip patterns that cannot match.
"""
