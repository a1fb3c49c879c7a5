"""Writing datasets: frames in, files out.

In: the facts frame, errors and summary tables. Out: CSV, Parquet or JSONL files with a Frictionless
``datapackage.json`` and a data dictionary (:mod:`~quantex.write.datasets`,
:mod:`~quantex.write.datapackage`), written atomically (:mod:`~quantex.write.atomic`); a corpus can be
extracted straight to files batch by batch in constant memory (:mod:`~quantex.write.stream`).
"""
