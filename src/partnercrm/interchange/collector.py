"""Pausing Python's cyclic garbage collector while an import builds its records."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector inside the block; restore it after (nesting is fine).

    An import allocates hundreds of thousands of small records that form no cycles;
    with the collector on, its full passes over them took about a fifth of a
    10,000-card import (issue: exchange). Reference counting still frees whatever is
    dropped; cycles wait for the next collection after the block.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
