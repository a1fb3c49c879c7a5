"""Vocabulary tables: counted nouns, event verbs, actors, places and claimants, as literal data.

Each module holds its tables as literal dicts/tuples, validates them at import (a malformed table
raises :class:`quantex.errors.TableError`) and compiles its lookup patterns from them.
"""
