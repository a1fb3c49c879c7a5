"""Find quantity spans in text: a number with its scale, range, currency, unit, percent and period.

The scan is a single left-to-right pass of one compiled pattern (``patterns.MASTER``) that finds the
start of every number or non-quantity, tried only where a cheap first pass (``quantex.spans.anchors``) says
one can start; each number is then extended with small anchored patterns
(scale, range, currency, unit, period) and its qualifier read from the words just before it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import regex

from quantex.records import Span
from quantex.spans import guards
from quantex.spans import patterns as P
from quantex.spans.anchors import candidates
from quantex.spans.numbers import parse_digits, parse_words, scaled
from quantex.text.lemma import singular
from quantex.vocab.currencies import AMBIGUOUS_WORDS, DOLLAR_CODES
from quantex.vocab.nonquantities import ONE_PRONOUN_AFTER, ONE_PRONOUN_BEFORE
from quantex.vocab.numbers import ATTACHED_ONLY, QUALIFIERS, SCALES, VAGUE, Vague
from quantex.vocab.units import ATTACHED_ONLY_UNITS, PERIOD_FORMS, UNIT_FORMS

_SECOND = regex.compile(rf"(?P<words>\b{P.WORDS})|(?P<digits>{P.DIGITS})", P.FLAGS)
_PREFIX_AT = regex.compile(rf"{P.prefix_pattern()}\s?", P.FLAGS)
_NEXT_WORD = regex.compile(r"[\s\-]*(?P<w>[^\W\d_][\w'’-]*)", P.FLAGS)
#: words after "no one" / "that one" that keep "one" a pronoun
_ONE_FUNCTION_AFTER = frozenset({"was", "is", "were", "has", "had", "will", "would", "could", "can", "should",
                                 "did", "does", "knows", "said", "says", "in", "at", "on", "to", "and", "or",
                                 "but", "else", "here", "there", "wants", "believes", "expected"})
#: "and a quarter"-style continuations of money: "3 dollars 50 cents", "thirteen dollars and forty-five"
_SUBUNIT_AFTER = regex.compile(
    rf"(?:\s+and)?\s+(?P<n>\d{{1,2}}\b|{P.WORDS})(?:[\s\-]+(?P<minor>{P.alternation(P.MINOR_WORDS)})\b)?"
    rf"(?:\s+(?P<n2>\d\b|{P.WORDS}))?",
    P.FLAGS,
)
_CLAUSE_END = regex.compile(r"\s*(?:[.,;:!?)\]]|$|and\b|or\b)", P.FLAGS)
_AGE_AFTER = regex.compile(r"[\s\-]years?[\s\-]old\b", P.FLAGS)
_CALIBRE_AFTER = regex.compile(
    r"[\s\-]*(?:\w+[\s\-]+)?(?:howitzers?|shells?|rounds?|artillery|guns?|mortars?|ammunition|munitions|"
    r"cannons?|calibre|caliber|projectiles?|rockets?|cartridges|bullets|rifles?)\b",
    P.FLAGS,
)
#: a short unit such as "m" may stand after a space only at the end of a clause or in "1 m x 1 m"
_SPACED_UNIT_END = regex.compile(r"\s*(?:[x×*]\s|[.,;:)]|$)", P.FLAGS)
_YEAR_CONTEXT = regex.compile(r"\b(?:in|by|since|until|till|from|of|before|after|during|early|late|mid)\s+$",
                              P.FLAGS)
_NONQUANTITY_KINDS = ("date", "time", "age", "ordinal", "designation")


def find_spans(text: str, vague: Mapping[str, Vague] | None = None, dollar: str = "USD") -> list[Span]:
    """Return every quantity and non-quantity span in ``text``, in text order, non-overlapping.

    >>> [(s.kind, s.value, s.currency) for s in find_spans("a $58bn package")]
    [('number', 58000000000.0, 'USD')]
    """
    table = VAGUE if vague is None else vague
    # an article's rate always has "=": most texts skip the scan for them
    spans = [_rate_span(m, dollar) for m in P.RATE.finditer(text) if _is_rate(m)] if "=" in text else []
    rates = [(s.start, s.end) for s in spans]  # sorted, non-overlapping
    next_rate = 0
    pos = 0
    for candidate in candidates(text):  # the cheap first pass; MASTER is tried only there
        if candidate < pos:
            continue
        # MASTER split by the first character: the same match, without the alternatives that cannot start there
        m = (P.MASTER_AT_DIGIT if P.DIGIT_START.match(text, candidate) else P.MASTER_AT_LETTER).match(text, candidate)
        if m is None:
            continue
        start = m.start()
        while next_rate < len(rates) and rates[next_rate][1] <= start:
            next_rate += 1
        if next_rate < len(rates) and rates[next_rate][0] <= start:
            pos = rates[next_rate][1]  # numbers inside an article's stated rate are the rate's
            continue
        kind = m.lastgroup or ""
        if kind in _NONQUANTITY_KINDS:
            spans.append(_nonquantity(m, kind))
            pos = m.end()
            continue
        span = _readable(text, m, kind, table, dollar, pos)
        if span is not None:
            spans.append(span)
            pos = span.end
        else:
            pos = m.end()
    spans.sort(key=lambda s: s.start)
    return spans


def _readable(text: str, m: regex.Match[str], kind: str, table: Mapping[str, Vague], dollar: str,
              floor: int) -> Span | None:
    """The quantity at ``m``, or None when its number cannot be read as a finite float.

    Text is anything a publisher (or a scraper) wrote: "1e309" and a 4,301-digit number overflow a
    float, "1.5 1/2" is no number, and case-insensitive matching lets "mİllion" (a Turkish capital I)
    match "million" though its lower case is not a table key. Such a candidate is not a quantity: a
    wrong value is worse than none, and one odd number must not stop a whole corpus.
    """
    try:
        span = _quantity(text, m, kind, table, dollar, floor=floor)
    except (ValueError, KeyError, ArithmeticError):  # ValueError includes int()'s 4,300-digit limit
        return None
    if span is not None and any(math.isinf(v) for v in (span.value, span.low, span.high)):
        return None
    return span


def _is_rate(m: regex.Match[str]) -> bool:
    return bool((m.group("c1") or m.group("c1w")) and (m.group("c2") or m.group("c2w")))


def _code(symbol: str | None, word: str | None, dollar: str) -> str | None:
    if symbol:
        key = "".join(symbol.split()).upper()
        code = P.PREFIX_KEYS.get(key) or P.PREFIX_KEYS.get(key.replace(".", ""))
        return dollar if code == "USD" and key == "$" else code
    if word:
        w = word.strip()
        return w if w in P.ISO_CODES else P.CURRENCY_WORDS.get(w.lower())
    return None


def _rate_span(m: regex.Match[str], dollar: str) -> Span:
    base = _code(m.group("c1"), m.group("c1w"), dollar)
    quote = _code(m.group("c2"), m.group("c2w"), dollar)
    value = float(m.group("n"))
    pair = (base, quote) if base and quote else None
    return Span(m.start("rate"), m.end("rate"), "exchange_rate", "exchange_rate.article", value=value,
                low=value, high=value, rate_pair=pair)


def _nonquantity(m: regex.Match[str], kind: str) -> Span:
    value = math.nan
    text = m.group()
    if kind in ("ordinal", "age"):
        digits = regex.search(r"\d+", text)
        value = float(digits.group()) if digits else math.nan
    return Span(m.start(), m.end(), kind, f"{kind}.shape", value=value, low=value, high=value)


def _core_value(m: regex.Match[str], kind: str, text: str, table: Mapping[str, Vague]) -> Vague | None:
    """Value of the number at ``m`` as (best, low, high), or None when it is not a number."""
    raw = m.group()
    if kind == "vague":
        key = raw.lower()
        key = " ".join(key.split())
        entry = table.get(key + " of") if text[m.end():m.end() + 3].lower() == " of" else None
        entry = entry or table.get(key) or table.get(key + " of")
        return entry
    if kind == "words":
        lowered = raw.lower()
        if lowered == "one" and _one_is_pronoun(text, m.start(), m.end()):
            return None
        value = parse_words(raw)
        return Vague(value, value, value)
    value = parse_digits(raw)
    return Vague(value, value, value)


def _one_is_pronoun(text: str, start: int, end: int) -> bool:
    """True for "no one", "one of the", "the one that": "one" that counts nothing."""
    if text[end:end + 2] in ("'s", "’s"):
        return True
    after = _NEXT_WORD.match(text, end)
    word = after.group("w").lower() if after else None
    if word is None or word in ONE_PRONOUN_AFTER:
        return True
    before = text[max(0, start - 12):start].split()
    return bool(before) and before[-1].lower() in ONE_PRONOUN_BEFORE and word in _ONE_FUNCTION_AFTER


def _scale(text: str, pos: int) -> tuple[float, int, str | None]:
    """Scale right after ``pos``: (multiplier, new position, glued single-letter abbreviation or None)."""
    m = P.SCALE_AFTER.match(text, pos) if guards.maybe_scale(text, pos) else None
    if m is None:
        return 1.0, pos, None
    word = m.group("word") or m.group("abbr")
    if word:
        return SCALES[word.lower()], m.end(), None
    glued = m.group("glued").lower()
    return SCALES[glued], m.end(), glued if glued in ATTACHED_ONLY else None


def _quantity(text: str, m: regex.Match[str], kind: str, table: Mapping[str, Vague], dollar: str, *,
              floor: int = 0) -> Span | None:
    """The quantity whose number ``m`` found; nothing before ``floor`` (the previous span's end) is read."""
    core = _core_value(m, kind, text, table)
    if core is None:
        return None
    article = kind == "words" and m.group().lower() in ("a", "an")  # "a gallon"
    if article and floor > 0 and not text[floor:m.start()].strip():
        return None  # "$4 a gallon" is a price, not a gallon
    start, pos = m.start(), m.end()
    best, low, high = core
    rule = f"number.{kind}"
    scale, pos, glued = _scale(text, pos) if kind != "vague" else (1.0, pos, None)
    if kind == "words" and scale != 1.0 and glued:
        scale, pos, glued = 1.0, m.end(), None
    # a currency before the number, and a qualifier before that
    cur_m = P.CURRENCY_BEFORE.search(text, max(floor, start - 6), start) \
        if guards.maybe_currency_before(text, start) else None
    signed = False  # "$-99.99": a minus between the currency and the number
    if cur_m is None and kind == "digits" and start - 1 > floor and text[start - 1] in "-−" \
            and guards.maybe_currency_before(text, start - 1):
        cur_m = P.CURRENCY_BEFORE.search(text, max(floor, start - 7), start - 1)
        signed = cur_m is not None
    currency = _code(cur_m.group().strip(), None, dollar) if cur_m and not cur_m.group().strip().isalpha() \
        else (cur_m.group().strip() if cur_m else None)
    if cur_m:
        start = cur_m.start()
    is_range = False
    # a range: "10-15", "10 to 15", "between 10 and 15", "$5bn-$6bn", "$1-2bn", "two or three"
    r = P.RANGE_AFTER.match(text, pos)
    if r is not None and kind != "vague":
        between = P.BETWEEN_BEFORE.search(text, max(0, start - 10), start)
        sep = r.group("sep").strip().lower()
        after = r.end()
        pm = _PREFIX_AT.match(text, after)
        second_at = pm.end() if pm and currency else after
        # negatives on either side: "−10–−5", "-3 to -1"
        minus1 = P.MINUS_BEFORE.search(text, max(floor, start - 7), start) \
            if kind == "digits" and currency is None else None
        minus2 = kind == "digits" and currency is None and text[second_at:second_at + 1] in ("-", "−") \
            and text[second_at + 1:second_at + 2].isdigit()
        if minus1 is not None and between is None:
            between = P.BETWEEN_BEFORE.search(text, max(0, minus1.start() - 10), minus1.start())
        s2 = _SECOND.match(text, second_at + minus2)
        if s2 is not None and (sep != "and" or (between and between.group("w").lower() == "between")) \
                and (sep != "or" or kind == "words"):
            v2 = parse_words(s2.group()) if s2.lastgroup == "words" else parse_digits(s2.group())
            best, v2 = (-best if minus1 else best), (-v2 if minus2 else v2)
            scale2, pos2, _ = _scale(text, s2.end())
            first = scaled(best, scale2 if scale == 1.0 and scale2 != 1.0 and best < v2 else scale)
            second = scaled(v2, scale2)
            if not (m.group().isdigit() and len(m.group()) == 4 and s2.group().isdigit() and
                    len(s2.group()) in (2, 4) and 1800 <= best <= 2100) and first < second:
                best, low, high = math.nan, first, second
                scale, pos, is_range, rule = 1.0, pos2, True, "range"
                start = minus1.start() if minus1 else start
                if between:
                    start = min(start, between.start())
            elif minus1:
                best = -best
    if not is_range:
        best, low, high = scaled(best, scale), scaled(low, scale), scaled(high, scale)
    money = currency is not None
    unit = unit_category = period = None
    percent = False
    ca = P.CURRENCY_AFTER.match(text, pos) if guards.maybe_currency_after(text, pos) else None
    if ca is not None and not money:
        word = ca.group("word")
        is_pound_mass = word is not None and word.lower() in ("pounds", "pound") and scale == 1.0 \
            and not is_range and kind != "vague"
        if ca.group("minor"):
            code, per = P.MINOR_WORDS[ca.group("minor").lower()]
            best, low, high = best / per, low / per, high / per
            currency, money, pos = code, True, ca.end()
        elif not is_pound_mass:
            money, pos = True, ca.end()
            if ca.group("iso"):
                currency = ca.group("iso")
            elif ca.group("symbol"):
                currency = P.SUFFIX_SYMBOLS.get(ca.group("symbol"))
            elif word and word.lower() not in AMBIGUOUS_WORDS:
                currency = _code(None, word, dollar)
    if glued == "m" and not money:
        # "400m people" is millions; "400m from the trench", "1m is" are metres
        nxt = _NEXT_WORD.match(text, pos)
        word = nxt.group("w") if nxt and text[pos:nxt.start("w")].strip() == "" else ""
        if not (len(word) > 3 and word.islower() and singular(word) != word):
            best, low, high = best / 1e6, low / 1e6, high / 1e6
            unit, unit_category = "meter", "distance"
    if money and currency in _MINOR_OF and not is_range and (
            (ca is not None and ca.group("word")) or (cur_m is not None and scale == 1.0)):
        total, pos = _with_subunits(text, pos, best, currency, need_and=ca is None or not ca.group("word"))
        if total != best:
            best = low = high = total
    if money:
        pm_ = P.PERIOD_AFTER.match(text, pos)
        if pm_ is not None:
            surface = pm_.group("period").lower()
            period = PERIOD_FORMS.get(surface) or PERIOD_FORMS.get(" ".join(surface.replace("-", " ").split()))
            pos = pm_.end()
        rule = rule if is_range else ("money.prefix" if cur_m else "money.suffix")
    elif unit is None:
        pc = P.PERCENT_AFTER.match(text, pos)
        if pc is not None:
            percent, pos, rule = True, pc.end(), "percent"
        else:
            if kind == "words" and _AGE_AFTER.match(text, pos):
                age = _AGE_AFTER.match(text, pos)
                assert age is not None
                return Span(start, age.end(), "age", "age.words", value=best, low=best, high=best)
            um = P.UNIT_AFTER.match(text, pos) if guards.maybe_unit(text, pos) else None
            if um is not None:
                form = um.group("unit") or um.group("unit2")
                glue = um.group("glue") if um.group("unit") else um.group("glue2")
                key = form if form in UNIT_FORMS else _unit_key(form)
                spaced_ok = _SPACED_UNIT_END.match(text, um.end()) is not None
                if key is not None and not (key in ATTACHED_ONLY_UNITS and glue and not spaced_ok):
                    unit, unit_category = UNIT_FORMS[key]
                    if unit == "millimeter" and _CALIBRE_AFTER.match(text, um.end()):
                        return Span(start, um.end(), "calibre", "calibre", value=best, low=best, high=best)
                    pos, rule = um.end(), "unit"
    if article and unit is None:
        return None
    qualifier, approximate = None, kind == "vague"
    if not is_range:
        qm = P.QUALIFIER_BEFORE.search(text, max(0, start - 24), start) if guards.maybe_qualifier(text, start) else None
        if qm is not None:
            q = QUALIFIERS[" ".join(qm.group("q").lower().replace("-", " ").split())]
            qualifier, start = q.name, qm.start()
            best, low, high = _apply_qualifier(q.kind, best, low, high)
            approximate = approximate or q.kind in ("approx", "near")
        elif kind == "digits":
            # "-5 degrees", "-15€", "-$5", "$-99.99"
            minus = P.MINUS_BEFORE.search(text, max(floor, start - 7), start)
            if minus is not None or signed:
                best, low, high = -best, -high, -low
                start = minus.start() if minus is not None else start
    if kind == "vague":
        rule = "vague" if not money else "money.vague"
        approximate = True
    year_like = (kind == "digits" and m.group().isdigit() and len(m.group()) == 4 and 1800 <= int(m.group()) <= 2100
                 and scale == 1.0 and not money and not percent and unit is None and not is_range
                 and qualifier is None)
    if year_like and _YEAR_CONTEXT.search(text, max(0, start - 10), start):
        return Span(start, pos, "date", "date.year", value=best, low=best, high=best)
    return Span(start, pos, "number", rule, value=best, low=low, high=high, qualifier=qualifier,
                approximate=approximate, currency=currency, money=money, unit=unit, unit_category=unit_category,
                percent=percent, period=period, year_like=year_like)


#: currency -> how many of its first minor unit make one unit (for "3 dollars 50 cents")
_MINOR_OF: dict[str, int] = {}
for _code_, _per in P.MINOR_WORDS.values():
    _MINOR_OF.setdefault(_code_, _per)
for _code_ in DOLLAR_CODES:
    _MINOR_OF.setdefault(_code_, 100)


def _with_subunits(text: str, pos: int, value: float, currency: str, *, need_and: bool = False) -> tuple[float, int]:
    """Add "50 cents" / "and forty-five" after "3 dollars": only whole minor amounts below one unit."""
    m = _SUBUNIT_AFTER.match(text, pos)
    if m is None or (need_and and text[pos:m.start("n")].strip().lower() != "and"):
        return value, pos
    first = parse_digits(m.group("n")) if m.group("n")[0].isdigit() else parse_words(m.group("n"))
    per = _MINOR_OF[currency]
    minor = m.group("minor")
    if minor:
        code, per = P.MINOR_WORDS[minor.lower()]
        if code != currency and not (code == "USD" and currency in DOLLAR_CODES):
            return value, pos
    elif not _CLAUSE_END.match(text, m.end("n")) and not m.group("n2"):
        return value, pos
    if not (0 < first < per and first == int(first)):
        return value, pos
    total = value + first / per
    end = m.end("minor") if minor else m.end("n")
    if m.group("n2") and minor:
        second = parse_digits(m.group("n2")) if m.group("n2")[0].isdigit() else parse_words(m.group("n2"))
        if 0 < second < 10:
            total += second / (per * 10)
            end = m.end("n2")
    return total, end


def _unit_key(form: str) -> str | None:
    lowered = " ".join(form.lower().replace("-", " ").split())
    for key in (lowered, form):
        if key in UNIT_FORMS:
            return key
    return None


def _apply_qualifier(kind: str, best: float, low: float, high: float) -> tuple[float, float, float]:
    if kind == "low":
        return best, low, math.nan
    if kind == "high":
        return math.nan, math.nan, high
    if kind == "high_best":
        return best, math.nan, high
    if kind == "near":
        return best, math.nan, high
    return best, math.nan, math.nan
