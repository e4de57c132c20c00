"""The required-literal prefilter of pack rules is sound: every match holds a literal."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Pipeline
from cleaner.document import Document, fold
from cleaner.literal_index import LiteralIndex
from cleaner.literals import match_context, required_literals
from cleaner.packs import DropLine, Replace


def test_literals_of_simple_patterns() -> None:
    assert required_literals(r"\ball rights reserved\b") == ("all rights reserved",)
    assert required_literals(r"^\W*(?:log ?in|sign up)\W*$") == ("log in", "login", "sign up")
    assert required_literals(r"(?:Share|Follow) on") == ("follow on", "share on")


def test_no_literals_where_a_match_may_hold_none() -> None:
    assert required_literals(r"\d+\s*") is None
    assert required_literals(r"(?:copyright)?\s*\d{4}") is None
    assert required_literals(r"\p{Han}+") is None  # not standard syntax: no prefilter
    assert required_literals(r"(?:abc){e<=1}") is None  # a fuzzy match need not hold abc


def test_case_folding_pairs_that_lower_misses() -> None:
    # regex pairs s with U+017F and i with U+0130 under IGNORECASE; fold() reads them alike.
    pattern = regex.compile(r"\bsign in\b", regex.IGNORECASE)
    for text in ("\u017fign in", "SIGN \u0130N", "Sign In"):
        assert pattern.search(text)
        assert any(lit in fold(text) for lit in required_literals(pattern.pattern))


def test_shipped_pack_rules_have_sound_literals() -> None:
    """For every pack rule with literals, every line its pattern matches in its examples holds one."""
    pipeline = Pipeline()
    with_literals = 0
    for spec, rule in pipeline._rules:
        if not isinstance(rule, (DropLine, Replace)) or rule.literals is None:
            continue
        with_literals += 1
        for example in spec.examples:
            for match in rule.pattern.finditer(example.before):
                # a replace rule's literals may take in the characters around the match
                held = match_context(example.before, match) if isinstance(rule, Replace) else match.group(0)
                assert any(lit in fold(held) for lit in rule.literals), (spec.code, match.group(0))
    assert with_literals >= 15


def test_candidate_lines_are_those_holding_a_literal() -> None:
    doc = Document("Body.\nAll Rights Reserved\nmore\n\u00a9 2020\n")
    index = LiteralIndex()
    index.register(("all rights reserved", "\u00a9"))
    lines = index.lines_holding(doc, ("all rights reserved", "\u00a9"), 100)
    assert [line.index for line in lines] == [1, 3]


def test_whole_text_literals_hold_the_newlines_of_anchors() -> None:
    assert required_literals(r"[ \t]+$", whole_text=True) == ("\t\n", " \n")
    assert required_literals(r"^[ \t]+", whole_text=True) == ("\n\t", "\n ")
    assert required_literals(r"(?<=[^ \t\n])(?:[ \t]{2,}|\t)", whole_text=True) == ("\t", "  ")
    assert required_literals(r"\n{3,}", whole_text=True) == ("\n\n\n",)
    # in a line there is no newline to find: the anchors are passed over
    assert required_literals(r"[ \t]+$") is None
    assert required_literals(r"^\d+", whole_text=True) is None


def test_small_classes_and_ranges_are_their_characters() -> None:
    odd_spaces = "[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
    assert set(required_literals(odd_spaces)) == {"\u00a0", "\u1680", "\u202f", "\u205f", "\u3000"} | {
        chr(c) for c in range(0x2000, 0x200B)
    }
    assert required_literals("[a-c]x") == ("ax", "bx", "cx")
    # a big class with ASCII characters has some that most lines hold
    assert required_literals("[-_=~.\u2014\u2013\u2015\u2500\u2501\u2550\u00b7\u2026\u3002]{3,}") is None
    assert required_literals("[^a-c]x") is None


def test_literals_with_newlines_are_present_at_the_edges_of_the_text() -> None:
    from cleaner.literals import present_literals

    trailing = ("\t\n", " \n")
    assert present_literals(Document("end  \nnext"), trailing) == [" \n"]
    assert present_literals(Document("no newline at the end "), trailing) == [" \n"]
    assert present_literals(Document("clean\ntext\n"), trailing) == []
    leading = ("\n\t", "\n ")
    assert present_literals(Document(" indented"), leading) == ["\n "]
    assert present_literals(Document("a\n\tb"), leading) == ["\n\t"]
    assert present_literals(Document("a \tb"), leading) == []
    assert present_literals(Document(""), ("\n\n",)) == ["\n\n"]


def test_caseless_characters() -> None:
    from cleaner.literals import _caseless

    assert all(_caseless(c) for c in "\u00a0\u3000\t\n -\u200b\u56fe")
    # capitals, small letters, and the sigmas str.lower picks by context
    assert not any(_caseless(c) for c in "aA\u00e9\u03c3\u03c2\u0131i")


#: Characters at the edges of the whole-text rules: spaces, tabs, odd and
#: invisible spaces, newlines, carriage returns, letters and punctuation.
_EDGE_ALPHABET = " \t\n\r\u00a0\u3000\u2000\u200a\u202f\u200b\u00ad\ufeff\u2060aZ.-_=&"

_WHOLE_TEXT_PATTERNS = [
    r"[ \t]+$", r"^[ \t]+", r"(?<=[^ \t\n])(?:[ \t]{2,}|\t)", r"\n{3,}", r"\A\n+|(?<=\n)\n+\Z",
    "[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]", "[\u200b\u2060\u00ad\ufeff]",
    r"a$\n", r"^\n", r"$", r"x?$", r"[.-]{2}$", r"^[ \t]*[-_=.]{3,}[ \t]*$", r"\Z\n?", r"(?:\t|  )+\n",
]


@given(st.text(alphabet=_EDGE_ALPHABET, max_size=40))
@settings(max_examples=400, deadline=None)
def test_every_whole_text_match_leaves_a_present_literal(text: str) -> None:
    from cleaner.literals import present_literals

    for source in _WHOLE_TEXT_PATTERNS:
        for flags in ((), ("multiline",)):
            literals = required_literals(source, flags, whole_text=True)
            if literals is None:
                continue
            pattern = regex.compile(source, regex.MULTILINE if flags else 0)
            if pattern.search(text):
                assert present_literals(Document(text), literals), (source, flags, text)
