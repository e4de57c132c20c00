"""Passes over a whole folder: how many documents hold each line.

Boilerplate that a site prints on every page (a header, a footer, a notice)
is easy to spot across pages and hard to spot in one.  Following CCNet, a
first pass hashes every normalized line of every document and counts, per
hash, the documents that hold it; the ``corpus`` stage (CX001) then drops the
lines most documents share.

The counts are a pure function of the set of documents: each document adds
one to each distinct hash it holds, whatever the order of the files or the
number of jobs.  Only 64-bit hashes are stored, never lines, and past a
budget they are sorted and spilled to temporary files, so a run over a
million files needs no more memory than one over a thousand; the workers of
the second pass receive only the lines enough documents share.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import tempfile
import unicodedata
from array import array
from dataclasses import dataclass
from itertools import chain, groupby
from typing import TYPE_CHECKING, Iterable, Iterator

import regex

from cleaner.decoding import decode
from cleaner.errors import CleanerError

if TYPE_CHECKING:
    from pathlib import Path

    from cleaner.files import Input
    from cleaner.pipeline import Pipeline

#: The rule that reads the counts; the first pass runs only when it is selected.
RULE = "CX001"

# Suffixes of JSON Lines datasets (see cleaner.datasets): not one document each.
_DATASETS = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")
_NOT_WORD_OR_NEWLINE = regex.compile(r"[^\p{L}\p{N}\n]+")
_DIGIT = regex.compile(r"\p{Nd}")


def line_key(line: str) -> str:
    """A line as compared across documents: NFKC, case folded, letters and digits
    only, every digit made ``0`` (so ``© 2019`` and ``© 2020`` match)."""
    text = unicodedata.normalize("NFKC", line).casefold()
    return _DIGIT.sub("0", _NOT_WORD.sub("", text))


def line_keys(text: str) -> list[str]:
    """:func:`line_key` of each line of ``text`` (split on ``\\n``), made over the whole text at once.

    The same keys: no character normalizes or case-folds to a newline, and a
    newline neither composes with nor reorders around its neighbours, so the
    lines of the normalized text are the normalized lines.
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _DIGIT.sub("0", _NOT_WORD_OR_NEWLINE.sub("", folded)).split("\n")


