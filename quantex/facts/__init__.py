"""Stage 2, facts: spans in, facts with their context out.

In: the spans of one document and its sentences. Out: :class:`~quantex.records.Fact` records: the
counted noun and category (:mod:`~quantex.facts.resolve`, :mod:`~quantex.facts.nouns`), then what
happened, whose it is, where and who says so, read from the clause the number belongs to
(:mod:`~quantex.facts.clauses`, :mod:`~quantex.facts.context`), sides and places carried across a
report (:mod:`~quantex.facts.sides`, :mod:`~quantex.facts.domain`), and running totals marked
(:mod:`~quantex.facts.cumulative`).
"""
