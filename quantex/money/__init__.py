"""Stage 3, money: facts in, facts with their value in dollars out.

In: facts with an amount in a currency and a publication date. Out: the same facts with ``value_usd``
at the day's reference rate (:mod:`~quantex.money.fx`, :mod:`~quantex.money.convert`), restatements
("$50 billion (£38.39 billion)") checked against the article's own rate, and constant dollars for the
summaries (:mod:`~quantex.money.inflation`).
"""
