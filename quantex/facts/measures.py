"""Physical quantities on one scale per dimension, converted by pint.

quantex keeps one pint registry, built the first time a physical quantity is normalized (``import
quantex`` does not import pint): pint's default definitions plus the few quantex adds
(:data:`quantex.vocab.units.PINT_DEFINITIONS`). It is quantex's own registry; quantex does not call
:func:`pint.set_application_registry`, which is the application's choice to make. Get it with
:func:`registry` to compute with the ``unit`` column: ``registry().Quantity(value, unit)``.

Each unit expression of the vocabulary (:data:`quantex.vocab.units.UNIT_FORMS`) is converted by
pint, once, to the base unit of its category (:data:`quantex.vocab.units.BASE_UNITS`: kilometre,
tonne, square kilometre, km/h, day, megawatt, litre, degree Celsius, megawatt-hour, gigabyte). pint's
converters are affine, so the conversion of 0 and of 1 give ``base = value * scale + offset``
exactly; the offset is 0 except between temperature scales (32 °F is 0 °C). A fact then costs a
look-up and a multiply-add instead of a pint call (~55 µs). Base values are kept to 12 significant
digits, which drops float noise (3.7 miles are 5.9545728 km, not 5.954572800000001).

Temperatures are read as readings, not differences: "warmed by 9 °F" gives -12.8 °C, not 5 °C. A
bound converts as the value does; every scale is positive, so the order of bounds is kept.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from typing import Any, NamedTuple

from quantex.errors import TableError
from quantex.vocab.units import BASE_UNITS, PINT_DEFINITIONS

__all__ = ["Conversion", "conversion", "registry", "to_base"]


class Conversion(NamedTuple):
    """How one unit expression goes to its category's base unit: ``base = value * scale + offset``."""

    scale: float
    offset: float
    base_unit: str


@functools.cache
def registry() -> Any:
    """Quantex's pint registry (``pint.UnitRegistry``), built on first call and shared afterwards.

    Examples:
        >>> q = registry().Quantity(250, "mile").to("kilometer")
        >>> round(q.magnitude, 3), str(q.units)
        (402.336, 'kilometer')

    """
    import pint  # here, not at the top: pint takes ~0.5 s to import and ~0.4 s to build its registry

    ureg: Any = pint.UnitRegistry()
    for definition in PINT_DEFINITIONS:
        ureg.define(definition)
    return ureg


@functools.cache
def conversion(unit: str, category: str) -> Conversion | None:
    """The conversion of ``unit`` to ``category``'s base unit, or None when the category has none.

    Raises:
        TableError: If pint does not know ``unit`` or it is not of the base unit's dimension.

    Examples:
        >>> conversion("mile", "distance")
        Conversion(scale=1.609344, offset=0.0, base_unit='kilometer')
        >>> round(conversion("degree_Fahrenheit", "temperature").offset, 4)
        -17.7778
        >>> conversion("drone", "drones") is None
        True

    """
    base = BASE_UNITS.get(category)
    if base is None:
        return None
    import pint

    ureg = registry()
    try:
        zero = ureg.Quantity(0.0, unit).to(base).magnitude
        one = ureg.Quantity(1.0, unit).to(base).magnitude
    except (pint.PintError, ValueError) as exc:  # an undefined unit, a unit of another dimension, bad syntax
        raise TableError(f"unit {unit!r} ({category}): pint cannot convert it to {base!r}: {exc}") from exc
    return Conversion(float(one - zero), float(zero), base)


def _rounded(x: float, offset: float) -> float:
    """``x`` (a base value, ``value * scale + offset``) to 12 significant digits of its largest term.

    The float noise of the arithmetic goes (3.7 miles are 5.9545728 km, not 5.954572800000001; 32 °F is
    0 °C, not 5.7e-14), and nothing a news figure can carry (a relative change below 1e-12).
    """
    size = max(abs(x), abs(offset), abs(x - offset))
    if size == 0 or math.isinf(size):
        return x
    return round(x, 11 - math.floor(math.log10(size))) + 0.0  # + 0.0: no -0.0


def to_base(values: Sequence[float | None], unit: str, category: str) -> tuple[list[float], str | None]:
    """``values`` (a value and its bounds, say) in the base unit of ``category``; NaN stays NaN.

    Examples:
        >>> to_base([3.7, math.nan], "mile", "distance")
        ([5.9545728, nan], 'kilometer')
        >>> to_base([100.0, 32.0], "degree_Fahrenheit", "temperature")
        ([37.7777777778, 0.0], 'degree_Celsius')

    """
    found = conversion(unit, category)
    if found is None:
        return [math.nan] * len(values), None
    scale, offset, base = found
    return [math.nan if v is None or v != v else _rounded(v * scale + offset, offset) for v in values], base
