"""The Ray engine: a run's cleaning on a Ray cluster, and Ray Datasets cleaned row by row.

Two ways in:

- ``cleaner run --engine ray [--address ADDR]`` runs the same run as the
  local engine, with the cleaning done by a pool of Ray actors.  Each actor
  builds the pipeline once; the main process keeps doing all reading (text
  files and JSON Lines chunks go to the actors as data, so the workers need
  no access to the inputs) and all writing, in input order, with at most a
  few tasks per actor in flight.  The files and the change log are the
  local engine's, byte for byte.
- :func:`clean_dataset` cleans the text column of a ``ray.data.Dataset``
  and adds a column with each row's change records; :func:`read_texts`
  reads a folder of text files as such a dataset, :func:`read_jsonl` a
  JSON Lines file.

Ray is an optional extra (``pip install 'cleaner[ray]'``) and is imported
only here, when one of these is used.
"""

from __future__ import annotations

import json
import logging
import os
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence, TypeVar

from cleaner.engines import EngineUnavailable

if TYPE_CHECKING:
    import pyarrow
    import ray.data

    from cleaner.config import Config
    from cleaner.files import Input
    from cleaner.model import Change, Cleaned
    from cleaner.pipeline import Pipeline
    from cleaner.runner import Chunk, FileResult, RunOptions

T = TypeVar("T")
R = TypeVar("R")

#: Tasks in flight per actor: enough to keep every actor busy, few enough to bound memory.
TASKS_PER_WORKER = 4


def require_ray() -> Any:
    """The ``ray`` module, or :class:`EngineUnavailable` with the command that installs it."""
    try:
        import ray
        import ray.data  # noqa: F401  (the extra brings both)
    except ImportError:
        raise EngineUnavailable("the Ray engine needs Ray: pip install 'cleaner[ray]'") from None
    return ray


@contextmanager
def connected(address: str | None = None, num_cpus: int | None = None) -> Iterator[Any]:
    """Ray, connected: to ``address`` (as ``ray.init`` takes it: ``auto``,
    ``ray://head:10001``), or to a new local instance with ``num_cpus`` CPUs
    (unless ``RAY_ADDRESS`` or a ``ray start`` on this machine names one, as
    for ``ray.init()``).

    When this process is connected already (a library user called
    ``ray.init``), that connection is used and left open; a connection made
    here is shut down at the end.
    """
    ray = require_ray()
    if ray.is_initialized():
        yield ray
        return
    if address:
        ray.init(address=address, logging_level=logging.WARNING, log_to_driver=False)
    else:  # a private instance: its start-up notices are not the user's business
        try:
            ray.init(num_cpus=num_cpus or None, include_dashboard=False, logging_level=logging.ERROR, log_to_driver=False)
        except ValueError:  # RAY_ADDRESS is set, or `ray start` runs here: Ray joins that, whose CPUs are set
            ray.init(logging_level=logging.WARNING, log_to_driver=False)
    try:
        yield ray
    finally:
        ray.shutdown()


@dataclass
class Ready:
    """An item of :func:`ordered_map` whose result is already known: yielded in its turn, not sent."""

    value: Any


class _Worker:
    """A Ray actor: runs ``initializer`` once, then ``fn`` on each task it is sent.

    The initializer's arguments come as references with every task and are
    fetched on the first one, so an actor restarted after a failure sets
    itself up again before it retries its task.
    """

    def __init__(self, fn: Callable[[Any], Any], initializer: Callable[..., Any] | None) -> None:
        self.fn, self.initializer, self.ready = fn, initializer, False

    def call(self, shared: list[Any], task: Any) -> Any:
        if not self.ready:
            import ray

            if self.initializer is not None:
                self.initializer(*ray.get(shared))
            self.ready = True
        return self.fn(task)


