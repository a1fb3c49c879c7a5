"""Analysis: facts in, summaries, charts and the report out.

In: a facts frame. Out: summary tables (:mod:`~quantex.analyse.summaries`), matplotlib charts that take
``ax=`` and return it (:mod:`~quantex.analyse.plots`, styled by :mod:`~quantex.analyse.style`), the
``facts.quantex`` accessor (:mod:`~quantex.analyse.accessor`) and the report job that writes them all
with the sentences behind each figure (:mod:`~quantex.analyse.report`; the corpus-to-report job is
:func:`~quantex.analyse.run.report`).
"""
