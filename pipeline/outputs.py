"""The output files of an ``extract`` run: streamed, atomic and resumable.

Records are appended, in input order, to ``NAME.part`` files beside each output (and the error
records to ``STEM.errors.jsonl.part`` beside the first output ``STEM.EXT``). After each document a checkpoint
(``FIRST_OUTPUT.checkpoint``, replaced atomically) records how many input documents are done and
how long each ``.part`` file was at that moment. At the end every ``.part`` file is synced and
renamed into place and the checkpoint removed, so a file under its final name is always complete.

``--resume`` reads the checkpoint, cuts each ``.part`` file back to its recorded length (dropping a
record half written when the run was killed), skips the documents already done and goes on; the
final files equal an uninterrupted run's.

A run holds an exclusive lock (``NAME.lock``, an advisory ``flock``) on every file it writes, from the
start to the end, so a second run writing any of the same files stops at once with a clear error
instead of interleaving its records into the first run's ``.part`` files. The lock is released when
the process ends however it ends, so a killed run never blocks the next one.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.safeio import commit, dumps, part_path

try:  # POSIX; elsewhere runs are not locked
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None

CHECKPOINT_SUFFIX = ".checkpoint"
LOCK_SUFFIX = ".lock"
ERRORS_SUFFIX = ".errors.jsonl"
FORMATS = ("docs", "table-csv", "table-jsonl", "html")
SUFFIXES = {"docs": (".jsonl",), "table-csv": (".csv",), "table-jsonl": (".jsonl",), "html": (".html", ".htm")}


class OutputError(ValueError):
    """An output that cannot be written as asked (wrong extension, an input path, a folder, ...)."""


@dataclass
class Target:
    """One output file and its format."""

    path: Path
    format: str

    @property
    def part(self) -> Path:
        return part_path(self.path)


def format_for(path: Path, explicit: str | None) -> str:
    """The format of an output: ``--format`` when given (it must agree with the extension), else
    from the extension (``.csv`` table; ``.jsonl`` documents, or table rows when the name contains
    ``table``)."""
    suffix = path.suffix.lower()
    if explicit is not None:
        if explicit not in FORMATS:
            raise OutputError(f"unknown format {explicit!r} (one of {', '.join(FORMATS)})")
        wanted = SUFFIXES[explicit]
        if suffix not in wanted:
            raise OutputError(f"{path}: --format {explicit} writes {wanted[0]} files, but the name ends in "
                              f"{suffix or 'no extension'}")
        return explicit
    if suffix == ".csv":
        return "table-csv"
    if suffix in SUFFIXES["html"]:
        return "html"
    if suffix == ".jsonl":
        return "table-jsonl" if "table" in path.stem else "docs"
    raise OutputError(f"{path}: cannot tell the output format from the extension {suffix or '(none)'!r}; "
                      f"use .csv, .jsonl or .html (with --format {'|'.join(FORMATS)})")


def errors_path_for(first: Path) -> Path:
    """Where the error records of a run whose first output is ``first`` go: ``STEM.errors.jsonl``
    beside it, so runs writing different outputs into one folder keep their failures apart."""
    return first.with_name(first.stem + ERRORS_SUFFIX)


class _Lock:
    """An exclusive advisory lock on ``path + '.lock'``, refused at once when another process holds it."""

    def __init__(self, target: Path):
        self.target = target
        self.path = target.with_name(target.name + LOCK_SUFFIX)
        self.handle = None

    def acquire(self) -> None:
        if fcntl is None:
            return
        while True:
            handle = self.path.open("a+b")
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                handle.close()
                raise OutputError(f"{self.target}: another extract run is writing it now (lock {self.path}); "
                                  f"wait for that run to end or write elsewhere") from None
            try:  # the holder may have removed the file between our open and our lock: lock the new one
                same = os.fstat(handle.fileno()).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if same:
                self.handle = handle
                return
            handle.close()

    def release(self) -> None:
        if self.handle is not None:
            self.path.unlink(missing_ok=True)
            self.handle.close()  # closing releases the lock
            self.handle = None


def plan_outputs(outputs: list[str], explicit: str | None, input_files: list[Path], input_args: list[str]) -> list[Target]:
    """Check every output before any work: a known format agreeing with its extension, no output
    twice, none equal to an input file or inside an input folder, not a folder, a writable place."""
    targets: list[Target] = []
    seen: set[Path] = set()
    inputs = {p.resolve() for p in input_files}
    folders = [Path(p).resolve() for p in input_args if Path(p).is_dir()]
    for item in outputs:
        path = Path(item)
        if path.is_dir():
            raise OutputError(f"{path}: is a folder; name a file")
        fmt = format_for(path, explicit)
        resolved = path.resolve()
        if resolved in seen:
            raise OutputError(f"{path}: named twice as an output")
        seen.add(resolved)
        if resolved in inputs:
            raise OutputError(f"{path}: is also an input; refusing to overwrite it")
        for folder in folders:
            if folder in resolved.parents and path.suffix.lower() in (".txt", ".jsonl"):
                raise OutputError(f"{path}: inside the input folder {folder}, where the next run would read it "
                                  f"as input; write it elsewhere")
        parent = resolved.parent
        while not parent.exists():
            parent = parent.parent
        if not parent.is_dir() or not os.access(parent, os.W_OK):
            raise OutputError(f"{path}: cannot write in {parent}")
        targets.append(Target(path, fmt))
    errors = errors_path_for(targets[0].path).resolve()
    if errors in seen or errors in inputs:
        raise OutputError(f"{errors}: is where the error records go; choose another output name")
    return targets


@dataclass
class RunOutputs:
    """The ``.part`` files of one run and its checkpoint."""

    targets: list[Target]
    fingerprint: dict
    gold: list[dict] | None = None  # for the HTML report
    checkpoint_every: float = 0.2
    done: int = 0
    counts: dict = field(default_factory=lambda: {"documents": 0, "errors": 0, "quantities": 0, "rows": 0,
                                                  "characters": 0, "warnings": 0})
    _files: dict = field(default_factory=dict)
    _locks: list = field(default_factory=list)
    _last: float = 0.0

    @property
    def errors_path(self) -> Path:
        return errors_path_for(self.targets[0].path)

    @property
    def checkpoint_path(self) -> Path:
        first = self.targets[0].path
        return first.with_name(first.name + CHECKPOINT_SUFFIX)

    def _all(self) -> list[Path]:
        return [t.path for t in self.targets] + [self.errors_path]

    def start(self, resume: bool) -> str | None:
        """Open the ``.part`` files, fresh or (``resume``) from the checkpoint; returns a note for
        the user, if any. Refuses (``OutputError``) when another run is writing any of the files."""
        self._lock()
        try:
            return self._open(resume)
        except BaseException:
            for handle in self._files.values():
                handle.close()
            self._files.clear()
            self._unlock()
            raise

    def _open(self, resume: bool) -> str | None:
        note = None
        state = self._read_checkpoint() if resume else None
        if resume and state is None:
            note = f"no checkpoint at {self.checkpoint_path}; starting from the first document"
        elif not resume and self.checkpoint_path.exists():
            note = f"an interrupted run left {self.checkpoint_path}; starting over (use --resume to continue it)"
        for path in self._all():
            path.parent.mkdir(parents=True, exist_ok=True)
            part = part_path(path)
            if state is not None:
                size = state["sizes"][str(path)]
                with part.open("r+b") as handle:
                    handle.truncate(size)
                self._files[path] = part.open("ab")
            else:
                self._files[path] = part.open("wb")
        if state is not None:
            self.done, self.counts = state["done"], state["counts"]
            note = f"resuming after {self.done} documents (checkpoint {self.checkpoint_path})"
        else:
            from pipeline.table import csv_header

            for target in self.targets:
                if target.format == "table-csv":
                    self._files[target.path].write(csv_header().encode("utf-8"))
            self.save_checkpoint(force=True)
        return note

    def _lock(self) -> None:
        for path in self._all():
            path.parent.mkdir(parents=True, exist_ok=True)
            lock = _Lock(path)
            try:
                lock.acquire()
            except OutputError:
                self._unlock()
                raise
            self._locks.append(lock)

    def _unlock(self) -> None:
        for lock in self._locks:
            lock.release()
        self._locks.clear()

    def _read_checkpoint(self) -> dict | None:
        try:
            state = json.loads(self.checkpoint_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as err:
            raise OutputError(f"{self.checkpoint_path}: unreadable checkpoint ({err}); run without --resume") from None
        if state.get("fingerprint") != self.fingerprint:
            raise OutputError(f"{self.checkpoint_path}: written by a run with other inputs, outputs or options; "
                              f"run the same command to resume, or without --resume to start over")
        for path in self._all():
            part = part_path(path)
            if not part.exists() or part.stat().st_size < state["sizes"].get(str(path), 0):
                raise OutputError(f"{part}: missing or shorter than the checkpoint says; run without --resume")
        return state

    def write(self, record: dict) -> int:
        """Append one record (or error record) to every output; a record that cannot be written
        (e.g. not strict JSON) raises ``ValueError`` before anything is written. Returns its table rows."""
        from pipeline.runner import is_error
        from pipeline.table import csv_lines, rows

        if is_error(record):
            self._files[self.errors_path].write((dumps(record) + "\n").encode("utf-8"))
            self.counts["errors"] += 1
            return 0
        table = rows(record)
        chunks = {}
        for target in self.targets:
            if target.format in ("docs", "html"):  # the HTML report is built from the records at the end
                chunk = dumps(record) + "\n"
            elif target.format == "table-jsonl":
                chunk = "".join(dumps(row) + "\n" for row in table)
            else:
                chunk = csv_lines(record)
            chunks[target.path] = chunk.encode("utf-8")
        for path, chunk in chunks.items():
            self._files[path].write(chunk)
        self.counts["documents"] += 1
        self.counts["rows"] += len(table)
        self.counts["quantities"] += sum(1 for s in record["spans"] if s["label"] == "QUANTITY")
        self.counts["characters"] += len(record["text"])
        self.counts["warnings"] += len(record["meta"].get("warnings", []))
        return len(table)

    def document_done(self) -> None:
        """Count one more input document as done (written or reported) and checkpoint now and then."""
        self.done += 1
        self.save_checkpoint()

    def save_checkpoint(self, force: bool = False) -> None:
        """Flush the ``.part`` files and record their lengths (at most every ``checkpoint_every`` s)."""
        now = time.monotonic()
        if not force and now - self._last < self.checkpoint_every:
            return
        self._last = now
        sizes = {}
        for path, handle in self._files.items():
            handle.flush()
            sizes[str(path)] = handle.tell()
        state = {"fingerprint": self.fingerprint, "done": self.done, "counts": self.counts, "sizes": sizes}
        tmp = self.checkpoint_path.with_name(self.checkpoint_path.name + ".tmp")
        tmp.write_text(json.dumps(state), encoding="utf-8")
        os.replace(tmp, self.checkpoint_path)

    def finish(self) -> None:
        """Close, sync and rename every ``.part`` file into place; remove the checkpoint."""
        for handle in self._files.values():
            handle.close()
        self._files.clear()
        for target in self.targets:
            if target.format == "html":
                self._render_html(target)
        for path in self._all():
            commit(part_path(path), path)
        self.checkpoint_path.unlink(missing_ok=True)
        self._unlock()

    def _render_html(self, target: Target) -> None:
        """Replace the records gathered in an HTML target's ``.part`` file by the report page."""
        from pipeline.html_report import write_html

        part = target.part
        records = [json.loads(line) for line in part.read_text(encoding="utf-8").splitlines() if line]
        page = part.with_name(part.name + ".html")
        write_html(records, page, gold=self.gold)
        os.replace(page, part)

    def abandon(self) -> None:
        """Close and remove every ``.part`` file and the checkpoint (a run stopped by ``--strict``)."""
        for path, handle in self._files.items():
            handle.close()
            part_path(path).unlink(missing_ok=True)
        self._files.clear()
        self.checkpoint_path.unlink(missing_ok=True)
        self._unlock()

    def close(self) -> None:
        """Close the files, leaving ``.part`` files and checkpoint for ``--resume``."""
        if self._files:
            self.save_checkpoint(force=True)
        for handle in self._files.values():
            handle.close()
        self._files.clear()
        self._unlock()
