"""E-mail files (.eml) dropped onto a person, logged as e-mail interactions.

An .eml file is parsed with the standard library (``email`` with
``policy.default``): date, subject, the plain-text body (or the HTML body with
its tags stripped), and the From/To/Cc addresses. The addresses are matched to
people by their e-mail contact points (their own or of one of their roles);
the person it was dropped on is always involved.

Outlook's .msg format needs a third-party reader that PartnerCRM does not ship;
such files are refused with a message that says how to save the mail as .eml.
"""

from __future__ import annotations

import email
import html
import re
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.message import EmailMessage, MIMEPart
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from sqlalchemy.orm import Session

from partnercrm.errors import InputFileError
from partnercrm.i18n import translate
from partnercrm.model import InteractionKind
from partnercrm.services.changes import Changes
from partnercrm.services.contact_lookup import people_by_email
from partnercrm.services.interactions import SUBJECT_MAX, InteractionInput, log_interaction

MAX_BYTES = 25 * 1024 * 1024
SUPPORTED_SUFFIXES = (".eml",)


@dataclass(frozen=True)
class ParsedEmail:
    """What an e-mail file says.

    Attributes:
        sent_at: local wall-clock time of the Date header; None when it is missing.
        senders/recipients: lower-case addresses (From; To and Cc).
    """

    subject: str
    text: str
    sent_at: datetime | None
    senders: tuple[str, ...]
    recipients: tuple[str, ...]


@dataclass(frozen=True)
class EmailImported:
    """The interaction logged from one e-mail file.

    Attributes:
        unmatched: addresses of the mail that belong to nobody in the database.
    """

    interaction_id: int
    person_ids: tuple[int, ...]
    unmatched: tuple[str, ...]
    changes: Changes = field(default_factory=Changes)


def is_email_file(path: Path) -> bool:
    """Whether ``path`` looks like a mail file PartnerCRM can read (by its suffix)."""
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def parse_email_file(path: Path) -> ParsedEmail:
    """Read an .eml file; raises ``InputFileError`` naming the file and what to do."""
    suffix = path.suffix.lower()
    if suffix == ".msg":
        raise InputFileError(
            translate(
                "email_import",
                "{file} is an Outlook .msg file, which PartnerCRM cannot read. In Outlook, "
                "choose File › Save As › “Text only” or drag the mail to a folder as .eml, "
                "then drop the .eml file.",
            ).format(file=path.name)
        )
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputFileError(
            translate(
                "email_import",
                "{file} is not an e-mail file. Drop a mail saved as .eml.",
            ).format(file=path.name)
        )
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputFileError(
                translate(
                    "email_import",
                    "{file} is {size} MB large; e-mails over 25 MB (with attachments) are "
                    "not logged. Save the mail without its attachments.",
                ).format(file=path.name, size=size // (1024 * 1024))
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputFileError(
            translate("email_import", "{file} cannot be read ({reason}).").format(
                file=path.name, reason=exc.strerror or exc
            )
        ) from exc
    return parse_email_bytes(data, name=path.name)


def parse_email_bytes(data: bytes, *, name: str = "") -> ParsedEmail:
    """Parse the bytes of an RFC 5322 message."""
    message = email.message_from_bytes(data, policy=policy.default)
    if not isinstance(message, EmailMessage) or not (
        message.get("From") or message.get("Subject") or message.get("Date")
    ):
        raise InputFileError(
            translate(
                "email_import",
                "{file} is not an e-mail: it has no From, Subject or Date header.",
            ).format(file=name or "?")
        )
    subject = " ".join(str(message.get("Subject", "")).split())
    return ParsedEmail(
        subject=subject,
        text=_body_text(message),
        sent_at=_sent_at(message),
        senders=_addresses(message, "From"),
        recipients=_addresses(message, "To", "Cc"),
    )


def import_email(session: Session, *, path: Path, person_id: int | None = None) -> EmailImported:
    """Log the mail in ``path`` as an e-mail interaction with the people it names.

    ``person_id``: the person it was dropped on (always involved). Raises
    ``InputFileError`` when the file is unusable or when nobody can be involved.
    """
    parsed = parse_email_file(path)
    found = people_by_email(session, parsed.senders + parsed.recipients)
    person_ids: list[int] = [] if person_id is None else [person_id]
    for address in parsed.senders + parsed.recipients:
        for pid in found.get(address, []):
            if pid not in person_ids:
                person_ids.append(pid)
    unmatched = tuple(
        dict.fromkeys(a for a in parsed.senders + parsed.recipients if a not in found)
    )
    if not person_ids:
        raise InputFileError(
            translate(
                "email_import",
                "Nobody in the database has an address of {file} ({addresses}). Drop the "
                "mail onto the person it belongs to.",
            ).format(file=path.name, addresses=", ".join(unmatched) or "–")
        )
    subject = parsed.subject or translate("email_import", "(no subject)")
    if len(subject) > SUBJECT_MAX:
        subject = subject[: SUBJECT_MAX - 1] + "…"
    logged = log_interaction(
        session,
        data=InteractionInput(
            kind=InteractionKind.EMAIL,
            subject=subject,
            text=parsed.text or subject,
            occurred_at=parsed.sent_at,
            person_ids=person_ids,
        ),
    )
    return EmailImported(logged.interaction_id, tuple(person_ids), unmatched, logged.changes)


def _addresses(message: EmailMessage, *headers: str) -> tuple[str, ...]:
    values = [str(v) for h in headers for v in message.get_all(h, [])]
    found = [addr.strip().lower() for _name, addr in getaddresses(values) if "@" in addr]
    return tuple(dict.fromkeys(found))


def _sent_at(message: EmailMessage) -> datetime | None:
    value = message.get("Date")
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is not None:
        # The user's wall-clock time, like an interaction entered by hand.
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.replace(microsecond=0)


def _body_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    if part is not None:
        return _clean(_content(part))
    part = message.get_body(preferencelist=("html",))
    if part is not None:
        return _clean(strip_html(_content(part)))
    return ""


def _content(part: MIMEPart) -> str:
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # unknown charset or broken transfer encoding
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else ""


_BLOCK_TAGS = re.compile(r"<\s*(br|/p|/div|/li|/tr|/h[1-6])\b[^>]*>", re.IGNORECASE)
_INVISIBLE = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")


def strip_html(markup: str) -> str:
    """The readable text of an HTML mail body: tags out, line breaks kept, entities decoded."""
    text = _INVISIBLE.sub("", markup)
    text = _BLOCK_TAGS.sub("\n", text)
    text = _TAGS.sub("", text)
    return html.unescape(text)


def _clean(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    cleaned: list[str] = []
    for line in lines:
        if not line and cleaned and not cleaned[-1]:
            continue  # at most one empty line in a row
        cleaned.append(line.replace("\xa0", " "))
    return "\n".join(cleaned).strip()
