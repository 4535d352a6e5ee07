"""The one error tree of PartnerCRM.

    PartnerCRMError                  every error we raise on purpose
    ├── UserError                    the user can fix it; the message says what and how
    │   ├── ValidationError          a field value is wrong (``field`` names it)
    │   ├── NotFoundError            a record does not exist (any more)
    │   ├── ConflictError            someone changed the record meanwhile (version counter)
    │   ├── InputFileError           a file to import or read is unusable
    │   └── DatabaseError            the database cannot be opened or used
    │       ├── NotADatabaseError    the path is not a PartnerCRM/SQLite database
    │       ├── DatabaseTooNewError  written by a newer PartnerCRM
    │       └── DatabaseUnreachableError  a server database does not answer
    └── InternalError                our bug; shown as "please report", logged with details

Messages are whole sentences for the user (translated through ``partnercrm.i18n``).
Code never branches on message text; it catches the class.
"""

from __future__ import annotations


class PartnerCRMError(Exception):
    """Base of every error PartnerCRM raises on purpose."""

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.__class__.__name__


class UserError(PartnerCRMError):
    """Something the user can act on; the message says what is wrong and what to do."""


class ValidationError(UserError):
    """A field holds a value that is not allowed.

    Attributes:
        field: the name of the field (as in the services' input dataclasses).
        record: optional description of the record (e.g. "row 12", "card 3").
    """

    def __init__(self, field: str, message: str, *, record: str = "") -> None:
        super().__init__(message)
        self.field = field
        self.record = record


class NotFoundError(UserError):
    """The record asked for does not exist."""


class ConflictError(UserError):
    """The record was changed by someone else since it was read.

    Attributes:
        current_version: the version now stored.
    """

    def __init__(self, message: str, *, current_version: int | None = None) -> None:
        super().__init__(message)
        self.current_version = current_version


class InputFileError(UserError):
    """A file given to PartnerCRM cannot be used (missing, unreadable, wrong format)."""


class DatabaseError(UserError):
    """The database cannot be opened or used."""


class NotADatabaseError(DatabaseError):
    """The path exists but is not a PartnerCRM database."""


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer version of PartnerCRM."""


class DatabaseUnreachableError(DatabaseError):
    """A database server could not be reached."""


class InternalError(PartnerCRMError):
    """A bug in PartnerCRM."""
