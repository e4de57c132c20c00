"""Meta-tests: every rule has a code, a name, docs and examples, and its examples hold."""

from __future__ import annotations

import re

import pytest

from cleaner import Pipeline
from cleaner.config import Config
from cleaner.registry import build_registry

REGISTRY = build_registry(Config.defaults())
SPECS = sorted(REGISTRY.values(), key=lambda spec: spec.code)
#: Rules that work on bytes and so cannot carry text examples.
BYTE_RULES = {"DC001"}
#: Stages whose rules record facts about a document and make no edits.
FACT_STAGES = {"profile"}


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.code)
def test_rule_is_documented(spec) -> None:
    assert re.fullmatch(r"[A-Z]{2}\d{3}", spec.code)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", spec.name)
    assert spec.summary.endswith(".") and "\n" not in spec.summary
    assert spec.doc.strip()
    if spec.code in BYTE_RULES:
        return
    changed = [e for e in spec.examples if e.before != e.after]
    unchanged = [e for e in spec.examples if e.before == e.after]
    if spec.stage in FACT_STAGES:
        assert not changed, "a fact-finding rule makes no edits"
    else:
        assert changed, "needs an example that it changes"
    assert unchanged, "needs an example that must stay unchanged"


def test_names_are_unique() -> None:
    names = [spec.name for spec in SPECS]
    assert len(names) == len(set(names))


EXAMPLES = [
    pytest.param(spec.code, example, id=f"{spec.code}-{n}")
    for spec in SPECS
    for n, example in enumerate(spec.examples, 1)
]


@pytest.mark.parametrize("code, example", EXAMPLES)
def test_example(code: str, example) -> None:
    """Each documented example holds with the rule run alone."""
    result = Pipeline.for_rule(code, example.options or None).clean(example.before)
    assert result.text == example.after
