"""Shown names of interaction and timeline kinds, participation roles and statuses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from partnercrm.model import InteractionKind
from partnercrm.services.timeline import TimelineKind


def _tr(text: str) -> str:
    return QCoreApplication.translate("activities", text)


def interaction_kind_label(kind: InteractionKind | str) -> str:
    labels = {
        "call": _tr("Call"),
        "meeting": _tr("Meeting"),
        "email": _tr("E-mail"),
        "letter": _tr("Letter"),
        "visit": _tr("Visit"),
        "note": _tr("Note"),
    }
    return labels[str(kind)]


def timeline_kind_label(kind: TimelineKind) -> str:
    if kind.value in {k.value for k in InteractionKind}:
        return interaction_kind_label(kind.value)
    labels = {
        TimelineKind.PARTICIPATION: _tr("Event"),
        TimelineKind.AFFILIATION_START: _tr("Role began"),
        TimelineKind.AFFILIATION_END: _tr("Role ended"),
    }
    return labels[kind]


def participation_label(role: str, status: str) -> str:
    roles = {
        "participant": _tr("participant"),
        "speaker": _tr("speaker"),
        "moderator": _tr("moderator"),
        "panelist": _tr("panelist"),
        "exhibitor": _tr("exhibitor"),
        "organizer": _tr("organizer"),
        "helper": _tr("helper"),
    }
    statuses = {
        "invited": _tr("invited"),
        "registered": _tr("registered"),
        "waitlisted": _tr("on the waiting list"),
        "declined": _tr("declined"),
        "cancelled": _tr("cancelled"),
        "attended": _tr("attended"),
        "no_show": _tr("did not come"),
    }
    return f"{roles.get(role, role)}, {statuses.get(status, status)}"
