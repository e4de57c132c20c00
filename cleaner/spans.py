"""Where two versions of a line differ, as small spans to log as edits."""

from __future__ import annotations

from typing import Iterator


def minimal_span(old: str, new: str) -> tuple[int, int, int]:
    """The smallest single differing span: ``old[a:b]`` became ``new[a:c]``."""
    limit = min(len(old), len(new))
    a = 0
    while a < limit and old[a] == new[a]:
        a += 1
    b, c = len(old), len(new)
    while b > a and c > a and old[b - 1] == new[c - 1]:
        b -= 1
        c -= 1
    return a, b, c


def differing_runs(old: str, new: str) -> Iterator[tuple[int, int, int, int]]:
    """Spans ``old[a:b]`` -> ``new[c:d]`` where the two differ.

    Strings of equal length (a character-for-character conversion) give one
    span per run of changed characters; otherwise one span covers it all.
    """
    if len(old) != len(new):
        a, b, c = minimal_span(old, new)
        yield a, b, a, c
        return
    start = -1
    for i, (x, y) in enumerate(zip(old, new)):
        if x != y:
            if start < 0:
                start = i
        elif start >= 0:
            yield start, i, start, i
            start = -1
    if start >= 0:
        yield start, len(old), start, len(old)
