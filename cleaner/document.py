"""The document as a rule sees it: the current text, its lines, and shared facts."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate, count
from operator import add
from typing import Any, Iterable, Iterator

from cleaner.model import Edit


class Line:
    """One line of the current text: ``text`` spans ``start:end`` (no newline).

    A plain slotted class rather than a frozen dataclass: documents are split
    into lines again after every rule that changes them, and this is several
    times cheaper to build.  Treat it as read-only.
    """

    __slots__ = ("index", "start", "end", "text")

    def __init__(self, index: int, start: int, end: int, text: str) -> None:
        self.index = index
        self.start = start
        self.end = end
        self.text = text

    def __repr__(self) -> str:
        return f"Line({self.index}, {self.start}, {self.end}, {self.text!r})"

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

    __slots__ = ("source", "_text", "_texts", "_lines", "_starts", "_folded", "_parts", "_by_text", "facts",
                 "corpus", "literal_table")

    def __init__(self, text: str, source: str = "<text>", corpus: Any = None) -> None:
        self.source = source
        self._text = text
        self._texts: list[str] | None = None
        self._lines: list[Line] | None = None
        self._starts: list[int] | None = None
        self._folded: str | None = None
        self._parts: tuple[bytes, str] | None = None
        self._by_text: tuple[dict[str, int], dict[str, int]] | None = None
        self.facts: dict[str, Any] = {}
        self.corpus = corpus
        #: Kept across text changes on purpose: see :mod:`cleaner.literal_index`.
        self.literal_table: Any = None

    @property
    def text(self) -> str:
        """The current text."""
        return self._text

    @text.setter
    def text(self, value: str) -> None:
        self._text = value
        self._texts = None
        self._lines = None
        self._starts = None
        self._folded = None
        self._parts = None
        self._by_text = None

    @property
    def lines(self) -> list[Line]:
        """The lines of the current text, with their offsets."""
        if self._lines is None:
            self._lines = list(map(Line, count(), self.starts, map(add, self.starts, map(len, self.texts)), self.texts))
        return self._lines

    @property
    def texts(self) -> list[str]:
        """The texts of the lines of the current text (cheaper than :attr:`lines` when that is all a rule needs)."""
        if self._texts is None:
            self._texts = self._text.split("\n")
        return self._texts

    @property
    def starts(self) -> list[int]:
        """The offset of each line of the current text."""
        if self._starts is None:
            # In C: a line starts one past the end of the one before.
            self._starts = list(accumulate(map(_ONE.__add__, map(len, self.texts[:-1])), initial=0))
        return self._starts

    def line(self, index: int) -> Line:
        """Line ``index`` of the current text, made alone when :attr:`lines` is not made yet."""
        if self._lines is not None:
            return self._lines[index]
        start = self.starts[index]
        text = self.texts[index]
        return Line(index, start, start + len(text), text)

    @property
    def folded(self) -> str:
        """The current text as :func:`fold` leaves it, made once per text, for literal prefilters."""
        if self._folded is None:
            self._folded = fold(self._text)
        return self._folded

    @property
    def folded_parts(self) -> tuple[bytes, str]:
        """The ASCII characters of :attr:`folded` (as bytes), and the others, each run together.

        A string of ASCII characters only that the folded text holds is in
        the first; one without ASCII characters, in the second.  (Runs meet
        where other characters stood, so a string may be in a part and not
        in the text: callers use the parts to rule literals out.)  Both are
        made once per text, in one C pass each, and are shorter than the
        text (the ASCII of a Chinese page, the curly quotes of an English
        one), so testing many literals against them is cheap.
        """
        if self._parts is None:
            self._parts = _split_by_script(self.folded)
        return self._parts

    @property
    def line_texts(self) -> dict[str, int]:
        """The distinct texts of the lines of the current text, each with the index of its last line."""
        if self._by_text is None:
            texts = self.texts
            # Both built in C: a repeated text keeps its last index in one, its first in the other.
            last = dict(zip(texts, count()))
            first = dict(zip(reversed(texts), range(len(texts) - 1, -1, -1))) if len(last) < len(texts) else last
            self._by_text = (last, first)
        return self._by_text[0]

    def indices_of(self, texts: Iterable[str]) -> list[int]:
        """The indices of the lines whose text is one of ``texts``, in order."""
        last = self.line_texts
        first = self._by_text[1]  # type: ignore[index]
        lines = self._texts
        found = []
        for text in texts:
            end = last.get(text)
            if end is None:
                continue
            index = first[text]
            while index < end:
                found.append(index)
                index = lines.index(text, index + 1)  # type: ignore[union-attr]
            found.append(end)
        found.sort()
        return found

    def line_at(self, offset: int) -> Line:
        """The line that holds the character at ``offset``."""
        return self.line(bisect_right(self.starts, offset) - 1)

    def lines_matching(self, scout: Any, timeout: float | None = None) -> Iterator[Line]:
        """The lines in which the compiled pattern ``scout`` finds a match, in order.

        ``scout`` is a ``re`` or ``regex`` pattern; ``timeout`` applies to ``regex``.

        One pass of the pattern over the whole text, so rules can skip the
        lines that cannot concern them.  A match that runs over a line end
        still yields only the line it starts in; the search goes on from the
        next line, so every line with a match of its own is yielded.
        """
        text, pos = self._text, 0
        search = scout.search if timeout is None else lambda t, p: scout.search(t, p, timeout=timeout)
        while (found := search(text, pos)) is not None:
            line = self.line_at(found.start())
            yield line
            pos = line.end + 1

    def folded_lines_matching(self, scout: Any, fallback: Any) -> Iterator[Line]:
        """:meth:`lines_matching` of ``scout`` in :attr:`folded`, or of ``fallback`` in the text.

        A case-sensitive ``scout`` of lower-case letters searched in the
        folded text stands for a case-insensitive ``fallback`` (and lets
        ``re`` skip ahead by the first characters), when folding kept the
        offsets; otherwise ``fallback`` is searched in the text.
        """
        folded = self.folded
        if len(folded) != len(self._text):
            yield from self.lines_matching(fallback)
            return
        pos = 0
        search = scout.search
        while (found := search(folded, pos)) is not None:
            line = self.line_at(found.start())
            yield line
            pos = line.end + 1

    def drop_lines(self, drops: Iterable[tuple[int, str, dict[str, Any] | None]]) -> Iterator[Edit]:
        """Edits removing each ``(line index, reason, evidence)``, one change per line.

        Each line goes as :meth:`drop_line` removes it; in addition, when the
        lines dropped make up a whole paragraph of several lines, the last of
        them takes the blank line after it, so no empty paragraph is left
        where the block stood.
        """
        texts, starts = self.texts, self.starts
        chosen = {index: (reason, evidence) for index, reason, evidence in drops}
        size = len(self._text)
        starts_paragraph = False
        for index in sorted(chosen):
            reason, evidence = chosen[index]
            if index == 0 or not texts[index - 1].strip():
                starts_paragraph = True
            elif index - 1 not in chosen:
                starts_paragraph = False
            end = min(starts[index] + len(texts[index]) + 1, size)
            last = index + 1 >= len(texts) or index + 1 not in chosen
            if last and starts_paragraph and index + 1 < len(texts) and not texts[index + 1].strip():
                end = min(starts[index + 1] + len(texts[index + 1]) + 1, size)
            yield Edit(starts[index], end, "", reason, "drop-line", None, evidence)  # positional: built for every drop

    def drop_line(self, index: int, reason: str, **extra: Any) -> Edit:
        """An edit that removes line ``index`` with its newline.

        When the line is a paragraph of its own (blank or no line before it),
        the blank line after it goes too, so the paragraphs around it keep a
        single blank line between them.
        """
        texts, starts = self.texts, self.starts
        size = len(self._text)
        end = min(starts[index] + len(texts[index]) + 1, size)
        before_blank = index == 0 or not texts[index - 1].strip()
        if before_blank and index + 1 < len(texts) and not texts[index + 1].strip():
            end = min(starts[index + 1] + len(texts[index + 1]) + 1, size)
        return Edit(starts[index], end, "", reason, action="drop-line", **extra)


_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")


def _split_by_script(folded: str) -> tuple[bytes, str]:
    """The ASCII characters of ``folded`` as bytes, and its other characters."""
    if folded.isascii():
        return folded.encode("ascii"), ""
    return folded.encode("ascii", "ignore"), _ASCII_RUNS.sub("", folded)


def fold(text: str) -> str:
    """``text`` lower-cased for literal prefilters: ``str.lower``, with U+0130 and U+017F read as i and s.

    Case-insensitive ``regex`` pairs ``i`` with ``İ`` and ``s`` with ``ſ``,
    which ``str.lower`` leaves apart; folding them here lets the prefilters
    keep every ASCII letter.
    """
    if "\u0130" in text:
        text = text.replace("\u0130", "i")
    text = text.lower()
    if "\u017f" in text:
        text = text.replace("\u017f", "s")
    return text


_ONE = 1
