"""Hypothesis strategies for VCardContact values the model can hold."""

from __future__ import annotations

import datetime as dt
import struct
import unicodedata
import zlib

from hypothesis import strategies as st

from partnercrm.interchange.vcard_card import (
    Email,
    ExtraProperty,
    Image,
    Organization,
    Phone,
    PostalAddress,
    StructuredName,
    Url,
    VCardContact,
)


def tiny_png() -> bytes:
    """A valid 1×1 PNG built by hand (no Pillow needed)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


TINY_GIF = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)

_SPECIAL = st.sampled_from([*'\n\t,;:\\"^= .-', "ä", "ß", "É", "\u0301", "€", "漢", "😀"])
_CHARS = st.characters(blacklist_categories=("Cs", "Cc")) | _SPECIAL


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


text = st.text(_CHARS, max_size=40).map(_norm)
word = text.filter(bool)
types = st.lists(
    st.sampled_from(["home", "work", "cell", "voice", "fax", "internet", "x-aunt", "whatsapp"]),
    unique=True,
    max_size=3,
).map(tuple)
pref = st.none() | st.just(1)
name = st.builds(StructuredName, text, text, text, text, text)
organization = st.builds(Organization, text, text, text, text, text).filter(
    lambda o: not o.is_empty()
)
email = st.builds(Email, word, types, pref, text)
phone = st.builds(Phone, word, types, pref, text)
url = st.builds(Url, word, types, pref, text)
address = st.builds(
    PostalAddress, text, text, text, text, text, text, text, types, pref, text, text
).filter(lambda a: a.has_components() or bool(a.label_text or a.label))
image = st.sampled_from([Image(tiny_png(), "image/png"), Image(TINY_GIF, "image/gif")])
_param_value = st.text(st.sampled_from(list('abcXYZ019 ,:;"^\n-_')), max_size=8).map(str.strip)
params = st.lists(
    st.tuples(
        st.just("TYPE"), st.lists(st.sampled_from(["home", "work", "x-1"]), min_size=1).map(tuple)
    )
    | st.tuples(
        st.sampled_from(["X-SERVICE", "X-NOTE"]), st.lists(_param_value, min_size=1).map(tuple)
    ),
    max_size=3,
).map(tuple)
extra_value = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(list("\t\\,;:=")),
    max_size=30,
).map(lambda s: unicodedata.normalize("NFC", s))
extra = st.builds(
    ExtraProperty,
    st.sampled_from(["X-SKYPE", "X-CUSTOM1", "IMPP", "X-MS-MANAGER", "ANNIVERSARY", "X-ABDATE"]),
    extra_value,
    params,
    st.sampled_from(["", "item1", "Monkey", "aff2"]),
)
birthday = st.one_of(
    st.tuples(st.none(), st.just("")),
    st.tuples(
        st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31)).filter(
            lambda d: d.year != 1604
        ),
        st.just(""),
    ),
    st.tuples(
        st.none(), st.sampled_from(["--0203", "--1231", "19723101", "2001-02-30", "vor 1950"])
    ),
)


@st.composite
def contacts(draw: st.DrawFn, version: str = "3.0") -> VCardContact:
    """A contact with a formatted name (the writer derives FN only when it is empty)."""
    born, born_text = draw(birthday)
    return VCardContact(
        version=version,
        formatted_name=draw(word),
        name=draw(name),
        nicknames=tuple(draw(st.lists(word, max_size=3))),
        organizations=tuple(draw(st.lists(organization, max_size=3))),
        emails=tuple(draw(st.lists(email, max_size=3))),
        phones=tuple(draw(st.lists(phone, max_size=3))),
        addresses=tuple(draw(st.lists(address, max_size=3))),
        urls=tuple(draw(st.lists(url, max_size=2))),
        notes=tuple(draw(st.lists(word, max_size=2))),
        categories=tuple(draw(st.lists(word, max_size=3))),
        birthday=born,
        birthday_text=born_text,
        gender=draw(st.sampled_from(["", "M", "F", "O"])),
        gender_identity=draw(text),
        uid=draw(text),
        photo=draw(st.none() | image),
        logo=draw(st.none() | image),
        extra=tuple(draw(st.lists(extra, max_size=3))),
    )
