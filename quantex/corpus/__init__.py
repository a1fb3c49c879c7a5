"""Running the per-document pipeline over a corpus.

In: documents (:mod:`quantex.read`). Out: one facts frame for the corpus and its errors table
(:func:`~quantex.corpus.run.extract_corpus`), in one process, in a pool of worker processes
(:mod:`~quantex.corpus.pool`) or on a Dask cluster (:mod:`~quantex.corpus.distributed`); repeated
mentions of one claim across documents are marked (:mod:`~quantex.corpus.consolidate`).
"""
