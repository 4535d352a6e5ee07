"""Robust vCard reader: any bytes in, decoded contacts and per-card problems out.

Works at byte level first (BOM, card framing, unfolding) and decodes each property
on its own, as shared/reference/vcard-interop.md recommends; vobject is not used
because it cuts text at commas and stops at the first bad card. One bad card never
costs the others, and ``read_vcards`` never raises.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field

from partnercrm.interchange.vcard_assembly import HANDLERS, CardAssembly
from partnercrm.interchange.vcard_card import VCardContact
from partnercrm.interchange.vcard_contentline import split_line
from partnercrm.interchange.vcard_lines import (
    MAX_CARD_BYTES,
    MAX_FILE_BYTES,
    MAX_LINE_BYTES,
    RawCard,
    normalize_breaks,
    split_cards,
    to_utf8_bytes,
    unfold,
)
from partnercrm.interchange.vcard_messages import message

MAX_PROPERTIES = 500
_FRAMING = frozenset({"BEGIN", "END", "VERSION"})
_MB = 1024 * 1024


@dataclass(frozen=True)
class CardProblem:
    """Something dropped or repaired: ``card_number`` is 1-based, 0 for the whole file."""

    source: str
    card_number: int
    reason: str


@dataclass
class ReadResult:
    """What one file yielded.

    Attributes:
        cards: the contacts in file order, each carrying its ``number``.
        problems: every problem of the file and of its cards, in order.
        not_a_vcard: True when the input holds no BEGIN:VCARD at all.
    """

    cards: list[VCardContact] = field(default_factory=list)
    problems: list[CardProblem] = field(default_factory=list)
    not_a_vcard: bool = False


def read_vcards(data: bytes, *, source: str = "") -> ReadResult:
    """Read every card in ``data``; ``source`` names the file in problem reports."""
    result = ReadResult()
    if len(data) > MAX_FILE_BYTES:
        result.problems.append(
            CardProblem(source, 0, message("file_too_large", limit=MAX_FILE_BYTES // _MB))
        )
        return result
    try:
        data, _ = to_utf8_bytes(data)
        raw_cards, found = split_cards(normalize_breaks(data))
    except Exception as error:  # never let a framing bug surface as a traceback
        result.problems.append(CardProblem(source, 0, message("internal", error=error)))
        return result
    if not found:
        result.not_a_vcard = True
        result.problems.append(CardProblem(source, 0, message("not_vcard")))
        return result
    # The reader allocates many small objects that never form cycles; pausing the
    # cyclic collector meanwhile saves about a quarter of the time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        for raw in raw_cards:
            card = _read_card_safely(raw, source, result)
            if card is not None:
                result.cards.append(card)
                result.problems.extend(CardProblem(source, raw.number, p) for p in card.problems)
    finally:
        if collecting:
            gc.enable()
    return result


def _read_card_safely(raw: RawCard, source: str, result: ReadResult) -> VCardContact | None:
    framing = [message(key, **args) for key, args in raw.issues]
    if raw.size > MAX_CARD_BYTES:
        framing.append(message("card_too_large", limit=MAX_CARD_BYTES // _MB))
        result.problems.extend(CardProblem(source, raw.number, p) for p in framing)
        return None
    try:
        card = _read_card(raw, framing)
    except Exception as error:  # a bug on one card must not cost the others
        framing.append(message("internal", error=error))
        result.problems.extend(CardProblem(source, raw.number, p) for p in framing)
        return None
    return card


def _read_card(raw: RawCard, framing: list[str]) -> VCardContact:
    version = raw.version.decode("ascii", errors="replace").strip()
    assembly = CardAssembly(version)
    assembly.problems.extend(framing)
    logical = unfold(raw.body, version21=version.startswith("2"))
    if len(logical) > MAX_PROPERTIES:
        assembly.problems.append(message("too_many_properties", limit=MAX_PROPERTIES))
        del logical[MAX_PROPERTIES:]
    for line in logical:
        if len(line) > MAX_LINE_BYTES:
            name = line[: min(line.find(b":") % 64, line.find(b";") % 64)] or line[:20]
            text = name.decode("utf-8", errors="replace")
            assembly.problems.append(
                message("line_too_long", name=text, limit=MAX_LINE_BYTES // _MB)
            )
            continue
        parsed = split_line(line)
        if parsed is None:
            snippet = line[:40].decode("utf-8", errors="replace")
            assembly.problems.append(message("unreadable_line", text=snippet))
            continue
        head, value = parsed
        handler = HANDLERS.get(head.name)  # looked up here: one call less per property
        if handler is not None:
            handler(assembly, head, value)
        elif head.name not in _FRAMING:
            assembly.keep(head, value)
    return assembly.build(raw.number)
