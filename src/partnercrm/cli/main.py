"""Argument parsing, dispatch and the one place where errors become messages and exit codes.

Exit codes: 0 success, 1 the command ran but found problems (e.g. a failed check),
2 the user must fix something (bad input, unusable database), 3 an internal error.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from partnercrm import __version__
from partnercrm.cli import (
    activity_commands,
    database_commands,
    event_commands,
    export_commands,
    import_commands,
    print_commands,
    search_commands,
)
from partnercrm.cli.context import CommandContext
from partnercrm.errors import PartnerCRMError, UserError
from partnercrm.i18n import translate

log = logging.getLogger("partnercrm")

# Each module registers its subcommands; later capabilities add theirs here.
COMMAND_MODULES = (
    database_commands,
    search_commands,
    export_commands,
    event_commands,
    activity_commands,
    print_commands,
    import_commands,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="partnercrm",
        description=(
            "PartnerCRM: contacts, organisations, events and print for cross-sector networks. "
            "Without a command the desktop app opens."
        ),
    )
    parser.add_argument("--version", action="version", version=f"PartnerCRM {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: $PARTNERCRM_DB, else the file in "
        "your data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from partnercrm.ui.app import run_app  # lazy: headless commands never load Qt

        return int(run_app(args.db))
    context = CommandContext(args)
    try:
        return int(args.handler(context))
    except UserError as exc:
        context.warn(translate("cli", "Error: {message}").format(message=exc.message))
        return 2
    except PartnerCRMError as exc:
        log.exception("internal error")
        context.warn(
            translate("cli", "Internal error: {message}. Please report this.").format(
                message=exc.message
            )
        )
        return 3
    except KeyboardInterrupt:
        context.warn(translate("cli", "Cancelled."))
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        log.debug("unexpected error", exc_info=True)
        context.warn(
            translate(
                "cli",
                "Unexpected error ({kind}: {message}). Nothing was changed by the failed "
                "step. Please report this.",
            ).format(kind=type(exc).__name__, message=exc)
        )
        return 3
    finally:
        context.close()


if __name__ == "__main__":
    sys.exit(main())
