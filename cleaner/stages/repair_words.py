"""Stage ``repair``: words broken or doubled by layout.

RP007 joins a word hyphenated across a line break (``informa-\\ntion``),
RP008 removes a function word typed twice (``the the``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterable, Iterator

import regex

from cleaner import shortcuts
from cleaner.document import Document, Line
from cleaner.model import Edit
from cleaner.rule import Example, Option, Rule, register
from cleaner.words import zipf

#: A word broken by a hyphen at the end of a line, its rest at the start of the next.
_BROKEN = regex.compile(r"(?<![\w-])([A-Za-z]?[a-z]+)-\n([a-z]+)(?![\w-])([,.;:!?)]*)([ \t]+(?=\S))?")
#: Function words that are never grammatical twice in a row.
DOUBLED = ("the", "an", "of", "and", "with", "from", "to")
_DOUBLE = regex.compile(rf"\b({'|'.join(DOUBLED)})[ \t]+(?P<again>\1)\b", regex.IGNORECASE)
#: ``_DOUBLE`` without its word boundaries, for the folded text
#: (:meth:`cleaner.document.Document.folded_lines_matching`): it finds every
#: line where ``_DOUBLE`` matches, in one pass of ``re``.
_FOLDED_DOUBLE_SCOUT = re.compile(rf"({'|'.join(DOUBLED)})[ \t]+\1")
#: ``_FOLDED_DOUBLE_SCOUT`` split by word: it matches where one of these
#: does, and ``re`` finds each by its literal first word, which costs less
#: than trying seven words at every letter.
_FOLDED_DOUBLE_SCOUTS = tuple(re.compile(rf"{word}[ \t]+{word}") for word in DOUBLED)


def _doubled_lines(doc: Document) -> Iterable[Line]:
    """The lines :meth:`Document.folded_lines_matching` finds with ``_FOLDED_DOUBLE_SCOUT``, in order.

    A line holds a match of the scout where it holds a match of one of
    ``_FOLDED_DOUBLE_SCOUTS``; none crosses a line end, and a match that
    ``finditer`` steps over lies inside one it found, so on the same line.
    """
    folded = doc.folded
    if len(folded) != len(doc.text):
        return doc.folded_lines_matching(_FOLDED_DOUBLE_SCOUT, _DOUBLE)
    starts = doc.starts
    found = (match.start() for scout in _FOLDED_DOUBLE_SCOUTS for match in scout.finditer(folded))
    return map(doc.line, sorted({bisect_right(starts, offset) - 1 for offset in found}))


#: A word, for :func:`reads_english`: a run of letters (any script) with inner apostrophes.
_ANY_WORD = regex.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: The fewest words, and the share of them English knows, for a line to read as English.
ENGLISH_WORDS = 2
ENGLISH_SHARE = 0.6


def reads_english(text: str) -> bool:
    """Whether ``text`` reads as English: enough words, most of them known English words.

    A word with letters outside ASCII counts as not English; the others
    count when ``wordfreq`` gives them a Zipf frequency of 3 or more.  The
    English list knows some common words of other languages (``das``,
    ``co``, ``je``) at a low frequency, so the share asked for is high.
    """
    words = _ANY_WORD.findall(text)
    if len(words) < ENGLISH_WORDS:
        return False
    known = sum(1 for word in words if word.isascii() and zipf(word.lower().replace("’", "'")) >= 3.0)
    return known >= ENGLISH_SHARE * len(words)


@register
class HyphenatedBreak(Rule):
    """Join a word hyphenated across a line break: ``informa-\\ntion`` -> ``information``.

    Hard-wrapped text breaks long words at the end of a line.  The pieces are
    joined when the joined word is more frequent in English (``wordfreq``)
    than either piece and is itself a known word (Zipf 3 or more); the word
    stays on the first line and the line break moves after it (with its
    trailing punctuation), so the lines keep their count (confidence 0.9).

    Left alone: real compounds broken at their hyphen (``well-\\nknown``,
    ``long-\\nterm``: the joined form is rarer than the parts), pieces with
    digits or capitals inside, and a hyphen followed by a space or a dash.
    Measured precision: 1.0 on the tests (5 edits, 0 wrong); the one
    hyphenated line break of the development corpus, ``Hydro-\\nelectric``,
    is left alone (``electric`` is more frequent than ``hydroelectric``).

    Before: ``the informa-\\ntion was kept``
    After: ``the information\\nwas kept``
    """

    code = "RP007"
    name = "hyphenated-break"
    stage = "repair"
    summary = "Join a word hyphenated across a line break when the joined word is more frequent."
    options = {"hyphenation": Option(True, "join words hyphenated across line breaks (RP007)")}
    examples = (
        Example("All of the informa-\ntion was kept.\n", "All of the information\nwas kept.\n"),
        Example("A well-\nknown long-\nterm plan.\n", "A well-\nknown long-\nterm plan.\n"),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Yield one edit per broken word."""
        if not self.options["hyphenation"]:
            return
        text = doc.text
        if "-\n" not in text:
            return
        for match in _BROKEN.finditer(text):
            head, tail, marks, space = match.group(1), match.group(2), match.group(3), match.group(4)
            word = head + tail
            joined, parts = zipf(word.lower()), max(zipf(head.lower()), zipf(tail))
            if joined < 3.0 or joined <= parts:
                continue
            replacement = word + marks + ("\n" if space else "")
            end = match.end() if space else match.end(3)
            if not space and end < len(text) and text[end] != "\n":
                continue  # something other than a line end follows: leave it
            reason = f"{word!r} (Zipf {joined:.1f}) is more frequent than its parts (at most {parts:.1f})"
            yield Edit(match.start(), end, replacement, reason, confidence=0.9,
                       evidence={"head": head, "tail": tail, "zipf": joined})


