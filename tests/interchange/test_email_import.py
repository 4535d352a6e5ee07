"""E-mail files logged as interactions: headers, plain and HTML bodies, matching people."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from activity_factories import affiliate, organization, person
from partnercrm.errors import InputFileError
from partnercrm.interchange import email_import
from partnercrm.model import InteractionKind
from partnercrm.services import interactions


def _write(tmp_path: Path, message: EmailMessage, name: str = "mail.eml") -> Path:
    path = tmp_path / name
    path.write_bytes(bytes(message))
    return path


def _message(**headers: str) -> EmailMessage:
    message = EmailMessage()
    for key, value in headers.items():
        message[key.replace("_", "-")] = value
    return message


def test_plain_mail_is_logged_with_matched_people(session: Session, tmp_path: Path) -> None:
    anna = person(session, "Anna", "Müller", email="anna@example.org")
    ben = person(session, "Ben", "Adler")
    bonn = organization(session, "Stadt Bonn")
    affiliate(session, ben, bonn, email="ben.adler@bonn.de")
    dropped_on = person(session, "Carla", "Zander")
    message = _message(
        From="Anna Müller <Anna@Example.org>",
        To='"Adler, Ben" <BEN.ADLER@bonn.de>, unbekannt@example.com',
        Subject="Einladung zum Fachtag – Rückmeldung",
        Date="Tue, 03 Mar 2026 14:05:00 +0100",
    )
    message.set_content("Liebe Frau Zander,\n\nwir kommen gern.\n\n\n\nGrüße\nAnna Müller\n")
    path = _write(tmp_path, message)

    result = email_import.import_email(session, path=path, person_id=dropped_on.id)

    assert result.person_ids == (dropped_on.id, anna.id, ben.id)
    assert result.unmatched == ("unbekannt@example.com",)
    detail = interactions.get_interaction(session, interaction_id=result.interaction_id)
    assert detail.kind is InteractionKind.EMAIL
    assert detail.subject == "Einladung zum Fachtag – Rückmeldung"
    assert detail.text == "Liebe Frau Zander,\n\nwir kommen gern.\n\nGrüße\nAnna Müller"
    expected = datetime.fromisoformat("2026-03-03T14:05:00+01:00").astimezone()
    assert detail.occurred_at == expected.replace(tzinfo=None)
    assert result.changes.created == {"interaction": frozenset({result.interaction_id})}


def test_html_only_mail_is_stripped(tmp_path: Path) -> None:
    message = _message(From="a@example.org", Subject="HTML", Date="Wed, 04 Mar 2026 09:00:00 +0000")
    message.set_content(
        "<html><head><style>p{color:red}</style></head><body><p>Hallo&nbsp;Welt &amp; "
        "Co.</p><p>Zeile<br>zwei</p><script>alert(1)</script></body></html>",
        subtype="html",
    )
    parsed = email_import.parse_email_file(_write(tmp_path, message))
    assert parsed.text == "Hallo Welt & Co.\nZeile\nzwei"
    assert parsed.senders == ("a@example.org",)


def test_multipart_prefers_plain_text(tmp_path: Path) -> None:
    message = _message(
        From="a@example.org", Subject="Beides", Date="Wed, 04 Mar 2026 09:00:00 +0000"
    )
    message.set_content("Nur Text")
    message.add_alternative("<p>Nur <b>HTML</b></p>", subtype="html")
    message.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="a.pdf")
    parsed = email_import.parse_email_file(_write(tmp_path, message))
    assert parsed.text == "Nur Text"


def test_encoded_headers_and_latin1_body(tmp_path: Path) -> None:
    raw = (
        b"From: =?iso-8859-1?q?J=FCrgen_Wei=DF?= <jw@example.org>\r\n"
        b"Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe_aus_K=C3=B6ln?=\r\n"
        b"Date: Thu, 05 Mar 2026 10:00:00 +0100\r\n"
        b"Content-Type: text/plain; charset=iso-8859-1\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        b"Sch=F6ne Gr=FC=DFe\r\n"
    )
    path = tmp_path / "latin.eml"
    path.write_bytes(raw)
    parsed = email_import.parse_email_file(path)
    assert parsed.subject == "Grüße aus Köln"
    assert parsed.text == "Schöne Grüße"


def test_msg_and_other_files_are_refused_with_a_hint(tmp_path: Path) -> None:
    msg = tmp_path / "Outlook.MSG"
    msg.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(InputFileError, match=r"Outlook\.MSG is an Outlook \.msg file.*\.eml"):
        email_import.parse_email_file(msg)
    txt = tmp_path / "notes.txt"
    txt.write_text("hi")
    with pytest.raises(InputFileError, match="not an e-mail file"):
        email_import.parse_email_file(txt)
    junk = tmp_path / "junk.eml"
    junk.write_bytes(b"\x00\x01 not a mail at all")
    with pytest.raises(InputFileError, match=r"junk\.eml is not an e-mail"):
        email_import.parse_email_file(junk)
    assert email_import.is_email_file(Path("x.EML"))
    assert not email_import.is_email_file(msg)


def test_mail_of_nobody_dropped_nowhere_is_refused(session: Session, tmp_path: Path) -> None:
    message = _message(
        From="fremd@example.org", Subject="?", Date="Thu, 05 Mar 2026 10:00:00 +0100"
    )
    message.set_content("x")
    with pytest.raises(InputFileError, match=r"fremd@example\.org"):
        email_import.import_email(session, path=_write(tmp_path, message))


def test_missing_date_means_now_and_missing_subject_is_named(
    session: Session, tmp_path: Path
) -> None:
    anna = person(session, "Anna", "Müller")
    message = _message(From="x@example.org")
    message.set_content("Inhalt")
    before = datetime.now().replace(second=0, microsecond=0)
    result = email_import.import_email(session, path=_write(tmp_path, message), person_id=anna.id)
    detail = interactions.get_interaction(session, interaction_id=result.interaction_id)
    assert detail.subject == "(no subject)"
    assert detail.occurred_at >= before
