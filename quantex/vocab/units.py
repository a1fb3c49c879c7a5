"""Physical units as news text writes them, mapped to pint unit names and a category.

Sources: SI brochure (BIPM, 9th ed.) and pint's default registry for the names; surface forms
(British and American spellings, abbreviations) as used by wire services. Percent is kept here
because it follows a number the same way.

Every unit name is a unit expression of quantex's pint registry (:mod:`quantex.facts.measures`):
pint's default definitions plus :data:`PINT_DEFINITIONS`. :data:`BASE_UNITS` names the one unit
each category is normalized to (``base_value`` and its bounds); a test checks that every unit name
parses and has its category's dimension.
"""

from __future__ import annotations

#: surface form -> (pint unit name, category). Longest forms are tried first.
UNIT_FORMS: dict[str, tuple[str, str]] = {
    # distance
    "kilometres": ("kilometer", "distance"), "kilometers": ("kilometer", "distance"),
    "kilometre": ("kilometer", "distance"), "kilometer": ("kilometer", "distance"),
    "km": ("kilometer", "distance"), "kms": ("kilometer", "distance"),
    "metres": ("meter", "distance"), "meters": ("meter", "distance"), "metre": ("meter", "distance"),
    "meter": ("meter", "distance"), "m": ("meter", "distance"),
    "centimetres": ("centimeter", "distance"), "centimeters": ("centimeter", "distance"),
    "cm": ("centimeter", "distance"),
    "millimetres": ("millimeter", "distance"), "millimeters": ("millimeter", "distance"),
    "mm": ("millimeter", "distance"),
    "miles": ("mile", "distance"), "mile": ("mile", "distance"), "mi": ("mile", "distance"),
    "nautical miles": ("nautical_mile", "distance"), "nautical mile": ("nautical_mile", "distance"),
    "feet": ("foot", "distance"), "foot": ("foot", "distance"), "ft": ("foot", "distance"),
    "inches": ("inch", "distance"), "inch": ("inch", "distance"),
    "decimetres": ("decimeter", "distance"), "decimeters": ("decimeter", "distance"), "dm": ("decimeter", "distance"),
    "nanometres": ("nanometer", "distance"), "nanometers": ("nanometer", "distance"), "nm": ("nanometer", "distance"),
    "picometres": ("picometer", "distance"), "picometers": ("picometer", "distance"),
    "picometer": ("picometer", "distance"),
    "yards": ("yard", "distance"), "yard": ("yard", "distance"), "yd": ("yard", "distance"),
    # area
    "square kilometres": ("kilometer ** 2", "area"), "square kilometers": ("kilometer ** 2", "area"),
    "sq km": ("kilometer ** 2", "area"), "sq mi": ("mile ** 2", "area"), "sq mile": ("mile ** 2", "area"),
    "km2": ("kilometer ** 2", "area"), "km²": ("kilometer ** 2", "area"),
    "square miles": ("mile ** 2", "area"), "sq miles": ("mile ** 2", "area"),
    "square metres": ("meter ** 2", "area"), "square meters": ("meter ** 2", "area"),
    "m2": ("meter ** 2", "area"), "m²": ("meter ** 2", "area"),
    "hectares": ("hectare", "area"), "hectare": ("hectare", "area"), "ha": ("hectare", "area"),
    "acres": ("acre", "area"), "acre": ("acre", "area"),
    # mass
    "kilograms": ("kilogram", "mass"), "kilogrammes": ("kilogram", "mass"), "kilogram": ("kilogram", "mass"),
    "kg": ("kilogram", "mass"), "kgs": ("kilogram", "mass"),
    "grams": ("gram", "mass"), "gram": ("gram", "mass"), "g": ("gram", "mass"),
    "tonnes": ("metric_ton", "mass"), "tonne": ("metric_ton", "mass"), "metric tons": ("metric_ton", "mass"),
    # "tonne" is the metric spelling; a bare "ton" follows pint's (and US newsrooms') short ton
    "tons": ("ton", "mass"), "ton": ("ton", "mass"), "t": ("metric_ton", "mass"),
    "milligrams": ("milligram", "mass"), "milligram": ("milligram", "mass"), "mg": ("milligram", "mass"),
    "micrograms": ("microgram", "mass"), "microgrammes": ("microgram", "mass"), "mcg": ("microgram", "mass"),
    "microgram": ("microgram", "mass"), "μg": ("microgram", "mass"), "µg": ("microgram", "mass"),
    "ounce": ("ounce", "mass"),
    "pounds": ("pound", "mass"), "lbs": ("pound", "mass"), "lb": ("pound", "mass"),
    "ounces": ("ounce", "mass"), "oz": ("ounce", "mass"),
    # volume
    "litres": ("liter", "volume"), "liters": ("liter", "volume"), "litre": ("liter", "volume"),
    "liter": ("liter", "volume"), "l": ("liter", "volume"),
    "millilitres": ("milliliter", "volume"), "milliliters": ("milliliter", "volume"), "ml": ("milliliter", "volume"),
    "centilitres": ("centiliter", "volume"), "centiliters": ("centiliter", "volume"), "cl": ("centiliter", "volume"),
    "cubic metres": ("meter ** 3", "volume"), "cubic meters": ("meter ** 3", "volume"),
    "m3": ("meter ** 3", "volume"), "m³": ("meter ** 3", "volume"),
    "barrels": ("oil_barrel", "volume"), "barrel": ("oil_barrel", "volume"),
    "cubic feet": ("foot ** 3", "volume"), "cubic foot": ("foot ** 3", "volume"),
    "cubic kilometres": ("kilometer ** 3", "volume"), "cubic kilometers": ("kilometer ** 3", "volume"),
    "cups": ("cup", "volume"), "cup": ("cup", "volume"), "tbsp": ("tablespoon", "volume"),
    "tsp": ("teaspoon", "volume"),
    "gallons": ("gallon", "volume"), "gallon": ("gallon", "volume"),
    "bcm": ("billion_cubic_metre", "volume"),
    # speed
    "km/h": ("kilometer / hour", "speed"), "km/hr": ("kilometer / hour", "speed"),
    "kmph": ("kilometer / hour", "speed"), "kmh": ("kilometer / hour", "speed"), "kph": ("kilometer / hour", "speed"),
    "kilometres per hour": ("kilometer / hour", "speed"), "kilometers per hour": ("kilometer / hour", "speed"),
    "kilometres an hour": ("kilometer / hour", "speed"), "kilometers an hour": ("kilometer / hour", "speed"),
    "mph": ("mile / hour", "speed"), "miles per hour": ("mile / hour", "speed"),
    "miles an hour": ("mile / hour", "speed"),
    "knots": ("knot", "speed"), "knot": ("knot", "speed"),
    "m/s": ("meter / second", "speed"), "metres per second": ("meter / second", "speed"),
    "meters per second": ("meter / second", "speed"),
    "mach": ("mach", "speed"),
    # duration
    "years": ("year", "duration"), "year": ("year", "duration"), "months": ("month", "duration"),
    "month": ("month", "duration"), "weeks": ("week", "duration"), "week": ("week", "duration"),
    "days": ("day", "duration"), "day": ("day", "duration"), "hours": ("hour", "duration"),
    "hour": ("hour", "duration"), "hrs": ("hour", "duration"), "minutes": ("minute", "duration"),
    "minute": ("minute", "duration"), "mins": ("minute", "duration"), "seconds": ("second", "duration"),
    # pint's own "decade" is a logarithmic ratio (a factor of ten), not ten years
    "decades": ("decade_of_years", "duration"), "decade": ("decade_of_years", "duration"),
    # energy and power
    "megawatts": ("megawatt", "power"), "megawatt": ("megawatt", "power"), "MW": ("megawatt", "power"),
    "gigawatts": ("gigawatt", "power"), "gigawatt": ("gigawatt", "power"), "GW": ("gigawatt", "power"),
    "kilowatts": ("kilowatt", "power"), "kW": ("kilowatt", "power"),
    "megawatt hours": ("megawatt_hour", "energy"), "MWh": ("megawatt_hour", "energy"),
    "gigawatt hours": ("gigawatt_hour", "energy"), "GWh": ("gigawatt_hour", "energy"),
    "kWh": ("kilowatt_hour", "energy"), "TWh": ("terawatt_hour", "energy"),
    # information
    "bits": ("bit", "information"), "bit": ("bit", "information"), "bytes": ("byte", "information"),
    "byte": ("byte", "information"), "kilobytes": ("kilobyte", "information"), "KB": ("kilobyte", "information"),
    "megabytes": ("megabyte", "information"), "MB": ("megabyte", "information"), "mb": ("megabit", "information"),
    "gigabytes": ("gigabyte", "information"), "GB": ("gigabyte", "information"),
    "terabytes": ("terabyte", "information"), "TB": ("terabyte", "information"),
    "petabytes": ("petabyte", "information"), "exabytes": ("exabyte", "information"),
    # temperature
    "degrees Celsius": ("degree_Celsius", "temperature"), "°C": ("degree_Celsius", "temperature"),
    "degrees centigrade": ("degree_Celsius", "temperature"), "° C": ("degree_Celsius", "temperature"),
    "degrees Fahrenheit": ("degree_Fahrenheit", "temperature"), "°F": ("degree_Fahrenheit", "temperature"),
    "C": ("degree_Celsius", "temperature"),
}

