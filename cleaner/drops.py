"""Dropping several lines at once without leaving empty paragraphs behind."""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from cleaner.document import Document
from cleaner.model import Edit


def drop_lines(doc: Document, indices: Iterable[int], reason: str, **extra: Any) -> Iterator[Edit]:
    """One drop edit per line in ``indices`` (lines of ``doc``), in order.

    Each line goes as :meth:`Document.drop_line` removes it.  In addition,
    when the lines dropped make up the whole of a paragraph of several lines,
    the blank line after that paragraph goes with its last line, so no empty
    paragraph is left where it stood.
    """
    lines = doc.lines
    chosen = sorted(set(indices))
    dropped = set(chosen)
    for index in chosen:
        edit = doc.drop_line(index, reason, **extra)
        first = index
        while first > 0 and not lines[first - 1].blank and first - 1 in dropped:
            first -= 1
        whole = first < index and (first == 0 or lines[first - 1].blank)
        after = index + 1
        if whole and after < len(lines) and lines[after].blank and after + 1 < len(lines):
            edit = Edit(edit.start, lines[after].end + 1, "", reason, action="drop-line", **extra)
        yield edit
