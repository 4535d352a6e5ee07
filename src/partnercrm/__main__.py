"""Allows `python -m partnercrm`."""

from partnercrm.cli import main

raise SystemExit(main())
