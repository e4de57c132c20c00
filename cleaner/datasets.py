"""JSON Lines datasets: one JSON object a line, one field of it cleaned.

A record keeps every other field and its place in the file.  A line that is
not JSON, not an object, or has no string in the text field is passed
through untouched and reported with its line number.  ``.gz`` files are read
and written compressed.
"""

from __future__ import annotations

import gzip
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterator

from cleaner.model import Cleaned
from cleaner.pipeline import Pipeline

SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


def is_dataset(path: Path) -> bool:
    """Whether ``path`` names a JSON Lines file (plain or gzip-compressed)."""
    return path.name.endswith(SUFFIXES)


def open_lines(path: Path) -> IO[str]:
    """The file at ``path`` as UTF-8 text, decompressed when it ends in ``.gz``."""
    if path.name.endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", newline="\n")
    return path.open(encoding="utf-8", newline="\n")


def wrap_output(raw: IO[bytes], path: Path) -> IO[str]:
    """A UTF-8 text stream over ``raw``, compressed when ``path`` ends in ``.gz``."""
    if path.name.endswith(".gz"):
        raw = gzip.GzipFile(fileobj=raw, mode="wb", mtime=0)  # type: ignore[assignment]
    return io.TextIOWrapper(raw, encoding="utf-8", newline="\n")


def read_chunks(path: Path, size: int) -> Iterator[list[tuple[int, str]]]:
    """The lines of a dataset as ``(line number, line without its newline)``, ``size`` at a time."""
    chunk: list[tuple[int, str]] = []
    with open_lines(path) as stream:
        for number, line in enumerate(stream, 1):
            chunk.append((number, line[:-1] if line.endswith("\n") else line))
            if len(chunk) >= size:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


@dataclass
class RecordResult:
    """One record after cleaning: the line to write, and what happened."""

    number: int
    line: str
    cleaned: Cleaned | None = None
    id: Any = None
    error: str | None = None

    @property
    def changed(self) -> bool:
        """Whether the written line differs from the read one."""
        return self.cleaned is not None and bool(self.cleaned.changes)


def clean_record(pipeline: Pipeline, number: int, line: str, text_field: str, id_field: str | None, source: str) -> RecordResult:
    """Clean the text field of the record on ``line``; errors pass the line through."""
    if not line.strip():
        return RecordResult(number, line)
    try:
        record = json.loads(line)
    except ValueError as exc:
        return RecordResult(number, line, error=f"not JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(record, dict):
        return RecordResult(number, line, error="not a JSON object")
    ident = record.get(id_field) if id_field else None
    text = record.get(text_field)
    if not isinstance(text, str):
        problem = "has no" if text is None else "has a non-string"
        return RecordResult(number, line, id=ident, error=f"{problem} {text_field!r} field")
    cleaned = pipeline.clean(text, source=f"{source}:{number}")
    if not cleaned.changes:
        return RecordResult(number, line, cleaned, ident)
    record[text_field] = cleaned.text
    return RecordResult(number, json.dumps(record, ensure_ascii=False), cleaned, ident)
