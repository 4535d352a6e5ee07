"""Every card of the shared real-world corpus keeps every expected value."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from partnercrm.interchange.vcard_reader import read_vcards

from .vcard_flatten import is_real_image, phone_digits, texts

# The corpus lives next to the repository checkout (../shared/samples), never inside it.
SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
EXPECTED = SAMPLES / "vcards-expected.json"


def _expected() -> dict[str, Any]:
    if not EXPECTED.is_file():
        return {}
    data: dict[str, Any] = json.loads(EXPECTED.read_text(encoding="utf-8"))
    files: dict[str, Any] = data["files"]
    return files


FILES = _expected()
needs_corpus = pytest.mark.skipif(not FILES, reason=f"shared vCard corpus not found at {SAMPLES}")


@needs_corpus
def test_corpus_lists_every_file() -> None:
    on_disk = {p.name for p in (SAMPLES / "vcards").glob("*.vcf")}
    assert on_disk == set(FILES)


@needs_corpus
@pytest.mark.parametrize("name", sorted(FILES) or ["<none>"])
def test_sample_file(name: str) -> None:
    spec = FILES[name]
    result = read_vcards((SAMPLES / "vcards" / name).read_bytes(), source=name)
    assert not result.not_a_vcard
    assert len(result.cards) == len(spec["cards"])
    for number, (card, want) in enumerate(zip(result.cards, spec["cards"], strict=True), 1):
        assert card.number == number
        haystack = "\n".join(texts(card)).replace("\r\n", "\n")
        missing = [s for s in want["must_contain"] if s not in haystack]
        assert not missing, f"{name} card {number} lacks {missing}"
        digits = phone_digits(card)
        lost = [d for d in want["digits"] if not any(d in have for have in digits)]
        assert not lost, f"{name} card {number} lacks phone digits {lost}"
        images = [i for i in (card.photo, card.logo) if i is not None]
        if want["photo"]:
            assert images, f"{name} card {number} lost its photo"
        for image in images:
            assert is_real_image(image), f"{name} card {number} holds a broken image"


@needs_corpus
def test_evolution_long_note_is_complete() -> None:
    data = (SAMPLES / "vcards" / "evolution_v30_17cards.vcf").read_bytes()
    notes = [n for card in read_vcards(data).cards for n in card.notes]
    assert max(len(n) for n in notes) == 7270
