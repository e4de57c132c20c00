"""Very long texts, cleaned a section at a time so memory stays bounded.

A document's working set (its lines, its versions, every change with its
reason) is many times its size: a 200 MB text file held as one document
took 6.7 GB.  A text longer than :data:`SECTION_CHARS` is therefore cut at
paragraph breaks into sections of about that size, and each section is
cleaned as a document of its own.  The break between two sections (the
empty line of a paragraph break) is kept as it is, so joining the cleaned
sections with it gives the cleaned text, and each change, moved by the
lines and characters before its section, still replays and undoes on the
whole text.

What this changes: rules that look at a whole document (the article's main
block, repeated lines, the majority script) see one section, which is
still far longer than any web page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from cleaner.model import Cleaned
from cleaner.pipeline import Pipeline

#: Texts longer than this many characters are cleaned in sections of about this size.
SECTION_CHARS = 1 << 20


@dataclass(frozen=True)
class Section:
    """One cleaned section: its result and where it sits in the whole text.

    ``line_base`` is the number of lines of the original text before the
    section; ``offset_base`` is the length of the cleaned text before it
    (the cleaned sections and breaks before it); ``separator`` is the
    original text that follows the section and goes to the output as it is.
    """

    cleaned: Cleaned
    line_base: int
    offset_base: int
    separator: str


def section_bounds(text: str, size: int = SECTION_CHARS) -> Iterator[tuple[int, int, int]]:
    """``(start, end, next_start)`` of each section of ``text``: ``text[end:next_start]`` is the break after it.

    A section ends with the first paragraph break at or after ``size``
    characters (it ends with its newline, and the empty line is the break);
    failing that, at the first line end, with an empty break; failing
    that, with the text.  No section is empty.
    """
    start = 0
    while len(text) - start > size:
        blank = text.find("\n\n", start + size)
        if 0 <= blank < len(text) - 2:
            yield start, blank + 1, blank + 2
            start = blank + 2
            continue
        newline = text.find("\n", start + size)
        if not 0 <= newline < len(text) - 1:
            break  # no line end, or only the last character: the rest is the last section
        yield start, newline + 1, newline + 1
        start = newline + 1
    yield start, len(text), len(text)


def clean_sections(pipeline: Pipeline, text: str, source: str = "<text>", corpus: Any = None,
                   size: int = SECTION_CHARS) -> Iterator[Section]:
    """Clean ``text`` a section at a time; the sections' texts and breaks, joined, are the cleaned text."""
    line_base = offset_base = 0
    for start, end, next_start in section_bounds(text, size):
        cleaned = pipeline.clean(text[start:end], source, corpus)
        separator = text[end:next_start]
        yield Section(cleaned, line_base, offset_base, separator)
        line_base += text.count("\n", start, next_start)
        offset_base += len(cleaned.text) + len(separator)


def moved(record: dict[str, Any], section: Section) -> dict[str, Any]:
    """A change or flag record of ``section`` with its line (and offset) counted in the whole text."""
    record["line"] += section.line_base
    if "offset" in record:
        record["offset"] += section.offset_base
    return record
