"""What every subcommand gets: parsed arguments, the database, and output helpers."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TextIO

from partnercrm.store.database import Database, open_database

Handler = Callable[["CommandContext"], int]


@dataclass
class CommandContext:
    """Arguments of the command line; the database is opened on first use."""

    args: argparse.Namespace
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)

    @cached_property
    def db(self) -> Database:
        return open_database(self.args.db)

    def print(self, text: str = "") -> None:
        print(text, file=self.out)

    def warn(self, text: str) -> None:
        print(text, file=self.err)

    def print_json(self, data: Any) -> None:
        json.dump(data, self.out, ensure_ascii=False, indent=2, default=str)
        self.out.write("\n")

    def progress(self, done: int, total: int, label: str = "") -> None:
        """A progress line on the terminal (only when stderr is a terminal)."""
        if not self.err.isatty() or total <= 0:
            return
        end = "\n" if done >= total else ""
        self.err.write(f"\r{label} {done}/{total} ({100 * done // total} %)" + end)
        self.err.flush()

    def close(self) -> None:
        if "db" in self.__dict__:
            self.db.close()


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
