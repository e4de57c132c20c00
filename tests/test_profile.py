"""FM001: the farm score, its evidence, and where it ends up."""

from __future__ import annotations

from cleaner import Pipeline
from cleaner.stages.profile import farm_evidence
from conftest import read_seed

FARM_PAGE = (
    "Traditional Culture Encyclopedia - Traditional festivals - The Double Ninth\n"
    "\n"
    "On the night of19110, a * * * regime fell; on 20 10, sales were 654.38+10,000.\n"
)


def test_farm_marks_are_scored() -> None:
    score, hits = farm_evidence(FARM_PAGE)
    assert hits == {
        "placeholder-65438": 1, "split-year": 1, "encyclopedia-breadcrumb": 1, "censored-stars": 1, "glued-digits": 1,
    }
    assert score == 3 + 1 + 2 + 2 + 1


def test_clean_text_scores_zero() -> None:
    text = "Prices rose 3.5% in 2019. The rate, 654.38 per share, held. Call 555 1234.\nThe Encyclopedia of Life.\n"
    assert farm_evidence(text) == (0.0, {})


def test_score_in_facts_and_no_edits() -> None:
    result = Pipeline.for_rule("FM001").clean(FARM_PAGE)
    assert result.text == FARM_PAGE and not result.changes
    farm = result.facts["farm"]
    assert farm["farm"] is True and farm["score"] == 9.0 and farm["threshold"] == 3.0
    assert farm["evidence"]["placeholder-65438"] == 1


def test_threshold_is_an_option() -> None:
    result = Pipeline.for_rule("FM001", {"farm_threshold": 20.0}).clean(FARM_PAGE)
    assert result.facts["farm"]["farm"] is False


def test_seed_scores() -> None:
    """The farm-translated seed is recognised; the clean Chinese seed is not."""
    pipeline = Pipeline(select=["FM"])
    assert pipeline.clean(read_seed("000_b0b427c256e034df")).facts["farm"]["farm"] is True
    assert pipeline.clean(read_seed("003_9a87d5b302b6b9e8")).facts["farm"]["score"] == 0.0


def test_farm_gate_opens_split_digits() -> None:
    """RP003 runs on a page FM001 flagged, and not on the same sentence alone."""
    pipeline = Pipeline(select=["FM", "RP"])
    assert "the 2 1 century" in pipeline.clean("It was the 2 1 century.\n").text
    assert "the 21 century" in pipeline.clean(FARM_PAGE + "It was the 2 1 century.\n").text
