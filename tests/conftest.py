"""Shared fixtures: the seeds, their gold output and checks, a default pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import Pipeline

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def seed_names() -> list[str]:
    """The stems of the seed documents."""
    return [path.stem for path in SEEDS]


def read_seed(name: str) -> str:
    """A seed document as text (they are all UTF-8)."""
    return (ROOT / "seeds" / f"{name}.txt").read_text(encoding="utf-8")


def read_gold(name: str) -> str:
    """The gold output of a seed."""
    return (TESTS / "gold" / f"{name}.txt").read_text(encoding="utf-8")


def read_checks(name: str) -> list[dict]:
    """The annotated decisions behind a seed's gold."""
    return json.loads((TESTS / "checks" / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The default pipeline, built once."""
    return Pipeline()


@pytest.fixture(scope="session")
def cleaned_seeds(pipeline: Pipeline) -> dict:
    """Each seed cleaned by the default pipeline, by name."""
    return {name: pipeline.clean(read_seed(name), source=name) for name in seed_names()}


def readme_blocks(language: str) -> list[str]:
    """The fenced code blocks of README.md whose info string is ``language``."""
    import re

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [m.group(1) for m in re.finditer(rf"^```{language}\n(.*?)^```$", text, re.M | re.S)]
