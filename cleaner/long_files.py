"""A long text file in a batch run: its sections cleaned as tasks, written as they come back.

A text longer than ``RunOptions.section_chars`` is read and cut into
sections here (:mod:`cleaner.sections`), each section is a task for the
workers like a chunk of a dataset, so one long file uses every core, and
:class:`SectionSink` writes the cleaned sections to the output's temporary
file and their change records to a spill file in order.  Neither the text
nor its changes pile up in memory.  The file record, which counts the
changes, is made last and written first: the spill is copied into the
change log after it.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Callable, Iterator

from cleaner.changelog import file_record, record_line
from cleaner.decoding import Decoded, decode
from cleaner.diffs import hunks, renumbered
from cleaner.errors import CleanerError, InputError
from cleaner.files import AtomicFile, Input
from cleaner.model import Cleaned
from cleaner.pipeline import Pipeline
from cleaner.sections import Section, moved, section_bounds

if TYPE_CHECKING:
    from cleaner.runner import RunOptions, Summary


@dataclass
class SectionTask:
    """One section of a long text file, before and after cleaning.

    ``decoded`` (its text left out) rides with the first section only;
    ``nbytes`` is the section's share of the file, for progress.
    """

    input: Input
    text: str
    separator: str
    line_base: int
    last: bool
    nbytes: int
    decoded: Decoded | None = None
    cleaned: Cleaned | None = None
    error: str | None = None
    diff: str = ""  # the hunks of its unified diff, numbered within the section


def section_tasks(item: Input, size: int) -> Iterator[SectionTask] | None:
    """The sections of ``item`` as tasks, or None when it is not longer than ``size`` characters or cannot be read.

    A file that cannot be read or decoded is left to the usual path, which
    reports it; a file of at most ``size`` bytes cannot hold more characters
    and is not even read here.
    """
    try:
        if item.path.stat().st_size <= size:
            return None
        data = item.path.read_bytes()
        decoded = decode(data)
    except (OSError, InputError):
        return None
    if len(decoded.text) <= size:
        return None
    return _tasks(item, decoded, len(data), size)


def _tasks(item: Input, decoded: Decoded, nbytes: int, size: int) -> Iterator[SectionTask]:
    text = decoded.text
    meta = Decoded("", decoded.encoding, decoded.bom, decoded.newline)
    line_base = 0
    for start, end, next_start in section_bounds(text, size):
        last = next_start == len(text)
        share = nbytes * (next_start - start) // len(text)
        yield SectionTask(item, text[start:end], text[end:next_start], line_base, last, share,
                          meta if start == 0 else None)
        line_base += text.count("\n", start, next_start)


def clean_section(pipeline: Pipeline, task: SectionTask, corpus: Any, diff: bool = False) -> SectionTask:
    """Clean ``task`` (in a worker), with the hunks of its diff if ``diff``; its text is dropped after."""
    try:
        task.cleaned = pipeline.clean(task.text, str(task.input.path), corpus)
    except CleanerError as exc:
        task.error = str(exc)
    if diff and task.cleaned is not None and task.cleaned.changes:
        task.diff = hunks(task.text, task.cleaned.text)
    task.text = ""
    return task


@dataclass
class SectionSink:
    """Where the sections of one long file go: the output, the change log, the run's summary."""

    item: Input
    options: "RunOptions"
    summary: "Summary"
    log: Any
    report: Callable[[str], None]
    decoded: Decoded = field(default_factory=lambda: Decoded(""))  # the first section brings the real one
    error: str | None = None
    changes: int = 0
    offset_base: int = 0
    edits: Counter = field(default_factory=Counter)
    facts: list[dict[str, Any]] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    diff: IO[str] | None = None  # where the unified diff goes, with --diff
    lines_out: int = 0  # lines of the cleaned text written so far, for the diff's numbers
    lines_diffed: bool = False

    def __post_init__(self) -> None:
        from cleaner.runner import Mode, output_target

        self.name = str(self.item.path)
        self.file = self.item.relative.as_posix() if self.options.mode is Mode.OUT else self.name
        self.output: AtomicFile | None = None
        self.spill = None
        self.summary.files += 1
        try:
            self.summary.bytes_in += self.item.path.stat().st_size
            if self.options.mode is not Mode.CHECK:
                self.output = AtomicFile(*output_target(self.item, self.options))
            if self.log:
                self.spill = tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".log", delete=False)
        except (OSError, CleanerError) as exc:
            self.error = f"cannot write: {exc.strerror if isinstance(exc, OSError) and exc.strerror else exc}"

    def take(self, task: SectionTask) -> int:
        """Write one cleaned section and spill its change records; return the input bytes it covered."""
        if task.decoded is not None:
            self.decoded = task.decoded
        if task.error:
            self.error = self.error or task.error
        if self.error or task.cleaned is None:
            return task.nbytes
        cleaned = task.cleaned
        section = Section(cleaned, task.line_base, self.offset_base, task.separator)
        data = (cleaned.text + task.separator).encode("utf-8")
        self.offset_base += len(cleaned.text) + len(task.separator)
        if task.diff and self.diff is not None:
            if not self.lines_diffed:  # the first section that changed: the file names first
                self.lines_diffed = True
                rel = self.item.relative.as_posix()
                self.diff.write(f"--- a/{rel}\n+++ b/{rel}\n")
            self.diff.write(renumbered(task.diff, task.line_base, self.lines_out))
        self.lines_out += cleaned.text.count("\n") + task.separator.count("\n")
        self.summary.bytes_out += len(data)
        self.summary.count(cleaned)
        self.changes += len(cleaned.changes)
        self.edits.update(change.code for change in cleaned.changes)
        self.facts.append(cleaned.facts)
        try:
            if self.output is not None:
                self.output.write(data)
            if self.spill is not None:
                for change in cleaned.changes:
                    self.spill.write(record_line({"type": "change", "file": self.file, **moved(change.to_dict(), section)}))
                self.flags.extend(
                    record_line({"type": "flag", "file": self.file, **moved(flag.to_dict(), section)}) for flag in cleaned.flags
                )
        except OSError as exc:
            self.error = f"cannot write: {exc.strerror or exc}"
        return task.nbytes

    def finish(self) -> None:
        """Put the output in place and the records in the change log, or report the failure."""
        from cleaner.runner import Mode, format_codes, verb

        if self.error is not None:
            self.abandon()
            self.summary.fail(self.name, self.error, self.report)
            return
        decoded = self.decoded
        changed = bool(self.changes) or decoded.encoding != "utf-8" or decoded.bom or decoded.newline != "\n"
        if changed:
            self.summary.changed.append(self.name)
            if self.options.mode is not Mode.OUT:
                self.report(f"{self.name}: {verb(self.options.mode)} {format_codes(self.edits) or 're-encoded'}")
        if self.output is not None:
            if self.options.mode is Mode.IN_PLACE and not changed:
                self.output.discard()
            else:
                self.output.commit()
            self.output = None
        if self.spill is not None:
            head = file_record(self.file, self.name, decoded, self.changes, len(self.flags), {"sections": self.facts})
            self.spill.close()
            self.log.write_text(record_line(head))
            self.log.copy_from(self.spill.name)
            self.log.write_text("".join(self.flags))
            self.spill = None

    def abandon(self) -> None:
        """Drop the temporary output and the spill."""
        if self.output is not None:
            self.output.discard()
            self.output = None
        if self.spill is not None:
            self.spill.close()
            Path(self.spill.name).unlink(missing_ok=True)
            self.spill = None
