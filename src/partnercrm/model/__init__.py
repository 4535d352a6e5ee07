"""The SQLAlchemy models of the domain (DESIGN.md); no logic beyond invariants."""

from partnercrm.model.address import Address
from partnercrm.model.affiliation import Affiliation
from partnercrm.model.audit import AuditEntry
from partnercrm.model.base import Base, utcnow
from partnercrm.model.consent import Consent
from partnercrm.model.contact_point import ContactPoint
from partnercrm.model.distribution_list import DistributionList, distribution_list_member
from partnercrm.model.enums import (
    MUNICIPAL_KINDS,
    SECTOR_OF_KIND,
    AddressForm,
    AddressKind,
    AuditAction,
    ConsentChannel,
    ConsentPurpose,
    ConsentState,
    ContactKind,
    EventKind,
    EventPartnerRole,
    EventStatus,
    InteractionKind,
    OrganizationKind,
    ParticipationRole,
    ParticipationStatus,
    SalutationForm,
    Sector,
    SessionKind,
)
from partnercrm.model.event import Event, EventPartner, EventSession
from partnercrm.model.import_batch import ImportBatch, ImportRecord
from partnercrm.model.interaction import (
    Interaction,
    InteractionSearch,
    interaction_organization,
    interaction_person,
)
from partnercrm.model.organization import Organization
from partnercrm.model.participation import Participation, SessionParticipation
from partnercrm.model.person import Person
from partnercrm.model.search_entry import OrganizationSearch, PersonSearch, SearchTerm
from partnercrm.model.tag import Tag, organization_tag, person_tag

__all__ = [
    "MUNICIPAL_KINDS",
    "SECTOR_OF_KIND",
    "Address",
    "AddressForm",
    "AddressKind",
    "Affiliation",
    "AuditAction",
    "AuditEntry",
    "Base",
    "Consent",
    "ConsentChannel",
    "ConsentPurpose",
    "ConsentState",
    "ContactKind",
    "ContactPoint",
    "DistributionList",
    "Event",
    "EventKind",
    "EventPartner",
    "EventPartnerRole",
    "EventSession",
    "EventStatus",
    "ImportBatch",
    "ImportRecord",
    "Interaction",
    "InteractionKind",
    "InteractionSearch",
    "Organization",
    "OrganizationKind",
    "OrganizationSearch",
    "Participation",
    "ParticipationRole",
    "ParticipationStatus",
    "Person",
    "PersonSearch",
    "SalutationForm",
    "SearchTerm",
    "Sector",
    "SessionKind",
    "SessionParticipation",
    "Tag",
    "distribution_list_member",
    "interaction_organization",
    "interaction_person",
    "organization_tag",
    "person_tag",
    "utcnow",
]
