"""Clean text passes through the profile and repair stages unchanged.

The sentence files hold clean English and Chinese with the shapes that the
repairs must not touch: domains, file names, versions, times, scores, phone
numbers, calendars, decimals, abbreviations, CamelCase brands and code.  A
repair may flag such text for review, but never edit it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Pipeline
from conftest import read_seed

DATA = Path(__file__).resolve().parent / "data"


def _sentences(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.replace("\\n", "\n") + "\n" for line in lines if line.strip()]


ENGLISH = _sentences("clean_sentences_en.txt")
CHINESE = _sentences("clean_sentences_zh.txt")


@pytest.fixture(scope="module")
def repairs() -> Pipeline:
    """The profile and repair rules alone, with their default options."""
    return Pipeline(select=["FM", "RP"])


def test_the_suite_is_large_enough() -> None:
    assert len(ENGLISH) + len(CHINESE) >= 300
    assert len(CHINESE) >= 100


@pytest.mark.parametrize("sentence", ENGLISH + CHINESE)
def test_clean_sentence_unchanged(repairs: Pipeline, sentence: str) -> None:
    result = repairs.clean(sentence)
    assert result.text == sentence, [(c.code, c.before, c.after) for c in result.changes]


def test_whole_files_unchanged(repairs: Pipeline) -> None:
    """As one document each (the farm score sees all of it at once)."""
    for sentences in (ENGLISH, CHINESE):
        text = "".join(sentences)
        result = repairs.clean(text)
        assert result.text == text
        assert not result.facts["farm"]["farm"]


def test_seed_003_untouched_by_repairs(pipeline: Pipeline) -> None:
    """The clean Traditional Chinese seed: no repair changes anything."""
    name = "003_9a87d5b302b6b9e8"
    assert Pipeline(select=["FM", "RP"]).clean(read_seed(name)).changes == ()
    cleaned = pipeline.clean(read_seed(name), source=name)
    assert not [c for c in cleaned.changes if c.stage == "repair"]