#: Units quantex adds to pint's defaults, in pint's definition syntax (pint docs, "Defining units").
PINT_DEFINITIONS: tuple[str, ...] = (
    # "bcm" of natural gas: a billion (1e9) cubic metres, as Gazprom, Naftogaz and the IEA write it
    "billion_cubic_metre = 1e9 * meter ** 3 = _ = billion_cubic_meter",
    # ten calendar years ("three decades of service"); pint's "decade" means a factor of ten
    "decade_of_years = 10 * year",
    # Mach 1 taken as the speed of sound in the ICAO standard atmosphere at sea level (340.294 m/s):
    # a missile's "Mach 10" is a ratio to a speed that falls with altitude, so base values are indicative
    "mach = 340.294 * meter / second",
)

#: category -> the unit its facts' ``base_value``, ``base_low`` and ``base_high`` are in; chosen for news:
#: kilometres of front, tonnes of grain, square kilometres of territory, km/h of missiles, days of fighting,
#: megawatts of generation, litres of fuel, degrees Celsius; megawatt-hours of electricity, gigabytes of data.
BASE_UNITS: dict[str, str] = {
    "distance": "kilometer", "mass": "metric_ton", "area": "kilometer ** 2", "speed": "kilometer / hour",
    "duration": "day", "power": "megawatt", "volume": "liter", "temperature": "degree_Celsius",
    "energy": "megawatt_hour", "information": "gigabyte",
}

