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


# --- the spacing policy of every table ------------------------------------------------------------
# A surface is written lower case with single spaces. In a name (an actor, claimant, event verb, place,
# cue word) a space matches any run of white space, line breaks included, and an apostrophe either
# apostrophe (' or ’). In a counted noun (vocab.nouns), whose words news writes joined, hyphenated or
# apart ("air-defence system", "air defence system"), a space also matches hyphens and a hyphen may be
# a space or nothing. Every other character matches itself, in either case.


def name_piece(char: str) -> str:
    r"""The pattern of one character of a name: ``\s+`` for a space, ``['’]`` for an apostrophe.

    >>> name_piece(" "), name_piece("'"), name_piece(".")
    ('\\s+', "['’]", '\\.')
    """
    return r"\s+" if char == " " else "['’]" if char in "'’" else regex.escape(char)


def noun_piece(char: str) -> str:
    r"""The pattern of one character of a counted noun: a space or hyphen may be either, or (a hyphen) nothing."""
    return r"[-\s]+" if char == " " else r"[-\s]?" if char == "-" else name_piece(char)


def name_alternation(words: Iterable[str], flags: int = regex.IGNORECASE) -> str:
    """The names as one alternation under the name spacing policy (:func:`literal_alternation`)."""
    return literal_alternation(words, name_piece, flags)


def noun_alternation(words: Iterable[str], flags: int = regex.IGNORECASE) -> str:
    """The counted nouns as one alternation under the noun spacing policy (:func:`separated_alternation`)."""
    return separated_alternation(words, noun_piece, flags)
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
    tree = _tree(words, piece, flags)
    return flat_alternation(words, piece) if tree is None else tree


def separated_alternation(words: Iterable[str], piece: Piece, flags: int, separators: str = " -") -> str:
    r"""Like :func:`literal_alternation`, for pieces of ``separators`` that may match no or many characters.

    With ``[-\s]?`` for a hyphen, "long-range" also matches "longrange", so surfaces with a separator
    do not follow one path of a tree. They stay a flat alternation, tried first, and the others become
    a tree. The order changes only between a separated surface and a plain one; it changes nothing
    unless both match at one position, which needs the one's letters without separators to begin the
    other's (a separator matches no letter, and a plain surface has none). For every such pair the flat
    alternation must already try the separated one first (it is longer, or alphabetically first), else
    the whole stays flat.

    >>> p = lambda c: {" ": r"[-\s]+", "-": r"[-\s]?"}.get(c) or regex.escape(c)
    >>> separated_alternation(["drone", "drones", "attack drone"], p, regex.IGNORECASE)
    '(?:attack[-\\s]+drone|(?:drone(?:s|)))'
    """
    words = sorted(set(words), key=lambda w: (-len(w), w))
    separated = [w for w in words if any(c in separators for c in w)]
    plain = [w for w in words if not any(c in separators for c in w)]
    tree = _tree(plain, piece, flags)
    if tree is None or _reordered(plain, separated, separators):
        return flat_alternation(words, piece)
    return "(?:" + "|".join([*("".join(map(piece, w)) for w in separated), tree]) + ")"


def _reordered(plain: list[str], separated: list[str], separators: str) -> bool:
    """Whether the flat alternation tries a plain surface before a separated one where both may match."""
    folded = [((-len(p), p), p.casefold()) for p in plain]
    for word in separated:
        letters = "".join(c for c in word if c not in separators).casefold()
        key = (-len(word), word)
        if any(k < key and (letters.startswith(f) or f.startswith(letters)) for k, f in folded):
            return True
    return False


def _tree(words: Iterable[str], piece: Piece, flags: int) -> str | None:
    words = sorted(set(words), key=lambda w: (-len(w), w))
    if not words or not all(w and w == " ".join(w.split()) for w in words):
        return None
    root: Node = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    if not _disjoint_siblings(root, piece, flags):
        return None
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
            if _plain(a, piece) and _plain(b, piece):
                if a.lower() == b.lower():
                    return False
            elif regex.fullmatch(piece(a), b, flags) or regex.fullmatch(piece(b), a, flags):
                return False
    return all(_disjoint_siblings(node[c], piece, flags) for c in chars)


def _plain(char: str, piece: Piece) -> bool:
    """An ASCII letter or digit standing for itself: two of them share a character only in another case."""
    return char.isascii() and char.isalnum() and piece(char) == char


def _emit(node: Node, piece: Piece) -> str:
    # children first, then the end: a longer surface before its prefix, as in the flat alternation
    alternatives = [piece(c) + _emit(node[c], piece) for c in sorted(node) if c != _END]
    if _END in node:
        alternatives.append("")
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"
