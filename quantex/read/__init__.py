"""Reading a corpus: files in, documents out.

In: paths, folders, globs, JSONL and CSV files, saved HTML pages, live blogs. Out:
:class:`~quantex.read.documents.Document` records (id, text, publication date, url, title), read lazily
(:func:`~quantex.read.sources.iter_documents`), and one row of what is wrong for each document that
cannot be read. Encodings are decoded in :mod:`~quantex.read.decoding`, file kinds are dispatched in
:mod:`~quantex.read.formats`, JSONL and CSV rows in :mod:`~quantex.read.rows`, HTML in
:mod:`~quantex.read.html`.
"""
