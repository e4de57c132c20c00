"""A batch run over files: read, decode, clean, then write text and log.

Cleaning (a text file, or a chunk of a JSON Lines dataset) reads and
computes only, in worker processes when there are several jobs; all writing
happens here, in input order, so the output and the change log do not
depend on how the cleaning was scheduled.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from itertools import chain
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

from cleaner import datasets
from cleaner.changelog import document_lines, log_lines, record_line
from cleaner.corpus import folder_counts
from cleaner.datasets import RecordResult
from cleaner.decoding import Decoded, decode, encode
from cleaner.diffs import unified_diff
from cleaner.errors import CleanerError, InputError
from cleaner.files import Input, write_atomic
from cleaner.long_files import SectionSink, SectionTask, clean_section, section_tasks
from cleaner.model import Cleaned
from cleaner.parallel import default_jobs, ordered_map
from cleaner.pipeline import Pipeline
from cleaner.progress import Progress
from cleaner.sections import SECTION_CHARS


class Mode(Enum):
    """What a run does with the cleaned text."""

    OUT = "out"  # write to an output folder
    IN_PLACE = "in-place"  # rewrite the inputs
    CHECK = "check"  # write nothing; report what would change


@dataclass
class RunOptions:
    """How a run writes, in how many jobs, and how it reads datasets."""

    mode: Mode
    out_dir: Path | None = None
    log_path: Path | None = None
    force: bool = False
    diff: bool = False  # make a unified diff of each changed file
    jobs: int = 1
    text_field: str = "text"
    id_field: str | None = None
    chunk_records: int = 200
    engine: str = "local"  # or "ray": clean on a Ray cluster (cleaner.engines.ray)
    address: str | None = None  # the Ray cluster to connect to (None: start one here)
    section_chars: int = SECTION_CHARS  # longer text files are cleaned in sections (cleaner.sections)


@dataclass
class FileResult:
    """The outcome of cleaning one text file: a result or an error, never both."""

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
class FileDone:
    """A cleaned text file made ready for the main process: counts, log lines, diff.

    Made where the file was cleaned, so the main process only accounts and
    appends.  ``data`` holds the cleaned bytes when the main process must
    write them (the Ray engine, whose workers may not see the files).
    """

    input: Input
    size: int = 0
    error: str | None = None
    changed: bool = False
    bytes_out: int = 0
    edits: Counter = field(default_factory=Counter)
    names: dict[str, str] = field(default_factory=dict)
    log: bytes = b""  # encoded where it was made: the main process only appends it
    diff: str = ""
    data: bytes | None = None


@dataclass
class Chunk:
    """A run of records of one dataset, before and after cleaning."""

    input: Input
    lines: list[tuple[int, str]]
    last: bool
    error: str | None = None
    results: list[RecordResult] = field(default_factory=list)


@dataclass
class Summary:
    """What a run did, for the closing report and the exit code."""

    files: int = 0
    changed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    records: int = 0
    bad_records: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    edits: Counter = field(default_factory=Counter)
    names: dict[str, str] = field(default_factory=dict)

    def fail(self, name: str, error: str, report: Callable[[str], None]) -> None:
        """Record that ``name`` failed with ``error``, and report it."""
        self.failed.append((name, error))
        report(f"{name}: {error}")

    def count(self, cleaned: Cleaned) -> None:
        """Add the edits of one document."""
        for change in cleaned.changes:
            self.edits[change.code] += 1
            self.names[change.code] = change.name


# -- the work, done in this process or in workers ---------------------------------

_WORKER: dict[str, Any] = {}


def _start_worker(pipeline: Pipeline, options: RunOptions, corpus: Any) -> None:
    _WORKER.update(pipeline=pipeline, options=options, corpus=corpus)


def _work(task: Input | Chunk | SectionTask) -> FileDone | Chunk | SectionTask:
    pipeline, options, corpus = _WORKER["pipeline"], _WORKER["options"], _WORKER["corpus"]
    if isinstance(task, Input):
        return process_file(pipeline, task, options, corpus, write=True)
    if isinstance(task, SectionTask):
        return clean_section(pipeline, task, corpus, options.diff)
    source = str(task.input.path)
    task.results = [
        _guarded_record(pipeline, number, line, options, source) for number, line in task.lines
    ]
    task.lines = []  # the results carry what is needed; do not send the lines back
    return task


def _work_batch(tasks: list[Input | Chunk | SectionTask]) -> list[FileDone | Chunk | SectionTask]:
    return [_work(task) for task in tasks]


#: Small text files go to a worker together, up to these many and these many bytes:
#: a task costs the main process about 0.1 ms to hand out and take back.
BATCH_FILES = 16
BATCH_BYTES = 1 << 20


def _batched(tasks: Iterable[Input | Chunk | SectionTask]) -> Iterator[list[Input | Chunk | SectionTask]]:
    """``tasks`` in order, in lists: runs of small text files together, every other task alone."""
    batch: list[Input | Chunk | SectionTask] = []
    nbytes = 0
    for task in tasks:
        size = _file_size(task) if isinstance(task, Input) else None
        if size is None or size > BATCH_BYTES:
            if batch:
                yield batch
                batch, nbytes = [], 0
            yield [task]
            continue
        if batch and (len(batch) >= BATCH_FILES or nbytes + size > BATCH_BYTES):
            yield batch
            batch, nbytes = [], 0
        batch.append(task)
        nbytes += size
    if batch:
        yield batch


def _file_size(item: Input) -> int | None:
    try:
        return item.path.stat().st_size
    except OSError:
        return None  # alone, so that its worker reports the error as usual


def _guarded_record(pipeline: Pipeline, number: int, line: str, options: RunOptions, source: str) -> RecordResult:
    try:
        return datasets.clean_record(pipeline, number, line, options.text_field, options.id_field, source)
    except CleanerError as exc:
        return RecordResult(number, line, error=str(exc))


def clean_file(pipeline: Pipeline, item: Input, corpus: Any = None, data: bytes | None = None) -> FileResult:
    """Read (unless ``data`` holds its bytes), decode and clean one text file; errors become the result's ``error``."""
    result = FileResult(item)
    try:
        if data is None:
            data = item.path.read_bytes()
        result.size = len(data)
        result.decoded = decode(data)
        result.cleaned = pipeline.clean(result.decoded.text, source=str(item.path), corpus=corpus)
    except OSError as exc:
        result.error = f"cannot read: {exc.strerror or exc}"
    except (InputError, CleanerError) as exc:
        result.error = str(exc)
    return result


