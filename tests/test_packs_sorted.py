"""Phrase lists of the packs: sorted, without duplicates, and used by a pack."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.packs import read_phrases

RULES = Path(__file__).resolve().parent.parent / "rules"
LISTS = sorted((RULES / "phrases").glob("*.txt"))


def test_there_are_phrase_lists() -> None:
    assert LISTS


@pytest.mark.parametrize("path", LISTS, ids=lambda p: p.name)
def test_sorted_and_unique(path: Path) -> None:
    phrases = read_phrases(path)
    assert phrases == sorted(phrases), "keep the list sorted (code point order: LC_ALL=C sort)"
    assert len(phrases) == len(set(phrases)), "duplicate phrase"
    assert all(p == p.strip() for p in phrases)


@pytest.mark.parametrize("path", LISTS, ids=lambda p: p.name)
def test_list_is_used_by_a_pack(path: Path) -> None:
    packs = " ".join(p.read_text(encoding="utf-8") for p in RULES.glob("*.toml"))
    assert f'"phrases/{path.name}"' in packs
