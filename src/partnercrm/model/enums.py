"""The closed vocabularies of the domain, stored as their lower-case values."""

from __future__ import annotations

from enum import StrEnum


class OrganizationKind(StrEnum):
    MUNICIPALITY = "municipality"
    DISTRICT = "district"
    COMPANY = "company"
    ASSOCIATION = "association"
    FOUNDATION = "foundation"
    PUBLIC_AUTHORITY = "public_authority"
    EDUCATION_RESEARCH = "education_research"
    CHURCH_WELFARE = "church_welfare"
    MEDIA = "media"
    NETWORK_INITIATIVE = "network_initiative"
    OTHER = "other"


class Sector(StrEnum):
    PUBLIC = "public"
    BUSINESS = "business"
    CIVIL_SOCIETY = "civil_society"


SECTOR_OF_KIND: dict[OrganizationKind, Sector] = {
    OrganizationKind.MUNICIPALITY: Sector.PUBLIC,
    OrganizationKind.DISTRICT: Sector.PUBLIC,
    OrganizationKind.PUBLIC_AUTHORITY: Sector.PUBLIC,
    OrganizationKind.EDUCATION_RESEARCH: Sector.PUBLIC,
    OrganizationKind.COMPANY: Sector.BUSINESS,
    OrganizationKind.MEDIA: Sector.BUSINESS,
    OrganizationKind.ASSOCIATION: Sector.CIVIL_SOCIETY,
    OrganizationKind.FOUNDATION: Sector.CIVIL_SOCIETY,
    OrganizationKind.CHURCH_WELFARE: Sector.CIVIL_SOCIETY,
    OrganizationKind.NETWORK_INITIATIVE: Sector.CIVIL_SOCIETY,
    OrganizationKind.OTHER: Sector.CIVIL_SOCIETY,
}

MUNICIPAL_KINDS = frozenset({OrganizationKind.MUNICIPALITY, OrganizationKind.DISTRICT})


class SalutationForm(StrEnum):
    """How a person is addressed: Frau, Herr, or neutral (unknown or diverse)."""

    FRAU = "frau"
    HERR = "herr"
    NEUTRAL = "neutral"


class AddressForm(StrEnum):
    FORMAL = "formal"
    INFORMAL = "informal"


class AddressKind(StrEnum):
    BUSINESS = "business"
    PRIVATE = "private"
    POSTAL = "postal"


class ContactKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    MOBILE = "mobile"
    FAX = "fax"
    WEB = "web"


class InteractionKind(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    LETTER = "letter"
    VISIT = "visit"
    NOTE = "note"


class EventKind(StrEnum):
    SEMINAR = "seminar"
    CONFERENCE = "conference"
    EXCHANGE = "exchange"
    WORKSHOP = "workshop"
    ONLINE_TALK = "online_talk"
    PANEL = "panel"
    OTHER = "other"


class EventStatus(StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    HELD = "held"
    CANCELLED = "cancelled"


class SessionKind(StrEnum):
    WORKSHOP = "workshop"
    PANEL = "panel"
    GALLERY_WALK = "gallery_walk"
    GET_TOGETHER = "get_together"
    TALK = "talk"
    SLOT = "slot"


class EventPartnerRole(StrEnum):
    PARTNER = "partner"
    FUNDER = "funder"


class ParticipationRole(StrEnum):
    PARTICIPANT = "participant"
    SPEAKER = "speaker"
    MODERATOR = "moderator"
    PANELIST = "panelist"
    EXHIBITOR = "exhibitor"
    ORGANIZER = "organizer"
    HELPER = "helper"


class ParticipationStatus(StrEnum):
    INVITED = "invited"
    REGISTERED = "registered"
    WAITLISTED = "waitlisted"
    DECLINED = "declined"
    CANCELLED = "cancelled"
    ATTENDED = "attended"
    NO_SHOW = "no_show"


class ConsentChannel(StrEnum):
    EMAIL = "email"
    POST = "post"
    PHONE = "phone"


class ConsentPurpose(StrEnum):
    INVITATIONS = "invitations"
    NEWSLETTER = "newsletter"
    PHOTOS = "photos"


class ConsentState(StrEnum):
    GRANTED = "granted"
    WITHDRAWN = "withdrawn"
    REFUSED = "refused"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    TRASH = "trash"
    RESTORE = "restore"
    DELETE = "delete"
    IMPORT = "import"
    EXPORT = "export"
