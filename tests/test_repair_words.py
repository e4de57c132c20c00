"""RP007 and RP008: broken and doubled words, and what must stay."""

from __future__ import annotations

import pytest

from cleaner import Pipeline


def run(code: str, text: str, **options) -> str:
    """``text`` cleaned by the rule ``code`` alone."""
    return Pipeline.for_rule(code, options or None).clean(text).text


@pytest.mark.parametrize(
    "before, after",
    [
        ("the informa-\ntion was kept\n", "the information\nwas kept\n"),
        ("all the informa-\ntion.\nNext line\n", "all the information.\nNext line\n"),
        ("an impor-\ntant, rare case\n", "an important,\nrare case\n"),
        ("The Govern-\nment said\n", "The Government\nsaid\n"),
    ],
)
def test_hyphenated_break_joined(before: str, after: str) -> None:
    assert run("RP007", before) == after


@pytest.mark.parametrize(
    "text",
    [
        "a well-\nknown author\n",
        "a long-\nterm plan\n",
        "the co-\noperative farm\n",
        "a self-\nmade man\n",
        "twenty-\nfirst century\n",
        "the list -\nthe rest\n",
        "a dash --\nnext\n",
        "COVID-\n19 cases\n",
        "ex-\nwife\n",
    ],
)
def test_hyphenated_break_leaves(text: str) -> None:
    assert run("RP007", text) == text


@pytest.mark.parametrize(
    "before, after",
    [
        ("one of the the largest", "one of the largest"),
        ("The the end", "The end"),
        ("a tendency to to go", "a tendency to go"),
        ("the balance and and uttered", "the balance and uttered"),
        ("the death of of our father", "the death of our father"),
    ],
)
def test_repeated_word_removed(before: str, after: str) -> None:
    assert run("RP008", before + "\n") == after + "\n"


@pytest.mark.parametrize(
    "text",
    [
        "He said that that was true.",
        "They had had enough.",
        "What it is is a mystery.",
        "We listened to The The all night.",
        "the\nthe next line",
        "theme the them",
        "a a b b",
    ],
)
def test_repeated_word_leaves(text: str) -> None:
    assert run("RP008", text + "\n") == text + "\n"


def test_words_can_be_turned_off() -> None:
    assert run("RP007", "informa-\ntion\n", hyphenation=False) == "informa-\ntion\n"
    assert run("RP008", "the the\n", repeated_words=False) == "the the\n"
