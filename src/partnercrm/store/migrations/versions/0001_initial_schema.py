"""Initial schema: the whole domain of DESIGN.md, plus the FTS5 search index.

Why: the first release stores people, organizations, affiliations, addresses,
contact points, tags, lists, interactions, events, participations, consents and
the audit trail. On SQLite the folded haystacks in person_search and
organization_search are mirrored into external-content FTS5 tables by triggers, so
the index stays in sync with every write; where FTS5 is missing the search falls
back to the haystack columns.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 01:01:24.861468
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "create",
                "update",
                "trash",
                "restore",
                "delete",
                "import",
                "export",
                name="auditaction",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)

    op.create_table(
        "distribution_list",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("filter_json", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_distribution_list")),
        sa.UniqueConstraint("name", name=op.f("uq_distribution_list_name")),
    )
    op.create_table(
        "organization",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("short_name", sa.String(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "municipality",
                "district",
                "company",
                "association",
                "foundation",
                "public_authority",
                "education_research",
                "church_welfare",
                "media",
                "network_initiative",
                "other",
                name="organizationkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("municipality_id", sa.Integer(), nullable=True),
        sa.Column("website", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("uid", sa.String(), nullable=True),
        sa.Column("sort_key", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["organization.id"],
            name=op.f("fk_organization_municipality_id_organization"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["organization.id"],
            name=op.f("fk_organization_parent_id_organization"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organization")),
        sa.UniqueConstraint("uid", name=op.f("uq_organization_uid")),
    )
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organization_kind"), ["kind"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_organization_municipality_id"), ["municipality_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_organization_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_organization_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_organization_sort_key"), ["sort_key"], unique=False)

    op.create_table(
        "organization_search",
        sa.Column("organization_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("haystack", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("organization_id", name=op.f("pk_organization_search")),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "salutation",
            sa.Enum("frau", "herr", "neutral", name="salutationform", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("academic_title", sa.String(), nullable=False),
        sa.Column("first_name", sa.String(), nullable=False),
        sa.Column("name_particle", sa.String(), nullable=False),
        sa.Column("last_name", sa.String(), nullable=False),
        sa.Column("name_suffix", sa.String(), nullable=False),
        sa.Column("nickname", sa.String(), nullable=False),
        sa.Column(
            "address_form",
            sa.Enum("formal", "informal", name="addressform", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("language", sa.String(), nullable=False),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("photo_type", sa.String(), nullable=False),
        sa.Column("uid", sa.String(), nullable=True),
        sa.Column("do_not_contact", sa.Boolean(), nullable=False),
        sa.Column("sort_key", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("uid", name=op.f("uq_person_uid")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index("ix_person_sort_key", ["sort_key", "id"], unique=False)

    op.create_table(
        "search_term",
        sa.Column("term", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("term", name=op.f("pk_search_term")),
    )
    op.create_table(
        "person_search",
        sa.Column("person_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("haystack", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_person_search")),
    )
    op.create_table(
        "tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag")),
        sa.UniqueConstraint("key", name=op.f("uq_tag_key")),
    )
    op.create_table(
        "affiliation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("function", sa.String(), nullable=False),
        sa.Column("department", sa.String(), nullable=False),
        sa.Column("use_organization_address", sa.Boolean(), nullable=False),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_affiliation_organization_id_organization"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_affiliation_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_affiliation")),
    )
    with op.batch_alter_table("affiliation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_affiliation_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_affiliation_person_id"), ["person_id"], unique=False)

    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum("email", "post", "phone", name="consentchannel", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "purpose",
            sa.Enum(
                "invitations",
                "newsletter",
                "photos",
                name="consentpurpose",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "state",
            sa.Enum(
                "granted", "withdrawn", "refused", name="consentstate", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_consent_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_person_id"), ["person_id"], unique=False)

    op.create_table(
        "distribution_list_member",
        sa.Column("distribution_list_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["distribution_list_id"],
            ["distribution_list.id"],
            name=op.f("fk_distribution_list_member_distribution_list_id_distribution_list"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_distribution_list_member_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "distribution_list_id", "person_id", name=op.f("pk_distribution_list_member")
        ),
    )
    with op.batch_alter_table("distribution_list_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_distribution_list_member_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "seminar",
                "conference",
                "exchange",
                "workshop",
                "online_talk",
                "panel",
                "other",
                name="eventkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("series", sa.String(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=True),
        sa.Column("venue_name", sa.String(), nullable=False),
        sa.Column("venue_street", sa.String(), nullable=False),
        sa.Column("venue_postal_code", sa.String(), nullable=False),
        sa.Column("venue_city", sa.String(), nullable=False),
        sa.Column("online_url", sa.String(), nullable=False),
        sa.Column("organizer_id", sa.Integer(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "open",
                "held",
                "cancelled",
                name="eventstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["organizer_id"],
            ["organization.id"],
            name=op.f("fk_event_organizer_id_organization"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_organizer_id"), ["organizer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_series"), ["series"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_starts_at"), ["starts_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_title"), ["title"], unique=False)

    op.create_table(
        "organization_tag",
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_organization_tag_organization_id_organization"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_organization_tag_tag_id_tag"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("organization_id", "tag_id", name=op.f("pk_organization_tag")),
    )
    with op.batch_alter_table("organization_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organization_tag_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "person_tag",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_tag_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_person_tag_tag_id_tag"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("person_id", "tag_id", name=op.f("pk_person_tag")),
    )
    with op.batch_alter_table("person_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_tag_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "address",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("affiliation_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "business", "private", "postal", name="addresskind", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("street", sa.String(), nullable=False),
        sa.Column("addition", sa.String(), nullable=False),
        sa.Column("po_box", sa.String(), nullable=False),
        sa.Column("postal_code", sa.String(), nullable=False),
        sa.Column("city", sa.String(), nullable=False),
        sa.Column("region", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "(person_id IS NOT NULL) + (organization_id IS NOT NULL) + (affiliation_id IS NOT NULL) = 1",
            name=op.f("ck_address_one_owner"),
        ),
        sa.ForeignKeyConstraint(
            ["affiliation_id"],
            ["affiliation.id"],
            name=op.f("fk_address_affiliation_id_affiliation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_address_organization_id_organization"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_address_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_address")),
    )
    with op.batch_alter_table("address", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_address_affiliation_id"), ["affiliation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_address_city"), ["city"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_address_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_address_person_id"), ["person_id"], unique=False)

    op.create_table(
        "contact_point",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("affiliation_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "email",
                "phone",
                "mobile",
                "fax",
                "web",
                name="contactkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("normalized", sa.String(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "(person_id IS NOT NULL) + (organization_id IS NOT NULL) + (affiliation_id IS NOT NULL) = 1",
            name=op.f("ck_contact_point_one_owner"),
        ),
        sa.ForeignKeyConstraint(
            ["affiliation_id"],
            ["affiliation.id"],
            name=op.f("fk_contact_point_affiliation_id_affiliation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_contact_point_organization_id_organization"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_contact_point_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_point")),
    )
    with op.batch_alter_table("contact_point", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_point_affiliation_id"), ["affiliation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contact_point_normalized"), ["normalized"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contact_point_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contact_point_person_id"), ["person_id"], unique=False)

    op.create_table(
        "event_partner",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum("partner", "funder", name="eventpartnerrole", native_enum=False, length=32),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_partner_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_event_partner_organization_id_organization"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "event_id", "organization_id", "role", name=op.f("pk_event_partner")
        ),
    )
    with op.batch_alter_table("event_partner", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_partner_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "event_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "workshop",
                "panel",
                "gallery_walk",
                "get_together",
                "talk",
                "slot",
                name="sessionkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("starts_at", sa.DateTime(), nullable=True),
        sa.Column("ends_at", sa.DateTime(), nullable=True),
        sa.Column("room", sa.String(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_session_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_session")),
    )
    with op.batch_alter_table("event_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_session_event_id"), ["event_id"], unique=False)

    op.create_table(
        "interaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "call",
                "meeting",
                "email",
                "letter",
                "visit",
                "note",
                name="interactionkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("subject", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("followup_due", sa.Date(), nullable=True),
        sa.Column("followup_note", sa.String(), nullable=False),
        sa.Column("followup_owner", sa.String(), nullable=False),
        sa.Column("followup_done", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_interaction_event_id_event"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interaction")),
    )
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interaction_event_id"), ["event_id"], unique=False)
        batch_op.create_index(
            "ix_interaction_followup", ["followup_done", "followup_due"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_interaction_occurred_at"), ["occurred_at"], unique=False
        )

    op.create_table(
        "participation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("affiliation_id", sa.Integer(), nullable=True),
        sa.Column("org_id", sa.Integer(), nullable=True),
        sa.Column("org_name", sa.String(), nullable=False),
        sa.Column(
            "org_kind",
            sa.Enum(
                "municipality",
                "district",
                "company",
                "association",
                "foundation",
                "public_authority",
                "education_research",
                "church_welfare",
                "media",
                "network_initiative",
                "other",
                name="organizationkind",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("org_function", sa.String(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=True),
        sa.Column("municipality_name", sa.String(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "participant",
                "speaker",
                "moderator",
                "panelist",
                "exhibitor",
                "organizer",
                "helper",
                name="participationrole",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "invited",
                "registered",
                "waitlisted",
                "declined",
                "cancelled",
                "attended",
                "no_show",
                name="participationstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("invited_at", sa.DateTime(), nullable=True),
        sa.Column("registered_at", sa.DateTime(), nullable=True),
        sa.Column("waitlisted_at", sa.DateTime(), nullable=True),
        sa.Column("declined_at", sa.DateTime(), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.Column("attended_at", sa.DateTime(), nullable=True),
        sa.Column("no_show_at", sa.DateTime(), nullable=True),
        sa.Column("photo_consent", sa.Boolean(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["affiliation_id"],
            ["affiliation.id"],
            name=op.f("fk_participation_affiliation_id_affiliation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_participation_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["organization.id"],
            name=op.f("fk_participation_municipality_id_organization"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["org_id"],
            ["organization.id"],
            name=op.f("fk_participation_org_id_organization"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_participation_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participation")),
        sa.UniqueConstraint("event_id", "person_id", name="uq_participation_person"),
    )
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participation_event_id"), ["event_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_participation_municipality_id"), ["municipality_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_participation_org_id"), ["org_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_participation_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_participation_status"), ["status"], unique=False)

    op.create_table(
        "interaction_organization",
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_interaction_organization_interaction_id_interaction"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_interaction_organization_organization_id_organization"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "interaction_id", "organization_id", name=op.f("pk_interaction_organization")
        ),
    )
    with op.batch_alter_table("interaction_organization", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interaction_organization_organization_id"),
            ["organization_id"],
            unique=False,
        )

    op.create_table(
        "interaction_person",
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_interaction_person_interaction_id_interaction"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_interaction_person_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("interaction_id", "person_id", name=op.f("pk_interaction_person")),
    )
    with op.batch_alter_table("interaction_person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interaction_person_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "session_participation",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("participation_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "participant",
                "speaker",
                "moderator",
                "panelist",
                "exhibitor",
                "organizer",
                "helper",
                name="participationrole",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("stand_number", sa.String(), nullable=False),
        sa.Column("attended", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participation_id"],
            ["participation.id"],
            name=op.f("fk_session_participation_participation_id_participation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["event_session.id"],
            name=op.f("fk_session_participation_session_id_event_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "session_id", "participation_id", name=op.f("pk_session_participation")
        ),
    )
    with op.batch_alter_table("session_participation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_participation_participation_id"),
            ["participation_id"],
            unique=False,
        )

    _create_fulltext()


def downgrade() -> None:
    with op.batch_alter_table("session_participation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_participation_participation_id"))

    op.drop_table("session_participation")
    with op.batch_alter_table("interaction_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_person_person_id"))

    op.drop_table("interaction_person")
    with op.batch_alter_table("interaction_organization", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_organization_organization_id"))

    op.drop_table("interaction_organization")
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participation_status"))
        batch_op.drop_index(batch_op.f("ix_participation_person_id"))
        batch_op.drop_index(batch_op.f("ix_participation_org_id"))
        batch_op.drop_index(batch_op.f("ix_participation_municipality_id"))
        batch_op.drop_index(batch_op.f("ix_participation_event_id"))

    op.drop_table("participation")
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_occurred_at"))
        batch_op.drop_index("ix_interaction_followup")
        batch_op.drop_index(batch_op.f("ix_interaction_event_id"))

    op.drop_table("interaction")
    with op.batch_alter_table("event_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_session_event_id"))

    op.drop_table("event_session")
    with op.batch_alter_table("event_partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_partner_organization_id"))

    op.drop_table("event_partner")
    with op.batch_alter_table("contact_point", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_point_person_id"))
        batch_op.drop_index(batch_op.f("ix_contact_point_organization_id"))
        batch_op.drop_index(batch_op.f("ix_contact_point_normalized"))
        batch_op.drop_index(batch_op.f("ix_contact_point_affiliation_id"))

    op.drop_table("contact_point")
    with op.batch_alter_table("address", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_address_person_id"))
        batch_op.drop_index(batch_op.f("ix_address_organization_id"))
        batch_op.drop_index(batch_op.f("ix_address_city"))
        batch_op.drop_index(batch_op.f("ix_address_affiliation_id"))

    op.drop_table("address")
    with op.batch_alter_table("person_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_tag_tag_id"))

    op.drop_table("person_tag")
    with op.batch_alter_table("organization_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organization_tag_tag_id"))

    op.drop_table("organization_tag")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_title"))
        batch_op.drop_index(batch_op.f("ix_event_starts_at"))
        batch_op.drop_index(batch_op.f("ix_event_series"))
        batch_op.drop_index(batch_op.f("ix_event_organizer_id"))

    op.drop_table("event")
    with op.batch_alter_table("distribution_list_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_distribution_list_member_person_id"))

    op.drop_table("distribution_list_member")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_person_id"))

    _drop_fulltext()
    op.drop_table("consent")
    with op.batch_alter_table("affiliation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_affiliation_person_id"))
        batch_op.drop_index(batch_op.f("ix_affiliation_organization_id"))

    op.drop_table("affiliation")
    op.drop_table("tag")
    op.drop_table("person_search")
    op.drop_table("search_term")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_sort_key")

    op.drop_table("person")
    op.drop_table("organization_search")
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organization_sort_key"))
        batch_op.drop_index(batch_op.f("ix_organization_parent_id"))
        batch_op.drop_index(batch_op.f("ix_organization_name"))
        batch_op.drop_index(batch_op.f("ix_organization_municipality_id"))
        batch_op.drop_index(batch_op.f("ix_organization_kind"))

    op.drop_table("organization")
    op.drop_table("distribution_list")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")


_FTS_TABLES = {"person": "person_id", "organization": "organization_id"}


def _fts5_available() -> bool:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return False
    try:
        bind.exec_driver_sql("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)")
        bind.exec_driver_sql("DROP TABLE temp.fts5_probe")
    except Exception:
        return False
    return True


def _create_fulltext() -> None:
    if not _fts5_available():
        return
    bind = op.get_bind()
    for entity, key in _FTS_TABLES.items():
        bind.exec_driver_sql(
            f"CREATE VIRTUAL TABLE {entity}_fts USING fts5(haystack, "
            f"content='{entity}_search', content_rowid='{key}', "
            "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
        )
        bind.exec_driver_sql(
            f"CREATE TRIGGER {entity}_fts_ai AFTER INSERT ON {entity}_search BEGIN "
            f"INSERT INTO {entity}_fts(rowid, haystack) VALUES (new.{key}, new.haystack); END"
        )
        bind.exec_driver_sql(
            f"CREATE TRIGGER {entity}_fts_ad AFTER DELETE ON {entity}_search BEGIN "
            f"INSERT INTO {entity}_fts({entity}_fts, rowid, haystack) "
            f"VALUES ('delete', old.{key}, old.haystack); END"
        )
        bind.exec_driver_sql(
            f"CREATE TRIGGER {entity}_fts_au AFTER UPDATE ON {entity}_search BEGIN "
            f"INSERT INTO {entity}_fts({entity}_fts, rowid, haystack) "
            f"VALUES ('delete', old.{key}, old.haystack); "
            f"INSERT INTO {entity}_fts(rowid, haystack) VALUES (new.{key}, new.haystack); END"
        )


def _drop_fulltext() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for entity in _FTS_TABLES:
        for suffix in ("ai", "ad", "au"):
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {entity}_fts_{suffix}")
        bind.exec_driver_sql(f"DROP TABLE IF EXISTS {entity}_fts")
