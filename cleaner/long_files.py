"""A long text file in a batch run: cleaned in sections, written and logged as it goes.

The cleaned text goes straight to the output's temporary file and the
change records to a spill file, so neither the text nor its changes pile up
in memory; the main process copies the spill into the change log in its
turn (see :func:`cleaner.runner.run`).  The file record, which counts the
changes, is made last and written first.
"""

from __future__ import annotations

import io
import json
import tempfile
from typing import IO, TYPE_CHECKING, Any

from cleaner.changelog import file_record
from cleaner.decoding import Decoded
from cleaner.errors import CleanerError
from cleaner.files import AtomicFile
from cleaner.pipeline import Pipeline
from cleaner.sections import clean_sections, moved

if TYPE_CHECKING:
    from cleaner.runner import FileDone, RunOptions


def prepare_in_sections(done: "FileDone", pipeline: Pipeline, decoded: Decoded, options: "RunOptions",
                        corpus: Any, write: bool) -> None:
    """Clean ``decoded`` a section at a time into ``done``; with ``write``, write the output file too.

    Without ``write`` (the Ray engine, whose workers may not see the files)
    the cleaned bytes and the log stay in memory, in ``done.data`` and
    ``done.log``.  No diff is made of a file this long.
    """
    from cleaner.runner import Mode, output_target

    item = done.input
    file = item.relative.as_posix() if options.mode is Mode.OUT else str(item.path)
    logging = bool(options.log_path) and options.mode is not Mode.CHECK
    output: AtomicFile | None = None
    memory: list[bytes] = []
    spill: IO[str] | None = None
    try:
        if write and options.mode is not Mode.CHECK:
            output = AtomicFile(*output_target(item, options))
        if logging:
            spill = tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".log", delete=False) if write else io.StringIO()
        flags: list[str] = []
        facts: list[dict[str, Any]] = []
        changes = 0
        for section in clean_sections(pipeline, decoded.text, str(item.path), corpus, options.section_chars):
            cleaned = section.cleaned
            data = (cleaned.text + section.separator).encode("utf-8")
            done.bytes_out += len(data)
            if output is not None:
                output.write(data)
            elif not write:
                memory.append(data)
            changes += len(cleaned.changes)
            facts.append(cleaned.facts)
            for change in cleaned.changes:
                done.edits[change.code] += 1
                done.names[change.code] = change.name
                if spill is not None:
                    spill.write(_line({"type": "change", "file": file, **moved(change.to_dict(), section)}))
            if spill is not None:
                flags.extend(_line({"type": "flag", "file": file, **moved(flag.to_dict(), section)}) for flag in cleaned.flags)
        done.changed = bool(changes) or decoded.encoding != "utf-8" or decoded.bom or decoded.newline != "\n"
        if spill is not None:
            head = file_record(file, str(item.path), decoded, changes, len(flags), {"sections": facts})
            done.log, done.log_tail = _line(head), "".join(flags)
            if isinstance(spill, io.StringIO):
                done.log += spill.getvalue()
            else:
                done.log_spill = spill.name
                spill.close()
        if output is not None:
            if options.mode is Mode.IN_PLACE and not done.changed:
                output.discard()
            else:
                output.commit()
        elif not write:
            done.data = b"".join(memory)
    except (OSError, CleanerError) as exc:
        if output is not None:
            output.discard()
        if spill is not None and not isinstance(spill, io.StringIO):
            spill.close()
            _remove(spill.name)
        done.log = done.log_tail = ""
        done.log_spill = None
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        done.error = f"cannot write: {detail}"


def _line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def _remove(path: str) -> None:
    import os

    try:
        os.unlink(path)
    except OSError:
        pass
