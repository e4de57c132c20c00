"""Files: finding the inputs of a run, reading them, and writing atomically."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable


@dataclass(frozen=True, slots=True)
class Input:
    """One input file and the root its output path is relative to."""

    path: Path
    root: Path

    @property
    def relative(self) -> Path:
        """Where the cleaned file goes under the output folder."""
        return self.path.relative_to(self.root)


def find_inputs(paths: Iterable[Path], pattern: str = "*.txt") -> tuple[list[Input], list[tuple[Path, str]]]:
    """The files named or found under ``paths``, and the paths that are not there.

    A folder is searched recursively for ``pattern``, skipping hidden folders
    and files; its files keep their paths relative to it.  A file named
    directly goes to the top of the output folder.
    """
    found: list[Input] = []
    missing: list[tuple[Path, str]] = []
    for path in paths:
        if path.is_dir():
            for file in sorted(path.rglob(pattern)):
                rel = file.relative_to(path)
                if file.is_file() and not any(part.startswith(".") for part in rel.parts):
                    found.append(Input(file, path))
        elif path.is_file():
            found.append(Input(path, path.parent))
        else:
            missing.append((path, "no such file or folder"))
    return found, missing


def is_inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` is ``folder`` or lies below it."""
    path, folder = path.resolve(), folder.resolve()
    return path == folder or folder in path.parents


class AtomicFile:
    """A file written through a temporary file beside it and renamed into place by :meth:`commit`.

    A reader never sees a half-written file, and a failed or discarded write
    leaves the old file as it was.  ``mode_from`` copies permission bits
    (for in-place runs).
    """

    def __init__(self, path: Path, mode_from: Path | None = None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        self.path, self.mode_from = path, mode_from
        self.stream = os.fdopen(fd, "wb")

    def write(self, data: bytes) -> None:
        """Append ``data``."""
        self.stream.write(data)

    def commit(self) -> None:
        """Put the file in place."""
        try:
            self.stream.close()
            if self.mode_from is not None:
                os.chmod(self.tmp, self.mode_from.stat().st_mode & 0o7777)
            os.replace(self.tmp, self.path)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        """Drop what was written; the file at ``path`` is left as it was."""
        self.stream.close()
        Path(self.tmp).unlink(missing_ok=True)


def write_atomic(path: Path, data: bytes, mode_from: Path | None = None) -> None:
    """Write ``data`` to ``path`` atomically (see :class:`AtomicFile`)."""
    target = AtomicFile(path, mode_from)
    try:
        target.write(data)
    except BaseException:
        target.discard()
        raise
    target.commit()