def process_file(pipeline: Pipeline, item: Input, options: RunOptions, corpus: Any = None, write: bool = True,
                 data: bytes | None = None) -> FileDone:
    """:func:`clean_file` then :func:`prepare`."""
    return prepare(clean_file(pipeline, item, corpus, data), options, write)


def prepare(result: FileResult, options: RunOptions, write: bool) -> FileDone:
    """Turn a cleaned file into what the main process needs; with ``write``, write it too.

    Writing here, in the worker, keeps the main process free for the change
    log; each output file has a path of its own, so the order does not matter.
    """
    done = FileDone(result.input, result.size, result.error)
    if result.error is not None:
        return done
    cleaned, decoded = result.cleaned, result.decoded
    assert cleaned is not None and decoded is not None
    data = cleaned.text.encode("utf-8")
    rel = result.input.relative
    done.changed, done.bytes_out = result.changed, len(data)
    for change in cleaned.changes:
        done.edits[change.code] += 1
        done.names[change.code] = change.name
    if options.diff and done.changed:
        done.diff = unified_diff(decoded.text, cleaned.text, rel.as_posix())
    if options.log_path and options.mode is not Mode.CHECK:
        file = rel.as_posix() if options.mode is Mode.OUT else str(result.input.path)
        done.log = document_lines(file, str(result.input.path), decoded, cleaned).encode("utf-8")
    if write:
        _write_output(done, data, options)
    else:
        done.data = data
    return done


