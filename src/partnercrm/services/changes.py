"""What a write changed, so that the caller (the UI) can decide what to redraw."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Ids of the rows a service call created, updated or removed, per entity name.

    Entity names are the table names of the model ("person", "organization", ...).
    """

    created: dict[str, frozenset[int]] = field(default_factory=dict)
    updated: dict[str, frozenset[int]] = field(default_factory=dict)
    removed: dict[str, frozenset[int]] = field(default_factory=dict)

    @staticmethod
    def of(
        *,
        created: dict[str, set[int] | frozenset[int]] | None = None,
        updated: dict[str, set[int] | frozenset[int]] | None = None,
        removed: dict[str, set[int] | frozenset[int]] | None = None,
    ) -> Changes:
        def freeze(d: dict[str, set[int] | frozenset[int]] | None) -> dict[str, frozenset[int]]:
            return {k: frozenset(v) for k, v in (d or {}).items() if v}

        return Changes(freeze(created), freeze(updated), freeze(removed))

    def __or__(self, other: Changes) -> Changes:
        def merge(
            a: dict[str, frozenset[int]], b: dict[str, frozenset[int]]
        ) -> dict[str, frozenset[int]]:
            return {k: a.get(k, frozenset()) | b.get(k, frozenset()) for k in a.keys() | b.keys()}

        return Changes(
            merge(self.created, other.created),
            merge(self.updated, other.updated),
            merge(self.removed, other.removed),
        )

    def touches(self, entity: str) -> bool:
        return entity in self.created or entity in self.updated or entity in self.removed

    @property
    def empty(self) -> bool:
        return not (self.created or self.updated or self.removed)
