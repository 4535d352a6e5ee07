"""Shared fixtures: a real, migrated SQLite file per test (copied from one migrated template)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from partnercrm.store.database import Database, open_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    open_database(str(path)).close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, migrated_template: Path) -> Path:
    path = tmp_path / "crm.sqlite"
    shutil.copyfile(migrated_template, path)
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(str(db_path))
    yield database
    database.close()


@pytest.fixture
def session(db: Database) -> Iterator[Session]:
    """A session on the test database; tests commit like a user action would."""
    with db.session() as s:
        yield s


@pytest.fixture
def shared_samples() -> Path:
    """The sample files of ../shared/samples (skips where a clone has no shared/ beside it)."""
    samples = SHARED / "samples"
    if not samples.is_dir():
        pytest.skip("../shared/samples is not beside this checkout (newcomer's clone)")
    return samples
