"""Stage ``repair``: numbers that machine translation or extraction broke.

RP001 reads the ``65438`` placeholder of farm translators, RP002 joins years
split before a digit 1 (``on 20 10,``), RP003 joins other such splits in farm
output only, RP004 puts ``1``/``0`` back for ``l``/``O`` inside numbers.
"""

from __future__ import annotations

import re
from typing import Iterator

import regex

from cleaner import shortcuts
from cleaner.document import Document, Line
from cleaner.model import Edit
from cleaner.rule import Example, Option, Rule, register
from cleaner.stages.profile import FARM_REPAIRS, is_farm

_SHAPE = r"6[.,]?5[.,]?4[.,]?3[.,]?8"
#: The placeholder with its ``+0``: it stands for one digit 1.
_ONE = regex.compile(rf"(?<![\d.,]){_SHAPE}\s?\+\s?0|(?<=\d){_SHAPE}\s?\+\s?0")
#: Without ``+0``, before ``10,000`` or ``million``: the translation of 10万 = 100,000.
_HUNDRED_K = regex.compile(rf"(?<![\d.,]){_SHAPE}(?:\s?\+\s?(?P<plus>10,000|million)|\s+(?P<bare>million))\b")
#: Any placeholder shape at all (a cheap test for a line).
_ANY = regex.compile(_SHAPE)
#: Any other placeholder-shaped residue.
_RESIDUE = regex.compile(rf"(?<![\d.,]){_SHAPE}(?![\d])")
#: Fractional seconds or a time-zone offset: ``05:17:09.065438+00``, ``+0`` then ``0:00``.
_TIMESTAMP_BEFORE = regex.compile(r":\d{2}[.,]\d*$")
_TIMESTAMP_AFTER = regex.compile(r"^\d?:\d{2}")

#: A run of digit groups in which every later group starts with a 1: ``20 10``, ``19 1 1``.
_SPLIT_ONE = regex.compile(
    r"(?<![\w.,:/+\-])(?<!\d[ \t])(\d{1,3})((?:[ \t]1\d{0,2})+)"
    r"(?![\w])(?![ \t]\d)(?![.:]\d|,\d{1,2}\b|,\d{4})"
)
#: Words after which a number is a year: ``in 20 10``, ``since 20 19``.
YEAR_WORDS = frozenset(
    "in on since by from until till of during before after year early late mid around circa end".split()
)
#: A sentence starts here: line start, or after ``. `` / ``! `` / ``? ``.
_SENTENCE_START = regex.compile(r"(?:^|[.!?][\"”’)]?\s+)[\"“(]?$")
_PREVIOUS_WORD = regex.compile(r"([A-Za-z]+)[ \t]+$")

#: ``l`` or ``O`` read for ``1``/``0`` in a number: ``2O19``, ``l0,000``.
_DIGIT_LIKE = regex.compile(r"(?<![\w.,:;/-])(?=[\dlOo,.]*\d)(?=[\dlOo,.]*[lOo])[\dlOo][\dlOo,.]*(?![\w])")
#: Where a letter may stand for a digit: between digits, or ``l`` opening a grouped number
#: (``l0,000``; a bare ``l701`` is more often a code or a page, like ``L701``).
_LETTER_PLACE = regex.compile(r"(?<=\d)[lOo](?=\d)|^l(?=\d{0,2},\d{3})")
_DIGIT_BY_LETTER = regex.compile(r"\d[lOo]|[lOo]\d")
_NUMBER = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")

# The scouts below find, in one pass over the whole text, every line where a
# rule can find something; none of them can match across a line end, so
# :meth:`Document.lines_matching` yields each such line.  ``regex`` and
# ``re`` disagree on which non-ASCII characters are digits (their Unicode
# versions differ), so where a scout stands for ``\d`` any non-ASCII
# character counts.
_MAYBE_DIGIT = "0-9\x80-\U0010ffff"
#: Where ``_SPLIT_ONE`` can match: a space or a tab, then a 1, after a digit.
#: ``re`` finds the literal `` 1`` fast; a text with a tab takes the slower
#: scout that also finds a tab.
_SPACE_ONE = re.compile(rf" 1(?<=[{_MAYBE_DIGIT}] 1)")
_BLANK_ONE = re.compile(rf"[ \t]1(?<=[{_MAYBE_DIGIT}][ \t]1)")
#: Where ``_DIGIT_BY_LETTER`` can match: ``l``/``O``/``o`` after or before a
#: digit; the scout starts on the letter, which ``re`` finds fast.
_DIGIT_BY_LETTER_SCOUT = re.compile(rf"[lOo](?<=[{_MAYBE_DIGIT}][lOo])|[lOo](?=[{_MAYBE_DIGIT}])")


