"""The main window: sidebar, the current view, menus, toolbar, status bar and undo.

Views are declared as ``ViewSpec``s; a view is any QWidget built from the
``AppContext``. It may offer, by duck typing: ``focus_search()`` (Ctrl+F),
``new_item()`` (the toolbar's New), ``delete_selected()`` (Delete), a
``status_changed(str)`` signal for the status bar, and ``save_state()`` /
``restore_state()`` for its splitters and columns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QSize, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)
from sqlalchemy.orm import Session

from partnercrm.printing.document_kinds import DocumentKind
from partnercrm.services import people
from partnercrm.services.people import PersonFilter
from partnercrm.store.database import Database
from partnercrm.ui.activities.log_shortcut import LOG_SHORTCUT, CurrentContact, LogShortcut
from partnercrm.ui.activities.overdue import overdue_message
from partnercrm.ui.context import AppContext, DataBus
from partnercrm.ui.documents import (
    DOCUMENT_TITLES,
    document_title,
    install_drop_import,
    open_export_dialog,
    open_import_dialog,
    open_print_dialog,
    undo_last_import,
)
from partnercrm.ui.icons import icon
from partnercrm.ui.settings import LAST_VIEW, WELCOME_DONE, Settings
from partnercrm.ui.sidebar import Sidebar
from partnercrm.ui.tasks import TaskManager


@dataclass(frozen=True)
class ViewSpec:
    """One entry of the sidebar and the widget behind it.

    Attributes:
        key: stable name (stored as the last view).
        title: English source text, translated in the "Navigation" context.
        icon: icon name in resources/icons.
        factory: builds the widget (called once, when the view is first shown).
    """

    key: str
    title: str
    icon: str
    factory: Callable[[AppContext], QWidget]


def _start(ctx: AppContext) -> QWidget:
    from partnercrm.ui.views.start_page import StartPage

    return StartPage(ctx)


def _people(ctx: AppContext) -> QWidget:
    from partnercrm.ui.views.people_view import PeopleView

    return PeopleView(ctx)


def _organizations(ctx: AppContext) -> QWidget:
    from partnercrm.ui.views.organizations_view import OrganizationsView

    return OrganizationsView(ctx)


def _lists(ctx: AppContext) -> QWidget:
    from partnercrm.ui.views.lists_view import DistributionListsView

    return DistributionListsView(ctx)


def _trash(ctx: AppContext) -> QWidget:
    from partnercrm.ui.views.trash_view import TrashView

    return TrashView(ctx)


def _events(ctx: AppContext) -> QWidget:
    from partnercrm.ui.events.events_widget import EventsWidget

    return EventsWidget(ctx)


def _activities(ctx: AppContext) -> QWidget:
    from partnercrm.ui.activities.activities_view import ActivitiesView

    return ActivitiesView(ctx)


def standard_views() -> list[ViewSpec]:
    """The views in sidebar order.

    Integration point for ui/events/ and ui/activities/: one line each, after
    "organizations", e.g.
    ``ViewSpec("events", QT_TRANSLATE_NOOP("Navigation", "Events"), "events", _events)``
    with ``_events = lambda ctx: EventsWidget(ctx)``.
    """
    return [
        ViewSpec("start", QT_TRANSLATE_NOOP("Navigation", "Start"), "start", _start),
        ViewSpec("people", QT_TRANSLATE_NOOP("Navigation", "People"), "people", _people),
        ViewSpec(
            "organizations",
            QT_TRANSLATE_NOOP("Navigation", "Organisations"),
            "organizations",
            _organizations,
        ),
        ViewSpec("events", QT_TRANSLATE_NOOP("Navigation", "Events"), "events", _events),
        ViewSpec(
            "activities", QT_TRANSLATE_NOOP("Navigation", "Activities"), "activities", _activities
        ),
        ViewSpec("lists", QT_TRANSLATE_NOOP("Navigation", "Distribution lists"), "lists", _lists),
        ViewSpec("trash", QT_TRANSLATE_NOOP("Navigation", "Trash"), "trash", _trash),
    ]


# Titles of the views that ui/events and ui/activities will add; kept here so that
# the German catalogue already holds them.
_LATER_TITLES = (
    QT_TRANSLATE_NOOP("Navigation", "Events"),
    QT_TRANSLATE_NOOP("Navigation", "Activities"),
)


class MainWindow(QMainWindow):
    """The window an engagement officer works in all day."""

    def __init__(
        self,
        db: Database,
        settings: Settings,
        views: list[ViewSpec] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("PartnerCRM"))
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self.tasks = TaskManager(self)
        self.ctx = AppContext(db, settings, self.undo_stack, self.tasks, DataBus(self))
        self.specs = {spec.key: spec for spec in (views or standard_views())}
        self.widgets: dict[str, QWidget] = {}

        self.sidebar = Sidebar(self)
        self.stack = QStackedWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)
        for spec in self.specs.values():
            self.sidebar.add_view(
                spec.key, QCoreApplication.translate("Navigation", spec.title), icon(spec.icon)
            )

        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)
        # Ctrl+L from anywhere: the log dialog with the current contact filled in. The
        # menu action carries the key (one owner of Ctrl+L, so it is never ambiguous).
        self.log_shortcut = LogShortcut(db, self, self.current_contact, self.undo_stack)
        self.log_shortcut.shortcut.setEnabled(False)
        self.log_shortcut.interaction_logged.connect(
            lambda _id, changes: self.ctx.bus.changed.emit(changes)
        )
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.sidebar.view_chosen.connect(self.show_view)
        self._restore_state()
        # Contact files dropped anywhere on the window start an import.
        self.drop_import = install_drop_import(self.ctx, self)
        self._greet()

    # --- actions, menus, toolbar ---------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        *,
        icon_name: str = "",
        keys: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(icon(icon_name) if icon_name else icon("none"), text, self)
        if isinstance(keys, QKeySequence.StandardKey):
            action.setShortcuts(keys)
        elif keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        standard = QKeySequence.StandardKey
        self.new_person_action = self._action(
            self.tr("New &person"), self.new_person, icon_name="person-new", keys=standard.New
        )
        self.new_organization_action = self._action(
            self.tr("New &organisation"),
            self.new_organization,
            icon_name="organization-new",
            keys="Ctrl+Shift+N",
        )
        self.import_action = self._action(
            self.tr("&Import contacts…"), self.import_contacts, icon_name="import"
        )
        self.undo_import_action = self._action(
            self.tr("Undo last import…"), lambda: undo_last_import(self.ctx, self)
        )
        self.export_action = self._action(
            self.tr("&Export selection…"), self.export_selection, icon_name="export"
        )
        self.export_action.setToolTip(
            self.tr("The selected people, or everyone in the current list, as vCard, CSV or Excel")
        )
        self.log_action = self._action(
            self.tr("Lo&g interaction…"), self.log_interaction, icon_name="log", keys="Ctrl+L"
        )
        self.log_action.setShortcut(LOG_SHORTCUT)
        self.log_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.log_action.setToolTip(
            self.tr("Log a call, meeting or e-mail with the current contact (Ctrl+L)")
        )
        self.print_action = self._action(
            self.tr("P&rint…"), self.print_fitting, icon_name="print", keys=standard.Print
        )
        self.print_actions: dict[DocumentKind, QAction] = {}
        for kind in DOCUMENT_TITLES:
            action = self._action(
                document_title(kind), lambda _c=False, k=kind: self.print_document(k)
            )
            action.setObjectName(f"print_{kind.value}")
            self.print_actions[kind] = action
        self.settings_action = self._action(
            self.tr("&Settings…"),
            self.open_settings,
            icon_name="settings",
            keys=standard.Preferences,
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(self.tr("&Quit"), self.close, keys=standard.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setIcon(icon("undo"))
        self.undo_action.setShortcuts(standard.Undo)
        redo_keys = list(QKeySequence.keyBindings(standard.Redo))
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setIcon(icon("redo"))
        self.redo_action.setShortcuts(redo_keys)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)

        self.find_action = self._action(
            self.tr("&Find"), self.focus_search, icon_name="search", keys=standard.Find
        )
        self.delete_action = self._action(
            self.tr("Move to &trash"),
            self.delete_selected,
            icon_name="delete",
            keys=standard.Delete,
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.about_action = self._action(self.tr("&About PartnerCRM"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        self.view_actions: list[QAction] = []
        for number, spec in enumerate(self.specs.values(), start=1):
            action = self._action(
                QCoreApplication.translate("Navigation", spec.title),
                lambda key=spec.key: self.show_view(key),
                icon_name=spec.icon,
                keys=f"Ctrl+{number}" if number < 10 else None,
            )
            self.view_actions.append(action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_person_action, self.new_organization_action])
        file_menu.addAction(self.log_action)
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.undo_import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        self.print_menu = file_menu.addMenu(icon("print"), self.tr("Print &documents"))
        self.print_menu.setObjectName("print_menu")
        self.print_menu.addActions(list(self.print_actions.values()))
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.delete_action])
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions(self.view_actions)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setIconSize(QSize(22, 22))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        toolbar.addActions([self.new_person_action, self.new_organization_action])
        toolbar.addAction(self.log_action)
        toolbar.addSeparator()
        toolbar.addAction(self.print_action)
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        for action in (self.undo_action, self.redo_action):
            # The stack names the step ("Undo Move Anna Fischer, … to the trash"): as a
            # button text it pushed the other actions off the bar; it is the tooltip.
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        toolbar.addSeparator()
        toolbar.addAction(self.delete_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    # --- views ---------------------------------------------------------------------

    def view(self, key: str) -> QWidget:
        """The widget of view ``key``, built on first use."""
        widget = self.widgets.get(key)
        if widget is None:
            widget = self.specs[key].factory(self.ctx)
            self.widgets[key] = widget
            self.stack.addWidget(widget)
            status = getattr(widget, "status_changed", None)
            if status is not None:
                status.connect(lambda text, k=key: self._on_status(k, text))
            opened = getattr(widget, "open_requested", None)
            if opened is not None:
                opened.connect(self.open_record)
            interaction = getattr(widget, "interaction_activated", None)
            if interaction is not None:
                interaction.connect(lambda i: self.open_record("interaction", i))
            restore = getattr(widget, "restore_state", None)
            if restore is not None:
                restore(self.ctx.settings)
            if key in ("people", "organizations", "lists"):
                table = widget.members if key == "lists" else widget.table  # type: ignore[attr-defined]
                table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                table.customContextMenuRequested.connect(
                    lambda position, k=key: self._people_menu(k, position)
                )
        return widget

    @Slot(str)
    def show_view(self, key: str) -> None:
        if key not in self.specs:
            key = "start"
        widget = self.view(key)
        self.stack.setCurrentWidget(widget)
        self.sidebar.select(key)
        self.current_key = key
        text = getattr(widget, "status_text", None)
        self.status_label.setText(text() if callable(text) else "")
        self.delete_action.setEnabled(hasattr(widget, "delete_selected"))
        # In the trash, Delete removes for good; the button must not promise "to the trash".
        self.delete_action.setText(
            self.tr("&Delete permanently…") if key == "trash" else self.tr("Move to &trash")
        )

    def current_view(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _on_status(self, key: str, text: str) -> None:
        if self.widgets.get(key) is self.stack.currentWidget():
            self.status_label.setText(text)

    @Slot(str, int)
    def open_record(self, entity: str, record_id: int) -> None:
        """Show a person, organisation or event in its view, or an interaction's details."""
        if entity == "interaction":
            self.show_interaction(record_id)
            return
        key = {"person": "people", "organization": "organizations", "event": "events"}.get(entity)
        if key is None or key not in self.specs:
            return
        self.show_view(key)
        widget = self.widgets[key]
        select = getattr(widget, "open_event" if entity == "event" else "select_record", None)
        if select is not None:
            select(record_id)

    def show_interaction(self, interaction_id: int) -> QDialog:
        from partnercrm.ui.views.interaction_details import InteractionDetailsDialog

        dialog = InteractionDetailsDialog(self.ctx.db, interaction_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self.open_record)
        dialog.open()
        self.interaction_dialog = dialog
        return dialog

    # --- what the user is looking at -------------------------------------------------

    def current_contact(self) -> CurrentContact:
        """The people, organisations or event of the current view, for Ctrl+L."""
        key = getattr(self, "current_key", "")
        widget = self.widgets.get(key)
        if key == "events":
            return CurrentContact(event_id=self.current_event_id())
        if key in ("people", "organizations") and widget is not None:
            ids = tuple(widget.table.selected_ids())  # type: ignore[attr-defined]
            if not ids and widget.pages.record_id is not None:  # type: ignore[attr-defined]
                ids = (widget.pages.record_id,)  # type: ignore[attr-defined]
            if key == "people":
                return CurrentContact(person_ids=ids)
            return CurrentContact(organization_ids=ids)
        if key == "lists" and widget is not None:
            return CurrentContact(person_ids=tuple(widget.members.selected_ids()))  # type: ignore[attr-defined]
        return CurrentContact()

    def current_event_id(self) -> int | None:
        widget = self.widgets.get("events")
        if widget is None or getattr(self, "current_key", "") != "events":
            return None
        return widget.current_event_id()  # type: ignore[attr-defined]

    def selected_people(self) -> list[int]:
        """The selected people, or everyone in the list shown; the people of the
        selected organisations; nobody in the other views."""
        key = getattr(self, "current_key", "")
        widget = self.widgets.get(key)
        if widget is None:
            return []
        if key == "organizations":
            return self._people_of(self.current_contact().organization_ids)
        if key == "people":
            table = widget.table  # type: ignore[attr-defined]
        elif key == "lists":
            table = widget.members  # type: ignore[attr-defined]
        else:
            return []
        return table.selected_ids() or table.model().all_ids()

    def _people_of(self, organization_ids: tuple[int, ...]) -> list[int]:
        def work(session: Session) -> list[int]:
            found: dict[int, None] = {}
            for org_id in organization_ids:
                ids = people.list_person_ids(session, filter=PersonFilter(organization_id=org_id))
                found.update(dict.fromkeys(ids))
            return list(found)

        return self.ctx.read(work)

    # --- user actions ----------------------------------------------------------------

    def new_person(self) -> None:
        self.show_view("people")
        self.widgets["people"].new_item()  # type: ignore[attr-defined]

    def new_organization(self) -> None:
        self.show_view("organizations")
        self.widgets["organizations"].new_item()  # type: ignore[attr-defined]

    def focus_search(self) -> None:
        widget = self.current_view()
        if widget is None or not hasattr(widget, "focus_search"):
            self.show_view("people")
            widget = self.current_view()
        widget.focus_search()  # type: ignore[union-attr]

    def delete_selected(self) -> None:
        widget = self.current_view()
        if widget is not None and hasattr(widget, "delete_selected"):
            widget.delete_selected()

    def import_contacts(self) -> QDialog | None:
        return open_import_dialog(self.ctx, self)

    def export_selection(self) -> QDialog | None:
        event_id = self.current_event_id()
        if event_id is not None:
            from partnercrm.ui.documents import participant_ids

            return open_export_dialog(self.ctx, self, participant_ids(self.ctx, event_id))
        return open_export_dialog(self.ctx, self, self.selected_people())

    def log_interaction(self) -> QDialog:
        return self.log_shortcut.open_dialog()

    def print_document(self, kind: DocumentKind) -> QDialog | None:
        """Print ``kind`` for the current event, or for the selected people."""
        event_id = self.current_event_id()
        if event_id is not None:
            return open_print_dialog(self.ctx, self, kind, event_id=event_id)
        return open_print_dialog(self.ctx, self, kind, person_ids=self.selected_people())

    def print_fitting(self) -> QDialog | None:
        """Ctrl+P: the sign-in sheet for an event, address labels for people."""
        if self.current_event_id() is not None:
            return self.print_document(DocumentKind.SIGNIN)
        return self.print_document(DocumentKind.LABELS)

    def people_menu(self, *, trash: bool = True) -> QMenu:
        """The context menu of a people or organisation list: log, print and export for
        the selected people (or the organisations' people), move to the trash."""
        menu = QMenu(self)
        menu.addAction(self.log_action)
        menu.addSeparator()
        menu.addAction(self.print_actions[DocumentKind.LABELS])
        menu.addAction(self.print_actions[DocumentKind.LETTERS])
        menu.addAction(self.print_actions[DocumentKind.BADGES])
        export = menu.addAction(icon("export"), self.tr("Export as &vCard…"))
        export.triggered.connect(self.export_selection)
        if trash:
            menu.addSeparator()
            menu.addAction(self.delete_action)
        return menu

    def _people_menu(self, key: str, position: QPoint) -> None:
        widget = self.widgets[key]
        table = widget.members if key == "lists" else widget.table  # type: ignore[attr-defined]
        # The menu key opens it for the current row wherever the mouse is.
        if not table.indexAt(position).isValid() and not table.currentIndex().isValid():
            return
        menu = self.people_menu(trash=key != "lists")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(table.viewport().mapToGlobal(position))

    def _greet(self) -> None:
        """On start: how many follow-ups are overdue (nothing when none are)."""
        message = overdue_message(self.ctx.db)
        if message:
            self.statusBar().showMessage(message, 15000)

    def open_settings(self) -> None:
        from partnercrm.ui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx.settings, self).exec()

    def about(self) -> None:
        from partnercrm import __version__

        QMessageBox.about(
            self,
            self.tr("About PartnerCRM"),
            self.tr(
                "PartnerCRM {version}\nContacts, organisations and events for "
                "cross-sector networks, kept on your own computer."
            ).format(version=__version__),
        )

    # --- state -----------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = self.ctx.settings
        geometry = settings.state("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = settings.state("main_window/splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([190, max(self.width() - 190, 400)])
        self.show_view(str(settings.get(LAST_VIEW)))
        if not settings.get(WELCOME_DONE):
            self._maybe_welcome()

    def save_state(self) -> None:
        settings = self.ctx.settings
        settings.set_state("main_window/geometry", self.saveGeometry())
        settings.set_state("main_window/splitter", self.splitter.saveState())
        settings.set(LAST_VIEW, getattr(self, "current_key", "start"))
        for widget in self.widgets.values():
            save = getattr(widget, "save_state", None)
            if save is not None:
                save(settings)
        settings.sync()

    def _maybe_welcome(self) -> None:
        start = self.view("start")
        show_welcome = getattr(start, "show_welcome_if_empty", None)
        if show_welcome is not None and show_welcome():
            self.show_view("start")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.tasks.wait(5000)
        super().closeEvent(event)
