"""User-facing English sentences for what the vCard reader drops or repairs."""

from __future__ import annotations

from collections.abc import Callable

from partnercrm.i18n import translate

# Each entry calls translate() with a literal so that pyside6-lupdate collects it.
_MESSAGES: dict[str, Callable[[], str]] = {
    "not_vcard": lambda: translate("vcard", "The file contains no vCard (no BEGIN:VCARD line)."),
    "file_too_large": lambda: translate(
        "vcard", "The file is larger than {limit} MB and was not read."
    ),
    "too_many_cards": lambda: translate(
        "vcard", "The file holds more than {limit} cards; only the first {limit} were read."
    ),
    "card_too_large": lambda: translate(
        "vcard", "The card is larger than {limit} MB and was skipped."
    ),
    "line_too_long": lambda: translate(
        "vcard", "A {name} property longer than {limit} MB was dropped."
    ),
    "too_many_properties": lambda: translate(
        "vcard", "The card has more than {limit} properties; the rest were dropped."
    ),
    "missing_end": lambda: translate(
        "vcard", "The card has no END:VCARD line; it was read up to the next card."
    ),
    "nesting": lambda: translate(
        "vcard", "Nested cards are too deep; the inner ones were skipped."
    ),
    "agent_skipped": lambda: translate("vcard", "An embedded AGENT card was skipped."),
    "unreadable_line": lambda: translate(
        "vcard", "A line without a property name or colon was skipped: {text}"
    ),
    "bad_image": lambda: translate(
        "vcard", "Dropped a bad {name}: the data is not a complete JPEG, PNG or GIF image."
    ),
    "extra_image": lambda: translate("vcard", "A second {name} was kept as an extra property."),
    "unknown_charset": lambda: translate(
        "vcard", "Unknown character set {charset} on {name}; decoded as UTF-8 or Windows-1252."
    ),
    "replacement": lambda: translate(
        "vcard", "{name} contained bytes that are not valid text; they were replaced by �."
    ),
    "internal": lambda: translate(
        "vcard", "The card could not be read because of an internal error: {error}"
    ),
}


def message(key: str, **args: object) -> str:
    """Return the translated sentence for ``key`` with its named placeholders filled."""
    return _MESSAGES[key]().format(**args)
