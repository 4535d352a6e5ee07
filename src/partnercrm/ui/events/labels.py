"""Names shown for the event vocabularies (status, role, kinds, sectors), translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from partnercrm.model import (
    EventKind,
    EventStatus,
    OrganizationKind,
    ParticipationRole,
    ParticipationStatus,
    Sector,
    SessionKind,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("EventLabels", text)


def status_label(status: ParticipationStatus) -> str:
    return {
        ParticipationStatus.INVITED: _t("invited"),
        ParticipationStatus.REGISTERED: _t("registered"),
        ParticipationStatus.WAITLISTED: _t("waitlisted"),
        ParticipationStatus.DECLINED: _t("declined"),
        ParticipationStatus.CANCELLED: _t("cancelled"),
        ParticipationStatus.ATTENDED: _t("attended"),
        ParticipationStatus.NO_SHOW: _t("no-show"),
    }[status]


def role_label(role: ParticipationRole) -> str:
    return {
        ParticipationRole.PARTICIPANT: _t("participant"),
        ParticipationRole.SPEAKER: _t("speaker"),
        ParticipationRole.MODERATOR: _t("moderator"),
        ParticipationRole.PANELIST: _t("panelist"),
        ParticipationRole.EXHIBITOR: _t("exhibitor"),
        ParticipationRole.ORGANIZER: _t("organiser"),
        ParticipationRole.HELPER: _t("helper"),
    }[role]


def event_kind_label(kind: EventKind) -> str:
    return {
        EventKind.SEMINAR: _t("Seminar"),
        EventKind.CONFERENCE: _t("Conference"),
        EventKind.EXCHANGE: _t("Exchange / network meeting"),
        EventKind.WORKSHOP: _t("Workshop"),
        EventKind.ONLINE_TALK: _t("Online talk"),
        EventKind.PANEL: _t("Panel"),
        EventKind.OTHER: _t("Other"),
    }[kind]


def event_status_label(status: EventStatus) -> str:
    return {
        EventStatus.PLANNED: _t("planned"),
        EventStatus.OPEN: _t("open for registration"),
        EventStatus.HELD: _t("held"),
        EventStatus.CANCELLED: _t("cancelled"),
    }[status]


def session_kind_label(kind: SessionKind) -> str:
    return {
        SessionKind.WORKSHOP: _t("Workshop"),
        SessionKind.PANEL: _t("Panel"),
        SessionKind.GALLERY_WALK: _t("Gallery walk"),
        SessionKind.GET_TOGETHER: _t("Get-together"),
        SessionKind.TALK: _t("Talk"),
        SessionKind.SLOT: _t("Slot"),
    }[kind]


def sector_label(sector: Sector) -> str:
    return {
        Sector.PUBLIC: _t("Public sector"),
        Sector.BUSINESS: _t("Business"),
        Sector.CIVIL_SOCIETY: _t("Civil society"),
    }[sector]


def organization_kind_label(kind: OrganizationKind) -> str:
    return {
        OrganizationKind.MUNICIPALITY: _t("Municipality"),
        OrganizationKind.DISTRICT: _t("District"),
        OrganizationKind.COMPANY: _t("Company"),
        OrganizationKind.ASSOCIATION: _t("Association"),
        OrganizationKind.FOUNDATION: _t("Foundation"),
        OrganizationKind.PUBLIC_AUTHORITY: _t("Public authority / ministry"),
        OrganizationKind.EDUCATION_RESEARCH: _t("Education / research"),
        OrganizationKind.CHURCH_WELFARE: _t("Church / welfare"),
        OrganizationKind.MEDIA: _t("Media"),
        OrganizationKind.NETWORK_INITIATIVE: _t("Network / initiative"),
        OrganizationKind.OTHER: _t("Other"),
    }[kind]
