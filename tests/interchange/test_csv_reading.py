"""CSV reading: UTF-8 with/without BOM vs Windows-1252, delimiters ; , tab, row numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnercrm.errors import InputFileError
from partnercrm.interchange.csv_reading import decode_bytes, detect_delimiter, read_csv_table

TEXT = 'Vorname;Nachname;Ort\nJürgen;Weiß;Köln\n\n"Anna; Maria";Groß;Düsseldorf\n'


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8-sig"), "utf-8-sig"),
        (TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings(tmp_path: Path, data: bytes, encoding: str) -> None:
    file = tmp_path / "anmeldungen.csv"
    file.write_bytes(data.replace(b"\n", b"\r\n"))
    table = read_csv_table(file)
    assert table.encoding == encoding
    assert table.delimiter == ";"
    assert table.header == ("Vorname", "Nachname", "Ort")
    assert [(r.number, r.values) for r in table.rows] == [
        (2, ("Jürgen", "Weiß", "Köln")),
        (4, ("Anna; Maria", "Groß", "Düsseldorf")),
    ]


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_delimiters(delimiter: str) -> None:
    text = delimiter.join(["First name", "Last name", "Organization"]) + "\n"
    text += delimiter.join(["Ann", "Lee", '"Smith, Jones & Co"']) + "\n"
    assert detect_delimiter(text) == delimiter


def test_comma_inside_quotes_does_not_fool_semicolon_detection() -> None:
    assert detect_delimiter('Name;Organisation\nLee;"Müller, Meier GmbH"\n') == ";"


def test_unusable_files_get_clear_messages(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="does not exist"):
        read_csv_table(tmp_path / "fehlt.csv")
    with pytest.raises(InputFileError, match="folder"):
        read_csv_table(tmp_path)
    empty = tmp_path / "leer.csv"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputFileError, match="no header row"):
        read_csv_table(empty)
    binary = tmp_path / "tabelle.csv"
    binary.write_bytes(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(InputFileError, match="Save it as CSV"):
        read_csv_table(binary)


@given(st.text(alphabet=st.characters(codec="cp1252", exclude_characters="\x00"), max_size=200))
def test_cp1252_text_always_decodes_to_itself(text: str) -> None:
    data = text.encode("cp1252")
    decoded, _encoding = decode_bytes(data)
    # Valid UTF-8 that is also cp1252 (plain ASCII) decodes the same either way.
    assert decoded == text or data.decode("utf-8", errors="strict") == decoded
