"""Argument parsing, dispatch and the one place where errors become messages and exit codes.

Exit codes: 0 success, 1 the command ran but found problems (e.g. a failed check),
2 the user must fix something (bad input, unusable database), 3 an internal error.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from collections.abc import Sequence
from types import ModuleType

from partnercrm import __version__
from partnercrm.errors import PartnerCRMError, UserError
from partnercrm.i18n import translate

log = logging.getLogger("partnercrm")


def command_modules() -> list[ModuleType]:
    """The modules that register the subcommands; later capabilities add theirs here.

    Imported only when a command is given: opening the window needs none of them.
    """
    from partnercrm.cli import (
        activity_commands,
        database_commands,
        event_commands,
        export_commands,
        import_commands,
        print_commands,
        search_commands,
    )

    return [
        database_commands,
        search_commands,
        export_commands,
        import_commands,
        event_commands,
        activity_commands,
        print_commands,
    ]


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"PartnerCRM {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: $PARTNERCRM_DB, else the file in "
        "your data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="partnercrm",
        description=(
            "PartnerCRM: contacts, organisations, events and print for cross-sector networks. "
            "Without a command the desktop app opens."
        ),
    )
    _add_global_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        module.register(subparsers)
    return parser


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The global options when ``argv`` asks for the window (no command), else None."""
    parser = argparse.ArgumentParser(prog="partnercrm", add_help=False)
    _add_global_options(parser)
    args, rest = parser.parse_known_args(argv)
    return None if rest else args


def open_window(db: str | None) -> int:
    # What the start loads and builds lives as long as the program; the cyclic garbage
    # collector would only walk it again and again (about a tenth of the start). The
    # window switches it back on once it is shown (ui.app.run_app).
    gc.disable()
    # The data layer first, then Qt: PySide6 reads the source of every module imported
    # after it (its __feature__ import hook), which costs the start about 0.1 s when
    # SQLAlchemy and the models come later.
    import partnercrm.services.people
    import partnercrm.store.database  # noqa: F401
    from partnercrm.ui.app import run_app  # lazy: headless commands never load Qt

    return int(run_app(db))


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    window = window_arguments(arguments)
    if window is not None:
        return open_window(window.db)
    from partnercrm.cli.context import CommandContext

    args = build_parser().parse_args(arguments)
    if args.command is None:
        return open_window(args.db)
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
