"""Postal address blocks (DIN 5008, Deutsche Post, foreign formats) and letter salutations.

Plain functions over plain dataclasses: the services turn database rows into a
``Recipient``; printing and e-mail use the lines and salutations built here. The rules
and their sources are collected in the reference "labels-and-addresses.md" (§2, §3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from partnercrm.model.enums import AddressForm, SalutationForm

DEFAULT_MAX_LINES = 6  # the DIN 5008 Anschriftzone has six lines


class Language(StrEnum):
    """Language of the salutation; German is the default for everything not English."""

    DE = "de"
    EN = "en"


class BlockStyle(StrEnum):
    """Which lines come first in the address block (this changes who may open the letter)."""

    BUSINESS = "business"  # organisation first: the post room may open it
    PERSONAL = "personal"  # person first ("persönlich"): passed on unopened
    PRIVATE = "private"  # person at a private address, no organisation


class TitleMode(StrEnum):
    """Which academic titles the salutation names."""

    HIGHEST = "highest"  # "Herr Professor Mey" (etiquette sources, the default)
    ALL = "all"  # "Herr Prof. Dr. Mey" (common practice)


@dataclass(frozen=True)
class PostalAddress:
    """A postal address; ``country`` is an ISO 3166 alpha-2 code.

    Attributes: street (with house number), addition (building, floor, c/o),
    po_box (number, e.g. "12 34 56"), po_box_postal_code (large recipients have their
    own; falls back to postal_code), postal_code, city, region (US state, GB county,
    IT/ES province), country.
    """

    street: str = ""
    addition: str = ""
    po_box: str = ""
    po_box_postal_code: str = ""
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = "DE"


@dataclass(frozen=True)
class Recipient:
    """Who a letter or label goes to, as the services hand it over.

    ``name_particle`` holds everything between first and last name that belongs to
    the surname by German law ("von", "van", "de", "Freiherr von"); ``office_title``
    is free text ("Bürgermeisterin", "Erster Bürgermeister"); ``salutation_override``
    replaces the generated salutation (nobility, personal wishes).
    """

    salutation_form: SalutationForm = SalutationForm.NEUTRAL
    academic_title: str = ""
    first_name: str = ""
    name_particle: str = ""
    last_name: str = ""
    office_title: str = ""
    address_form: AddressForm = AddressForm.FORMAL
    language: str = "de"
    organization: str = ""
    department: str = ""
    address: PostalAddress = field(default_factory=PostalAddress)
    salutation_override: str = ""

    @property
    def has_person(self) -> bool:
        return bool(self.last_name.strip() or self.first_name.strip())


class BlockPart(StrEnum):
    """The kinds of line in an address block; names what was left out of a block."""

    ORGANIZATION = "organization"
    DEPARTMENT = "department"
    OFFICE = "office"
    NAME = "name"
    ADDITION = "addition"
    DELIVERY = "delivery"
    TOWN = "town"
    REGION = "region"
    COUNTRY = "country"


class AddressWarning(StrEnum):
    """Doubts about an address; codes, so that the UI words them in the user's language."""

    POSTCODE_IMPLAUSIBLE = "postcode_implausible"
    NO_DELIVERY_LINE = "no_delivery_line"


@dataclass(frozen=True)
class DroppedLine:
    """A line left out of an address block because the block had too few lines."""

    text: str
    part: BlockPart


