r"""A table's surfaces as one prefix tree: the alternation the tables compile to, in fewer steps.

``regex`` tries a flat alternation of literals one alternative after another: at "Ukrainian", a
case-insensitive pattern of the 300 actor surfaces fails 300 times before it succeeds. The same
surfaces as a prefix tree (``u(?:kr(?:aine|ainian)|...)``) fail at the first character that differs,
two to three times faster, and they match the same text:

1. Every surface matches a given position in at most one way: its pieces are single characters,
   except ``\s+`` for its single inner spaces, which must then take the whole run of whitespace
   (the next character of the surface is not whitespace).
2. Two surfaces matching at one position follow one path of the tree: where they first differ, their
   characters are siblings, and siblings never match a common character (checked at compile time),
   so one surface ends there, a prefix of the other.
3. So the surfaces matching at a position are prefixes of one another. The flat alternation tries
   them longest first (it is sorted by length); the tree tries a node's children before ending
   there, so it too tries them longest first, and the rest of the pattern sees the same candidates
   in the same order.

A table the check rejects (siblings like "'" and "’" under a piece ``['’]``, a double space) keeps
the flat alternation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import regex

Piece = Callable[[str], str]
#: a node of the prefix tree: next character -> node; the key "" marks the end of a surface
Node = dict[str, "Node"]

_END = ""


def flat_alternation(words: Iterable[str], piece: Piece) -> str:
    """Surfaces longest first, each character turned into its pattern by ``piece``, joined by ``|``."""
    return "|".join("".join(map(piece, w)) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def literal_alternation(words: Iterable[str], piece: Piece, flags: int) -> str:
    r"""The flat alternation of ``words`` as an equivalent prefix tree, or flat when no tree is safe.

    ``piece`` gives the pattern of one character (its escape, or a class for spaces and quotes);
    ``flags`` are those of the pattern the alternation goes into.

    >>> p = lambda c: r"\s+" if c == " " else regex.escape(c)
    >>> literal_alternation(["north korea", "north korean", "norway"], p, regex.IGNORECASE)
    '(?:nor(?:th\\s+korea(?:n|)|way))'
    """
    words = sorted(set(words), key=lambda w: (-len(w), w))
    if not all(w and w == " ".join(w.split()) for w in words):
        return flat_alternation(words, piece)
    root: Node = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    if not _disjoint_siblings(root, piece, flags):
        return flat_alternation(words, piece)
    return "(?:" + _emit(root, piece) + ")"


def _disjoint_siblings(node: Node, piece: Piece, flags: int) -> bool:
    r"""No two children of any node match a common character (under ``flags``, e.g. IGNORECASE).

    Case-insensitive classes of single characters are equal or disjoint, and ``\s+`` or a quote class
    holds only characters without case; so two pieces share a character exactly when one matches the
    other's character.
    """
    chars = [c for c in node if c != _END]
    for i, a in enumerate(chars):
        for b in chars[i + 1:]:
            if regex.fullmatch(piece(a), b, flags) or regex.fullmatch(piece(b), a, flags):
                return False
    return all(_disjoint_siblings(node[c], piece, flags) for c in chars)


def _emit(node: Node, piece: Piece) -> str:
    # children first, then the end: a longer surface before its prefix, as in the flat alternation
    alternatives = [piece(c) + _emit(node[c], piece) for c in sorted(node) if c != _END]
    if _END in node:
        alternatives.append("")
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"
