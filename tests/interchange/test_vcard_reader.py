"""Reader behaviour on small hand-written cards: encodings, framing, damage, limits."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from partnercrm.interchange.vcard_card import Organization, VCardContact
from partnercrm.interchange.vcard_reader import read_vcards

from .vcard_strategies import tiny_png


def _one(data: bytes) -> VCardContact:
    result = read_vcards(data, source="test.vcf")
    assert len(result.cards) == 1, result.problems
    return result.cards[0]


OUTLOOK_21 = (
    b"BEGIN:VCARD\r\n"
    b"VERSION:2.1\r\n"
    b"N;LANGUAGE=de:M\xfcller;J\xfcrgen;;Herr;sen.\r\n"
    b"FN:J\xfcrgen M\xfcller\r\n"
    b"ORG:Stadt K\xf6ln;Amt f\xfcr B\xfcrgerengagement\r\n"
    b"TITLE:Referent, Ehrenamt\r\n"
    b"TEL;WORK;VOICE:+49 (221) 123456 - 11\r\n"
    b"ADR;WORK;PREF;CHARSET=Windows-1252:;;Rathausplatz 1;K\xf6ln;;50667;Deutschland\r\n"
    b"LABEL;WORK;PREF;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Rathausplatz 1=0D=0A=\r\n"
    b"50667 K=F6ln\r\n"
    b"NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Sprechzeiten Mo 8=E2=80=9312, 15=E2=\r\n"
    b"=80=9318 Uhr\r\n"
    b"EMAIL;PREF;INTERNET:j.mueller@stadt-koeln.example\r\n"
    b"X-MS-OL-DESIGN;CHARSET=utf-8:<card>Gesch\xc3\xa4ftlich</card>\r\n"
    b"BDAY:19650322\r\n"
    b"END:VCARD\r\n"
)


def test_outlook_21_quoted_printable_and_ansi() -> None:
    card = _one(OUTLOOK_21)
    assert card.version == "2.1"
    assert card.name.family == "Müller"
    assert card.name.prefix == "Herr"
    assert card.name.suffix == "sen."
    assert card.formatted_name == "Jürgen Müller"
    assert card.organizations == (
        Organization("Stadt Köln", "Amt für Bürgerengagement", "", "Referent, Ehrenamt"),
    )
    assert card.phones[0].types == ("work", "voice")
    address = card.addresses[0]
    assert (address.street, address.city, address.postal_code) == (
        "Rathausplatz 1",
        "Köln",
        "50667",
    )
    assert address.pref == 1
    assert address.label_text == "Rathausplatz 1\n50667 Köln"
    assert card.notes == ("Sprechzeiten Mo 8–12, 15–18 Uhr",)
    assert card.emails[0].value == "j.mueller@stadt-koeln.example"
    assert card.emails[0].pref == 1
    assert card.birthday == dt.date(1965, 3, 22)
    design = [e for e in card.extra if e.name == "X-MS-OL-DESIGN"]
    assert design[0].value == "<card>Geschäftlich</card>"
    assert card.problems == ()


def _card(body: bytes) -> bytes:
    return b"BEGIN:VCARD\r\nVERSION:3.0\r\n" + body + b"END:VCARD\r\n"


def test_broken_card_in_the_middle_costs_only_itself() -> None:
    data = (
        _card(b"FN:Eins\r\n")
        + b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zwei\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSk\r\n"
        + b"garbage without colon\r\n"
        + _card(b"FN:Drei\r\n")
    )
    result = read_vcards(data, source="mixed.vcf")
    assert [c.formatted_name for c in result.cards] == ["Eins", "Zwei", "Drei"]
    assert [c.number for c in result.cards] == [1, 2, 3]
    assert result.cards[1].photo is None
    reasons = {(p.card_number, p.reason.split(" ")[0]) for p in result.problems}
    assert (2, "Dropped") in reasons  # the bad photo
    assert (2, "The") in reasons  # no END:VCARD before card 3
    assert all(p.source == "mixed.vcf" for p in result.problems)


def test_missing_end_at_end_of_file_keeps_the_card() -> None:
    result = read_vcards(b"BEGIN:VCARD\nVERSION:3.0\nFN:Offen\nEMAIL:a@b.example\n")
    assert result.cards[0].emails[0].value == "a@b.example"
    assert "END:VCARD" in result.problems[0].reason
    assert result.problems[0].card_number == 1


def test_bad_base64_photo_is_dropped_and_reported() -> None:
    card = _one(_card(b"FN:X\r\nPHOTO;ENCODING=b;TYPE=JPEG:!!!notbase64\r\n"))
    assert card.photo is None
    assert any("PHOTO" in p for p in card.problems)


def test_photo_forms_decode_to_the_same_image() -> None:
    png = tiny_png()
    encoded = base64.b64encode(png)
    folded = b"\r\n ".join(encoded[i : i + 40] for i in range(0, len(encoded), 40))
    forms = [
        _card(b"PHOTO;ENCODING=b;TYPE=PNG:" + folded + b"\r\n"),
        _card(b"PHOTO;BASE64:" + encoded + b"\r\n"),
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nPHOTO;PNG;B:\r\n    " + encoded + b"\r\n\r\nEND:VCARD\r\n",
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nPHOTO:data:image/png;base64," + encoded + b"\r\nEND:VCARD",
        _card(b"PHOTO;VALUE=uri:data:image/png;base64\\," + encoded + b"\r\n"),
    ]
    for form in forms:
        card = _one(form)
        assert card.photo is not None, form[:60]
        assert card.photo.data == png
        assert card.photo.mime == "image/png"


def test_utf16_with_and_without_bom() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jörg Weiß\r\nEND:VCARD\r\n"
    for data in (
        b"\xff\xfe" + text.encode("utf-16-le"),
        b"\xfe\xff" + text.encode("utf-16-be"),
        text.encode("utf-16-le"),
        b"\xef\xbb\xbf" + text.encode("utf-8"),
    ):
        assert _one(data).formatted_name == "Jörg Weiß"


def test_not_a_vcard() -> None:
    result = read_vcards(b"Name;Vorname\r\nM\xfcller;Anna\r\n", source="people.csv")
    assert result.not_a_vcard
    assert result.cards == []
    assert result.problems[0].source == "people.csv"


def test_escapes_commas_and_lists_in_3_0() -> None:
    card = _one(
        _card(
            b"FN:Mustermann, Heiko\r\n"
            b"N:Mustermann;Heiko;Richter\\,James;;\r\n"
            b"NICKNAME:Nick1,Nick2\\,b\r\n"
            b"CATEGORIES:Netzwerk,B\\xfcrgerengagement\r\n"
            b"NOTE:Zeile 1\\nZeile 2\\; mit \\\\ und\\, Komma, roh\r\n"
            b"URL:http\\://example.org/a,b\r\n"
            b"ORG:Firma\\, Die;Abt. A\\;B;Team\r\n"
            b"item1.EMAIL;type=INTERNET;type=pref:a@b.example\r\n"
            b"ITEM1.X-ABLabel:_$!<Other>!$_\r\n"
        )
    )
    assert card.formatted_name == "Mustermann, Heiko"
    assert card.name.additional == "Richter,James"
    assert card.nicknames == ("Nick1", "Nick2,b")
    assert card.notes == ("Zeile 1\nZeile 2; mit \\ und, Komma, roh",)
    assert card.urls[0].value == "http://example.org/a,b"
    assert card.organizations == (Organization("Firma, Die", "Abt. A;B", "Team"),)
    assert card.emails[0].label == "_$!<Other>!$_"
    assert card.emails[0].pref == 1
    assert card.emails[0].types == ("internet",)
    assert card.extra == ()


def test_line_endings_cr_cr_lf_and_bare_cr_inside_a_value() -> None:
    data = (
        b"BEGIN:VCARD\r\r\nVERSION:4.0\r\r\nFN:A\r\r\n"
        b"X-CUSTOM3:custom\r3\r\nNOTE:n\r\nEND:VCARD\r\n"
    )
    card = _one(data)
    assert card.formatted_name == "A"
    assert card.notes == ("n",)
    assert card.extra[0].value == "custom\\n3"


def test_second_affiliation_by_group_and_ungrouped_pairing() -> None:
    card = _one(
        _card(
            b"ORG:Agentur Nord\r\nTITLE:Gesch\xc3\xa4ftsf\xc3\xbchrerin\r\n"
            b"aff2.ORG:F\xc3\xb6rderverein e.V.\r\naff2.TITLE:Vorsitzende\r\n"
        )
    )
    assert card.organizations == (
        Organization("Agentur Nord", title="Geschäftsführerin"),
        Organization("Förderverein e.V.", title="Vorsitzende"),
    )


def test_dates_without_year_and_invalid_dates_keep_text() -> None:
    assert _one(_card(b"BDAY:--0203\r\n")).birthday_text == "--0203"
    assert _one(_card(b"BDAY:16040101\r\n")).birthday_text == "--0101"
    invalid = _one(_card(b"BDAY:19723101\r\n"))
    assert (invalid.birthday, invalid.birthday_text) == (None, "19723101")
    stamped = _one(_card(b"BDAY:1996-04-15T201243+04:00\r\n"))
    assert stamped.birthday == dt.date(1996, 4, 15)


def test_size_limits_are_reported_not_hung_on() -> None:
    many = b"".join(b"NOTE:n%d\r\n" % i for i in range(600))
    card = _one(_card(many))
    assert len(card.notes) == 499  # VERSION counts as a property
    assert any("500" in p for p in card.problems)
    long_line = _card(b"NOTE:" + b"x" * (1024 * 1024 + 10) + b"\r\nFN:Kurz\r\n")
    card = _one(long_line)
    assert card.notes == ()
    assert card.formatted_name == "Kurz"


_FRAGMENTS = st.sampled_from(
    [
        b"BEGIN:VCARD\r\n", b"END:VCARD\r\n", b"begin:vcard\n", b"VERSION:2.1\r\n",
        b"VERSION:4.0\n", b"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=\r\n", b"=C3=\r\n",
        b"=A4\r\n", b"PHOTO;ENCODING=b:", b"PHOTO;JPEG;B:\r\n ", b"/9j/4AAQ", b"\xff\xd8\xff",
        b"AGENT:\r\n", b"item1.X-ABLabel:x\r\n", b"ADR;LABEL=a:b:c;;;\r\n", b";;", b":", b"\\",
        b"\r", b"\n", b" ", b"=", b"\"", b"^", b"\x00", b"\xff\xfe", b"CHARSET=koi8-r",
        b"data:image/png;base64,", b"TEL;TYPE=\"a,b\":1\r\n", b"\xe4\xf6", b"BDAY:--0231\r\n",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000) | st.lists(_FRAGMENTS | st.binary(max_size=20)).map(b"".join))
def test_never_raises_on_arbitrary_bytes(data: bytes) -> None:
    result = read_vcards(data, source="fuzz.vcf")
    assert isinstance(result.cards, list)
    for card in result.cards:
        assert card.number >= 1
        assert all(isinstance(p, str) for p in card.problems)


def test_every_contact_field_is_set_by_the_reader() -> None:
    card = _one(_card(b"FN:A\r\n"))
    assert set(vars(card)) == {f.name for f in dataclasses.fields(VCardContact)}


def test_quoted_parameters_and_caret_escapes() -> None:
    card = _one(
        b"BEGIN:VCARD\r\nVERSION:4.0\r\n"
        b'TEL;TYPE="work,voice";X-NOTE="a;b:c":+49 30 1\r\n'
        b"ADR;LABEL=Haus ^'Eins^'^nHof:;;Weg 1;Ort;;12345;\r\n"
        b"END:VCARD\r\n"
    )
    assert card.phones[0].types == ("work", "voice")
    assert card.phones[0].value == "+49 30 1"
    assert card.addresses[0].label_text == 'Haus "Eins"\nHof'
    assert card.addresses[0].street == "Weg 1"


def test_each_label_stays_with_its_own_address() -> None:
    card = _one(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
        b"ADR;WORK;PREF:;;Amtsweg 1;Bonn;;53111\r\n"
        b"ADR;HOME:;;Gartenweg 2;Bonn;;53113\r\n"
        b"LABEL;HOME;ENCODING=QUOTED-PRINTABLE:Gartenweg 2=0D=0A53113 Bonn\r\n"
        b"LABEL;WORK;PREF;ENCODING=QUOTED-PRINTABLE:Amtsweg 1=0D=0A53111 Bonn\r\n"
        b"LABEL;POSTAL:Postfach 9\r\n"
        b"item1.ADR:;;Ufer 3;K\xc3\xb6ln;;50667;\r\n"
        b"item1.X-ABLabel:Zweitwohnsitz\r\n"
        b"END:VCARD\r\n"
    )
    labels = [(a.street, a.label_text, a.label) for a in card.addresses]
    assert labels == [
        ("Amtsweg 1", "Amtsweg 1\n53111 Bonn", ""),
        ("Gartenweg 2", "Gartenweg 2\n53113 Bonn", ""),
        ("Ufer 3", "", "Zweitwohnsitz"),
        ("", "Postfach 9", ""),
    ]
    assert card.extra == ()
