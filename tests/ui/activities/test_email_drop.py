"""Dropping .eml files onto a widget logs them; other files are ignored, .msg explained."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from activity_factories import person
from partnercrm.services import interactions
from partnercrm.store.database import Database
from partnercrm.ui.activities.email_drop import EmailDropFilter


def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _eml(tmp_path: Path, name: str, subject: str) -> Path:
    message = EmailMessage()
    message["From"] = "someone@example.org"
    message["Subject"] = subject
    message["Date"] = "Tue, 03 Mar 2026 14:05:00 +0100"
    message.set_content("Hallo")
    path = tmp_path / name
    path.write_bytes(bytes(message))
    return path


def test_drop_logs_eml_files_and_reports_msg(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        anna = person(session, "Anna", "Müller").id
    target = QLabel("Anna")
    qtbot.addWidget(target)
    drop = EmailDropFilter(db, target, person_id=lambda: anna)
    first = _eml(tmp_path, "a.eml", "Erste")
    second = _eml(tmp_path, "b.EML", "Zweite")
    outlook = tmp_path / "c.msg"
    outlook.write_bytes(b"\xd0\xcf")
    text = tmp_path / "d.txt"
    text.write_text("x")

    mime = _mime(first, second, outlook, text)
    enter = QDragEnterEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()

    failures: list[str] = []
    drop.drop_failed.connect(failures.append)
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(drop.emails_logged) as blocker:
        QApplication.sendEvent(target, event)
    ids, changes = blocker.args
    assert len(ids) == 2
    assert changes.created["interaction"] == set(ids)
    assert len(failures) == 1 and "c.msg" in failures[0]
    with db.session() as session:
        subjects = sorted(
            interactions.get_interaction(session, interaction_id=i).subject for i in ids
        )
        people = {
            p.id
            for i in ids
            for p in interactions.get_interaction(session, interaction_id=i).people
        }
    assert subjects == ["Erste", "Zweite"]
    assert people == {anna}


def test_non_mail_drags_are_not_accepted(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    target = QLabel()
    qtbot.addWidget(target)
    EmailDropFilter(db, target, person_id=lambda: None)
    text = tmp_path / "d.txt"
    text.write_text("x")
    mime = _mime(text)  # kept referenced: the event only points to it
    enter = QDragEnterEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.ignore()
    QApplication.sendEvent(target, enter)
    assert not enter.isAccepted()
