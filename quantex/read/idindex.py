"""Which document ids a corpus has already used, in about 20 bytes per document.

The readers refuse a second document with an id already seen, so ``doc_id`` is a key of every
dataset. A ``dict`` of the ids costs about 85 bytes per document (the string and its slot), which
made the memory of a streamed run grow with the corpus: 137 MB more for 1.6 million documents.
:class:`IdIndex` keeps only a 64-bit BLAKE2b digest of each id and the number of the file it came
from, in two flat arrays (open addressing, linear probing, at most 70 % full). Two different ids
share a digest with probability about n² / 2⁶⁵: one in 4,000 for a corpus of 100 million documents.
"""

from __future__ import annotations

import hashlib
from array import array

_EMPTY = 0
_MAX_LOAD = 0.7


class IdIndex:
    """A set of document ids, each remembered with the file (a small number) it was read from.

    >>> index = IdIndex()
    >>> index.add("a.jsonl:1", 0), index.add("b.txt", 1), index.add("a.jsonl:1", 2)
    (None, None, 0)
    >>> len(index)
    2
    """

    def __init__(self, capacity: int = 1024) -> None:
        size = 1
        while size < capacity:
            size *= 2
        self._keys = array("Q", bytes(8 * size))
        self._owners = array("I", bytes(4 * size))
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def add(self, doc_id: str, owner: int) -> int | None:
        """Remember ``doc_id`` as read from file number ``owner``; if it was already there, return its first owner."""
        key = int.from_bytes(hashlib.blake2b(doc_id.encode("utf-8", "surrogatepass"), digest_size=8).digest(),
                             "little") or 1  # 0 marks an empty slot
        found = self._find(key)
        if self._keys[found] == key:
            return self._owners[found]
        self._keys[found] = key
        self._owners[found] = owner
        self._count += 1
        if self._count > _MAX_LOAD * len(self._keys):
            self._grow()
        return None

    def _find(self, key: int) -> int:
        mask = len(self._keys) - 1
        slot = key & mask
        keys = self._keys
        while keys[slot] != _EMPTY and keys[slot] != key:
            slot = (slot + 1) & mask
        return slot

    def _grow(self) -> None:
        old_keys, old_owners = self._keys, self._owners
        self._keys = array("Q", bytes(16 * len(old_keys)))
        self._owners = array("I", bytes(8 * len(old_owners)))
        for key, owner in zip(old_keys, old_owners, strict=True):
            if key != _EMPTY:
                slot = self._find(key)
                self._keys[slot] = key
                self._owners[slot] = owner
