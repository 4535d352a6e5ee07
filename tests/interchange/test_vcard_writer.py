"""Writer output format: encoding, line breaks, folding, escapes, groups."""

from __future__ import annotations

import datetime as dt

import pytest

from partnercrm.interchange.vcard_card import (
    Email,
    Image,
    Organization,
    PostalAddress,
    StructuredName,
    VCardContact,
)
from partnercrm.interchange.vcard_writer import fold, write_vcard, write_vcards

from .vcard_strategies import tiny_png

CARD = VCardContact(
    formatted_name="Dr. Anna Weiß",
    name=StructuredName("Weiß", "Anna", "", "Dr.", ""),
    organizations=(
        Organization("Stadt Köln", "Amt 51", "", "Leiterin; Koordination"),
        Organization("Bürgerstiftung, Köln", title="Vorstand"),
    ),
    emails=(Email("anna@example.org", ("work",), 1, "Dienst"),),
    addresses=(
        PostalAddress(street="Rathausplatz 1", city="Köln", postal_code="50667", types=("work",),
                      label_text="Rathausplatz 1\n50667 Köln"),
    ),
    notes=("Zeile 1\nZeile 2, mit Komma; und \\ Backslash",),
    birthday=dt.date(1970, 5, 4),
    photo=Image(tiny_png(), "image/png"),
)  # fmt: skip


def test_utf8_crlf_no_bom_and_always_n_and_fn() -> None:
    data = write_vcard(VCardContact())
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.endswith(b"END:VCARD\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")
    assert lines[:4] == [b"BEGIN:VCARD", b"VERSION:3.0", b"FN:", b"N:;;;;"]


def test_3_0_lines() -> None:
    text = write_vcard(CARD).decode("utf-8").replace("\r\n ", "")
    lines = text.split("\r\n")
    assert "FN:Dr. Anna Weiß" in lines
    assert "N:Weiß;Anna;;Dr.;" in lines
    assert "ORG:Stadt Köln;Amt 51" in lines
    assert "TITLE:Leiterin\\; Koordination" in lines
    assert "aff2.ORG:Bürgerstiftung\\, Köln" in lines
    assert "aff2.TITLE:Vorstand" in lines
    assert "item1.EMAIL;TYPE=work,pref:anna@example.org" in lines
    assert "item1.X-ABLabel:Dienst" in lines
    assert "item2.ADR;TYPE=work:;;Rathausplatz 1;Köln;;50667;" in lines
    assert "item2.LABEL:Rathausplatz 1\\n50667 Köln" in lines
    assert "NOTE:Zeile 1\\nZeile 2\\, mit Komma\\; und \\\\ Backslash" in lines
    assert "BDAY:1970-05-04" in lines
    assert any(line.startswith("PHOTO;ENCODING=b;TYPE=PNG:iVBOR") for line in lines)


def test_4_0_lines() -> None:
    text = write_vcard(CARD, version="4.0").decode("utf-8").replace("\r\n ", "")
    lines = text.split("\r\n")
    assert "VERSION:4.0" in lines
    assert "item1.EMAIL;TYPE=work;PREF=1:anna@example.org" in lines
    assert 'ADR;TYPE=work;LABEL="Rathausplatz 1^n50667 Köln":;;Rathausplatz 1;Köln;;50667;' in lines
    assert "BDAY:19700504" in lines
    assert any(line.startswith("PHOTO:data:image/png;base64,iVBOR") for line in lines)


def test_fold_at_75_octets_without_splitting_utf8() -> None:
    line = "NOTE:" + "ä" * 100 + "x" * 50
    folded = (fold(line) + "\r\n").encode("utf-8")
    physical = folded.split(b"\r\n")[:-1]
    assert all(len(p) <= 75 for p in physical)
    for p in physical:
        p.decode("utf-8")  # raises if a sequence was split
    assert b"".join(p[1:] if i else p for i, p in enumerate(physical)).decode() == line


def test_fn_is_built_when_missing() -> None:
    card = VCardContact(name=StructuredName("Weiß", "Anna"))
    assert b"FN:Anna Wei\xc3\x9f\r\n" in write_vcard(card)


def test_several_cards_and_unknown_version() -> None:
    data = write_vcards([CARD, CARD])
    assert data.count(b"BEGIN:VCARD\r\n") == 2
    with pytest.raises(ValueError):
        write_vcard(CARD, version="2.1")