@dataclass(frozen=True)
class AddressBlock:
    """The lines of an address block, what had to be left out, and doubts about it."""

    lines: tuple[str, ...]
    dropped: tuple[DroppedLine, ...] = ()
    warnings: tuple[AddressWarning, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.dropped

    def text(self) -> str:
        return "\n".join(self.lines)


# German country names for the last line (DIN 5008 asks for German, sorting happens here).
COUNTRY_NAMES_DE: dict[str, str] = {
    "AD": "Andorra", "AT": "Österreich", "AU": "Australien", "BA": "Bosnien und Herzegowina",
    "BE": "Belgien", "BG": "Bulgarien", "BR": "Brasilien", "BY": "Belarus", "CA": "Kanada",
    "CH": "Schweiz", "CN": "China", "CY": "Zypern", "CZ": "Tschechien", "DE": "Deutschland",
    "DK": "Dänemark", "EE": "Estland", "ES": "Spanien", "FI": "Finnland", "FR": "Frankreich",
    "GB": "Vereinigtes Königreich", "GR": "Griechenland", "HR": "Kroatien", "HU": "Ungarn",
    "IE": "Irland", "IL": "Israel", "IN": "Indien", "IS": "Island", "IT": "Italien",
    "JP": "Japan", "LI": "Liechtenstein", "LT": "Litauen", "LU": "Luxemburg", "LV": "Lettland",
    "MA": "Marokko", "MC": "Monaco", "MD": "Moldau", "ME": "Montenegro", "MK": "Nordmazedonien",
    "MT": "Malta", "NL": "Niederlande", "NO": "Norwegen", "NZ": "Neuseeland", "PL": "Polen",
    "PT": "Portugal", "RO": "Rumänien", "RS": "Serbien", "RU": "Russland", "SE": "Schweden",
    "SI": "Slowenien", "SK": "Slowakei", "SY": "Syrien", "TN": "Tunesien", "TR": "Türkei",
    "UA": "Ukraine", "US": "Vereinigte Staaten", "VN": "Vietnam", "XK": "Kosovo",
}  # fmt: skip

# Town-line patterns after google/libaddressinput countryinfo.txt: Z postcode, C town,
# S region. "|" separates lines. Countries not listed use "Z C".
_TOWN_FORMATS: dict[str, str] = {
    "GB": "C|S|Z",  # town, county and postcode each on a line of their own
    "IE": "C|S|Z",
    "US": "C S Z",  # SPRINGFIELD IL 62701
    "CA": "C S Z",
    "AU": "C S Z",
    "IT": "Z C S",  # 00144 ROMA RM
    "ES": "Z C S",
    "LU": "L-Z C",  # the EU style guide keeps the L- prefix for Luxembourg
}

# Postcode patterns (libaddressinput) used to warn about obvious typing errors.
_POSTCODE_PATTERNS: dict[str, str] = {
    "DE": r"\d{5}",
    "AT": r"\d{4}",
    "CH": r"\d{4}",
    "LI": r"\d{4}",
    "NL": r"\d{4} ?[A-Z]{2}",
    "FR": r"\d{2} ?\d{3}",
    "BE": r"\d{4}",
    "LU": r"(L-)?\d{4}",
    "DK": r"\d{4}",
    "SE": r"\d{3} ?\d{2}",
    "PL": r"\d{2}-\d{3}",
    "IT": r"\d{5}",
    "ES": r"\d{5}",
    "US": r"\d{5}([ \-]\d{4})?",
    "GB": r"GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}",
}

# The word for a post-office box in the destination country's language.
_PO_BOX_WORDS: dict[str, str] = {
    "DE": "Postfach", "AT": "Postfach", "CH": "Postfach", "LI": "Postfach",
    "NL": "Postbus", "BE": "Postbus", "FR": "BP", "LU": "BP", "IT": "Casella postale",
    "ES": "Apartado", "PL": "Skrytka pocztowa", "DK": "Postboks", "NO": "Postboks",
    "SE": "Box", "FI": "PL", "GB": "PO Box", "IE": "PO Box", "US": "PO Box",
}  # fmt: skip

# Nobility words dropped in the salutation: "Herr von Rosenau", not "Herr Freiherr von …".
_DROPPED_IN_SALUTATION = frozenset({"freiherr", "freifrau", "freiin", "edle", "edler"})

# Faculty suffixes and degrees that never appear in a salutation.
_PROFESSOR_RE = re.compile(r"^(prof\.?|professor|professorin)$", re.IGNORECASE)
_DOCTOR_RE = re.compile(r"^(dr\.?|dres\.?)$", re.IGNORECASE)


def _join(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def _upper(text: str) -> str:
    return text.strip().upper()


def country_name_de(code: str) -> str:
    """Return the German country name for an ISO code, or the code itself if unknown."""
    return COUNTRY_NAMES_DE.get(code.strip().upper(), code.strip().upper())


def postal_code_plausible(country: str, postal_code: str) -> bool:
    """Tell whether a postcode matches its country's pattern (unknown countries pass)."""
    pattern = _POSTCODE_PATTERNS.get(country.strip().upper())
    if pattern is None or not postal_code.strip():
        return True
    return re.fullmatch(pattern, postal_code.strip().upper()) is not None


def full_name(recipient: Recipient, *, with_title: bool = True) -> str:
    """Return "Dr. Max von Muster": title, first name, particle, last name."""
    title = recipient.academic_title if with_title else ""
    return _join(title, recipient.first_name, recipient.name_particle, recipient.last_name)


def sort_name(recipient: Recipient) -> str:
    """Return "Hausen, Peter von": the particle follows the first name (DIN 5007-2)."""
    rest = _join(recipient.first_name, recipient.name_particle)
    last = recipient.last_name.strip()
    return f"{last}, {rest}" if last and rest else last or rest


def _name_lines(recipient: Recipient) -> list[tuple[BlockPart, str]]:
    """Return the person's lines, tagged: the office line (if any), then the name."""
    if not recipient.has_person:
        return []
    prefix = {SalutationForm.FRAU: "Frau", SalutationForm.HERR: "Herrn"}.get(
        recipient.salutation_form, ""
    )
    name = full_name(recipient)
    if recipient.office_title.strip():
        # Protocol practice: "Herrn Oberbürgermeister" above "Dr. Max Muster".
        return [(BlockPart.OFFICE, _join(prefix, recipient.office_title)), (BlockPart.NAME, name)]
    return [(BlockPart.NAME, _join(prefix, name))]


def _town_lines(address: PostalAddress, postal_code: str, foreign: bool) -> list[str]:
    country = address.country.strip().upper() or "DE"
    city = _upper(address.city) if foreign else address.city.strip()
    region = _upper(address.region) if foreign else address.region.strip()
    if country in {"GB", "NL", "CA", "IE"}:
        postal_code = postal_code.upper()
    if country == "LU" and postal_code.upper().startswith("L-"):
        postal_code = postal_code[2:]
    pattern = _TOWN_FORMATS.get(country, "Z C") if foreign else "Z C"
    lines = []
    for part in pattern.split("|"):
        line = part.replace("Z", "\0z").replace("C", "\0c").replace("S", "\0s")
        line = line.replace("\0z", postal_code).replace("\0c", city).replace("\0s", region)
        line = " ".join(line.split())
        if line and line != "L-":
            lines.append(line)
    return lines


def address_block(
    recipient: Recipient,
    *,
    style: BlockStyle = BlockStyle.BUSINESS,
    max_lines: int = DEFAULT_MAX_LINES,
    sender_country: str = "DE",
    use_po_box: bool = True,
) -> AddressBlock:
    """Build the address lines for a letter window or label.

    No blank lines; at most ``max_lines``. Lines that do not fit are dropped in this
    order and reported: department, addition, region line, office title (moved onto the
    name line, nothing lost), organisation (when a person is named), person (when an
    organisation is named). Delivery, town and country lines are never dropped; if they
    alone exceed ``max_lines`` a ``ValueError`` says so.
    """
    address = recipient.address
    country = address.country.strip().upper() or sender_country.strip().upper()
    foreign = country != sender_country.strip().upper()
    warnings: list[AddressWarning] = []

    # (tag, text) pairs; tags decide the dropping order.
    person = _name_lines(recipient)
    org: list[tuple[BlockPart, str]] = []
    if style is not BlockStyle.PRIVATE:
        if recipient.organization.strip():
            org.append((BlockPart.ORGANIZATION, recipient.organization.strip()))
        if recipient.department.strip():
            org.append((BlockPart.DEPARTMENT, recipient.department.strip()))
    head = person + org if style is not BlockStyle.BUSINESS else org + person

    body: list[tuple[BlockPart, str]] = []
    if address.addition.strip():
        body.append((BlockPart.ADDITION, address.addition.strip()))
    postal_code = address.postal_code.strip()
    if use_po_box and address.po_box.strip():
        # Deutsche Post: with a Postfach, mail goes to the Postfach (with its own PLZ).
        box = address.po_box.strip()
        word = _PO_BOX_WORDS.get(country, "PO Box")
        body.append((BlockPart.DELIVERY, box if not box[0].isdigit() else f"{word} {box}"))
        postal_code = address.po_box_postal_code.strip() or postal_code
    elif address.street.strip():
        body.append((BlockPart.DELIVERY, address.street.strip()))
    towns = _town_lines(address, postal_code, foreign)
    for index, town in enumerate(towns):
        is_region = len(towns) == 3 and index == 1
        body.append((BlockPart.REGION if is_region else BlockPart.TOWN, town))
    if foreign:
        body.append((BlockPart.COUNTRY, _upper(country_name_de(country))))

    if not postal_code_plausible(country, postal_code):
        warnings.append(AddressWarning.POSTCODE_IMPLAUSIBLE)
    if not body or not any(tag is BlockPart.DELIVERY for tag, _ in body):
        warnings.append(AddressWarning.NO_DELIVERY_LINE)

    lines = [*head, *body]
    dropped: list[DroppedLine] = []

    def drop(part: BlockPart) -> None:
        for i in range(len(lines) - 1, -1, -1):
            if len(lines) <= max_lines:
                return
            if lines[i][0] == part:
                dropped.append(DroppedLine(lines[i][1], part))
                del lines[i]

    drop(BlockPart.DEPARTMENT)
    drop(BlockPart.ADDITION)
    drop(BlockPart.REGION)
    if len(lines) > max_lines:
        # Move the office title onto the name line instead of losing it.
        tags = [tag for tag, _ in lines]
        if BlockPart.OFFICE in tags and BlockPart.NAME in tags:
            i, j = tags.index(BlockPart.OFFICE), tags.index(BlockPart.NAME)
            lines[j] = (BlockPart.NAME, _join(lines[i][1], lines[j][1]))
            del lines[i]
    if person and org:
        drop(BlockPart.ORGANIZATION)
        drop(BlockPart.NAME)
    if len(lines) > max_lines:
        raise ValueError(f"The address needs more than {max_lines} lines even at its shortest.")
    return AddressBlock(tuple(text for _, text in lines), tuple(dropped), tuple(warnings))


def _language(recipient: Recipient) -> Language:
    return Language.EN if recipient.language.strip().lower().startswith("en") else Language.DE


def _salutation_surname(recipient: Recipient) -> str:
    particle = " ".join(
        word
        for word in recipient.name_particle.split()
        if word.lower() not in _DROPPED_IN_SALUTATION
    )
    return _join(particle, recipient.last_name)


def _titles(academic_title: str) -> tuple[bool, bool]:
    """Return (is professor, is doctor); faculty suffixes and diplomas do not count."""
    words = academic_title.replace(".", ". ").split()
    professor = any(_PROFESSOR_RE.match(w) for w in words)
    doctor = any(_DOCTOR_RE.match(w) for w in words)
    return professor, doctor


# English forms of common German office titles, for "Dear Mayor Müller,".
_OFFICES_EN: dict[str, str] = {
    "bürgermeister": "Mayor", "bürgermeisterin": "Mayor", "oberbürgermeister": "Mayor",
    "oberbürgermeisterin": "Mayor", "erster bürgermeister": "Mayor",
    "erste bürgermeisterin": "Mayor", "minister": "Minister", "ministerin": "Minister",
    "staatssekretär": "State Secretary", "staatssekretärin": "State Secretary",
}  # fmt: skip


def salutation(recipient: Recipient, *, titles: TitleMode = TitleMode.HIGHEST) -> str:
    """Return the salutation line of a letter, ending with a comma.

    German: "Sehr geehrte Frau Dr. Müller," / "Sehr geehrter Herr Professor Schmidt,"
    (``TitleMode.ALL``: "Herr Prof. Dr. Schmidt,") / "Sehr geehrte Frau Bürgermeisterin,"
    / neutral "Guten Tag Alex Beispiel," / informal "Liebe Jana,". English: "Dear Ms
    Müller," / "Dear Dr Schmidt," / "Dear Alex Beispiel," / "Dear Jana,".
    """
    if recipient.salutation_override.strip():
        return recipient.salutation_override.strip()
    if _language(recipient) is Language.EN:
        return _salutation_en(recipient)
    return _salutation_de(recipient, titles)


def _salutation_de(recipient: Recipient, titles: TitleMode) -> str:
    form = recipient.salutation_form
    if not recipient.has_person:
        return "Sehr geehrte Damen und Herren,"
    if recipient.address_form is AddressForm.INFORMAL and recipient.first_name.strip():
        first = recipient.first_name.strip()
        if form is SalutationForm.FRAU:
            return f"Liebe {first},"
        if form is SalutationForm.HERR:
            return f"Lieber {first},"
        return f"Hallo {first},"
    professor, doctor = _titles(recipient.academic_title)
    surname = _salutation_surname(recipient)
    if form is SalutationForm.NEUTRAL or not surname:
        # Trans* associations' advice: a greeting and the full name, no Frau/Herr.
        title = "Prof." if professor else ""
        title = _join(title, "Dr.") if doctor and (titles is TitleMode.ALL or not title) else title
        name = _join(title, recipient.first_name, _salutation_surname(recipient))
        return f"Guten Tag {name},"
    opening = "Sehr geehrte Frau" if form is SalutationForm.FRAU else "Sehr geehrter Herr"
    if recipient.office_title.strip():
        # The office replaces the name: "Sehr geehrte Frau Bürgermeisterin,".
        return f"{opening} {recipient.office_title.strip()},"
    if titles is TitleMode.ALL:
        title = _join("Prof." if professor else "", "Dr." if doctor else "")
    elif professor:
        title = "Professorin" if form is SalutationForm.FRAU else "Professor"
    else:
        title = "Dr." if doctor else ""
    return f"{opening} {_join(title, surname)},"


def _salutation_en(recipient: Recipient) -> str:
    if not recipient.has_person:
        return "Dear Sir or Madam,"
    if recipient.address_form is AddressForm.INFORMAL and recipient.first_name.strip():
        return f"Dear {recipient.first_name.strip()},"
    professor, doctor = _titles(recipient.academic_title)
    surname = _salutation_surname(recipient)
    office = _OFFICES_EN.get(recipient.office_title.strip().lower(), "")
    if office and surname:
        return f"Dear {office} {surname},"
    if professor and surname:
        return f"Dear Professor {surname},"
    if doctor and surname:
        return f"Dear Dr {surname},"  # British style: no full stop after Dr, Ms, Mr
    if recipient.salutation_form is SalutationForm.NEUTRAL or not surname:
        return f"Dear {_join(recipient.first_name, surname)},"
    honorific = "Ms" if recipient.salutation_form is SalutationForm.FRAU else "Mr"
    return f"Dear {honorific} {surname},"
