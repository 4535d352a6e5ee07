"""The main window brings the areas together: start page, person pages, log, print."""

from __future__ import annotations

from datetime import date, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from tests.ui.helpers import make_window

from partnercrm.model import Affiliation, Event, Interaction, Participation
from partnercrm.printing.print_jobs import DocumentKind
from partnercrm.services import events, followups
from partnercrm.services.demo_network import generate_demo
from partnercrm.services.followups import Bucket
from partnercrm.store.database import Database
from partnercrm.ui.activities.overdue import overdue_message
from partnercrm.ui.events.event_workspace import EventWorkspace
from partnercrm.ui.main_window import MainWindow
from partnercrm.ui.printing.print_dialog import PrintDialog
from partnercrm.ui.settings import Settings
from partnercrm.ui.views.record_pages import EVENTS, TIMELINE

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def demo(db: Database) -> Database:
    with db.transaction() as session:
        generate_demo(session, people=60, today=date.today())
    return db


@pytest.fixture
def window(qtbot: QtBot, demo: Database, settings: Settings) -> MainWindow:
    return make_window(qtbot, demo, settings)


@pytest.fixture
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes would wait for a click; keep their texts instead."""
    shown: list[str] = []

    def information(_parent: object, _title: str, text: str, *args: object) -> int:
        shown.append(text)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "information", information)
    monkeypatch.setattr(QMessageBox, "warning", information)
    return shown


def _built(qtbot: QtBot, dialog: PrintDialog) -> None:
    """Wait for the preview: its worker must not outlive the test's database."""
    qtbot.waitUntil(lambda: dialog.preview_page_count() > 0, timeout=20000)


def _scalar(db: Database, statement):  # type: ignore[no-untyped-def]
    with db.session() as session:
        return session.scalar(statement)


def test_start_page_lists_due_followups_and_upcoming_events(
    qtbot: QtBot, window: MainWindow, demo: Database
) -> None:
    window.show_view("start")
    start = window.widgets["start"]
    due = start.followups  # type: ignore[attr-defined]
    today = date.today()
    with demo.session() as session:
        expected = followups.list_followups(session, today=today).all()
        upcoming = events.upcoming_events(session, now=datetime.now(), limit=5)
    wanted = [f for f in expected if f.bucket is not Bucket.LATER]
    assert wanted, "the demo has follow-ups due"
    assert due.model.rowCount() == len(wanted)
    assert {due.model.followup(r).bucket for r in range(due.model.rowCount())} <= {
        Bucket.OVERDUE,
        Bucket.TODAY,
        Bucket.WEEK,
    }
    # The app says how many are overdue, on the page and in the status bar.
    message = overdue_message(demo)
    assert message and start.overdue.text() == message  # type: ignore[attr-defined]

    # Mark one done right there; undo brings it back.
    due.table.selectRow(0)
    first = due.selected()[0]
    due.mark_done("")
    assert due.model.rowCount() == len(wanted) - 1
    assert all(
        due.model.followup(r).interaction_id != first.interaction_id
        for r in range(due.model.rowCount())
    )
    window.undo_action.trigger()
    assert due.model.rowCount() == len(wanted)

    # Upcoming events: the next few, soonest first; activating one opens it.
    listing = start.upcoming  # type: ignore[attr-defined]
    assert upcoming and listing.event_ids() == [r.id for r in upcoming]
    assert f"{upcoming[0].registered}" in listing.item(0).text()
    listing.itemActivated.emit(listing.item(0))
    assert window.current_key == "events"
    assert window.current_event_id() == upcoming[0].id
    assert isinstance(window.widgets["events"].current, EventWorkspace)  # type: ignore[attr-defined]


def test_status_bar_names_overdue_followups_on_start(
    qtbot: QtBot, demo: Database, settings: Settings
) -> None:
    window = make_window(qtbot, demo, settings)
    assert window.statusBar().currentMessage() == overdue_message(demo) != ""


