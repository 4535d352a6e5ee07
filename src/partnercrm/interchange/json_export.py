"""The complete, documented JSON export of the database (docs/export-json.md).

Top-level keys: ``format``, ``exported_at``, ``people``, ``organizations``, ``events``,
``interactions``, ``tags``, ``distribution_lists``. Values are plain text as the user
reads them (UTF-8, not escaped); enums are their lower-case values; dates are ISO 8601.
People in the trash are included with ``deleted_at`` set.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from partnercrm.interchange.atomic_file import atomic_write
from partnercrm.model import (
    Address,
    Affiliation,
    Consent,
    ContactPoint,
    DistributionList,
    Event,
    EventPartner,
    EventSession,
    Interaction,
    Organization,
    Participation,
    Person,
    SessionParticipation,
    Tag,
    distribution_list_member,
    interaction_organization,
    interaction_person,
    organization_tag,
    person_tag,
)

FORMAT = "partnercrm-export/1"


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    return value


def _rows(session: Session, table: Table, *, skip: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    columns = [c for c in table.columns if c.name not in skip]
    return [
        {c.name: _plain(v) for c, v in zip(columns, row, strict=True)}
        for row in session.execute(select(*columns))
    ]


def _group(rows: list[dict[str, Any]], key: str) -> dict[Any, list[dict[str, Any]]]:
    grouped: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row.get(key) is not None:
            grouped[row[key]].append(row)
    return grouped


def _strip(rows: list[dict[str, Any]], *keys: str) -> list[dict[str, Any]]:
    return [{k: v for k, v in row.items() if k not in keys} for row in rows]


_OWNER_KEYS = (
    "person_id",
    "organization_id",
    "affiliation_id",
    "version",
    "created_at",
    "updated_at",
)


def build_export(session: Session) -> dict[str, Any]:
    """The whole database as one JSON-ready dictionary."""
    tags = {t["id"]: t["name"] for t in _rows(session, Tag.__table__)}  # type: ignore[arg-type]
    addresses = _rows(session, Address.__table__)  # type: ignore[arg-type]
    contacts = _rows(session, ContactPoint.__table__)  # type: ignore[arg-type]
    address_by = {
        k: _group(addresses, k) for k in ("person_id", "organization_id", "affiliation_id")
    }
    contact_by = {
        k: _group(contacts, k) for k in ("person_id", "organization_id", "affiliation_id")
    }
    person_tags = _group(_rows(session, person_tag), "person_id")
    org_tags = _group(_rows(session, organization_tag), "organization_id")
    organizations = _rows(session, Organization.__table__, skip=("sort_key",))  # type: ignore[arg-type]
    org_names = {o["id"]: o["name"] for o in organizations}

    affiliations = _rows(session, Affiliation.__table__)  # type: ignore[arg-type]
    for row in affiliations:
        row["organization"] = org_names.get(row["organization_id"], "")
        row["addresses"] = _strip(address_by["affiliation_id"].get(row["id"], []), *_OWNER_KEYS)
        row["contact_points"] = _strip(
            contact_by["affiliation_id"].get(row["id"], []), *_OWNER_KEYS
        )
    affiliations_by_person = _group(affiliations, "person_id")
    consents = _group(_rows(session, Consent.__table__), "person_id")  # type: ignore[arg-type]

    people = _rows(session, Person.__table__, skip=("photo", "sort_key"))  # type: ignore[arg-type]
    for row in people:
        pid = row["id"]
        row["tags"] = [tags[t["tag_id"]] for t in person_tags.get(pid, [])]
        row["affiliations"] = _strip(affiliations_by_person.get(pid, []), "person_id", "version")
        row["addresses"] = _strip(address_by["person_id"].get(pid, []), *_OWNER_KEYS)
        row["contact_points"] = _strip(contact_by["person_id"].get(pid, []), *_OWNER_KEYS)
        row["consents"] = _strip(consents.get(pid, []), "person_id")
    for row in organizations:
        oid = row["id"]
        row["sector"] = Organization(kind=row["kind"]).sector.value
        row["tags"] = [tags[t["tag_id"]] for t in org_tags.get(oid, [])]
        row["addresses"] = _strip(address_by["organization_id"].get(oid, []), *_OWNER_KEYS)
        row["contact_points"] = _strip(contact_by["organization_id"].get(oid, []), *_OWNER_KEYS)

    sessions = _group(_rows(session, EventSession.__table__), "event_id")  # type: ignore[arg-type]
    partners = _group(_rows(session, EventPartner.__table__), "event_id")  # type: ignore[arg-type]
    session_roles = _group(_rows(session, SessionParticipation.__table__), "participation_id")  # type: ignore[arg-type]
    participations = _rows(session, Participation.__table__)  # type: ignore[arg-type]
    for row in participations:
        row["sessions"] = _strip(session_roles.get(row["id"], []), "participation_id")
    participations_by_event = _group(participations, "event_id")
    events = _rows(session, Event.__table__)  # type: ignore[arg-type]
    for row in events:
        eid = row["id"]
        row["sessions"] = _strip(sessions.get(eid, []), "event_id")
        row["partners"] = [
            {
                "organization_id": p["organization_id"],
                "organization": org_names.get(p["organization_id"], ""),
                "role": p["role"],
            }
            for p in partners.get(eid, [])
        ]
        row["participations"] = _strip(participations_by_event.get(eid, []), "event_id")

    interaction_people = _group(_rows(session, interaction_person), "interaction_id")
    interaction_orgs = _group(_rows(session, interaction_organization), "interaction_id")
    interactions = _rows(session, Interaction.__table__)  # type: ignore[arg-type]
    for row in interactions:
        iid = row["id"]
        row["person_ids"] = [p["person_id"] for p in interaction_people.get(iid, [])]
        row["organization_ids"] = [o["organization_id"] for o in interaction_orgs.get(iid, [])]

    members = _group(_rows(session, distribution_list_member), "distribution_list_id")
    lists = _rows(session, DistributionList.__table__)  # type: ignore[arg-type]
    for row in lists:
        row["filter"] = json.loads(row.pop("filter_json")) if row.get("filter_json") else None
        row["person_ids"] = [m["person_id"] for m in members.get(row["id"], [])]

    return {
        "format": FORMAT,
        "exported_at": datetime.now().isoformat(timespec="seconds"),
        "people": people,
        "organizations": organizations,
        "events": events,
        "interactions": interactions,
        "tags": [{"id": i, "name": n} for i, n in sorted(tags.items())],
        "distribution_lists": lists,
    }


def export_json(
    session: Session, path: Path, *, progress: Callable[[str], None] | None = None
) -> dict[str, int]:
    """Write the whole database to ``path``; return the number of records per key."""
    data = build_export(session)
    with atomic_write(path) as stream:
        json.dump(data, stream, ensure_ascii=False, indent=1)
        stream.write("\n")
    return {k: len(v) for k, v in data.items() if isinstance(v, list)}
