"""Line measures: the fast paths read a line as the general measures do."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import line_shape
from cleaner.line_shape import Shape, is_prose, script_from_counts, shape_of


def general_shape(text: str) -> Shape:
    """:func:`shape_of` composed of the general measures, without its ASCII path."""
    text = text.strip()
    han, latin = line_shape.count_scripts(text)
    prose = line_shape._is_prose(text, han, latin)
    sentence = not prose and line_shape._is_sentence_like(text, han)
    return Shape(script_from_counts(han, latin), han, latin, prose, sentence)


#: Pieces of ASCII lines at the edges of the measures: words and numbers
#: (prose needs 10 or 30), sentence ends inside closing quotes, clause marks,
#: a colon at the end, an opening quote, white space ``regex`` does not read as \s.
ASCII_PIECES = st.sampled_from(
    ["word ", "Words ", "it's ", "x-ray ", "42 ", "7", "a", " ", "\t", "\x1c", ".", "!", "?", ";", ":", ",",
     ", ", ". ", "'", '"', ")", "]", "-", "|", "#"]
)


@st.composite
def ascii_sentences(draw: st.DrawFn) -> str:
    """An ASCII line built as a sentence would be: an opening, words, separators, an end, closing marks."""
    words = st.sampled_from(["1", "42", "2024"]) if draw(st.booleans()) else st.sampled_from(["a", "Word", "it's", "7"])
    count = draw(st.sampled_from([1, 2, 3, 9, 10, 29, 30]) | st.integers(0, 35))  # the counts the measures test
    # Separators: spaces alone, or with a clause mark now and then.
    mixed = st.sampled_from([" ", " ", " ", " ", " ", ", ", "; ", ". ", " - "])
    separators = st.just(" ") if draw(st.booleans()) else mixed
    body = "".join(draw(words) + draw(separators) for _ in range(count))
    opening = draw(st.sampled_from(["", "", '"', "'", "(", "#", " "]))
    end = draw(st.sampled_from(["", "", ".", "!", "?", ":", ";", ",", "|"]))
    closing = draw(st.sampled_from(["", "", '"', "'", ")", "])", " ", "\x1c"]))
    return opening + body.rstrip() + end + closing


ASCII_LINES = ascii_sentences() | st.lists(ASCII_PIECES, max_size=70).map("".join)
#: The same with what the non-ASCII measures read: Han, curly quotes, CJK marks, other letters.
MIXED_PIECES = ASCII_PIECES | st.sampled_from(["中文", "字", "’", "”", "“", "，", "。", "é", "\u3000", "—"])
MIXED_LINES = st.lists(MIXED_PIECES, max_size=70).map("".join)


@settings(max_examples=2000)
@given(ASCII_LINES | st.text(st.characters(max_codepoint=127)))
def test_ascii_shape_is_the_general_shape(text: str) -> None:
    assert text.strip().isascii()
    assert shape_of.__wrapped__(text) == general_shape(text)


@settings(max_examples=500)
@given(MIXED_LINES | st.text())
def test_shape_is_the_general_shape(text: str) -> None:
    assert shape_of.__wrapped__(text) == general_shape(text)


@settings(max_examples=1000)
@given(ASCII_LINES | MIXED_LINES | st.text())
def test_is_prose_is_the_general_measure(text: str) -> None:
    stripped = text.strip()
    general = len(stripped) >= 19 and line_shape._is_prose(stripped, *line_shape.count_scripts(stripped))
    assert is_prose.__wrapped__(text) == general


def test_ascii_prose_and_sentences() -> None:
    prose = "The first paragraph is long enough to be prose, with a clause, and it ends."
    assert shape_of(prose) == Shape("latin", 0, 58, True, False)
    assert shape_of("  Thanks for reading. ") == Shape("latin", 0, 16, False, True)
    assert shape_of('"Yes."') == Shape("latin", 0, 3, False, True)
    assert shape_of("Read more:") == Shape("latin", 0, 8, False, False)
    assert shape_of("1 2 3.") == Shape(None, 0, 0, False, True)
    assert shape_of("Home") == Shape("latin", 0, 4, False, False)
