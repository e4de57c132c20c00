"""The repair rules' shortcuts: each finds what the rule finds without them.

The pieces the texts are made of sit at the edges of the scouts: digits
that ``regex`` reads as digits and ``re`` does not (U+10D40, a Garay digit,
is newer than Python's Unicode tables), tabs and runs of blanks, curly
quotes, words that end with a heading opener, doubled words in any case.
"""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import HealthCheck, example, given, settings, strategies as st

from cleaner import Pipeline, shortcuts
from cleaner.document import Document
from cleaner.stages import repair_boundaries, repair_numbers, repair_words

PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: A digit to ``regex`` only.
NEW_DIGIT = "\U00010d40"
BLANKS = [" ", " ", "\t", "\n", "\n", ""]
NUMBER_PIECES = BLANKS + [
    "1", "2", "0", "10", "19", "20", "2O19", "l0,000", "l", "O", "o", ",", ".", ":", "-", "+", NEW_DIGIT, "٣",
    "６", "654.38", "65438", "+0", "+10,000", " million", "in ", "on ", "won ", "Days", "’",
]
BOUNDARY_PIECES = BLANKS + [
    "revenue", ".", "the", "The", "In", "“", '"', "‘", "com", "Mr", "e.g", "3.5", "user", "type", "i",
    "intelligence", "sea", "more", "option", "both", "all", "spin", "almost", "seamore", "#", "@", "/", "-",
    "first, ", "3. ", "A", "’",
]
WORD_PIECES = BLANKS + ["the", "The", "THE", "an", "and", "of", "to", "with", "from", "then", "İ", "x", ".", "-"]


def texts(pieces: list[str]) -> st.SearchStrategy[str]:
    """Texts made of ``pieces``."""
    return st.lists(st.sampled_from(pieces), max_size=30).map("".join)


_PIPELINES: dict[tuple[str, str], Pipeline] = {}


def both_ways(code: str, text: str, options: dict | None = None) -> tuple[tuple, tuple]:
    """What rule ``code`` alone makes of ``text``, with shortcuts and without."""
    key = (code, repr(options))
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline.for_rule(code, options)  # slow to build
    pipeline = _PIPELINES[key]
    results = []
    for enabled in (True, False):
        saved, shortcuts.ENABLED = shortcuts.ENABLED, enabled
        try:
            result = pipeline.clean(text)
        finally:
            shortcuts.ENABLED = saved
        results.append((result.text, result.changes, result.flags))
    return results[0], results[1]


@pytest.mark.parametrize("code, options", [
    ("RP001", None), ("RP001", {"farm_repairs": "always"}), ("RP002", None), ("RP002", {"farm_repairs": "always"}),
    ("RP003", {"farm_repairs": "always"}), ("RP004", None),
])
@PROPERTY
@given(text=texts(NUMBER_PIECES))
@example(text=f"in 12{NEW_DIGIT}l{NEW_DIGIT} ok")
@example(text=f"on 2{NEW_DIGIT}\t1, and 1")
def test_number_repairs_same_with_and_without_shortcuts(code: str, options: dict | None, text: str) -> None:
    fast, slow = both_ways(code, text, options)
    assert fast == slow


@pytest.mark.parametrize("code", ["RP005", "RP006"])
@PROPERTY
@given(text=texts(BOUNDARY_PIECES))
@example(text="second, go out to seamore and more customers")
@example(text="first, artificial intelligencethe booming development of large models")
@example(text="supporting model training.“it has become one")
def test_boundary_repairs_same_with_and_without_shortcuts(code: str, text: str) -> None:
    fast, slow = both_ways(code, text)
    assert fast == slow


@pytest.mark.parametrize("code", ["RP007", "RP008"])
@PROPERTY
@given(text=texts(WORD_PIECES))
@example(text="one of the\t \tthe largest, to  to go")
def test_word_repairs_same_with_and_without_shortcuts(code: str, text: str) -> None:
    fast, slow = both_ways(code, text)
    assert fast == slow


@PROPERTY
@given(text=texts(WORD_PIECES))
def test_doubled_lines_are_the_lines_of_the_whole_scout(text: str) -> None:
    doc = Document(text)
    scouted = doc.folded_lines_matching(repair_words._FOLDED_DOUBLE_SCOUT, repair_words._DOUBLE)
    assert [line.index for line in repair_words._doubled_lines(doc)] == [line.index for line in scouted]


SCOUTED = [
    (repair_numbers._split_run_lines, repair_numbers._SPLIT_ONE),
    (lambda doc: doc.lines_matching(repair_numbers._DIGIT_BY_LETTER_SCOUT), repair_numbers._DIGIT_BY_LETTER),
    (lambda doc: doc.lines_matching(repair_boundaries._GLUE_SCOUT), repair_boundaries._GLUE),
]


@pytest.mark.parametrize("scouted, pattern", SCOUTED)
@PROPERTY
@given(text=texts(NUMBER_PIECES + BOUNDARY_PIECES))
@example(text="a 1\non 20\t10")
@example(text=f"x 12{NEW_DIGIT}l")
@example(text="training.“it")
def test_scouts_find_every_line_the_pattern_matches(scouted, pattern, text: str) -> None:
    doc = Document(text)
    found = [line.index for line in scouted(doc)]
    assert {line.index for line in doc.lines if pattern.search(line.text)} <= set(found)
    assert found == sorted(set(found))


HEADING_WORDS = ["intelligence", "sea", "option", "spin", "end", "ear", "and", "over", "al", "x", "q", "install"]


@PROPERTY
@given(st.lists(st.sampled_from(HEADING_WORDS + sorted(repair_boundaries.HEADING_OPENERS)), min_size=1, max_size=3))
@example(["sea", "more"])
@example(["option", "both"])
def test_heading_split_same_with_and_without_shortcuts(words: list[str]) -> None:
    token = "".join(words)
    fast = repair_boundaries.heading_split(token)
    saved, shortcuts.ENABLED = shortcuts.ENABLED, False
    try:
        assert repair_boundaries.heading_split(token) == fast
    finally:
        shortcuts.ENABLED = saved


@PROPERTY
@given(texts(BOUNDARY_PIECES))
def test_reversed_scout_finds_every_run_ending_with_an_opener(text: str) -> None:
    runs = [run[::-1] for run in repair_boundaries._REVERSED_OPENER_RUN.findall(" " + text[::-1])]
    expected = [run for run in re.findall(r"[a-z]{6,}", text) if run.endswith(repair_boundaries._OPENER_ENDINGS)]
    assert runs[::-1] == expected


def test_every_regex_digit_may_be_a_digit() -> None:
    digits = "".join(regex.findall(r"\d", "".join(map(chr, range(0x110000)))))
    assert NEW_DIGIT in digits
    assert re.fullmatch(f"[{repair_numbers._MAYBE_DIGIT}]+", digits)
