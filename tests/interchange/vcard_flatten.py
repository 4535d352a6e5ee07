"""Helpers that flatten a VCardContact into the text, digits and images a check looks at."""

from __future__ import annotations

import dataclasses
import io
import re

from partnercrm.interchange.vcard_card import Image, VCardContact


def texts(card: VCardContact) -> list[str]:
    """Every text leaf the card holds (names, values, labels, notes, extras)."""
    out: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, Image | bytes):
            return
        elif isinstance(value, tuple | list):
            for item in value:
                walk(item)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                if f.name != "problems":
                    walk(getattr(value, f.name))

    walk(card)
    return out


def phone_digits(card: VCardContact) -> list[str]:
    """The digits of each phone number as stored."""
    return [re.sub(r"\D", "", p.value) for p in card.phones]


def is_real_image(image: Image) -> bool:
    """Whether the bytes open as an image (Pillow when installed, else magic only)."""
    try:
        from PIL import Image as PilImage
    except ImportError:  # pragma: no cover - Pillow is optional
        return image.data[:3] in (b"\xff\xd8\xff", b"\x89PN", b"GIF")
    with PilImage.open(io.BytesIO(image.data)) as picture:
        picture.load()
    return True
