"""Shown names of interaction and timeline kinds, participation roles and statuses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from partnercrm.model import InteractionKind
from partnercrm.services.timeline import TimelineKind


def interaction_kind_label(kind: InteractionKind | str) -> str:
    labels = {
        "call": QCoreApplication.translate("activities", "Call"),
        "meeting": QCoreApplication.translate("activities", "Meeting"),
        "email": QCoreApplication.translate("activities", "E-mail"),
        "letter": QCoreApplication.translate("activities", "Letter"),
        "visit": QCoreApplication.translate("activities", "Visit"),
        "note": QCoreApplication.translate("activities", "Note"),
    }
    return labels[str(kind)]


def timeline_kind_label(kind: TimelineKind) -> str:
    if kind.value in {k.value for k in InteractionKind}:
        return interaction_kind_label(kind.value)
    labels = {
        TimelineKind.PARTICIPATION: QCoreApplication.translate("activities", "Event"),
        TimelineKind.AFFILIATION_START: QCoreApplication.translate("activities", "Role began"),
        TimelineKind.AFFILIATION_END: QCoreApplication.translate("activities", "Role ended"),
    }
    return labels[kind]


def participation_label(role: str, status: str) -> str:
    roles = {
        "participant": QCoreApplication.translate("activities", "participant"),
        "speaker": QCoreApplication.translate("activities", "speaker"),
        "moderator": QCoreApplication.translate("activities", "moderator"),
        "panelist": QCoreApplication.translate("activities", "panelist"),
        "exhibitor": QCoreApplication.translate("activities", "exhibitor"),
        "organizer": QCoreApplication.translate("activities", "organizer"),
        "helper": QCoreApplication.translate("activities", "helper"),
    }
    statuses = {
        "invited": QCoreApplication.translate("activities", "invited"),
        "registered": QCoreApplication.translate("activities", "registered"),
        "waitlisted": QCoreApplication.translate("activities", "on the waiting list"),
        "declined": QCoreApplication.translate("activities", "declined"),
        "cancelled": QCoreApplication.translate("activities", "cancelled"),
        "attended": QCoreApplication.translate("activities", "attended"),
        "no_show": QCoreApplication.translate("activities", "did not come"),
    }
    return f"{roles.get(role, role)}, {statuses.get(status, status)}"