def _candidate_lines(doc: Document, scout: re.Pattern[str] | regex.Pattern[str]) -> Iterator[Line] | list[Line]:
    """The lines where ``scout`` matches when shortcuts are on, else every line."""
    return doc.lines_matching(scout) if shortcuts.ENABLED else doc.lines


def _split_run_lines(doc: Document) -> Iterator[Line] | list[Line]:
    """The lines where ``_SPLIT_ONE`` may match when shortcuts are on, else every line."""
    return _candidate_lines(doc, _BLANK_ONE if "\t" in doc.text else _SPACE_ONE)


@register
class PlaceholderNumber(Rule):
    """Read the ``65438`` placeholder that content-farm translators write for a 1.

    Farm translations of Chinese replace an Arabic ``1`` with ``65438+0``,
    which the number formatting then punctuates anywhere (``654.38+0``,
    ``65,438+0``, ``6.5438+0``, spaces around ``+``).  The ``+0`` belongs to
    the token, and reading it as ``1`` gave the true value wherever it was
    known: ``7065438+0`` = 701, ``65,438+0,500`` = 1,500, ``6.5438+0.8
    million`` = 1.8 million, ``654.38+0/5`` = 1/5 (confidence 0.95).

    Without ``+0``, ``654.38+10,000`` and ``654.38+million`` stood for 10万 =
    100,000 (confidence 0.9 and 0.85).  ``654.38 million`` may be a real
    amount, so it becomes 100,000 only in a document FM001 scored as farm
    output, and is flagged elsewhere.  Any other placeholder-shaped residue
    followed by ``+``, or any ``65438`` shape in a farm document, is flagged
    (confidence 0.2, suggestion ``1``): its value is unknown.

    Left alone: real numbers that contain the digits, such as fractional
    seconds and time-zone offsets (``01:50:05.065438+00``), ``$654.38`` or
    ``65438`` in a page that is not farm output.  Measured precision: 1.0 on
    the tests (16 edits, 0 wrong; tests/test_repair_numbers.py, the rule's
    examples and the 321-sentence false-positive suite); the development
    corpus has no placeholder, and the rule makes no edit there.

    Before: ``an enterprise with 654.38+10,000 sales in 20 1 65438+0``
    After: ``an enterprise with 100,000 sales in 20 1 1``
    """

    code = "RP001"
    name = "placeholder-number"
    stage = "repair"
    summary = "Read the farm translator's 65438 placeholder: 65438+0 is 1, 654.38+10,000 is 100,000."
    options = {"placeholder": Option(True, "repair the 65438 placeholder (RP001)"), "farm_repairs": FARM_REPAIRS}
    examples = (
        Example("Revenue grew 65,438+0,500 times, to 6.5438+0.8 million.\n",
                "Revenue grew 1,500 times, to 1.8 million.\n"),
        Example("An enterprise with 654.38+10,000 sales.\n", "An enterprise with 100,000 sales.\n"),
        Example("logged at 2019-10-08 01:50:05.065438+00:00 UTC\n", "logged at 2019-10-08 01:50:05.065438+00:00 UTC\n"),
        Example("The bill came to $654.38 in all.\n", "The bill came to $654.38 in all.\n"),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Yield one edit per placeholder; flag-level edits for residue."""
        if not self.options["placeholder"]:
            return
        farm = is_farm(doc, self.options["farm_repairs"])
        for line in _candidate_lines(doc, _ANY):
            text = line.text
            if "8" not in text or not _ANY.search(text):
                continue
            for edit in self._line_edits(text, farm):
                yield Edit(line.start + edit.start, line.start + edit.end, edit.replacement, edit.reason,
                           confidence=edit.confidence, evidence=edit.evidence)

    @staticmethod
    def _line_edits(text: str, farm: bool) -> list[Edit]:
        """The edits for one line, positioned in the line."""
        edits: list[Edit] = []
        for match in _ONE.finditer(text):
            start, end = match.span()
            if _TIMESTAMP_BEFORE.search(text[max(0, start - 16) : start]) or _TIMESTAMP_AFTER.match(text[end:]):
                continue
            reason = "the farm translator's placeholder 65438+0 for the digit 1"
            edits.append(Edit(start, end, "1", reason, confidence=0.95, evidence={"token": match.group()}))
        for match in _HUNDRED_K.finditer(text):
            start, end = match.span()
            if any(a < end and start < b for a, b in ((e.start, e.end) for e in edits)):
                continue
            if match.group("plus") == "10,000":
                confidence = 0.9
            elif match.group("plus"):
                confidence = 0.85
            else:
                confidence = 0.85 if farm else 0.5
            reason = "654.38 (+) 10,000/million: the farm translation of 10万 (100,000)"
            edits.append(Edit(start, end, "100,000", reason, confidence=confidence,
                              evidence={"token": match.group(), "farm": farm}))
        for match in _RESIDUE.finditer(text):
            start, end = match.span()
            if any(a < end and start < b for a, b in ((e.start, e.end) for e in edits)):
                continue
            plus = text[end : end + 2].lstrip().startswith("+")
            if not (plus or farm) or _TIMESTAMP_BEFORE.search(text[max(0, start - 16) : start]):
                continue
            reason = "65438-shaped residue of the farm placeholder; its value is unknown"
            edits.append(Edit(start, end, "1", reason, confidence=0.2, evidence={"token": match.group(), "farm": farm}))
        return sorted(edits, key=lambda e: e.start)


def _split_runs(text: str) -> Iterator[tuple[regex.Match[str], str]]:
    """Each run of digit groups split before a 1 in ``text``, with the digits joined."""
    for match in _SPLIT_ONE.finditer(text):
        yield match, "".join(match.group().split())


def _year_confidence(text: str, match: regex.Match[str]) -> tuple[float, str]:
    """How sure a split year in ``text`` is (0 when it is no year in sentence context), and why."""
    before, after = text[: match.start()], text[match.end() :]
    previous = _PREVIOUS_WORD.search(before)
    year_word = previous is not None and previous.group(1).lower() in YEAR_WORDS
    closed = after == "" or regex.match(r"[,.;:!?)](?!\d)", after) is not None
    worded = regex.match(r"[ \t]+[A-Za-z]", after) is not None
    if year_word and closed:
        return 0.9, f"after {previous.group(1)!r}, before punctuation"
    if _SENTENCE_START.search(before) and after.startswith(","):
        return 0.9, "opens a sentence, before a comma"
    if year_word and worded:
        return 0.7, f"after {previous.group(1)!r}, before a word"
    return 0.0, ""


@register
class SplitYear(Rule):
    """Join a year split before a digit 1: ``on 20 10,`` becomes ``on 2010,``.

    Extraction and farm translation insert a space before a digit 1 (``20
    10``, ``20 19``, ``19 1 1``).  A run of digit groups in which every later
    group starts with a 1 and that joins to a year 1500-2039 is joined when
    the sentence context says year: after ``in``/``on``/``since``/``by``/
    ``of``/... and before punctuation (confidence 0.9), or opening a sentence
    before a comma (``20 19, Tencent``, 0.9).  After such a word but before
    another word (``in 20 10 cases``) it is flagged (0.7) outside farm output.

    Left alone: runs next to other numbers (calendars ``06 07 08 09 10 11``,
    phone numbers ``555 1234``), scores and counts without a year word
    (``won 20 10``), ranges and units (``20 10-minute``), times and decimals.
    Measured precision: 1.0 on the tests (9 edits, 0 wrong); no edit on the
    development corpus.

    Before: ``the opening strategy on 20 10, and``
    After: ``the opening strategy on 2010, and``
    """

    code = "RP002"
    name = "split-year"
    stage = "repair"
    summary = "Join a year 1500-2039 split before a digit 1 in sentence context (on 20 10, -> on 2010,)."
    options = {"split_years": Option(True, "join split years (RP002)"), "farm_repairs": FARM_REPAIRS}
    examples = (
        Example("Tencent had implemented the strategy on 20 10, and now\n",
                "Tencent had implemented the strategy on 2010, and now\n"),
        Example("20 19, Tencent Cloud's target grew.\n", "2019, Tencent Cloud's target grew.\n"),
        Example("The home side won 20 10 at the break.\n", "The home side won 20 10 at the break.\n"),
        Example("Days: 06 07 08 09 10 11 12\n", "Days: 06 07 08 09 10 11 12\n"),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Yield one edit per split year in year context."""
        if not self.options["split_years"]:
            return
        farm = is_farm(doc, self.options["farm_repairs"])
        for line in _split_run_lines(doc):
            text = line.text
            if " 1" not in text:
                continue
            for match, joined in _split_runs(text):
                if len(joined) != 4 or not 1500 <= int(joined) <= 2039:
                    continue
                confidence, why = _year_confidence(text, match)
                if not confidence:
                    continue
                if farm:
                    confidence = max(confidence, 0.9)
                reason = f"year {joined} split before a digit 1 ({why})"
                yield Edit(line.start + match.start(), line.start + match.end(), joined, reason,
                           confidence=confidence, evidence={"groups": match.group(), "farm": farm})


@register
class SplitDigits(Rule):
    """In farm output, join digits split before a 1: ``19 1 1`` is 1911, ``2 1 century`` 21.

    Farm translation inserts a space before a digit 1 anywhere in a number
    (``70 1-762`` = 701-762).  Joining such runs in ordinary text would break
    scores, calendars and phone numbers (``score 3 1``, ``555 1234``), so this
    rule runs only in documents FM001 scored as farm output (option
    ``farm_repairs``), on runs of at most four digits (or followed by a
    ``,000`` group) that stand alone: not next to another number, a time, a
    decimal or a letter (confidence 0.85).

    Left alone: every document not scored as farm output; in farm output,
    runs inside longer number lists (``06 07 08 09 10 11``).  Measured
    precision: 1.0 on the tests (9 edits, 0 wrong); no corpus page is farm
    output, so no edit there.

    Before: ``the revolution of 19 1 1 ended`` (farm output)
    After: ``the revolution of 1911 ended``
    """

    code = "RP003"
    name = "split-digits"
    stage = "repair"
    summary = "In farm output only, join digit groups split before a 1 (19 1 1 -> 1911, 70 1-762 -> 701-762)."
    options = {"split_digits": Option(True, "join split digits in farm output (RP003)"), "farm_repairs": FARM_REPAIRS}
    examples = (
        Example("The revolution of 19 1 1 ended the empire.\n", "The revolution of 1911 ended the empire.\n",
                {"farm_repairs": "always"}),
        Example("Wang Wei (70 1-762) was a poet of the 2 1 century.\n",
                "Wang Wei (701-762) was a poet of the 21 century.\n",
                {"farm_repairs": "always"}),
        Example("The revolution of 19 1 1 ended the empire.\n", "The revolution of 19 1 1 ended the empire.\n"),
        Example("Days 06 07 08 09 10 11\n", "Days 06 07 08 09 10 11\n", {"farm_repairs": "always"}),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Yield one edit per split run, in farm output only."""
        if not self.options["split_digits"] or not is_farm(doc, self.options["farm_repairs"]):
            return
        for line in _split_run_lines(doc):
            text = line.text
            if " 1" not in text:
                continue
            for match, joined in _split_runs(text):
                thousands = regex.match(r",\d{3}\b", text[match.end() :]) is not None
                if len(joined) > 4 and not thousands:
                    continue
                reason = f"digits split before a 1 in farm output: {match.group()!r} is {joined}"
                yield Edit(line.start + match.start(), line.start + match.end(), joined, reason,
                           confidence=0.85, evidence={"groups": match.group()})


@register
class DigitLetters(Rule):
    """Put back ``1`` and ``0`` where OCR or typing left ``l`` or ``O``: ``2O19``, ``l0,000``.

    A token made of digits and the letters ``l``, ``O`` or ``o`` (with ``,``
    and ``.``) that has at least two real digits, where every letter sits
    inside the number (``2O19``) or an ``l`` opens a number with thousands
    groups (``l0,000``), and that
    reads as a well-formed number once the letters are replaced (confidence
    0.9).

    Left alone: tokens touching other letters (``H2O``, ``CO2``, ``l10n``,
    ``B2B``), a leading ``O`` (``O365``), a leading ``l`` without thousands
    groups (``l701``, a page or model code), a trailing letter (``10l``), tokens
    with fewer than two real digits (``l0`` norms), and malformed results.
    Measured precision: 1.0 on the tests (6 edits, 0 wrong) and on the
    development corpus (1 edit, ``2o15``, right; lower-cased, it also read
    ``l701`` page numbers until a leading ``l`` needed thousands groups).

    Before: ``in 2O19 it had l0,000 users``
    After: ``in 2019 it had 10,000 users``
    """

    code = "RP004"
    name = "digit-letters"
    stage = "repair"
    summary = "Replace l/O read for 1/0 inside numbers (2O19 -> 2019, l0,000 -> 10,000)."
    options = {"digit_letters": Option(True, "replace l/O inside numbers (RP004)")}
    examples = (
        Example("In 2O19 the firm had l0,000 staff.\n", "In 2019 the firm had 10,000 staff.\n"),
        Example("Buy Office O365 and drink H2O, l10n and B2B.\n", "Buy Office O365 and drink H2O, l10n and B2B.\n"),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Yield one edit per number with letters in it."""
        if not self.options["digit_letters"]:
            return
        for line in _candidate_lines(doc, _DIGIT_BY_LETTER_SCOUT):
            if not _DIGIT_BY_LETTER.search(line.text):
                continue
            for match in _DIGIT_LIKE.finditer(line.text):
                token = match.group().rstrip(",.")
                letters = sum(1 for c in token if c in "lOo")
                if sum(c.isdigit() for c in token) < 2 or len(_LETTER_PLACE.findall(token)) != letters:
                    continue
                fixed = token.translate(_DIGIT_TABLE)
                if not _NUMBER.fullmatch(fixed):
                    continue
                reason = f"letters read for digits inside a number: {token!r} is {fixed}"
                start = line.start + match.start()
                yield Edit(start, start + len(token), fixed, reason, confidence=0.9, evidence={"token": token})


_DIGIT_TABLE = str.maketrans({"l": "1", "O": "0", "o": "0"})