def ordered_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    jobs: int,
    initializer: Callable[..., Any] | None = None,
    initargs: tuple[Any, ...] = (),
    window: int | None = None,
    *,
    address: str | None = None,
) -> Iterator[R]:
    """:func:`cleaner.parallel.ordered_map` on Ray: ``map(fn, items)``, in order, ``window`` items ahead.

    ``jobs`` actors (0, or more than the cluster has CPUs: one per CPU) each run
    ``initializer(*initargs)`` once, then ``fn`` on the items sent to them;
    a new item goes to the actor with the fewest unfinished ones.  An item
    wrapped in :class:`Ready` is not sent: its value is yielded in its turn.
    ``fn``, ``initializer`` and the items must pickle, and the workers must be
    able to import them (the same ``cleaner`` installed on every node).
    Actors that die (a lost node) are restarted and their tasks retried:
    cleaning has no side effects.
    """
    with connected(address, jobs) as ray:
        cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
        size = min(jobs, cpus) if jobs > 0 else cpus  # an actor beyond the CPUs would wait for one forever
        window = window or size * TASKS_PER_WORKER
        remote = ray.remote(num_cpus=1, max_restarts=3, max_task_retries=3)(_Worker)
        shared = [ray.put(arg) for arg in initargs]  # one copy in the object store, however many actors
        actors = [remote.remote(fn, initializer) for _ in range(size)]
        busy: list[set[Any]] = [set() for _ in actors]
        pending: deque[tuple[bool, Any]] = deque()

        def take() -> Any:
            sent, value = pending.popleft()
            if not sent:
                return value
            for refs in busy:
                refs.discard(value)
            return ray.get(value)

        def least_busy() -> int:
            unfinished = [ref for refs in busy for ref in refs]
            if unfinished:
                finished, _ = ray.wait(unfinished, num_returns=len(unfinished), timeout=0, fetch_local=False)
                for refs in busy:
                    refs.difference_update(finished)
            return min(range(size), key=lambda n: len(busy[n]))

        try:
            for item in items:
                if isinstance(item, Ready):
                    pending.append((False, item.value))
                else:
                    n = least_busy()
                    ref = actors[n].call.remote(shared, item)
                    busy[n].add(ref)
                    pending.append((True, ref))
                if len(pending) >= window:
                    yield take()
            while pending:
                yield take()
        finally:
            for actor in actors:
                ray.kill(actor)


# -- the runner's tasks -----------------------------------------------------------


@dataclass
class _FileBytes:
    """A text file read by the main process, sent to a worker as data."""

    input: "Input"
    data: bytes


def _work(task: Any) -> Any:
    from cleaner import runner

    if isinstance(task, _FileBytes):
        worker = runner._WORKER
        # write=False: workers may not see the files
        return runner.process_file(worker["pipeline"], task.input, worker["options"], worker["corpus"], False, task.data)
    return runner._work(task)


def run_tasks(
    tasks: Iterable["Input | Chunk"], options: "RunOptions", pipeline: "Pipeline", corpus: Any
) -> Iterator["FileResult | Chunk"]:
    """The outcomes of a run's tasks (:mod:`cleaner.runner`), cleaned on Ray, in order.

    Text files are read here and sent as bytes, so workers on other
    machines need no access to them; a file that cannot be read gets its
    error here, as the local engine words it.
    """
    from cleaner import runner
    from cleaner.files import Input

    def sendable() -> Iterator[Any]:
        for task in tasks:
            if isinstance(task, Input):
                try:
                    yield _FileBytes(task, task.path.read_bytes())
                except OSError:
                    yield Ready(runner.process_file(pipeline, task, options, corpus, write=False))
            else:
                yield task

    worker_options = options
    yield from ordered_map(
        _work, sendable(), options.jobs, runner._start_worker, (pipeline, worker_options, corpus),
        address=options.address,
    )


# -- Ray Datasets -----------------------------------------------------------------


def row_records(cleaned: "Cleaned", id: Any = None) -> list[dict[str, Any]]:
    """The change-log records of one cleaned row: a ``record`` record, its changes and its flags.

    These are the records ``cleaner run`` writes for a changed JSON Lines
    record, less ``file`` and ``record`` (the row is its own context); empty
    when cleaning changed and flagged nothing.
    """
    if not cleaned.changes and not cleaned.flags:
        return []
    where = {} if id is None else {"id": id}
    records: list[dict[str, Any]] = [{
        "type": "record", **where, "changes": len(cleaned.changes), "flags": len(cleaned.flags),
        **({"facts": cleaned.facts} if cleaned.facts else {}),
    }]
    records += [{"type": "change", **where, **change.to_dict()} for change in cleaned.changes]
    records += [{"type": "flag", **where, **flag.to_dict()} for flag in cleaned.flags]
    return records


class _CleanBatch:
    """The ``map_batches`` step of :func:`clean_dataset`: one per worker, pipeline built once."""

    def __init__(self, pipeline: "Pipeline", text_field: str, id_field: str | None, changes_field: str) -> None:
        self.pipeline = pipeline  # unpickled here: rebuilt from its resolved config, once
        self.text_field, self.id_field, self.changes_field = text_field, id_field, changes_field

    def __call__(self, batch: "pyarrow.Table") -> "pyarrow.Table":
        import pyarrow as pa

        rows = batch.num_rows
        names = batch.column_names
        texts = batch.column(self.text_field).to_pylist() if self.text_field in names else [None] * rows
        ids = batch.column(self.id_field).to_pylist() if self.id_field and self.id_field in names else [None] * rows
        cleaned_texts: list[Any] = []
        logs: list[str] = []
        for text, ident in zip(texts, ids):
            if isinstance(text, str):
                cleaned = self.pipeline.clean(text)
                cleaned_texts.append(cleaned.text)
                records = row_records(cleaned, ident)
            else:
                problem = "has no" if text is None else "has a non-string"
                cleaned_texts.append(text)
                where = {} if ident is None else {"id": ident}
                records = [{"type": "error", **where, "error": f"{problem} {self.text_field!r} field"}]
            logs.append(json.dumps(records, ensure_ascii=False))
        if self.text_field in names:
            at = names.index(self.text_field)
            kind = batch.schema.field(at).type
            column = pa.array(cleaned_texts, type=kind if pa.types.is_string(kind) or pa.types.is_large_string(kind) else None)
            batch = batch.set_column(at, self.text_field, column)
        logs_column = pa.array(logs, type=pa.string())
        if self.changes_field in names:
            return batch.set_column(names.index(self.changes_field), self.changes_field, logs_column)
        return batch.append_column(self.changes_field, logs_column)


