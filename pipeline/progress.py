"""Progress on long runs: a tqdm bar on stderr when a person is watching, nothing in pipes and CI.

    for record in progress(records, total=n, desc="extract"):
        ...

The bar shows only when stderr is a terminal and the run is not ``--quiet``; ``enabled=True`` or
``False`` overrides the check. Without tqdm installed the iterable is returned unchanged.
"""

from __future__ import annotations

import sys
from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")

#: set by the command line's ``--quiet``; a quiet run never shows a bar
QUIET = False


def wants_progress(stream=None) -> bool:
    """Whether a bar should be drawn: stderr is a terminal and the run is not quiet."""
    stream = stream if stream is not None else sys.stderr
    isatty = getattr(stream, "isatty", None)
    return not QUIET and bool(isatty and isatty())


def progress(iterable: Iterable[T], total: int | None = None, desc: str | None = None, enabled: bool | None = None,
             unit: str = "doc") -> Iterator[T] | Iterable[T]:
    """``iterable`` wrapped in a tqdm bar on stderr when ``enabled`` (default: :func:`wants_progress`)."""
    if enabled is None:
        enabled = wants_progress()
    if not enabled:
        return iterable
    try:
        from tqdm import tqdm
    except ImportError:
        return iterable
    return tqdm(iterable, total=total, desc=desc, unit=unit, file=sys.stderr, leave=False, dynamic_ncols=True)


def summary_line(documents: int, figures: int, errors: int, characters: int, seconds: float) -> str:
    """The one line a run ends with: documents, figures, errors and speed."""
    speed = characters / seconds if seconds > 0 else 0.0
    return (f"{documents:,} documents, {figures:,} figures, {errors:,} errors, "
            f"{characters:,} characters in {seconds:.1f} s ({speed:,.0f} characters/s)")
