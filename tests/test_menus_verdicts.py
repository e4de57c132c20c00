"""LM001 remembers its verdicts on line texts across documents: the same drops as reading every line afresh."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Pipeline, shortcuts
from cleaner.document import Document
from cleaner.model import Edit
from cleaner.stages.menus import LanguageMenu
from test_menus import KEEP, MENUS

#: Lines documents are made of: menus, lines naming languages that stay,
#: and prose, so that the same texts come back in many documents.
POOL = [*MENUS, *KEEP, "", "The article starts here and goes on.", "Home | News | Sport", "English"]


def rule_of(pipeline: Pipeline) -> LanguageMenu:
    rule = pipeline._rules[0][1]
    assert isinstance(rule, LanguageMenu)
    return rule


def new_rule() -> LanguageMenu:
    return LanguageMenu({name: option.default for name, option in LanguageMenu.options.items()})


def edits(rule: LanguageMenu, texts: list[str]) -> list[list[Edit]]:
    return [list(rule.find(Document(text))) for text in texts]


documents = st.lists(st.lists(st.sampled_from(POOL), max_size=12).map("\n".join), min_size=1, max_size=6)


@settings(max_examples=100, deadline=None)
@given(documents, st.integers(min_value=1, max_value=40))
def test_remembered_verdicts_change_nothing(texts: list[str], remembered: int) -> None:
    kept = new_rule()
    kept.REMEMBERED = remembered  # small, so the memory is also emptied on the way
    fresh = [edits(new_rule(), [text])[0] for text in texts]
    assert edits(kept, texts) == fresh
    assert edits(kept, texts[::-1]) == fresh[::-1]  # the second time, from memory
    shortcuts.ENABLED = False
    try:
        assert edits(new_rule(), texts) == fresh
    finally:
        shortcuts.ENABLED = True


def test_menus_are_remembered_and_dropped_again() -> None:
    pipeline = Pipeline.for_rule("LM001")
    text = f"Title\n\n{MENUS[1]}\n\nThe article starts here and goes on.\n"
    first, second = pipeline.clean(text), pipeline.clean("Other title\n" + text)
    assert MENUS[1] in rule_of(pipeline)._menus
    assert first.changes[0].reason == second.changes[0].reason
    assert MENUS[1] not in second.text
    assert "The article starts here and goes on." in rule_of(pipeline)._plain


@pytest.mark.parametrize("min_names", [4, 5])
def test_new_options_forget_the_verdicts(min_names: int) -> None:
    pipeline = Pipeline.for_rule("LM001")
    text = "English | 中文 | 日本語 | Español\n"
    assert pipeline.clean(text).text == ""
    rule_of(pipeline).options["min_names"] = min_names
    expected = "" if min_names == 4 else text
    assert pipeline.clean(text).text == expected