@register
class RepeatedWord(Rule):
    """Remove a function word typed twice: ``the the`` -> ``the``.

    Only words that are never grammatical twice in a row in English are
    touched: ``the``, ``an``, ``of``, ``and``, ``with``, ``from``, ``to``, on
    one line, the second in lower case, in a line that reads as English
    without the second copy: two words or more, at least three in five of
    them known to ``wordfreq``'s English list (confidence 0.9).

    Left alone: words that can repeat (``that that``, ``had had``, ``is
    is``), a repeat across a line break, ``The The`` (a name), and the same
    words in other languages, where they may repeat: Polish and Czech ``to
    to`` (``czy to to samo``, "is it the same"), German ``an an``.
    Measured precision: 1.0 on the tests (6 edits, 0 wrong) and on the
    development corpus (17 edits, all real typos: ``of the the First Born``,
    ``tendancy to to go``).

    Before: ``one of the the largest``
    After: ``one of the largest``
    """

    code = "RP008"
    name = "repeated-word"
    stage = "repair"
    summary = "Remove a function word typed twice (the the -> the)."
    options = {"repeated_words": Option(True, "remove doubled function words (RP008)")}
    examples = (
        Example("It is one of the the largest clouds.\n", "It is one of the largest clouds.\n"),
        Example("He said that that was true; they had had enough of The The.\n",
                "He said that that was true; they had had enough of The The.\n"),
        Example("Czy nowy regulamin to to samo, co stary?\n", "Czy nowy regulamin to to samo, co stary?\n"),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Yield one deletion per doubled word."""
        if not self.options["repeated_words"]:
            return
        lines = _doubled_lines(doc) if shortcuts.ENABLED else doc.lines
        for line in lines:
            english: bool | None = None  # read once per line, when a repeat is found
            for match in _DOUBLE.finditer(line.text):
                again = match.group("again")
                if not again.islower():
                    continue
                if english is None:
                    english = reads_english(line.text[: match.end(1)] + line.text[match.end() :])
                if not english:
                    continue
                start = line.start + match.end(1)
                reason = f"{again!r} typed twice"
                yield Edit(start, line.start + match.end(), "", reason, confidence=0.9, evidence={"word": again})
