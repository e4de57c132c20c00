"""The required-literal prefilter of pack rules is sound: every match holds a literal."""

from __future__ import annotations

import regex

from cleaner import Pipeline
from cleaner.document import Document, fold
from cleaner.literal_index import LiteralIndex
from cleaner.literals import required_literals
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
                assert any(lit in fold(match.group(0)) for lit in rule.literals), (spec.code, match.group(0))
    assert with_literals >= 15


def test_candidate_lines_are_those_holding_a_literal() -> None:
    doc = Document("Body.\nAll Rights Reserved\nmore\n\u00a9 2020\n")
    index = LiteralIndex()
    index.register(("all rights reserved", "\u00a9"))
    lines = index.lines_holding(doc, ("all rights reserved", "\u00a9"), 100)
    assert [line.index for line in lines] == [1, 3]
