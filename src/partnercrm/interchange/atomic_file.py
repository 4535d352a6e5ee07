"""Writing export files atomically: a temporary file beside the target, renamed at the end.

An export never leaves a half-written file: on any error the old file (if any) stays.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from partnercrm.errors import InputFileError
from partnercrm.i18n import translate


@contextmanager
def atomic_write(
    path: Path, *, mode: str = "w", encoding: str | None = "utf-8", newline: str | None = None
) -> Iterator[IO]:  # type: ignore[type-arg]
    """Open a temporary file for writing that replaces ``path`` when the block succeeds."""
    folder = path.parent
    if not folder.is_dir():
        raise InputFileError(
            translate("export", "The folder {folder} does not exist.").format(folder=str(folder))
        )
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputFileError(
            translate("export", "{path} cannot be written ({reason}).").format(
                path=str(path), reason=exc.strerror or exc
            )
        ) from exc
    try:
        kwargs = {} if "b" in mode else {"encoding": encoding, "newline": newline}
        with os.fdopen(handle, mode, **kwargs) as stream:  # type: ignore[call-overload]
            yield stream
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise InputFileError(
            translate("export", "{path} cannot be written ({reason}).").format(
                path=str(path), reason=exc.strerror or exc
            )
        ) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
