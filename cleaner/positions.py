"""Map positions in the text being cleaned back to the original input.

Each batch of edits the pipeline applies is kept as sorted spans; a position
is walked back through the batches, newest first, with a binary search in
each.  Text a batch inserted maps to the start of what it replaced, offset by
as much as fits (so a same-length replacement keeps its columns).
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate


class OriginMap:
    """Positions in the current text, mapped to (line, column) in the original."""

    def __init__(self, original: str) -> None:
        # In C: a line starts one past the end of the one before.
        self._line_starts = list(accumulate(map((1).__add__, map(len, original.split("\n")[:-1])), initial=0))
        self._batches: list[tuple[list[int], list[int], list[int], list[int]]] = []

    def push(self, spans: list[tuple[int, int, int, int]]) -> None:
        """Record a batch of applied edits as ``(pre_start, pre_end, post_start, post_end)``."""
        self._batches.append(tuple(map(list, zip(*spans))))  # type: ignore[arg-type]

    def to_original(self, pos: int) -> int:
        """The offset in the original text that ``pos`` in the current text comes from."""
        for pre_starts, pre_ends, post_starts, post_ends in reversed(self._batches):
            k = bisect_right(post_starts, pos) - 1
            if k < 0:
                continue
            if pos < post_ends[k]:
                pos = pre_starts[k] + min(pos - post_starts[k], pre_ends[k] - pre_starts[k])
            else:
                pos = pre_ends[k] + (pos - post_ends[k])
        return pos

    def line_column(self, pos: int) -> tuple[int, int]:
        """1-based line and column in the original of ``pos`` in the current text."""
        original = self.to_original(pos)
        line = bisect_right(self._line_starts, original) - 1
        return line + 1, original - self._line_starts[line] + 1
