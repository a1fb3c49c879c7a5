"""Saved web pages: the article text and its title, address and date, without running anything.

HTML is parsed with selectolax's lexbor backend (the optional extra ``quantex[html]``): a fast C
parser that follows the HTML5 parsing rules, makes no network requests and never runs scripts.
The text keeps paragraphs apart (a blank line between block elements, a line break for ``<br>``)
and keeps inline markup together, so ``<b>$5</b> billion`` stays ``$5 billion``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from quantex.errors import DocumentError

__all__ = ["MAX_NESTING", "P_SCOPE_TAGS", "Page", "nesting_depth", "parse_page", "sniff_charset"]

#: Elements whose content is never article text.
DROPPED_TAGS: tuple[str, ...] = (
    "script", "style", "noscript", "template", "svg", "iframe", "head", "nav", "footer",
    "aside", "form", "button",
)

#: Elements that start a new paragraph (HTML Living Standard, "flow content" that renders as a block).
BLOCK_TAGS: tuple[str, ...] = (
    "p", "div", "section", "article", "main", "blockquote", "pre", "li", "ul", "ol", "dl", "dt", "dd",
    "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "figure", "figcaption", "hr", "address",
)

#: Where the main text is looked for, most specific first; the whole body is the fallback.
ARTICLE_SELECTORS: tuple[str, ...] = ("article", "main", "[role=main]")

#: Meta tags that hold the publication time, the address and the title (Open Graph, schema.org, Dublin Core).
PUBLISHED_META: tuple[str, ...] = (
    'meta[property="article:published_time"]', 'meta[itemprop="datePublished"]',
    'meta[name="date"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]',
)
URL_META: tuple[str, ...] = ('link[rel="canonical"]', 'meta[property="og:url"]')
TITLE_META: tuple[str, ...] = ('meta[property="og:title"]', "title")

#: Start tags that make an HTML5 parser look for an open ``<p>`` through the whole stack of open
#: elements (HTML Living Standard, 13.2.6.4.7 "in body": "If the stack of open elements has a p
#: element in button scope, close a p element"), so that nesting them d deep costs time in d squared:
#: 200,000 nested ``<div>`` take lexbor about 100 s, 12,500 take 0.3 s. Other tags nest in linear time.
P_SCOPE_TAGS: tuple[str, ...] = (
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
    "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "listing", "main", "menu", "nav",
    "ol", "pre", "search", "section", "summary", "ul",
)

#: Deepest nesting of :data:`P_SCOPE_TAGS` a page may have (real pages stay under a hundred; WebKit
#: stops nesting at 512). Deeper pages are refused: a few milliseconds to parse instead of minutes.
MAX_NESTING = 2000

_P_SCOPE_TAG = re.compile(rf"<(/?)(?:{'|'.join(P_SCOPE_TAGS)})(?=[\s/>])", re.IGNORECASE)
_PARAGRAPH = "\ue000"  # private-use characters: cannot occur in real text
_LINE = "\ue001"
_SPACE = re.compile(r"[ \t\n\r\f\v]+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class Page:
    """What a saved page says about itself: text, and title/url/published when it states them."""

    text: str
    title: str | None
    url: str | None
    published: str | None


def sniff_charset(raw: bytes) -> str | None:
    """Return the charset a page declares in a ``<meta>`` tag in its first 4 KiB, or None.

    >>> sniff_charset(b'<html><head><meta charset="windows-1251">')
    'windows-1251'
    >>> sniff_charset(b'<meta charset="utf-16">')  # an ASCII-readable declaration cannot be UTF-16
    'utf-8'
    """
    found = _CHARSET.search(raw[:4096])
    if found is None:
        return None
    declared = found.group(1).decode("ascii").lower()
    # A declaration readable as ASCII proves the page is not UTF-16 or UTF-32 (a byte-order mark, tried
    # first, names those); HTML's prescan reads such pages as UTF-8 for that reason.
    return "utf-8" if declared.replace("-", "").replace("_", "").startswith(("utf16", "utf32")) else declared


def parse_page(markup: str, *, document: str) -> Page:
    r"""Read a page's article text and metadata.

    Args:
        markup: The decoded HTML.
        document: The file name, quoted when selectolax is missing.

    Returns:
        The page's text (paragraphs separated by a blank line) and its stated title, canonical
        address and publication time (raw, as written in the page).

    Raises:
        ImportError: selectolax is not installed.
        DocumentError: Block elements nest deeper than :data:`MAX_NESTING`.

    Examples:
        >>> page = parse_page("<title>Aid</title><p>The <b>$5</b> billion<br>package.</p>", document="a.html")
        >>> page.text, page.title
        ('The $5 billion\npackage.', 'Aid')

    """
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError as exc:
        raise ImportError(
            f"reading the saved page {document!r} needs selectolax: pip install 'quantex[html]'"
        ) from exc
    depth = nesting_depth(markup)
    if depth > MAX_NESTING:
        raise DocumentError(document, f"block elements nested {depth} deep (more than {MAX_NESTING}): "
                                      "not an article page, and too slow to parse")
    tree = LexborHTMLParser(markup)
    title = _first(tree, TITLE_META)
    url = _first(tree, URL_META)
    published = _first(tree, PUBLISHED_META) or _attr(tree.css_first("time[datetime]"), "datetime")
    return Page(text=_text(tree), title=title, url=url, published=published)


def nesting_depth(markup: str) -> int:
    """How deep the page nests :data:`P_SCOPE_TAGS`, counting start and end tags (a linear scan).

    >>> nesting_depth("<div><section><p>x</p></section><div></div></div>")
    2
    """
    depth = deepest = 0
    for match in _P_SCOPE_TAG.finditer(markup):
        depth = max(depth - 1, 0) if match[1] else depth + 1
        deepest = max(deepest, depth)
    return deepest


def _text(tree: Any) -> str:
    root = next((node for sel in ARTICLE_SELECTORS if (node := tree.css_first(sel)) is not None), None)
    root = root or tree.body or tree.root
    if root is None:
        return ""
    for tag in DROPPED_TAGS:
        for node in root.css(tag):
            node.decompose()
    for node in root.css(",".join(BLOCK_TAGS)):
        node.insert_before(_PARAGRAPH)
        node.insert_after(_PARAGRAPH)
    for node in root.css("br"):
        node.insert_before(_LINE)
    flat = _SPACE.sub(" ", root.text(deep=True, separator=""))
    paragraphs = []
    for block in flat.split(_PARAGRAPH):
        lines = [line.strip() for line in block.split(_LINE)]
        text = "\n".join(line for line in lines if line)
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def _first(tree: Any, selectors: tuple[str, ...]) -> str | None:
    for selector in selectors:
        node = tree.css_first(selector)
        if node is None:
            continue
        value = _attr(node, "content") or _attr(node, "href") or (node.text(deep=True) or "").strip()
        if value:
            return str(value)
    return None


def _attr(node: Any, name: str) -> str | None:
    if node is None:
        return None
    value = node.attributes.get(name)
    return value.strip() if isinstance(value, str) and value.strip() else None
