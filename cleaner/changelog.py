"""The change log: JSON Lines out and in, and undo.

One run writes one log.  For each document there is a ``file`` record (its
output path, where it came from, how it was decoded, counts and facts),
followed by one ``change`` record per applied edit and one ``flag`` record per
edit left for review.  Records of one document are contiguous and in the order
the pipeline made them, which is the order undo needs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Iterable, Sequence

from cleaner.decoding import Decoded
from cleaner.errors import UndoError
from cleaner.model import Change, Cleaned


def undo(text: str, changes: Sequence[Change]) -> str:
    """The text before ``changes`` were made: each is reverted, newest first."""
    for change in reversed(changes):
        at, end = change.offset, change.offset + len(change.after)
        if text[at:end] != change.after:
            raise UndoError(
                f"change {change.code} at line {change.line}, column {change.column} does not fit: "
                f"expected {change.after!r}, found {text[at:end]!r}"
            )
        text = text[:at] + change.before + text[end:]
    return text


def redo(text: str, changes: Sequence[Change]) -> str:
    """Replay ``changes`` on the original text (the inverse of :func:`undo`)."""
    for change in changes:
        at = change.offset
        if text[at : at + len(change.before)] != change.before:
            raise UndoError(f"change {change.code} at line {change.line} does not fit the text")
        text = text[:at] + change.after + text[at + len(change.before) :]
    return text


@dataclass
class FileEntry:
    """Everything the log says about one document."""

    file: str
    decoded: Decoded = field(default_factory=lambda: Decoded(""))
    source: str = ""
    changes: list[Change] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    records: dict[int, list[Change]] = field(default_factory=dict)  # a dataset's changes, by line


def file_record(file: str, source: str, decoded: Decoded, changes: int, flags: int,
                facts: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    """The ``file`` record of one document, with its numbers of changes and flags."""
    record: dict[str, Any] = {
        "type": "file",
        "file": file,
        "source": source,
        "encoding": decoded.encoding,
        "bom": decoded.bom,
        "newline": decoded.newline,
        "changes": changes,
        "flags": flags,
    }
    if facts:
        record["facts"] = facts
    record.update(extra)
    return record


def log_lines(head: dict[str, Any], where: dict[str, Any], cleaned: Cleaned) -> str:
    """The records of one cleaned text as JSON Lines: ``head``, then its changes and flags, each keyed by ``where``."""
    flags = (record_line({"type": "flag", **where, **flag.to_dict()}) for flag in cleaned.flags)
    return record_line(head) + change_lines({"type": "change", **where}, cleaned.changes) + "".join(flags)


def document_lines(file: str, source: str, decoded: Decoded, cleaned: Cleaned) -> str:
    """The log lines of one document: its ``file`` record, then its changes and flags."""
    head = file_record(file, source, decoded, len(cleaned.changes), len(cleaned.flags), cleaned.facts)
    return log_lines(head, {"file": file}, cleaned)


#: One encoder for every record: ``json.dumps`` with options builds a new one per call.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
#: What that encoder writes for a string (the C function it calls itself).
_STRING = json.encoder.encode_basestring


def record_line(record: dict[str, Any]) -> str:
    """``record`` as one line of JSON Lines, newline included (non-ASCII kept as it is)."""
    return _ENCODE(record) + "\n"


def change_lines(head: dict[str, Any], changes: Iterable[Change]) -> str:
    """:func:`record_line` of ``{**head, **change.to_dict()}`` for each of ``changes``, joined.

    The same text, written field by field: a page has a hundred changes or
    more, and building two dicts for each and encoding them took longer than
    a tenth of a folder run.
    """
    start = _ENCODE(head)[:-1] + ", "  # the keys of head, and the brace left open
    # A rule's changes share their rule, action, reason and evidence: each
    # distinct opening and ending is encoded once (evidence by identity: the
    # changes hold it alive, so an id is not reused while this runs).
    openings: dict[tuple[str, str, str, str], str] = {}
    endings: dict[tuple[str, Any, int], str] = {}
    lines = []
    for change in changes:
        code, name, stage, action, line, column, offset, before, after, reason, confidence, evidence = change
        opening = openings.get((code, name, stage, action))
        if opening is None:
            opening = openings[code, name, stage, action] = (
                f'{start}"code": {_STRING(code)}, "name": {_STRING(name)}, "stage": {_STRING(stage)}, '
                f'"action": {_STRING(action)}, "line": '
            )
        ending = endings.get((reason, confidence, id(evidence)))
        if ending is None:
            ending = f'"reason": {_STRING(reason)}'
            if confidence is not None:
                ending += f', "confidence": {_ENCODE(confidence)}'
            if evidence is not None:
                ending += f', "evidence": {_ENCODE(evidence)}'
            ending = endings[reason, confidence, id(evidence)] = ending + "}\n"
        lines.append(
            f'{opening}{line:d}, "column": {column:d}, "offset": {offset:d}, '
            f'"before": {_STRING(before)}, "after": {_STRING(after)}, {ending}'
        )
    return "".join(lines)


def write_records(stream: IO[str], records: Iterable[dict[str, Any]]) -> None:
    """Write ``records`` as JSON Lines (UTF-8 text, one object a line)."""
    stream.writelines(map(record_line, records))


def read_log(path: Path) -> list[FileEntry]:
    """The documents of the log at ``path``, in order, with their changes."""
    entries: dict[str, FileEntry] = {}
    with path.open(encoding="utf-8") as stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                kind, name = record["type"], record["file"]
            except (ValueError, KeyError, TypeError):
                raise UndoError(f"{path}:{number}: not a change-log record") from None
            if kind == "file":
                decoded = Decoded("", record.get("encoding", "utf-8"), record.get("bom", False), record.get("newline", "\n"))
                entries[name] = FileEntry(name, decoded, record.get("source", ""), extra=record)
            elif kind == "change":
                if name not in entries:
                    raise UndoError(f"{path}:{number}: change for {name!r} before its file record")
                change = Change.from_dict(record)
                if "record" in record:
                    entries[name].records.setdefault(record["record"], []).append(change)
                else:
                    entries[name].changes.append(change)
    return list(entries.values())
