"""Inviting people to an event: from a distribution list or a selection, in a chosen role.

Each person is invited in the role of one affiliation (the letter goes to the role).
People who must not be contacted on the chosen channel stay unticked, with the
reason shown; ticking one anyway is the officer's deliberate decision.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnercrm.errors import UserError
from partnercrm.model import ConsentChannel
from partnercrm.services import distribution_lists, invitations
from partnercrm.services.invitations import InvitationCandidate
from partnercrm.store.database import Database
from partnercrm.ui.events.labels import status_label

_Index = QModelIndex | QPersistentModelIndex
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1


class InvitationModel(QAbstractTableModel):
    """Candidates: tick, name, the role invited (editable), and why someone is left out."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.candidates: list[InvitationCandidate] = []
        self.chosen: dict[int, int | None] = {}  # person → affiliation
        self.ticked: set[int] = set()

    def set_candidates(self, candidates: Sequence[InvitationCandidate]) -> None:
        self.beginResetModel()
        self.candidates = list(candidates)
        self.chosen = {c.person_id: c.affiliation_id for c in candidates}
        self.ticked = {c.person_id for c in candidates if c.invitable}
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.candidates)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        candidate = self.candidates[index.row()]
        if index.column() == 0 and candidate.already_listed is None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == 1 and len(candidate.affiliations) > 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _role_text(self, candidate: InvitationCandidate) -> str:
        chosen = self.chosen.get(candidate.person_id)
        for a in candidate.affiliations:
            if a.id == chosen:
                return ", ".join(p for p in (a.function, a.organization) if p)
        return self.tr("(as a private person)")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.candidates):
            return None
        candidate = self.candidates[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            ticked = candidate.person_id in self.ticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return candidate.name
            if column == 1:
                return self._role_text(candidate)
            if candidate.already_listed is not None:
                return self.tr("already on the list ({status})").format(
                    status=status_label(candidate.already_listed)
                )
            return candidate.excluded_reason
        if role == Qt.ItemDataRole.EditRole and column == 1:
            return self.chosen.get(candidate.person_id)
        if role == CHOICES_ROLE and column == 1:
            return [
                (a.id, ", ".join(p for p in (a.function, a.organization) if p))
                for a in candidate.affiliations
            ]
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and len(candidate.affiliations) > 1:
            return self.tr("Double-click to invite the person in another role")
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and candidate.excluded_reason:
            return QColor("#b00020")
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        candidate = self.candidates[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                self.ticked.add(candidate.person_id)
            else:
                self.ticked.discard(candidate.person_id)
            self.dataChanged.emit(index, index, [role])
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == 1:
            if value not in {a.id for a in candidate.affiliations}:
                return False
            self.chosen[candidate.person_id] = int(value)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, role])
            return True
        return False

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Person"), self.tr("Invited as"), self.tr("Left out because"))
        return titles[section] if 0 <= section < len(titles) else None

    def invitations(self) -> list[invitations.Invitation]:
        return [
            invitations.Invitation(c.person_id, self.chosen.get(c.person_id))
            for c in self.candidates
            if c.person_id in self.ticked and c.already_listed is None
        ]


class AffiliationDelegate(QStyledItemDelegate):
    """A combo box of the person's roles for the "Invited as" column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QComboBox(parent)
        for affiliation_id, text in index.data(CHOICES_ROLE) or []:
            editor.addItem(text, affiliation_id)
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(0, position))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class InvitationDialog(QDialog):
    """Choose people (a list or the given selection), their roles, and invite them.

    Signals:
        invited(int): how many were invited.
    """

    invited = Signal(int)

    def __init__(
        self,
        db: Database,
        event_id: int,
        person_ids: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.selection = list(person_ids)
        self.setWindowTitle(self.tr("Invite"))
        self.resize(760, 480)
        self.source = QComboBox()
        self.source.addItem(self.tr("Selected people ({count})").format(count=len(person_ids)))
        with db.session() as session:
            for ref in distribution_lists.list_lists(session):
                self.source.addItem(self.tr("List: {name}").format(name=ref.name), ref.id)
        self.channel = QComboBox()
        for channel, text in (
            (ConsentChannel.EMAIL, self.tr("E-mail")),
            (ConsentChannel.POST, self.tr("Letter")),
            (ConsentChannel.PHONE, self.tr("Phone")),
        ):
            self.channel.addItem(text, channel)
        self.model = InvitationModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(1, AffiliationDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.summary = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Invite"))
        self.buttons.accepted.connect(self.invite)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("People"), self.source)
        form.addRow(self.tr("Invitation by"), self.channel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.source.currentIndexChanged.connect(lambda _i: self.reload())
        self.channel.currentIndexChanged.connect(lambda _i: self.reload())
        self.model.dataChanged.connect(lambda *_args: self._summarize())
        self.reload()

    def reload(self) -> None:
        list_id = self.source.currentData()
        with self.db.session() as session:
            people = (
                distribution_lists.list_member_ids(session, list_id)
                if list_id is not None
                else self.selection
            )
            candidates = invitations.invitation_candidates(
                session,
                event_id=self.event_id,
                person_ids=people,
                channel=ConsentChannel(self.channel.currentData()),
            )
        self.model.set_candidates(candidates)
        self._summarize()

    def _summarize(self) -> None:
        left_out = sum(1 for c in self.model.candidates if c.excluded_reason)
        self.summary.setText(
            self.tr(
                "{ticked} of {total} will be invited; {left_out} must not be contacted this way."
            ).format(
                ticked=len(self.model.invitations()),
                total=len(self.model.candidates),
                left_out=left_out,
            )
        )

    def invite(self) -> None:
        chosen = self.model.invitations()
        try:
            with self.db.transaction() as session:
                result = invitations.invite(
                    session,
                    event_id=self.event_id,
                    invitations=chosen,
                    channel=ConsentChannel(self.channel.currentData()),
                    include_excluded=True,  # ticked despite the reason: the user's decision
                )
        except UserError as exc:
            self.summary.setText(exc.message)
            return
        self.invited.emit(len(result.invited))
        self.accept()