def clean_dataset(
    ds: "ray.data.Dataset",
    *,
    text_field: str = "text",
    config: "Config | None" = None,
    pipeline: "Pipeline | None" = None,
    id_field: str | None = None,
    changes_field: str = "changes",
    workers: int | None = None,
) -> "ray.data.Dataset":
    """``ds`` with its ``text_field`` cleaned in every row, and a ``changes_field`` column.

    Every other column stays as it is, and each row stays in its block in
    its place (Ray Data hands blocks back in order when
    ``DataContext.get_current().execution_options.preserve_order`` is set).  ``changes_field`` holds, as a JSON array, the change-log
    records of the row (:func:`row_records`, with ``id`` taken from
    ``id_field`` when given), ``[]`` when nothing changed; a row whose text
    is missing or not a string is passed through with an ``error`` record.
    The pipeline is ``pipeline``, or one built from ``config`` (default: the
    shipped defaults); each worker builds it once.  ``workers`` is the most
    workers to use (default: as many as the cluster's CPUs allow; Ray Data
    starts with one and adds more as the data comes).
    """
    ray = require_ray()
    from cleaner.pipeline import Pipeline

    if pipeline is not None and config is not None:
        raise TypeError("clean_dataset takes config or pipeline, not both")
    pipeline = pipeline if pipeline is not None else Pipeline(config)
    return ds.map_batches(
        _CleanBatch,
        fn_constructor_kwargs={
            "pipeline": pipeline, "text_field": text_field, "id_field": id_field, "changes_field": changes_field,
        },
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(min_size=1, max_size=workers),
        num_cpus=1,
    )


def changes_of(records_json: str) -> list["Change"]:
    """The changes in a ``changes`` cell of :func:`clean_dataset` (for :func:`cleaner.undo`)."""
    from cleaner.model import Change

    return [Change.from_dict(r) for r in json.loads(records_json) if r.get("type") == "change"]


def _decode_batch(batch: "pyarrow.Table") -> "pyarrow.Table":
    import pyarrow as pa

    from cleaner.decoding import decode
    from cleaner.errors import InputError

    columns: dict[str, list[Any]] = {name: [] for name in ("path", "text", "encoding", "bom", "newline", "error")}
    for path, data in zip(batch.column("path").to_pylist(), batch.column("bytes").to_pylist()):
        try:
            decoded = decode(data)
            values = (path, decoded.text, decoded.encoding, decoded.bom, decoded.newline, None)
        except InputError as exc:
            values = (path, None, None, None, None, str(exc))
        for name, value in zip(columns, values):
            columns[name].append(value)
    types = (pa.string(), pa.large_string(), pa.string(), pa.bool_(), pa.string(), pa.string())
    return pa.table({name: pa.array(values, type=kind) for (name, values), kind in zip(columns.items(), types)})


def read_texts(paths: str | Sequence[str], *, extensions: Sequence[str] = ("txt",)) -> "ray.data.Dataset":
    """Text files (a folder, searched recursively, or files) as a dataset, one row per file.

    Columns: ``path``, ``text`` (decoded as ``cleaner run`` decodes: BOM,
    encoding detection, newlines made ``\\n``), ``encoding``, ``bom`` and
    ``newline`` (what it takes to encode the text back), and ``error`` (why a
    file could not be decoded, its text then null).
    """
    ray = require_ray()
    files = ray.data.read_binary_files(_absolute(paths), include_paths=True, file_extensions=list(extensions))
    return files.map_batches(_decode_batch, batch_format="pyarrow")


def read_jsonl(paths: str | Sequence[str]) -> "ray.data.Dataset":
    """JSON Lines files as a dataset, one row per record (``ray.data.read_json``)."""
    ray = require_ray()
    return ray.data.read_json(_absolute(paths))


def _absolute(paths: str | Sequence[str]) -> list[str]:
    # Workers resolve relative paths in their own folder: make local ones absolute (URIs stay as they are).
    paths = [paths] if isinstance(paths, str) else list(paths)
    return [path if "://" in path else os.path.abspath(path) for path in paths]
