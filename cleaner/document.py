"""The document as a rule sees it: the current text, its lines, and shared facts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from cleaner.model import Edit


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the current text: ``text`` spans ``start:end`` (no newline)."""

    index: int
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        """True for an empty or whitespace-only line."""
        return not self.text.strip()


class Document:
    """The text being cleaned, where it came from, and facts stages share.

    The pipeline replaces ``text`` after every rule that changed it; ``lines``
    is computed on demand for the current text.  ``facts`` carries what one
    stage learns for later ones (the majority script, a farm score, ...).
    ``corpus`` holds cross-document statistics in a folder run, else None.
    """

    __slots__ = ("source", "_text", "_lines", "facts", "corpus")

    def __init__(self, text: str, source: str = "<text>", corpus: Any = None) -> None:
        self.source = source
        self._text = text
        self._lines: list[Line] | None = None
        self.facts: dict[str, Any] = {}
        self.corpus = corpus

    @property
    def text(self) -> str:
        """The current text."""
        return self._text

    @text.setter
    def text(self, value: str) -> None:
        self._text = value
        self._lines = None

    @property
    def lines(self) -> list[Line]:
        """The lines of the current text, with their offsets."""
        if self._lines is None:
            self._lines = list(split_lines(self._text))
        return self._lines

    def drop_line(self, index: int, reason: str, **extra: Any) -> Edit:
        """An edit that removes line ``index`` with its newline.

        When the line is a paragraph of its own (blank or no line before it),
        the blank line after it goes too, so the paragraphs around it keep a
        single blank line between them.
        """
        lines = self.lines
        line = lines[index]
        end = min(line.end + 1, len(self._text))
        before_blank = index == 0 or lines[index - 1].blank
        if before_blank and index + 1 < len(lines) and lines[index + 1].blank:
            end = min(lines[index + 1].end + 1, len(self._text))
        return Edit(line.start, end, "", reason, action="drop-line", **extra)


def split_lines(text: str) -> Iterator[Line]:
    """Yield the lines of ``text`` (split on ``\\n`` only) with their offsets."""
    start = 0
    for index, piece in enumerate(text.split("\n")):
        end = start + len(piece)
        yield Line(index, start, end, piece)
        start = end + 1
