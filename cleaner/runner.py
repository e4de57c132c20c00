"""A batch run over files: read, decode, clean, then write text and log.

Cleaning a file (:func:`clean_file`) reads and computes only; all writing
happens in :func:`run`, in input order, so the output and the change log do
not depend on how the cleaning was scheduled.
"""

from __future__ import annotations

import difflib
import os
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import IO, Callable, Iterable

from cleaner.changelog import document_records, write_records
from cleaner.decoding import Decoded, decode
from cleaner.errors import CleanerError, InputError
from cleaner.files import Input, write_atomic
from cleaner.model import Cleaned
from cleaner.pipeline import Pipeline


class Mode(Enum):
    """What a run does with the cleaned text."""

    OUT = "out"  # write to an output folder
    IN_PLACE = "in-place"  # rewrite the inputs
    CHECK = "check"  # write nothing; report what would change


@dataclass
class FileResult:
    """The outcome of cleaning one input: a result or an error, never both."""

    input: Input
    size: int = 0
    decoded: Decoded | None = None
    cleaned: Cleaned | None = None
    error: str | None = None

    @property
    def changed(self) -> bool:
        """Whether the written text would differ from the input bytes."""
        return self.cleaned is not None and self.decoded is not None and (
            self.cleaned.text != self.decoded.text
            or self.decoded.encoding != "utf-8"
            or self.decoded.bom
            or self.decoded.newline != "\n"
        )


@dataclass
class Summary:
    """What a run did, for the closing report and the exit code."""

    files: int = 0
    changed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    bytes_in: int = 0
    bytes_out: int = 0
    edits: Counter = field(default_factory=Counter)
    names: dict[str, str] = field(default_factory=dict)


def clean_file(pipeline: Pipeline, item: Input) -> FileResult:
    """Read, decode and clean one file; errors become the result's ``error``."""
    result = FileResult(item)
    try:
        data = item.path.read_bytes()
        result.size = len(data)
        result.decoded = decode(data)
        result.cleaned = pipeline.clean(result.decoded.text, source=str(item.path))
    except InputError as exc:
        result.error = str(exc)
    except OSError as exc:
        result.error = f"cannot read: {exc.strerror or exc}"
    except CleanerError as exc:
        result.error = str(exc)
    return result


def run(
    pipeline: Pipeline,
    items: Iterable[Input],
    mode: Mode,
    out_dir: Path | None = None,
    log_path: Path | None = None,
    force: bool = False,
    diff: IO[str] | None = None,
    report: Callable[[str], None] = lambda line: None,
) -> Summary:
    """Clean ``items`` and write what ``mode`` asks for; return the summary.

    ``report`` receives one line per failed file and, in place or in check
    mode, one per changed file with the codes of its edits.  The change log goes to ``log_path`` (written atomically at the end).
    """
    summary = Summary()
    log = _LogWriter(log_path) if log_path and mode is not Mode.CHECK else None
    try:
        for result in (clean_file(pipeline, item) for item in items):
            summary.files += 1
            summary.bytes_in += result.size
            name = str(result.input.path)
            if result.error is None:
                try:
                    _deliver(result, mode, out_dir, force, diff, summary, log)
                except (OSError, CleanerError) as exc:
                    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                    result.error = f"cannot write: {detail}"
            if result.error is not None:
                summary.failed.append((name, result.error))
                report(f"{name}: {result.error}")
            elif result.changed and mode is not Mode.OUT:
                verb = "fixed" if mode is Mode.IN_PLACE else "would fix"
                report(f"{name}: {verb} {_codes(result.cleaned)}")
        if log:
            log.commit()
    finally:
        if log:
            log.discard()
    return summary


def _deliver(result: FileResult, mode: Mode, out_dir, force, diff, summary: Summary, log) -> None:
    """Write (or diff) one cleaned file and account for it."""
    cleaned, decoded = result.cleaned, result.decoded
    assert cleaned is not None and decoded is not None
    data = cleaned.text.encode("utf-8")
    rel = result.input.relative
    if result.changed:
        summary.changed.append(str(result.input.path))
    if diff is not None and result.changed:
        diff.writelines(
            difflib.unified_diff(
                decoded.text.splitlines(keepends=True),
                cleaned.text.splitlines(keepends=True),
                f"a/{rel.as_posix()}",
                f"b/{rel.as_posix()}",
            )
        )
    if mode is Mode.OUT:
        target = out_dir / rel
        if target.exists() and not force:
            raise CleanerError(f"{target} exists (use --force to replace it)")
        write_atomic(target, data)
    elif mode is Mode.IN_PLACE and result.changed:
        write_atomic(result.input.path, data, mode_from=result.input.path)
    summary.bytes_out += len(data)
    for change in cleaned.changes:
        summary.edits[change.code] += 1
        summary.names[change.code] = change.name
    if log:
        file = rel.as_posix() if mode is Mode.OUT else str(result.input.path)
        log.write(document_records(file, str(result.input.path), decoded, cleaned))


def _codes(cleaned: Cleaned | None) -> str:
    counts = Counter(change.code for change in cleaned.changes) if cleaned else Counter()
    return " ".join(f"{code}x{n}" for code, n in sorted(counts.items())) or "re-encoded"


class _LogWriter:
    """The change log, streamed to a temporary file and renamed into place at the end."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        fd, self.tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def write(self, records) -> None:
        write_records(self.stream, records)

    def commit(self) -> None:
        self.stream.close()
        os.replace(self.tmp, self.path)

    def discard(self) -> None:
        if not self.stream.closed:
            self.stream.close()
        Path(self.tmp).unlink(missing_ok=True)



def undo_run(log_path: Path, cleaned_dir: Path, out_dir: Path, force: bool, report: Callable[[str], None]) -> Summary:
    """Rebuild the originals of a run from its output folder and change log."""
    from cleaner.changelog import read_log, undo
    from cleaner.decoding import encode

    summary = Summary()
    for entry in read_log(log_path):
        summary.files += 1
        source, target = cleaned_dir / entry.file, out_dir / entry.file
        try:
            if target.exists() and not force:
                raise CleanerError(f"{target} exists (use --force to replace it)")
            text = source.read_bytes().decode("utf-8")
            data = encode(undo(text, entry.changes), entry.decoded)
            write_atomic(target, data)
            summary.bytes_out += len(data)
        except (OSError, UnicodeDecodeError, CleanerError) as exc:
            detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            summary.failed.append((str(source), detail))
            report(f"{source}: {detail}")
    return summary
