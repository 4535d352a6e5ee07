"""Country codes (ISO 3166-1 alpha-2) with their German and English names.

Used to read country names from imports ("Deutschland", "Germany", "Schweiz") and
to write the country line of foreign addresses (in German, per DIN 5008).
"""

from __future__ import annotations

import functools
import unicodedata

# code: (German name, English name, further spellings)
COUNTRIES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "DE": ("Deutschland", "Germany", ("BRD", "Bundesrepublik Deutschland", "Allemagne", "D")),
    "AT": ("Österreich", "Austria", ("Oesterreich", "Autriche", "A")),
    "CH": ("Schweiz", "Switzerland", ("Suisse", "Svizzera", "Schweizerische Eidgenossenschaft")),
    "LI": ("Liechtenstein", "Liechtenstein", ()),
    "LU": ("Luxemburg", "Luxembourg", ()),
    "BE": ("Belgien", "Belgium", ("Belgique", "België")),
    "NL": ("Niederlande", "Netherlands", ("Holland", "Nederland", "The Netherlands")),
    "FR": ("Frankreich", "France", ()),
    "IT": ("Italien", "Italy", ("Italia",)),
    "ES": ("Spanien", "Spain", ("España", "Espana")),
    "PT": ("Portugal", "Portugal", ()),
    "GB": (
        "Vereinigtes Königreich",
        "United Kingdom",
        ("UK", "Großbritannien", "Great Britain", "England", "Scotland", "Wales"),
    ),
    "IE": ("Irland", "Ireland", ()),
    "DK": ("Dänemark", "Denmark", ("Danmark",)),
    "SE": ("Schweden", "Sweden", ("Sverige",)),
    "NO": ("Norwegen", "Norway", ("Norge",)),
    "FI": ("Finnland", "Finland", ("Suomi",)),
    "IS": ("Island", "Iceland", ("Ísland",)),
    "PL": ("Polen", "Poland", ("Polska",)),
    "CZ": ("Tschechien", "Czechia", ("Czech Republic", "Tschechische Republik", "Česko")),
    "SK": ("Slowakei", "Slovakia", ("Slovensko",)),
    "HU": ("Ungarn", "Hungary", ("Magyarország",)),
    "SI": ("Slowenien", "Slovenia", ()),
    "HR": ("Kroatien", "Croatia", ("Hrvatska",)),
    "RS": ("Serbien", "Serbia", ()),
    "BA": ("Bosnien und Herzegowina", "Bosnia and Herzegovina", ()),
    "RO": ("Rumänien", "Romania", ()),
    "BG": ("Bulgarien", "Bulgaria", ()),
    "GR": ("Griechenland", "Greece", ("Hellas",)),
    "TR": ("Türkei", "Turkey", ("Türkiye", "Turkiye")),
    "CY": ("Zypern", "Cyprus", ()),
    "MT": ("Malta", "Malta", ()),
    "EE": ("Estland", "Estonia", ()),
    "LV": ("Lettland", "Latvia", ()),
    "LT": ("Litauen", "Lithuania", ()),
    "UA": ("Ukraine", "Ukraine", ()),
    "BY": ("Belarus", "Belarus", ("Weißrussland",)),
    "RU": ("Russland", "Russia", ("Russian Federation", "Russische Föderation")),
    "US": (
        "Vereinigte Staaten",
        "United States",
        ("USA", "United States of America", "U.S.A.", "Vereinigte Staaten von Amerika"),
    ),
    "CA": ("Kanada", "Canada", ()),
    "MX": ("Mexiko", "Mexico", ()),
    "BR": ("Brasilien", "Brazil", ()),
    "AR": ("Argentinien", "Argentina", ()),
    "CN": ("China", "China", ("Volksrepublik China", "People's Republic of China")),
    "JP": ("Japan", "Japan", ()),
    "KR": ("Südkorea", "South Korea", ("Korea", "Republic of Korea")),
    "VN": ("Vietnam", "Vietnam", ("Viet Nam",)),
    "TH": ("Thailand", "Thailand", ()),
    "IN": ("Indien", "India", ()),
    "IL": ("Israel", "Israel", ()),
    "EG": ("Ägypten", "Egypt", ()),
    "MA": ("Marokko", "Morocco", ()),
    "TN": ("Tunesien", "Tunisia", ()),
    "ZA": ("Südafrika", "South Africa", ()),
    "NG": ("Nigeria", "Nigeria", ()),
    "GH": ("Ghana", "Ghana", ()),
    "KE": ("Kenia", "Kenya", ()),
    "AU": ("Australien", "Australia", ()),
    "NZ": ("Neuseeland", "New Zealand", ()),
    "SY": ("Syrien", "Syria", ()),
    "AF": ("Afghanistan", "Afghanistan", ()),
    "IR": ("Iran", "Iran", ()),
    "IQ": ("Irak", "Iraq", ()),
}


def _key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace(".", " ").split())


_LOOKUP: dict[str, str] = {}
for _code, (_de, _en, _more) in COUNTRIES.items():
    for _name in (_code, _de, _en, *_more):
        _LOOKUP.setdefault(_key(_name), _code)


@functools.lru_cache(maxsize=4096)
def country_code(text: str) -> str | None:
    """The ISO code for a code or a German/English name, or None when unknown.

    Cached: an import asks for the same few country names thousands of times.
    """
    key = _key(text)
    if len(key) == 2 and key.upper() in COUNTRIES:
        return key.upper()
    return _LOOKUP.get(key)


def country_name(code: str, language: str = "de") -> str:
    """The country's name in German (default) or English; the code when unknown."""
    entry = COUNTRIES.get(code.upper())
    if entry is None:
        return code.upper()
    return entry[1] if language == "en" else entry[0]