def output_target(item: Input, options: RunOptions) -> tuple[Path, Path | None]:
    """Where the cleaned ``item`` goes, and the file to copy permissions from (in place).

    Raises CleanerError when an output exists and ``--force`` was not given.
    """
    if options.mode is Mode.IN_PLACE:
        return item.path, item.path
    assert options.out_dir is not None
    target = options.out_dir / item.relative
    if target.exists() and not options.force:
        raise CleanerError(f"{target} exists (use --force to replace it)")
    return target, None


def _write_output(done: FileDone, data: bytes, options: RunOptions) -> None:
    """Write one cleaned file where the mode says; a failure becomes ``done.error``."""
    try:
        if options.mode is Mode.OUT or (options.mode is Mode.IN_PLACE and done.changed):
            target, mode_from = output_target(done.input, options)
            write_atomic(target, data, mode_from)
    except (OSError, CleanerError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        done.error = f"cannot write: {detail}"


def _tasks(items: Iterable[Input], options: RunOptions) -> Iterator[Input | Chunk | SectionTask]:
    """Text files as they are, long ones as sections; datasets as chunks of records; read here as needed."""
    for item in items:
        if not datasets.is_dataset(item.path):
            sections = section_tasks(item, options.section_chars)
            if sections is None:
                yield item
            else:
                yield from sections
            continue
        try:
            previous: list[tuple[int, str]] | None = None
            for lines in datasets.read_chunks(item.path, options.chunk_records):
                if previous is not None:
                    yield Chunk(item, previous, last=False)
                previous = lines
            yield Chunk(item, previous or [], last=True)
        except (OSError, UnicodeDecodeError, EOFError) as exc:
            detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            yield Chunk(item, [], last=True, error=f"cannot read: {detail}")


# -- the writing, always here and in order ----------------------------------------


def run(
    pipeline: Pipeline,
    items: Iterable[Input],
    options: RunOptions,
    report: Callable[[str], None] = lambda line: None,
    progress: Progress | None = None,
    corpus: Any = None,
    diff: IO[str] | None = None,
) -> Summary:
    """Clean ``items`` and write what ``options.mode`` asks for; return the summary.

    ``report`` receives one line per failed file or bad record and, in place
    or in check mode, one per changed file with the codes of its edits.
    ``corpus`` (cross-document statistics) is handed to every document;
    when it is not given, a first pass counts the lines of the input files
    if CX001 runs over more than one (:func:`cleaner.corpus.folder_counts`).
    With ``options.diff``, the diffs go to ``diff``.  Two inputs that would
    write the same output path: the later one fails.
    """
    summary = Summary()
    items = _one_per_output(list(items), summary, report)
    if corpus is None:
        # jobs 0 (Ray: one worker per CPU of the cluster): this first pass reads here, on this machine's cores
        corpus = folder_counts(pipeline, items, options.jobs or default_jobs())
    log = _LogWriter(options.log_path) if options.log_path and options.mode is not Mode.CHECK else None
    sinks: dict[Path, _DatasetSink | SectionSink] = {}
    try:
        if options.engine == "ray":
            from cleaner.engines.ray import run_tasks

            outcomes = run_tasks(_tasks(items, options), options, pipeline, corpus)
        else:
            batches = ordered_map(
                _work_batch, _batched(_tasks(items, options)), options.jobs, _start_worker, (pipeline, options, corpus)
            )
            outcomes = chain.from_iterable(batches)
        for outcome in outcomes:
            if isinstance(outcome, FileDone):
                _file_done(outcome, options, summary, log, report, diff)
                if progress:
                    progress.advance(files=1, nbytes=outcome.size)
            else:
                sink = sinks.get(outcome.input.path)
                if sink is None:
                    if isinstance(outcome, SectionTask):
                        sink = SectionSink(outcome.input, options, summary, log, report, diff=diff)
                    else:
                        sink = _DatasetSink(outcome.input, options, summary, log, report)
                    sinks[outcome.input.path] = sink
                nbytes = sink.take(outcome)
                if outcome.last:
                    sink.finish()
                    del sinks[outcome.input.path]
                if progress:
                    progress.advance(files=int(outcome.last), nbytes=nbytes)
        if log:
            log.commit()
    finally:
        for sink in sinks.values():
            sink.abandon()
        if log:
            log.discard()
        if progress:
            progress.close()
    return summary


def _one_per_output(items: list[Input], summary: Summary, report) -> list[Input]:
    """The inputs, less those whose output path an earlier input already takes."""
    seen: set[Path] = set()
    kept = []
    for item in items:
        if item.relative in seen:
            error = f"another input also writes {item.relative.as_posix()}; skipped"
            summary.files += 1
            summary.failed.append((str(item.path), error))
            report(f"{item.path}: {error}")
            continue
        seen.add(item.relative)
        kept.append(item)
    return kept


def _file_done(done: FileDone, options: RunOptions, summary: Summary, log: "_LogWriter | None", report, diff) -> None:
    summary.files += 1
    summary.bytes_in += done.size
    name = str(done.input.path)
    if done.data is not None and done.error is None:
        _write_output(done, done.data, options)
    if done.error is not None:
        summary.fail(name, done.error, report)
        return
    if done.changed:
        summary.changed.append(name)
        if options.mode is not Mode.OUT:
            report(f"{name}: {verb(options.mode)} {format_codes(done.edits) or 're-encoded'}")
    if diff is not None and done.diff:
        diff.write(done.diff)
    summary.bytes_out += done.bytes_out
    summary.edits.update(done.edits)
    summary.names.update(done.names)
    if log and done.log:
        log.write_bytes(done.log)


class _DatasetSink:
    """Where the records of one dataset go: a temporary file renamed at the end."""

    def __init__(self, item: Input, options: RunOptions, summary: Summary, log, report) -> None:
        self.item, self.options, self.summary, self.log, self.report = item, options, summary, log, report
        self.name = str(item.path)
        self.file = item.relative.as_posix() if options.mode is Mode.OUT else self.name
        self.changed = 0
        self.codes: Counter = Counter()
        self.error: str | None = None
        self.stream: IO[str] | None = None
        self.tmp: str | None = None
        summary.files += 1
        try:
            summary.bytes_in += item.path.stat().st_size
            self._open()
        except (OSError, CleanerError) as exc:
            self.error = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        if log:
            log.write([{
                "type": "file", "file": self.file, "source": self.name, "dataset": True,
                "text_field": options.text_field, "id_field": options.id_field,
            }])

    def _open(self) -> None:
        mode = self.options.mode
        if mode is Mode.CHECK:
            return
        target = self.options.out_dir / self.item.relative if mode is Mode.OUT else self.item.path
        if mode is Mode.OUT and target.exists() and not self.options.force:
            raise CleanerError(f"{target} exists (use --force to replace it)")
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        self.target = target
        self.stream = datasets.wrap_output(os.fdopen(fd, "wb"), target)

    def take(self, chunk: Chunk) -> int:
        """Write a cleaned chunk and log it; return the input bytes it covered."""
        if chunk.error:
            self.error = self.error or chunk.error
        nbytes = 0
        for result in chunk.results:
            nbytes += len(result.line.encode("utf-8")) + 1
            self.summary.records += 1
            if self.stream is not None and self.error is None:
                self.stream.write(result.line + "\n")
            if result.error:
                self.summary.bad_records += 1
                self.report(f"{self.name}:{result.number}: {result.error}")
                if self.log:
                    self.log.write([{"type": "error", "file": self.file, "record": result.number, "error": result.error}])
                continue
            if result.cleaned is None:
                continue
            self.summary.count(result.cleaned)
            if result.changed:
                self.changed += 1
                self.codes.update(change.code for change in result.cleaned.changes)
                if self.log:
                    self.log.write_text(self._log_lines(result))
        self.summary.bytes_out += nbytes
        return nbytes

    def _log_lines(self, result: RecordResult) -> str:
        cleaned = result.cleaned
        assert cleaned is not None
        where = {"file": self.file, "record": result.number}
        if self.options.id_field:
            where["id"] = result.id
        head = {"type": "record", **where, "changes": len(cleaned.changes), "flags": len(cleaned.flags),
                **({"facts": cleaned.facts} if cleaned.facts else {})}
        return log_lines(head, where, cleaned)

    def finish(self) -> None:
        """Put the output in place (in place: only when a record changed)."""
        if self.error is not None:
            self.abandon()
            self.summary.fail(self.name, self.error, self.report)
            return
        if self.changed:
            self.summary.changed.append(self.name)
            if self.options.mode is not Mode.OUT:
                self.report(f"{self.name}: {verb(self.options.mode)} {self.changed} record(s): {format_codes(self.codes)}")
        if self.stream is not None:
            self.stream.close()
            if self.options.mode is Mode.OUT or self.changed:
                os.replace(self.tmp, self.target)
            else:
                Path(self.tmp).unlink(missing_ok=True)
            self.stream = None

    def abandon(self) -> None:
        """Drop the temporary output."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        if self.tmp:
            Path(self.tmp).unlink(missing_ok=True)


def verb(mode: Mode) -> str:
    """How a changed file is reported in ``mode``."""
    return "fixed" if mode is Mode.IN_PLACE else "would fix"


def format_codes(counts: Counter) -> str:
    """Edit counts as ``CODExN`` words, by code."""
    return " ".join(f"{code}x{n}" for code, n in sorted(counts.items()))


class _LogWriter:
    """The change log, streamed to a temporary file and renamed into place at the end."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        fd, self.tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        self.stream = os.fdopen(fd, "wb")

    def write(self, records: Iterable[dict[str, Any]]) -> None:
        self.write_text("".join(map(record_line, records)))

    def write_text(self, lines: str) -> None:
        self.stream.write(lines.encode("utf-8"))

    def write_bytes(self, lines: bytes) -> None:
        """Append log lines already encoded as UTF-8."""
        self.stream.write(lines)

    def copy_from(self, path: str) -> None:
        """Append the log lines of the file at ``path``, then delete it."""
        with open(path, "rb") as spill:
            shutil.copyfileobj(spill, self.stream)
        Path(path).unlink(missing_ok=True)

    def commit(self) -> None:
        self.stream.close()
        os.replace(self.tmp, self.path)

    def discard(self) -> None:
        if not self.stream.closed:
            self.stream.close()
        Path(self.tmp).unlink(missing_ok=True)


def undo_run(log_path: Path, cleaned_dir: Path, out_dir: Path, force: bool, report: Callable[[str], None]) -> Summary:
    """Rebuild the originals of a run from its output folder and change log.

    Text files come back byte for byte.  Datasets come back record by record:
    the text field of every changed record is restored, other lines are
    copied as they are.
    """
    from cleaner.changelog import read_log, undo

    summary = Summary()
    for entry in read_log(log_path):
        summary.files += 1
        source, target = cleaned_dir / entry.file, out_dir / entry.file
        try:
            if target.exists() and not force:
                raise CleanerError(f"{target} exists (use --force to replace it)")
            if entry.extra.get("dataset"):
                _undo_dataset(source, target, entry, undo)
                continue
            text = source.read_bytes().decode("utf-8")
            data = encode(undo(text, entry.changes), entry.decoded)
            write_atomic(target, data)
            summary.bytes_out += len(data)
        except (OSError, UnicodeDecodeError, ValueError, CleanerError) as exc:
            detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            summary.failed.append((str(source), detail))
            report(f"{source}: {detail}")
    return summary


def _undo_dataset(source: Path, target: Path, entry, undo) -> None:
    field_name = entry.extra.get("text_field", "text")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with datasets.wrap_output(os.fdopen(fd, "wb"), target) as out:
            for lines in datasets.read_chunks(source, 1000):
                for number, line in lines:
                    changes = entry.records.get(number)
                    if changes:
                        record = json.loads(line)
                        record[field_name] = undo(record[field_name], changes)
                        line = json.dumps(record, ensure_ascii=False)
                    out.write(line + "\n")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