def test_person_page_has_timeline_event_history_and_takes_emails(
    qtbot: QtBot, window: MainWindow, demo: Database, tmp_path: Path
) -> None:
    person_id = _scalar(
        demo,
        select(Participation.person_id).where(Participation.person_id.is_not(None)).limit(1),
    )
    events_of_person = _scalar(
        demo, select(func.count()).where(Participation.person_id == person_id)
    )
    window.open_record("person", person_id)
    view = window.widgets["people"]
    pages = view.pages  # type: ignore[attr-defined]
    assert pages.record_id == person_id
    pages.setCurrentIndex(EVENTS)
    assert pages.history.person_id == person_id
    assert pages.history.model.rowCount() == events_of_person
    pages.setCurrentIndex(TIMELINE)
    timeline = pages.timeline
    before = timeline.model.rowCount()

    message = EmailMessage()
    message["From"] = "someone@example.org"
    message["Subject"] = "Förderantrag Quartiersfest"
    message["Date"] = "Tue, 03 Mar 2026 14:05:00 +0100"
    message.set_content("Hallo")
    path = tmp_path / "antrag.eml"
    path.write_bytes(bytes(message))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(pages, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(pages, drop)
    timeline = pages.timeline  # rebuilt for the new entry
    assert timeline.model.rowCount() == before + 1
    subjects = [timeline.model.entry(r).title for r in range(timeline.model.rowCount())]
    assert "Förderantrag Quartiersfest" in subjects

    # An event of the history opens in the Events view.
    pages.setCurrentIndex(EVENTS)
    event_id = pages.history.model.data(pages.history.model.index(0, 0), Qt.ItemDataRole.UserRole)
    pages.history.event_activated.emit(event_id)
    assert window.current_key == "events" and window.current_event_id() == event_id


def test_organisation_page_has_timeline_and_event_history(
    qtbot: QtBot, window: MainWindow, demo: Database
) -> None:
    org_id = _scalar(
        demo, select(Participation.org_id).where(Participation.org_id.is_not(None)).limit(1)
    )
    window.open_record("organization", org_id)
    pages = window.widgets["organizations"].pages  # type: ignore[attr-defined]
    assert pages.record_id == org_id
    pages.setCurrentIndex(TIMELINE)
    assert pages.timeline is not None and pages.timeline.model.rowCount() > 0
    pages.setCurrentIndex(EVENTS)
    assert pages.history.organization_id == org_id
    assert pages.history.model.rowCount() > 0
    # A new organisation has no timeline yet.
    window.new_organization()
    assert not pages.isTabEnabled(TIMELINE) and pages.currentIndex() == 0


def test_an_empty_event_history_says_so(qtbot: QtBot, window: MainWindow, demo: Database) -> None:
    from partnercrm.services.people import PersonInput, create_person

    person_id = window.ctx.write(
        lambda s: create_person(s, data=PersonInput(first_name="Neu", last_name="Ling"))
    ).id
    window.open_record("person", person_id)
    pages = window.widgets["people"].pages  # type: ignore[attr-defined]
    pages.setCurrentIndex(EVENTS)
    assert pages.history is None
    assert pages.history_host.page.objectName() == "no_event_history"


def test_ctrl_l_logs_with_the_current_person_or_event(
    qtbot: QtBot, window: MainWindow, demo: Database
) -> None:
    window.show_view("people")
    view = window.widgets["people"]
    view.table.selectRow(0)  # type: ignore[attr-defined]
    person_id = view.table.current_id()  # type: ignore[attr-defined]
    qtbot.keyClick(view.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    dialog = window.log_shortcut.dialog
    assert dialog is not None and dialog.isVisible()
    parties = [
        dialog.parties.item(r).data(Qt.ItemDataRole.UserRole + 1)
        for r in range(dialog.parties.count())
    ]
    assert ("person", person_id) in parties
    # Saved: the person's timeline shows it at once.
    view.pages.setCurrentIndex(TIMELINE)  # type: ignore[attr-defined]
    before = view.pages.timeline.model.rowCount()  # type: ignore[attr-defined]
    dialog.subject.setText("Telefonat zum Fachtag")
    dialog.save_button.click()
    assert view.pages.timeline.model.rowCount() == before + 1  # type: ignore[attr-defined]
    assert not dialog.isVisible()

    event_id = _scalar(demo, select(Event.id).order_by(Event.id).limit(1))
    window.open_record("event", event_id)
    assert window.current_contact().event_id == event_id
    window.log_action.trigger()
    assert window.log_shortcut.dialog is not dialog
    assert window.log_shortcut.dialog._event_id == event_id
    window.log_shortcut.dialog.close()


def test_print_menu_uses_the_selection_or_the_event(
    qtbot: QtBot, window: MainWindow, demo: Database, no_message_boxes: list[str]
) -> None:
    window.show_view("people")
    table = window.widgets["people"].table  # type: ignore[attr-defined]
    table.selectRow(0)
    table.selectionModel().select(
        table.model().index(2, 0),
        table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
    )
    chosen = table.selected_ids()
    assert len(chosen) == 2
    window.print_actions[DocumentKind.LETTERS].trigger()
    dialog = window.findChild(PrintDialog)
    assert dialog is not None and dialog.job().kind is DocumentKind.LETTERS
    _built(qtbot, dialog)
    assert set(dialog.job().selection.ids) == set(chosen)
    dialog.close()
    dialog.deleteLater()

    # An event's document without an event: the user is told what to do.
    assert window.print_document(DocumentKind.SIGNIN) is None
    assert no_message_boxes and "event" in no_message_boxes[0].lower()

    # Ctrl+P in the Events view with an event open: its sign-in sheet.
    event_id = _scalar(demo, select(Event.id).order_by(Event.id).limit(1))
    window.open_record("event", event_id)
    dialog = window.print_fitting()
    assert isinstance(dialog, PrintDialog)
    _built(qtbot, dialog)
    assert dialog.job().kind is DocumentKind.SIGNIN and dialog.job().selection.event_id == event_id
    dialog.close()
    # The menu has every document.
    titles = [a.objectName() for a in window.print_menu.actions()]
    assert titles == [f"print_{k.value}" for k in window.print_actions]


def test_people_and_event_context_menus(qtbot: QtBot, window: MainWindow, demo: Database) -> None:
    window.show_view("people")
    menu = window.people_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert window.log_action.text() in texts
    assert window.print_actions[DocumentKind.LABELS].text() in texts
    assert window.delete_action.text() in texts
    assert any("vCard" in t for t in texts)
    # Lists show the same menu, but "move to trash" would not remove from the list.
    assert window.delete_action not in window.people_menu(trash=False).actions()
    for key, table in (("organizations", "table"), ("lists", "members"), ("people", "table")):
        window.show_view(key)
        policy = getattr(window.widgets[key], table).contextMenuPolicy()
        assert policy == Qt.ContextMenuPolicy.CustomContextMenu, key

    event_id = _scalar(demo, select(Event.id).order_by(Event.id).limit(1))
    window.show_view("events")
    widget = window.widgets["events"]
    menu = widget.list_menu(event_id)  # type: ignore[attr-defined]
    names = [a.objectName() for a in menu.actions()]
    for kind in ("signin", "badges", "certificates", "invitations"):
        assert f"event_print_{kind}" in names
    assert "event_export_participants" in names
    menu.findChild(type(menu.actions()[0]), "event_print_badges").trigger()
    dialog = widget.findChild(PrintDialog)
    assert dialog is not None and dialog.job().kind is DocumentKind.BADGES
    _built(qtbot, dialog)
    assert dialog.job().selection.event_id == event_id
    dialog.close()

    # The event's page offers the same documents in its corner.
    window.open_record("event", event_id)
    corner = widget.current.tabs.cornerWidget()  # type: ignore[attr-defined]
    assert corner.objectName() == "event_documents" and corner.accessibleName()
    assert "event_print_signin" in [a.objectName() for a in corner.menu().actions()]


def test_events_view_list_is_wide_enough_and_remembered(
    qtbot: QtBot, demo: Database, settings: Settings
) -> None:
    window = make_window(qtbot, demo, settings)
    window.resize(1400, 850)
    window.show_view("events")
    widget = window.widgets["events"]
    qtbot.waitUntil(lambda: widget.list.table.viewport().width() > 0)  # type: ignore[attr-defined]
    table = widget.list.table  # type: ignore[attr-defined]
    header = table.horizontalHeader()
    assert not table.horizontalScrollBar().isVisible()
    assert header.sectionSize(1) >= 180  # the title has room
    widget.splitter.setSizes([500, 700])  # type: ignore[attr-defined]
    left, right = widget.splitter.sizes()  # type: ignore[attr-defined]
    window.close()

    # The next start divides the (restored) width the same way.
    again = make_window(qtbot, demo, settings)
    again.show_view("events")
    new_left, new_right = again.widgets["events"].splitter.sizes()  # type: ignore[attr-defined]
    assert abs(new_left / (new_left + new_right) - left / (left + right)) < 0.02


def test_activities_view_lists_the_latest_interactions_before_a_search(
    qtbot: QtBot, window: MainWindow, demo: Database
) -> None:
    total = _scalar(demo, select(func.count(Interaction.id)))
    newest = _scalar(
        demo, select(Interaction.subject).order_by(Interaction.occurred_at.desc()).limit(1)
    )
    window.show_view("activities")
    view = window.widgets["activities"]
    assert view.results.count() == min(total, 50)  # type: ignore[attr-defined]
    assert newest in view.results.item(0).text()  # type: ignore[attr-defined]


NEW_CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Zylinski;Oda\r\nEMAIL:oda@example.org\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Yilmaz;Tarek\r\nEMAIL:tarek@example.org\r\nEND:VCARD\r\n"
)


def _drop_files(target: object, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    for kind in (QDragEnterEvent, QDropEvent):
        event = kind(
            QPointF(400, 300),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(target, event)
        assert event.isAccepted()


def test_dropping_a_vcard_on_the_window_imports_and_every_view_shows_it(
    qtbot: QtBot, window: MainWindow, demo: Database, tmp_path: Path
) -> None:
    from partnercrm.ui.exchange.import_dialog import ImportDialog

    window.show_view("people")
    people = window.widgets["people"]
    before = people.model.rowCount()  # type: ignore[attr-defined]
    path = tmp_path / "neu.vcf"
    path.write_text(NEW_CARDS, encoding="utf-8")
    _drop_files(window, path)
    dialog = window.drop_import.dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, ImportDialog) and dialog.paths == [path]
    qtbot.waitUntil(lambda: dialog.model is not None, timeout=10000)
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.next_button.click()
    qtbot.waitUntil(lambda: people.model.rowCount() == before + 2)  # type: ignore[attr-defined]
    # Undo the import from the dialog: the list shrinks again.
    with qtbot.waitSignal(dialog.undone, timeout=5000):
        dialog.undo_button.click()
    qtbot.waitUntil(lambda: people.model.rowCount() == before)  # type: ignore[attr-defined]
    dialog.close()


def test_file_menu_import_and_export_selection(
    qtbot: QtBot,
    window: MainWindow,
    demo: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from partnercrm.ui.exchange.export_dialog import ExportDialog
    from partnercrm.ui.exchange.import_dialog import ImportDialog

    path = tmp_path / "neu.vcf"
    path.write_text(NEW_CARDS, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(path)], ""))
    dialog = window.import_contacts()
    assert isinstance(dialog, ImportDialog) and dialog.paths == [path]
    dialog.close()
    # The welcome panel's button opens the same dialog.
    start = window.view("start")
    start.welcome.import_button.click()  # type: ignore[attr-defined]
    assert start.findChild(ImportDialog) is not None

    window.show_view("people")
    table = window.widgets["people"].table  # type: ignore[attr-defined]
    table.selectRow(1)
    chosen = table.selected_ids()
    export = window.export_selection()
    assert isinstance(export, ExportDialog) and export.person_ids == tuple(chosen)
    out = tmp_path / "auswahl.vcf"
    export.path.setText(str(out))
    with qtbot.waitSignal(export.exported, timeout=10000) as blocker:
        export.ok_button.click()
    assert blocker.args[0] == 1 and out.read_text(encoding="utf-8").count("BEGIN:VCARD") == 1

    # Nothing selected: the whole list shown.
    table.clearSelection()
    export = window.export_selection()
    assert len(export.person_ids) == window.widgets["people"].model.rowCount()  # type: ignore[attr-defined]
    export.close()

    # In the Events view: the participants of the event.
    event_id = _scalar(demo, select(Event.id).order_by(Event.id).limit(1))
    window.open_record("event", event_id)
    export = window.export_selection()
    expected = _scalar(
        demo,
        select(func.count(func.distinct(Participation.person_id))).where(
            Participation.event_id == event_id
        ),
    )
    assert len(export.person_ids) == expected > 0
    export.close()


def test_printing_from_organisations_takes_their_people_and_elsewhere_asks(
    qtbot: QtBot, window: MainWindow, demo: Database, no_message_boxes: list[str]
) -> None:
    org_id = _scalar(demo, select(Affiliation.organization_id).limit(1))
    with demo.session() as session:
        expected = set(
            session.scalars(
                select(Affiliation.person_id).where(Affiliation.organization_id == org_id)
            )
        )
    window.open_record("organization", org_id)
    dialog = window.print_document(DocumentKind.LETTERS)
    assert isinstance(dialog, PrintDialog)
    _built(qtbot, dialog)
    assert set(dialog.job().selection.ids) <= expected and dialog.job().selection.ids
    dialog.close()
    window.show_view("start")
    assert window.print_document(DocumentKind.LABELS) is None
    assert no_message_boxes


def test_double_clicked_interactions_open_their_details_with_links(
    qtbot: QtBot, window: MainWindow, demo: Database
) -> None:
    from partnercrm.ui.views.interaction_details import InteractionDetailsDialog

    window.show_view("start")
    due = window.widgets["start"].followups  # type: ignore[attr-defined]
    item = due.model.followup(0)
    due.table.doubleClicked.emit(due.model.index(0, 2))
    dialog = window.interaction_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, InteractionDetailsDialog)
    assert dialog.detail.id == item.interaction_id
    html = dialog.browser.toHtml()
    assert item.note in html
    person_id, _name = item.people[0]
    dialog.browser.anchorClicked.emit(QUrl(f"person:{person_id}"))
    assert window.current_key == "people"
    assert window.widgets["people"].pages.record_id == person_id  # type: ignore[attr-defined]

    # From the Activities view, too.
    window.show_view("activities")
    activities = window.widgets["activities"]
    activities.results.itemActivated.emit(activities.results.item(0))  # type: ignore[attr-defined]
    assert window.interaction_dialog is not dialog  # type: ignore[attr-defined]
    window.interaction_dialog.close()  # type: ignore[attr-defined]


def test_delete_action_says_what_it_does_in_the_trash(qtbot: QtBot, window: MainWindow) -> None:
    window.show_view("people")
    in_people = window.delete_action.text()
    window.show_view("trash")
    assert window.delete_action.text() != in_people
    window.show_view("organizations")
    assert window.delete_action.text() == in_people
