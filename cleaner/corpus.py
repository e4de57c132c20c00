"""Passes over a whole folder: how many documents hold each line.

Boilerplate that a site prints on every page (a header, a footer, a notice)
is easy to spot across pages and hard to spot in one.  Following CCNet, a
first pass hashes every normalized line of every document and counts, per
hash, the documents that hold it; the ``corpus`` stage (CX001) then drops the
lines most documents share.

The counts are a pure function of the set of documents: each document adds
one to each distinct hash it holds, whatever the order of the files or the
number of jobs.  Only 64-bit hashes are stored, never lines, so memory grows
with the number of distinct lines (about 100 bytes each), not with the size
of the text.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING, Iterable

import regex

from cleaner.decoding import decode
from cleaner.errors import CleanerError

if TYPE_CHECKING:
    from cleaner.files import Input
    from cleaner.pipeline import Pipeline

#: The rule that reads the counts; the first pass runs only when it is selected.
RULE = "CX001"

# Suffixes of JSON Lines datasets (see cleaner.datasets): not one document each.
_DATASETS = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")
_DIGIT = regex.compile(r"\p{Nd}")


def line_key(line: str) -> str:
    """A line as compared across documents: NFKC, case folded, letters and digits
    only, every digit made ``0`` (so ``© 2019`` and ``© 2020`` match)."""
    text = unicodedata.normalize("NFKC", line).casefold()
    return _DIGIT.sub("0", _NOT_WORD.sub("", text))


def line_hash(key: str) -> int:
    """The 64-bit hash of a normalized line."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big")


class LineCounts:
    """For each normalized line, the number of documents that hold it.

    >>> counts = LineCounts()
    >>> counts.add_document("Site header\\nFirst page\\n")
    >>> counts.add_document("SITE  header\\nSecond page\\n")
    >>> counts.documents_with("site header"), counts.documents_with("First page"), counts.total
    (2, 1, 2)
    """

    __slots__ = ("_counts", "total")

    def __init__(self) -> None:
        self._counts: Counter[int] = Counter()
        self.total = 0

    def add_document(self, text: str) -> None:
        """Count ``text`` as one document: each distinct non-empty line once."""
        keys = {line_key(line) for line in text.split("\n")}
        keys.discard("")
        self._counts.update(line_hash(key) for key in keys)
        self.total += 1

    def documents_with(self, line: str) -> int:
        """How many documents hold ``line`` (after normalization)."""
        key = line_key(line)
        return self._counts.get(line_hash(key), 0) if key else 0

    def __len__(self) -> int:
        """The number of distinct normalized lines counted."""
        return len(self._counts)

    def __reduce__(self):
        # Workers of a parallel run get the counts once, as plain data.
        return (_rebuild, (dict(self._counts), self.total))


def _rebuild(counts: dict[int, int], total: int) -> LineCounts:
    result = LineCounts()
    result._counts.update(counts)
    result.total = total
    return result


def count_lines(texts: Iterable[str]) -> LineCounts:
    """The line counts of the documents ``texts``."""
    counts = LineCounts()
    for text in texts:
        counts.add_document(text)
    return counts


def folder_counts(pipeline: "Pipeline", items: "list[Input]") -> LineCounts | None:
    """The first pass of a run over ``items``, or None when no rule needs it.

    Runs when there is more than one input and CX001 is selected.  Text
    files only: JSON Lines datasets are left out, and so are files that
    cannot be read or decoded (the second pass reports them).
    """
    files = [item for item in items if not item.path.name.endswith(_DATASETS)]
    if len(files) < 2 or RULE not in pipeline.codes:
        return None

    def texts() -> Iterable[str]:
        for item in files:
            try:
                yield decode(item.path.read_bytes()).text
            except (OSError, CleanerError):
                continue

    return count_lines(texts())
