"""Validation and normalisation of e-mail addresses, phone numbers, postal codes, countries.

Each function returns the normalised value or raises ``ValidationError`` naming the
field and saying what is wrong, in words the user can act on.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from partnercrm.countries import country_code
from partnercrm.errors import ValidationError
from partnercrm.i18n import translate

DEFAULT_REGION = "DE"

# Practical e-mail syntax: one @, a dotted domain, no spaces (RFC 5322 allows more,
# but nothing that real address books hold).
_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)
_IDN_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

POSTAL_CODE_PATTERNS: dict[str, tuple[str, str]] = {
    "DE": (r"\d{5}", "five digits, e.g. 50667"),
    "AT": (r"\d{4}", "four digits, e.g. 1010"),
    "CH": (r"\d{4}", "four digits, e.g. 8001"),
    "LI": (r"\d{4}", "four digits, e.g. 9490"),
    "LU": (r"\d{4}", "four digits, e.g. 1009"),
    "BE": (r"\d{4}", "four digits, e.g. 1000"),
    "DK": (r"\d{4}", "four digits, e.g. 1050"),
    "NL": (r"\d{4} ?[A-Z]{2}", "four digits and two letters, e.g. 1234 AB"),
    "FR": (r"\d{2} ?\d{3}", "five digits, e.g. 75001"),
    "IT": (r"\d{5}", "five digits, e.g. 00118"),
    "ES": (r"\d{5}", "five digits, e.g. 28001"),
    "PL": (r"\d{2}-\d{3}", "two digits, a hyphen and three digits, e.g. 00-950"),
    "CZ": (r"\d{3} ?\d{2}", "five digits, e.g. 110 00"),
    "SE": (r"\d{3} ?\d{2}", "five digits, e.g. 114 55"),
    "US": (r"\d{5}(?:[ -]\d{4})?", "a ZIP code, e.g. 62701 or 62701-1234"),
    "GB": (
        r"(?:GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})",
        "a UK postcode, e.g. EC1Y 8SY",
    ),
    "TR": (r"\d{5}", "five digits, e.g. 06100"),
}


def normalize_email(value: str, *, field: str = "email") -> str:
    """Return the trimmed address, or raise if it is not an e-mail address."""
    address = value.strip()
    if not address:
        raise ValidationError(field, translate("validation", "The e-mail address is empty."))
    if "@" not in address:
        raise ValidationError(
            field,
            translate("validation", "“{value}” is not an e-mail address: the @ is missing.").format(
                value=address
            ),
        )
    if not (_EMAIL.match(address) or (_IDN_EMAIL.match(address) and not address.isascii())):
        raise ValidationError(
            field,
            translate(
                "validation",
                "“{value}” is not a valid e-mail address. Write it as name@example.org.",
            ).format(value=address),
        )
    local, _, domain = address.rpartition("@")
    return f"{local}@{domain.lower()}"


@dataclass(frozen=True)
class PhoneNumber:
    """A phone number as typed (for display) and in E.164 (for matching and dialling)."""

    display: str
    e164: str


# Digits in groups separated by single spaces, optionally after a "+": the form of
# nearly every number an address book exports.
_PLAIN_PHONE = re.compile(r"(\+?)([0-9]+(?: [0-9]+)*)")


def _plain_german_e164(text: str, region: str) -> str | None:
    """E.164 of a plain German number (+49 … or 0… in region DE), or None: then parse.

    Full parsing costs about 35 µs a number, a tenth of a 10,000-card import (issue:
    exchange). For a plain German number without a leading zero after the prefix,
    phonenumbers' parse only splits off the country code or national prefix; the
    length check is then phonenumbers' own. Anything else — other countries, "00",
    brackets, extensions, a doubtful length — goes the full way, so that the result
    and every error message stay those of ``phonenumbers``.
    """
    match = _PLAIN_PHONE.fullmatch(text)
    if match is None:
        return None
    digits = match.group(2).replace(" ", "")
    if match.group(1):
        if not digits.startswith("49"):
            return None
        national = digits[2:]
    elif region == "DE" and digits.startswith("0"):
        national = digits[1:]
    else:
        return None
    if not 5 <= len(national) <= 17 or national.startswith("0"):
        return None
    parsed, reason, possible = _length_check()
    if reason(parsed(country_code=49, national_number=int(national))) != possible:
        return None
    return "+49" + national


@functools.cache
def _length_check() -> tuple[Any, Any, Any]:  # Any: the types live in the lazy import
    """phonenumbers' number type, length check and "possible" verdict, imported once.

    Imported on first use, not with this module: phonenumbers takes a while to load.
    """
    from phonenumbers import PhoneNumber as Parsed
    from phonenumbers.phonenumberutil import ValidationResult, is_possible_number_with_reason

    return Parsed, is_possible_number_with_reason, ValidationResult.IS_POSSIBLE


def normalize_phone(
    value: str, *, region: str = DEFAULT_REGION, field: str = "phone"
) -> PhoneNumber:
    """Parse a phone number (national numbers in ``region``) into E.164."""
    import phonenumbers

    text = value.strip()
    plain = _plain_german_e164(text, region)
    if plain is not None:
        return PhoneNumber(text, plain)
    if not text:
        raise ValidationError(field, translate("validation", "The phone number is empty."))
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(
            field,
            translate(
                "validation",
                "“{value}” is not a phone number. Write it with area code, e.g. 0221 123456 "
                "or +49 221 123456.",
            ).format(value=text),
        ) from exc
    # phonenumbers deems two digits "possible"; no reachable contact number is that short.
    if not phonenumbers.is_possible_number(parsed) or len(str(parsed.national_number)) < 5:
        raise ValidationError(
            field,
            translate(
                "validation",
                "“{value}” cannot be a phone number: it has too few or too many digits.",
            ).format(value=text),
        )
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return PhoneNumber(text, e164)


def normalize_country(value: str, *, field: str = "country") -> str:
    """Return an ISO 3166-1 alpha-2 code for a code or a German or English country name."""
    text = value.strip()
    if not text:
        return DEFAULT_REGION
    code = country_code(text)
    if code is None:
        raise ValidationError(
            field,
            translate(
                "validation",
                "“{value}” is not a known country. Use a two-letter code such as DE, AT or CH.",
            ).format(value=text),
        )
    return code


def normalize_postal_code(value: str, country: str, *, field: str = "postal_code") -> str:
    """Check a postal code against the country's format; return it tidied (upper case)."""
    code = " ".join(value.strip().upper().split())
    if not code:
        return ""
    rule = POSTAL_CODE_PATTERNS.get(country.upper())
    if rule is None:
        return code
    pattern, example = rule
    if not re.fullmatch(pattern, code):
        raise ValidationError(
            field,
            translate(
                "validation",
                "“{value}” is not a postal code of {country}: expected {example}.",
            ).format(value=code, country=country.upper(), example=translate("validation", example)),
        )
    return code


def normalize_url(value: str, *, field: str = "website") -> str:
    """Tidy a web address; add https:// when the scheme is missing."""
    text = value.strip()
    if not text:
        return ""
    if " " in text or "." not in text:
        raise ValidationError(
            field,
            translate("validation", "“{value}” is not a web address.").format(value=text),
        )
    if not re.match(r"^[a-z][a-z0-9+.-]*://", text, re.I):
        text = "https://" + text
    return text
