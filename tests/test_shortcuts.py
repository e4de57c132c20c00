"""Shortcuts are exact: the same output and log with and without them."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from cleaner import Pipeline, shortcuts
from conftest import ROOT, read_seed, seed_names

CORPUS = ROOT.parent / "shared" / "corpus"


def corpus_sample(every: int = 10) -> list[str]:
    """Every ``every``-th page of the development corpus, when it is beside the checkout."""
    pages: list[str] = []
    for path in sorted(CORPUS.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            for n, line in enumerate(stream):
                if n % every == 0:
                    record = json.loads(line)
                    pages.append(record.get("plaintext") or record.get("raw_content") or "")
    return pages


def both_ways(pipeline: Pipeline, texts: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[list, list]:
    fast = [pipeline.clean(text) for text in texts]
    monkeypatch.setattr(shortcuts, "ENABLED", False)
    slow = [pipeline.clean(text) for text in texts]
    return fast, slow


def test_seeds_same_with_and_without_shortcuts(monkeypatch: pytest.MonkeyPatch) -> None:
    fast, slow = both_ways(Pipeline(), [read_seed(name) for name in seed_names()], monkeypatch)
    for a, b in zip(fast, slow):
        assert a.text == b.text and a.changes == b.changes and a.flags == b.flags


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the development corpus (../shared/corpus) is not beside this checkout")
def test_corpus_same_with_and_without_shortcuts(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = corpus_sample()
    assert len(pages) > 50
    fast, slow = both_ways(Pipeline(), pages, monkeypatch)
    differing = [n for n, (a, b) in enumerate(zip(fast, slow)) if a.text != b.text or a.changes != b.changes]
    assert not differing
