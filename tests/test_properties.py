"""Invariants over generated text: undo restores, redo replays, cleaning is idempotent."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleaner import Pipeline, redo, undo

PIPELINE = Pipeline()

# Pieces that exercise every stage: scripts, spacing, line ends, mojibake,
# entities, control and invisible characters, punctuation around digits.
PIECES = [
    "The", " ", "word", "Tencent", "cloud", ".", ",", ":", ";", "?", "!", "(", ")", "12", ":", "30", "1,000",
    "\n", "\n\n", "\n\n\n", "\r\n", "\r", "\t", "  ", "\u00a0", "\u3000", "\u200b", "\u00ad", "\ufeff",
    "腾讯", "云", "后", "里", "发展", "騰訊", "雲", "後", "裡", "發展", "業務", "，", "。", "“", "”",
    "caf\u00c3\u00a9", "&amp;", "&lt;", "<b>", "\x07", "\x1b[31m", "\u2019", "—", "…",
    "한어", "Русский", "Ελληνικά", "https://example.com/a?b=1", "09:17:42",
]

texts = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
    st.text(max_size=200),
)

PROPERTY = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(texts)
def test_undo_restores_the_input(text: str) -> None:
    result = PIPELINE.clean(text)
    assert undo(result.text, result.changes) == text


@PROPERTY
@given(texts)
def test_redo_replays_the_changes(text: str) -> None:
    result = PIPELINE.clean(text)
    assert redo(text, result.changes) == result.text


@PROPERTY
@given(texts)
@example("\xa0×¯")  # ftfy reads "×¯" as mojibake only once the no-break space before it is gone
def test_cleaning_clean_output_changes_nothing(text: str) -> None:
    once = PIPELINE.clean(text)
    twice = PIPELINE.clean(once.text)
    assert twice.text == once.text
    assert not twice.changes


@PROPERTY
@given(texts, st.lists(st.tuples(st.integers(0, 5), st.sampled_from([None, 0.25, 0.9]), st.booleans()), max_size=12))
def test_change_lines_write_what_the_dict_encoder_writes(text: str, picks: list) -> None:
    """The change records written field by field are the records :func:`record_line` writes, byte for byte."""
    from cleaner.changelog import change_lines, record_line
    from cleaner.model import Change

    shared = {"detector": "x", "where": "before"}
    changes = [
        Change("AB002", "article-bounds", "navigation", "drop-line", n + 1, n, n * 7, text[n:], "", text[:n] or "why",
               confidence, shared if same else ({"n": n, "text": text} if n % 2 else None))
        for n, confidence, same in picks
    ]
    head = {"type": "change", "file": text[:9], "record": len(text)}
    assert change_lines(head, changes) == "".join(record_line({**head, **change.to_dict()}) for change in changes)
