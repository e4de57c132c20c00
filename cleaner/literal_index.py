"""Which lines hold which literals, for every pack line rule of a document at once.

Each pack line rule has a few literals, one of which every line it drops
holds (:mod:`cleaner.literals`).  Searching a page for each rule's literals
costs a scan of the page per rule.  Here the literals of all of them are
registered in one Aho-Corasick automaton (pyahocorasick), the page is
scanned once, and what is kept is, for each literal, the texts of the lines
that hold it.  A line rule drops whole lines, so until the text changes in
some other way the lines later rules see are lines this scan saw, and a
rule's candidates are the lines whose text holds one of its literals.  A
line the scan did not see (a rule in between rewrote it) is checked on its
own; when many are, the page is scanned again.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import Iterable

import ahocorasick

from cleaner.document import Document, Line, fold
from cleaner.literals import holds_any


class LiteralIndex:
    """The literals of every registered rule, and per document the texts of the lines that hold each."""

    #: A table is made again when more than this share of the current lines are new to it.
    STALE = 0.25

    def __init__(self) -> None:
        self._literals: set[str] = set()
        self._automaton: ahocorasick.Automaton | None = None
        self._generation = 0  # counts the registrations that added literals

    def register(self, literals: Iterable[str]) -> None:
        """Add the literals of a rule (folded, without newlines)."""
        new = set(literals) - self._literals
        if new:
            self._literals |= new
            self._automaton = None
            self._generation += 1

    def lines_holding(self, doc: Document, literals: tuple[str, ...], max_chars: int | None = None) -> list[Line]:
        """The lines of ``doc`` (of at most ``max_chars`` characters) whose folded text holds one of ``literals``, in order.

        ``literals`` must have been registered.
        """
        table = doc.literal_table
        if table is not None and (table.index is not self or table.generation != self._generation):
            table = None  # made by another index, or before some literals were registered
        current = doc.line_texts
        unseen = table.unseen(current) if table is not None else None
        if table is None or len(unseen) > self.STALE * len(current):  # type: ignore[arg-type]
            table = doc.literal_table = self._scan(doc)
            unseen = table.unseen(current)
        if max_chars is None:
            max_chars = len(doc.text)
        holding = table.holding
        # The literals the page holds, of those asked for: a set operation in C, however many are asked.
        texts: set[str] = set().union(*[holding[literal] for literal in holding.keys() & _as_set(literals)])
        if unseen:
            texts.update(text for text in unseen if len(text) <= max_chars and holds_any(fold(text), literals))
        return [doc.line(index) for index in doc.indices_of(text for text in texts if len(text) <= max_chars)]

    def _scan(self, doc: Document) -> "LiteralTable":
        if self._automaton is None:
            self._automaton = automaton_of({literal: literal for literal in self._literals})
        folded = doc.folded
        texts = doc.texts
        if len(folded) == len(doc.text):
            starts = doc.starts  # folding kept every offset, so the lines start where the text's do
        else:
            # Folding keeps the newlines, so line n of the folded text is line n of the text.
            starts = list(accumulate((len(line) + 1 for line in folded.split("\n")), initial=0))
        holding: dict[str, set[str]] = {}
        line_end = -1  # where the line of the last match ends; matches come in order of their ends
        text = ""
        for end, literal in self._automaton.iter(folded):
            if end > line_end:
                n = bisect_right(starts, end) - 1  # no literal holds a newline
                text = texts[n]
                line_end = starts[n] + len(text)
            found = holding.get(literal)
            if found is None:
                holding[literal] = {text}
            else:
                found.add(text)
        return LiteralTable(self, self._generation, holding, set(texts))


class LiteralTable:
    """What one scan of a document found: ``holding[literal]`` is the set of line texts that hold it."""

    __slots__ = ("index", "generation", "holding", "seen", "_unseen")

    def __init__(self, index: LiteralIndex, generation: int, holding: dict[str, set[str]], seen: set[str]) -> None:
        self.index = index
        self.generation = generation
        self.holding = holding
        self.seen = seen
        self._unseen: tuple[dict[str, int], set[str]] | None = None

    def unseen(self, current: dict[str, int]) -> set[str]:
        """The line texts of ``current`` (a document's :attr:`Document.line_texts`) the scan did not see.

        Remembered for the last ``current``: a document makes a new one for
        each new text, and the rules in between all ask about the same one.
        """
        if self._unseen is None or self._unseen[0] is not current:
            self._unseen = (current, current.keys() - self.seen)
        return self._unseen[1]


def automaton_of(words: dict[str, object]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton that finds each of ``words`` with its value."""
    automaton = ahocorasick.Automaton()
    for word, value in words.items():
        automaton.add_word(word, value)
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=256)
def _as_set(literals: tuple[str, ...]) -> frozenset[str]:
    return frozenset(literals)


#: The index the pack rules of this process share.
INDEX = LiteralIndex()
