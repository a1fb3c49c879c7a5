"""Currency vocabulary: ISO 4217 codes with the symbols and words news text uses for them.

Sources: ISO 4217 (code list, SIX Group, amendment 176) for codes and minor units; symbols and names as
printed by Reuters, BBC, Guardian and Kyiv Independent style (e.g. "US$", "C$", "₴", "zł", "hryvnias",
"roubles"). A bare "$" is resolved by ``extract(..., dollar=...)`` (default USD). Ambiguous bare
"kroner"/"krone" (Norway and Denmark both use the word) resolves only with a country word before it.
"""

from __future__ import annotations

from typing import NamedTuple


class Currency(NamedTuple):
    """How one currency is written."""

    name: str
    #: symbols written before the amount ("£5bn", "US$2.5 billion")
    prefix: tuple[str, ...] = ()
    #: symbols written after the amount ("5 zł", "300 ₴")
    suffix: tuple[str, ...] = ()
    #: words after the amount, singular and plural ("euros", "US dollars")
    words: tuple[str, ...] = ()
    #: subunit words and the number of subunits per unit ("pence", 100)
    minor: tuple[tuple[str, int], ...] = ()


CURRENCIES: dict[str, Currency] = {
    "USD": Currency("US dollar", ("US$", "U.S.$", "USD$"), (),
                    ("US dollars", "U.S. dollars", "US dollar", "U.S. dollar", "American dollars",
                     "dollars", "dollar", "bucks"), (("cents", 100), ("cent", 100))),
    "EUR": Currency("euro", ("€",), ("€",), ("euros", "euro", "EUR"), (("euro cents", 100),)),
    "GBP": Currency("pound sterling", ("£",), (),
                    ("pounds sterling", "pound sterling", "British pounds", "sterling", "pounds", "pound"),
                    (("pence", 100), ("penny", 100))),
    "JPY": Currency("yen", ("¥", "JP¥"), (), ("Japanese yen", "yen")),
    "CNY": Currency("renminbi", ("CN¥", "RMB"), ("元",), ("Chinese yuan", "yuan", "renminbi", "rmb", "kuai"),
                    (("mao", 10), ("jiao", 10), ("fen", 100))),
    "UAH": Currency("hryvnia", ("₴",), ("₴", "UAH", "грн"),
                    ("hryvnias", "hryvnia", "hryvnas", "hryvna", "hryvni", "hryvnyas")),
    "RUB": Currency("Russian rouble", ("₽",), ("₽",),
                    ("Russian roubles", "Russian rubles", "roubles", "rubles", "rouble", "ruble")),
    "INR": Currency("Indian rupee", ("₹",), ("₹",), ("Indian rupees", "rupees", "rupee")),
    "PLN": Currency("zloty", (), ("zł", "zl"), ("Polish zlotys", "zlotys", "zloty", "zlotych")),
    "CAD": Currency("Canadian dollar", ("C$", "CA$", "Can$", "CAN$"), (),
                    ("Canadian dollars", "Canadian dollar")),
    "AUD": Currency("Australian dollar", ("A$", "AU$", "AUD$"), (),
                    ("Australian dollars", "Australian dollar")),
    "NZD": Currency("New Zealand dollar", ("NZ$",), (), ("New Zealand dollars", "New Zealand dollar")),
    "HKD": Currency("Hong Kong dollar", ("HK$",), (), ("Hong Kong dollars", "Hong Kong dollar")),
    "SGD": Currency("Singapore dollar", ("S$",), (), ("Singapore dollars", "Singapore dollar")),
    "CHF": Currency("Swiss franc", ("CHF", "SFr."), (), ("Swiss francs", "Swiss franc", "francs")),
    "NOK": Currency("Norwegian krone", (), (), ("Norwegian kroner", "Norwegian krone", "Norwegian crowns")),
    "DKK": Currency("Danish krone", (), (), ("Danish kroner", "Danish krone", "Danish crowns")),
    "SEK": Currency("Swedish krona", (), (), ("Swedish kronor", "Swedish krona", "Swedish crowns", "kronor")),
    "CZK": Currency("Czech koruna", (), ("Kč",), ("Czech korunas", "Czech koruna", "Czech crowns", "korunas")),
    "HUF": Currency("forint", (), ("Ft",), ("Hungarian forints", "forints", "forint")),
    "RON": Currency("Romanian leu", (), (), ("Romanian lei", "lei")),
    "BGN": Currency("Bulgarian lev", (), (), ("Bulgarian leva", "leva")),
    "TRY": Currency("Turkish lira", ("₺",), ("₺",), ("Turkish lira", "Turkish liras")),
    "KRW": Currency("South Korean won", ("₩",), (), ("South Korean won", "won")),
    "ILS": Currency("shekel", ("₪",), ("₪",), ("Israeli shekels", "shekels", "shekel")),
    "BRL": Currency("Brazilian real", ("R$",), (), ("Brazilian reais", "reais")),
    "MXN": Currency("Mexican peso", ("MX$", "Mex$"), (), ("Mexican pesos",)),
    "ZAR": Currency("rand", (), (), ("South African rand", "rand")),
    "ISK": Currency("Icelandic krona", (), (), ("Icelandic kronur", "Icelandic krona")),
    "IDR": Currency("rupiah", ("Rp",), (), ("rupiah",)),
    "THB": Currency("baht", ("฿",), (), ("baht",)),
    "PHP": Currency("Philippine peso", ("₱",), (), ("Philippine pesos",)),
    "MYR": Currency("ringgit", ("RM",), (), ("ringgit",)),
    "KZT": Currency("tenge", ("₸",), (), ("tenge",)),
    "GEL": Currency("lari", ("₾",), ("₾",), ("lari",)),
    "CRC": Currency("Costa Rican colón", ("₡",), ("₡",), ("colones", "colón")),
    "LAK": Currency("Lao kip", ("₭",), ("₭",), ("kip",)),
    "LKR": Currency("Sri Lankan rupee", ("Rs.",), ("ரூ",), ("Sri Lankan rupees",)),
    # pre-euro legacy currencies, still found in historical reporting and archives
    "DEM": Currency("Deutsche Mark", ("DM",), (), ("Deutsche marks", "deutschmarks", "German marks", "marks")),
    "FRF": Currency("French franc", (), (), ("French francs",)),
    "ITL": Currency("Italian lira", (), (), ("Italian lire", "lire")),
    "ESP": Currency("Spanish peseta", (), (), ("pesetas", "peseta")),
    "NLG": Currency("Dutch guilder", (), (), ("Dutch guilders", "guilders", "guilder")),
    "FIM": Currency("Finnish markka", (), (), ("Finnish markkaa", "Finnish markka", "markkaa", "markka")),
    "BYN": Currency("Belarusian rouble", (), (), ("Belarusian roubles", "Belarusian rubles")),
    "IRR": Currency("Iranian rial", (), (), ("Iranian rials", "rials")),
    "KPW": Currency("North Korean won", (), (), ("North Korean won",)),
}

#: ISO codes that a bare "$" may mean; the caller picks one with ``dollar=``
DOLLAR_CODES: frozenset[str] = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD"})

#: the generic symbols whose meaning depends on the caller
GENERIC_SYMBOLS: dict[str, str] = {"$": "USD", "¥": "JPY"}

#: words that are currencies only with a country word before them; alone they name no ISO code
AMBIGUOUS_WORDS: tuple[str, ...] = ("kroner", "krone", "crowns")
