"""read(write(card)) == card, for generated contacts and for the shared corpus."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings

from partnercrm.interchange.vcard_card import ExtraProperty, Image, VCardContact
from partnercrm.interchange.vcard_reader import read_vcards
from partnercrm.interchange.vcard_writer import write_vcards

from .test_vcard_samples import FILES, SAMPLES, needs_corpus
from .vcard_strategies import contacts, tiny_png

_SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _round_trip(card: VCardContact, version: str) -> VCardContact:
    result = read_vcards(write_vcards([card], version=version), source="round-trip")
    assert result.problems == []
    assert len(result.cards) == 1
    return result.cards[0]


@_SETTINGS
@given(contacts("3.0"))
def test_round_trip_3_0(card: VCardContact) -> None:
    assert _round_trip(card, "3.0") == card


@_SETTINGS
@given(contacts("4.0"))
def test_round_trip_4_0(card: VCardContact) -> None:
    assert _round_trip(card, "4.0") == card


@needs_corpus
@pytest.mark.parametrize("version", ["3.0", "4.0"])
@pytest.mark.parametrize("name", sorted(FILES) or ["<none>"])
def test_corpus_round_trip(name: str, version: str) -> None:
    cards = read_vcards((SAMPLES / "vcards" / name).read_bytes(), source=name).cards
    again = read_vcards(write_vcards(cards, version=version)).cards
    assert len(again) == len(cards)
    for before, after in zip(cards, again, strict=True):
        # Cards without FN get one built from N, ORG or e-mail; problems stay behind.
        expected = dataclasses.replace(
            before,
            version=version,
            problems=(),
            formatted_name=before.formatted_name or after.formatted_name,
        )
        assert after == expected


def test_folded_head_after_photo_and_trailing_backslash_survive() -> None:
    """Two cases Hypothesis found: a folded head with no colon on its first line must
    not be swallowed by base64 data or by a backslash continuation."""
    long_type = ExtraProperty("X-SKYPE", "", (("TYPE", ("home",) * 13),))
    card = VCardContact(
        formatted_name="0",
        logo=Image(tiny_png(), "image/png"),
        extra=(ExtraProperty("X-SKYPE", "\\"), long_type),
    )
    for version in ("3.0", "4.0"):
        assert _round_trip(card, version) == dataclasses.replace(card, version=version)
