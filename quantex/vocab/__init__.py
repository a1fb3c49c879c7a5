"""Vocabulary tables: numbers, currencies, units, counted nouns, event verbs, actors, places, claimants.

In: nothing but the literal tables each module holds (with a docstring naming its sources). Out: the
tables, the lookups derived from them and the patterns compiled from them (:mod:`quantex.vocab.trie`),
for the stages above. Each module validates its tables at import: a malformed table raises
:class:`quantex.errors.TableError`. Teaching quantex a word is a row in one of these tables.
"""