def line_hash(key: str) -> int:
    """The 64-bit hash of a normalized line."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big")


def document_hashes(text: str) -> array:
    """The sorted, distinct hashes of the non-empty normalized lines of ``text``."""
    keys = set(line_keys(text))
    keys.discard("")
    return array("Q", sorted(line_hash(key) for key in keys))


class LineCounts:
    """For each normalized line, the number of documents that hold it: exact, in bounded memory.

    Each document adds its distinct line hashes (8 bytes each) to a buffer.
    When the buffer holds ``budget`` hashes it is sorted and spilled to a
    temporary file; :meth:`shared` merges the sorted runs and keeps only the
    hashes enough documents hold.  Memory is the buffer plus the result, however
    many files the run has; the counts are exact and do not depend on the order
    in which documents were added.

    >>> counts = LineCounts()
    >>> counts.add_document("Site header\\nFirst page\\n")
    >>> counts.add_document("SITE  header\\nSecond page\\n")
    >>> counts.documents_with("site header"), counts.documents_with("First page"), counts.total
    (2, 1, 2)
    """

    def __init__(self, budget: int = 2_000_000) -> None:
        self.budget = budget
        self.total = 0
        self._buffer = array("Q")
        self._runs: list[tempfile._TemporaryFileWrapper] = []
        self._all: SharedLines | None = None

    def add_document(self, text: str) -> None:
        """Count ``text`` as one document: each distinct non-empty line once."""
        self.add_hashes(document_hashes(text))

    def add_hashes(self, hashes: array) -> None:
        """Count one document given by its distinct line hashes (:func:`document_hashes`)."""
        self._buffer.extend(hashes)
        self.total += 1
        self._all = None
        if len(self._buffer) >= self.budget:
            self._spill()

    def _spill(self) -> None:
        run = tempfile.TemporaryFile(prefix="cleaner-lines-")
        array("Q", sorted(self._buffer)).tofile(run)
        run.flush()
        self._runs.append(run)
        self._buffer = array("Q")

    def shared(self, threshold: int) -> "SharedLines":
        """The lines held by at least ``threshold`` documents, with their exact counts."""
        runs = [_read_run(run) for run in self._runs]
        merged = heapq.merge(sorted(self._buffer), *runs) if runs else sorted(self._buffer)
        frequent: dict[int, int] = {}
        for value, group in groupby(merged):
            held = sum(1 for _ in group)
            if held >= threshold:
                frequent[value] = held
        return SharedLines(frequent, self.total, threshold)

    def documents_with(self, line: str) -> int:
        """How many documents hold ``line`` (after normalization)."""
        return self.documents_with_key(line_key(line))

    def documents_with_key(self, key: str) -> int:
        """How many documents hold a line whose :func:`line_key` is ``key``."""
        if self._all is None:
            self._all = self.shared(1)
        return self._all.documents_with_key(key)

    def __len__(self) -> int:
        """The number of distinct normalized lines counted."""
        if self._all is None:
            self._all = self.shared(1)
        return len(self._all.counts)

    def __reduce__(self):
        # A copy for another process carries the counts as plain data.
        return (_rebuild, (self.shared(1), self.budget))


def _rebuild(shared: "SharedLines", budget: int) -> LineCounts:
    result = LineCounts(budget)
    for value, held in shared.counts.items():
        result._buffer.extend([value] * held)
    result.total = shared.total
    return result


def _read_run(run, block: int = 65536) -> Iterator[int]:
    run.seek(0)
    while True:
        chunk = array("Q")
        try:
            chunk.fromfile(run, block)
        except EOFError:  # the last, partial block was still read into chunk
            pass
        if not chunk:
            return
        yield from chunk


@dataclass(frozen=True)
class SharedLines:
    """The lines that at least ``threshold`` of ``total`` documents hold, by hash.

    What the workers of a run receive from its first pass: small, because only
    the lines a site repeats are in it.  ``documents_with`` is exact for
    those and 0 for every other line.
    """

    counts: dict[int, int]
    total: int
    threshold: int = 1

    def documents_with(self, line: str) -> int:
        """How many documents hold ``line``, or 0 below the threshold."""
        return self.documents_with_key(line_key(line))

    def documents_with_key(self, key: str) -> int:
        """How many documents hold a line whose :func:`line_key` is ``key``, or 0 below the threshold."""
        return self.counts.get(line_hash(key), 0) if key else 0


def count_lines(texts: Iterable[str]) -> LineCounts:
    """The line counts of the documents ``texts``."""
    counts = LineCounts()
    for text in texts:
        counts.add_document(text)
    return counts


def folder_counts(pipeline: "Pipeline", items: "list[Input]", jobs: int = 1) -> SharedLines | None:
    """The first pass of a run over ``items``, or None when no rule needs it.

    Runs when there is more than one input and CX001 is selected, over
    ``jobs`` processes.  Text files only: JSON Lines datasets are left out,
    and so are files that cannot be read or decoded (the second pass reports
    them).  Returns the lines as many documents share as CX001's options ask.
    """
    from cleaner.parallel import ordered_map

    files = [item.path for item in items if not item.path.name.endswith(_DATASETS)]
    if len(files) < 2 or RULE not in pipeline.codes:
        return None
    counts = LineCounts()
    # Sixteen files a task: handing a task out and taking it back costs the main process more than hashing a page.
    batches = (files[n : n + 16] for n in range(0, len(files), 16))
    for hashes in chain.from_iterable(ordered_map(_files_hashes, batches, jobs)):
        if hashes is not None:
            counts.add_hashes(hashes)
    options = pipeline.rule(RULE).options
    return counts.shared(max(options["min_documents"], math.ceil(options["min_share"] * counts.total)))


def _files_hashes(paths: list[Path]) -> list[array | None]:
    return [file_hashes(path) for path in paths]


def file_hashes(path: Path) -> array | None:
    """The :func:`document_hashes` of a text file, or None if it cannot be read."""
    try:
        return document_hashes(decode(path.read_bytes()).text)
    except (OSError, CleanerError):
        return None
