"""The shared literal index: the lines it gives a rule are exactly the lines holding one of its literals."""

from __future__ import annotations

from hypothesis import given, strategies as st

from cleaner.document import Document, fold
from cleaner.literal_index import LiteralIndex

LITERALS = ("share", "all rights", "关注", "ok", "ß")
_LINES = st.sampled_from(
    ["Share this", "ALL RIGHTS reserved", "请关注我们", "book", "OK", "", "  ", "Straße", "plain text", "İstanbul ok"]
)


def brute(doc: Document, literals: tuple[str, ...], max_chars: int) -> list[int]:
    return [line.index for line in doc.lines
            if len(line.text) <= max_chars and any(lit in fold(line.text) for lit in literals)]


@given(
    st.lists(_LINES, min_size=1, max_size=12),
    st.lists(st.tuples(st.sampled_from(["drop", "rewrite"]), st.integers(0, 20), _LINES), max_size=6),
    st.lists(st.sampled_from(LITERALS), min_size=1, max_size=3, unique=True),
    st.integers(1, 20),
)
def test_lines_holding_are_the_lines_with_a_literal(lines, steps, literals, max_chars) -> None:
    index = LiteralIndex()
    index.register(LITERALS)
    doc = Document("\n".join(lines))
    for action, where, text in [("look", 0, "")] + steps:
        current = doc.text.split("\n")
        if action == "drop" and len(current) > 1:
            del current[where % len(current)]
        elif action == "rewrite":
            current[where % len(current)] = text
        doc.text = "\n".join(current)
        found = [line.index for line in index.lines_holding(doc, tuple(literals), max_chars)]
        assert found == brute(doc, tuple(literals), max_chars)


def test_a_document_is_scanned_again_when_most_of_its_lines_are_new() -> None:
    index = LiteralIndex()
    index.register(("share",))
    doc = Document("Share this\nbody\n")
    index.lines_holding(doc, ("share",), 100)
    first = doc.literal_table
    doc.text = "Share this\nbody\n"  # the same lines: the table stays
    index.lines_holding(doc, ("share",), 100)
    assert doc.literal_table is first
    doc.text = "one\ntwo\nthree\nShare now\n"
    assert [line.text for line in index.lines_holding(doc, ("share",), 100)] == ["Share now"]
    assert doc.literal_table is not first


def test_a_table_made_before_new_literals_or_by_another_index_is_not_used() -> None:
    first, second = LiteralIndex(), LiteralIndex()
    first.register(("share",))
    second.register(("follow",))
    doc = Document("Share this\nFollow us\n")
    assert [line.index for line in first.lines_holding(doc, ("share",), 100)] == [0]
    assert [line.index for line in second.lines_holding(doc, ("follow",), 100)] == [1]
    first.register(("follow",))
    assert [line.index for line in first.lines_holding(doc, ("share", "follow"), 100)] == [0, 1]
