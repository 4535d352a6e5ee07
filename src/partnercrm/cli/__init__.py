"""The ``partnercrm`` command: no subcommand opens the desktop app, subcommands run headless."""

from partnercrm.cli.main import main

__all__ = ["main"]
