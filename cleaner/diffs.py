"""Unified diffs of a text and its cleaned form, in lines that end at ``\\n`` only.

``str.splitlines`` also ends a line at form feeds, U+2028 and other
separators, which the cleaned text may keep inside a line; a diff cut
there does not apply with ``patch``.
"""

from __future__ import annotations

import difflib
import re

_LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")


def lines_of(text: str) -> list[str]:
    """The lines of ``text``, each with its ``\\n`` (the last one may have none)."""
    return _LINE.findall(text)


def unified_diff(before: str, after: str, name: str) -> str:
    """The unified diff from ``before`` to ``after`` of the file ``name`` (``a/name``, ``b/name``); empty if equal."""
    return "".join(map(_ended, difflib.unified_diff(lines_of(before), lines_of(after), f"a/{name}", f"b/{name}")))


def hunks(before: str, after: str) -> str:
    """The hunks of the unified diff from ``before`` to ``after``, without the file names.

    For a part of a longer text: each hunk keeps as many lines of context
    after its changes as before them.  ``patch`` takes a hunk with less
    context on one side to lie at that end of the file, which a part's
    first and last hunks do not.
    """
    lines = list(difflib.unified_diff(lines_of(before), lines_of(after)))[2:]
    starts = [n for n, line in enumerate(lines) if line.startswith("@@")]
    out: list[str] = []
    for start, end in zip(starts, starts[1:] + [len(lines)]):
        out += _balanced(lines[start:end])
    return "".join(map(_ended, out))


def renumbered(hunks: str, before: int, after: int) -> str:
    """``hunks`` with ``before`` lines more on the old side and ``after`` on the new (a part's place in its file)."""
    def shift(m: re.Match[str]) -> str:
        old_size = "" if m[2] is None else f",{m[2]}"
        new_size = "" if m[4] is None else f",{m[4]}"
        return f"@@ -{int(m[1]) + before}{old_size} +{int(m[3]) + after}{new_size} @@"

    return _HEADER.sub(shift, hunks)


_HEADER = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@", re.MULTILINE)


def _balanced(hunk: list[str]) -> list[str]:
    """``hunk`` (its header, then its lines) with its longer run of context cut to the shorter one."""
    body = hunk[1:]
    lead = next((n for n, line in enumerate(body) if line[:1] != " "), len(body))
    trail = next((n for n, line in enumerate(reversed(body)) if line[:1] != " "), len(body))
    keep = min(lead, trail)
    cut_front, cut_back = lead - keep, trail - keep
    if not cut_front and not cut_back:
        return hunk
    body = body[cut_front : len(body) - cut_back]
    m = _HEADER.match(hunk[0])
    assert m is not None
    old = _range(int(m[1]), m[2], cut_front, cut_back)
    new = _range(int(m[3]), m[4], cut_front, cut_back)
    return [f"@@ -{old} +{new} @@\n", *body]


def _range(start: int, length: str | None, cut_front: int, cut_back: int) -> str:
    """A hunk's range (as difflib writes it) with lines cut from its front and back."""
    size = 1 if length is None else int(length)
    first = (start if size else start + 1) + cut_front  # 1-based number of its first line
    size -= cut_front + cut_back
    if size == 1:
        return f"{first}"
    return f"{first - 1 if not size else first},{size}"


def _ended(line: str) -> str:
    # difflib leaves a last line without its newline as it is; patch wants the marker diff writes.
    return line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
