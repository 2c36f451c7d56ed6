"""Output files that are safe to open: written atomically, strict JSON, CSV cells that are never formulas.

- :func:`atomic_writer` writes into ``NAME.part`` beside the target and renames it into place only
  when the writing finished, so an interrupted run never leaves a file that looks complete.
- :func:`dumps` is strict JSON: ``NaN`` and ``Infinity`` are refused (callers turn such values into
  ``null`` first, see :func:`finite_values`), and every control character is escaped, including
  DEL, the C1 range and the line/paragraph separators that some JSON readers treat as line ends.
- :func:`csv_cell` neutralises a cell a spreadsheet would read as a formula (one starting with
  ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) by prefixing ``'``, keeps numbers, plain
  signed numerals (``-0.3``, ``+46,000``) and the bare ``=`` of the ``bound`` column (no formula
  follows it) as they are, and strips control characters.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
from pathlib import Path
from typing import IO, Iterator

PART_SUFFIX = ".part"
_UNESCAPED_CONTROLS = re.compile("[\x7f-\x9f\u2028\u2029]")
_CSV_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CSV_BREAKS = re.compile("[\t\n\r\u2028\u2029]+")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9][0-9,. ]*%?")


def part_path(path: str | Path) -> Path:
    """The temporary file a target is written into before it is renamed into place."""
    path = Path(path)
    return path.with_name(path.name + PART_SUFFIX)


@contextlib.contextmanager
def atomic_writer(path: str | Path, mode: str = "w", newline: str | None = None) -> Iterator[IO]:
    """Open ``NAME.part`` for writing; on success flush, fsync and rename it to ``NAME``; on an
    exception remove it and leave any earlier ``NAME`` untouched."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = part_path(path)
    kwargs = {} if "b" in mode else {"encoding": "utf-8", "newline": newline}
    out = tmp.open(mode, **kwargs)
    try:
        yield out
        out.flush()
        os.fsync(out.fileno())
        out.close()
        os.replace(tmp, path)
    except BaseException:
        out.close()
        tmp.unlink(missing_ok=True)
        raise


def commit(tmp: Path, path: Path) -> None:
    """fsync ``tmp`` and rename it to ``path`` (both in one folder, so the rename is atomic)."""
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def _escape_control(match: re.Match) -> str:
    return f"\\u{ord(match.group()):04x}"


def dumps(obj, **kwargs) -> str:
    """Strict one-line JSON: raises ``ValueError`` on NaN/Infinity; control characters escaped."""
    text = json.dumps(obj, ensure_ascii=False, allow_nan=False, **kwargs)
    return _UNESCAPED_CONTROLS.sub(_escape_control, text)


def finite_values(record: dict) -> list[str]:
    """Replace non-finite span values (a 400-digit number reads as ``inf``) by ``None`` in place;
    returns a warning for each, naming the span and its surface text."""
    warnings = []
    text = record.get("text") or ""
    for span in record.get("spans", []):
        for key in ("value", "value_max", "si_value"):
            value = span.get(key)
            if isinstance(value, float) and not math.isfinite(value):
                span[key] = None
                if key == "si_value" and span.get("value") is None:
                    continue  # the value itself was reported
                surface = text[span.get("start", 0) : span.get("end", 0)]
                if len(surface) > 40:
                    surface = surface[:37] + "..."
                warnings.append(f"span {span.get('id')!r} {surface!r} ({span.get('start')}-{span.get('end')}): "
                                f"{key} {value} cannot be written as JSON; written as null")
    return warnings


def csv_cell(value):
    """A value as a safe CSV cell: None -> empty, numbers unchanged, text without control
    characters and never starting like a formula."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str):
        if isinstance(value, float) and not math.isfinite(value):
            return ""
        return value
    text = _CSV_CONTROLS.sub("", _CSV_BREAKS.sub(" ", value))
    if text.lstrip(" ").startswith(_FORMULA_START) and text != "=" and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text
