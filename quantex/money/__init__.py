"""Stage 3, money: facts in, facts with their value in dollars and euros out.

In: facts with an amount in a currency and a publication date. Out: the same facts with ``value_usd``
at the day's reference rate (:mod:`~quantex.money.fx`, :mod:`~quantex.money.convert`), ``value_eur`` at
the ECB's rate of the day, restatements ("$50 billion (£38.39 billion)") checked against the article's
own rate, and constant dollars for the summaries (:mod:`~quantex.money.inflation`). The rates are
read from the bundled files and the user's folder (:mod:`~quantex.money.store`), which ``quantex
rates update`` (:mod:`~quantex.money.rates`, the only network access) fills from the publishers'
downloads (:mod:`~quantex.money.formats`).

Why currencies are not pint units. pint's documented currency recipe puts currencies in a dimension and
the rates in a context. Measured on 2,000 money facts over 700 days (``benchmarks/bench_pint_money.py``,
two runs on a shared machine): the rate table here 0.6-6.6 µs per fact; pint with one context and a
``date`` parameter 596-6,363 µs, with a context per day 1,572-20,455 µs: a thousand times or more.
Beyond the cost, a converted amount must say which day's rate it used and whose (``fx_date``,
``fx_source``) and must refuse a rate older than :data:`~quantex.money.fx.MAX_STALENESS_DAYS`, which a
context's conversion does not report.
Physical units do go through pint (:mod:`quantex.facts.measures`): their factors do not change with
the day.
"""
