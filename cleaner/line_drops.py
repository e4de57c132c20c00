"""Dropping several lines at once without leaving the paragraph gaps behind.

:meth:`Document.drop_line` keeps one blank line between paragraphs when it
removes a paragraph of one line.  A detector that removes a paragraph of
several lines (a menu printed as one block) needs the same for the block:
the last dropped line of a whole paragraph takes the blank line after it.
Each line is still its own change, so the log shows every line.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from cleaner.document import Document
from cleaner.model import Edit


def drop_lines(doc: Document, drops: Iterable[tuple[int, str, dict[str, Any] | None]]) -> Iterator[Edit]:
    """Edits removing each ``(line index, reason, evidence)``; whole paragraphs take their gap."""
    lines = doc.lines
    chosen = {index: (reason, evidence) for index, reason, evidence in drops}
    text_len = len(doc.text)
    group_start_blank = False
    for index in sorted(chosen):
        reason, evidence = chosen[index]
        line = lines[index]
        if index == 0 or lines[index - 1].blank:
            group_start_blank = True
        elif index - 1 not in chosen:
            group_start_blank = False
        end = min(line.end + 1, text_len)
        last_of_group = index + 1 >= len(lines) or index + 1 not in chosen
        if last_of_group and group_start_blank and index + 1 < len(lines) and lines[index + 1].blank:
            end = min(lines[index + 1].end + 1, text_len)
        yield Edit(line.start, end, "", reason, action="drop-line", evidence=evidence)