#: singular unit words that "a"/"an" counts as one ("a gallon of fuel", "about a metre"); durations, "mile",
#: "foot", "ton", "pound", "inch" and "ounce" are left out for their idioms ("a year ago", "a foot patrol",
#: "a ton of", "not an inch"), and "barrel" for "a barrel of Brent cost". Never read right after another
#: quantity ("$4 a gallon" is a price).
ARTICLE_UNITS: frozenset[str] = frozenset({
    "gallon", "litre", "liter", "metre", "meter", "kilometre", "kilometer", "centimetre", "millimetre",
    "tonne", "metric ton", "kilogram", "kilogramme", "gram", "hectare", "acre", "nautical mile",
    "square kilometre", "square kilometer", "square metre", "square meter", "square mile", "cubic metre",
})

#: forms that are units only when glued to the number ("400m", "5t"), never after a space
ATTACHED_ONLY_UNITS: frozenset[str] = frozenset({"m", "g", "t", "l", "C", "mi", "ha", "nm"})

#: forms written with a capital that must match case-sensitively
CASE_SENSITIVE_UNITS: frozenset[str] = frozenset({"MW", "GW", "kW", "MWh", "GWh", "kWh", "TWh", "C", "m", "t",
                                                  "KB", "MB", "GB", "TB", "mb", "cl"})

#: words that mark a percentage
PERCENT_FORMS: tuple[str, ...] = ("per cent", "percent", "pct", "%", "percentage points", "percentage point")

#: rate periods: phrase -> period
PERIOD_FORMS: dict[str, str] = {
    "a year": "year", "per year": "year", "each year": "year", "every year": "year", "per annum": "year",
    "a-year": "year", "annually": "year", "yearly": "year", "per-year": "year",
    "a month": "month", "per month": "month", "each month": "month", "every month": "month",
    "a-month": "month", "monthly": "month",
    "a week": "week", "per week": "week", "each week": "week", "every week": "week", "a-week": "week",
    "weekly": "week",
    "a day": "day", "per day": "day", "each day": "day", "every day": "day", "a-day": "day", "daily": "day",
}
