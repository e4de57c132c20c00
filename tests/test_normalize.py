"""The normalization stages beyond their documented examples."""

from __future__ import annotations

import pytest

from cleaner import Pipeline
from cleaner.stages.script import majority_script


def run(code: str, text: str, **options) -> str:
    return Pipeline.for_rule(code, options or None).clean(text).text


def test_majority_script_counts_both_ways() -> None:
    assert majority_script("騰訊雲的業務發展很快，但云里")[0] == "hant"
    assert majority_script("腾讯云的业务发展很快，但雲裡")[0] == "hans"
    assert majority_script("English only")[0] is None


@pytest.mark.parametrize(
    "target, expected",
    [("hans", "后来的发展\n"), ("hant", "後來的發展\n"), ("tw", "後來的發展\n"), ("keep", "后来的發展\n")],
)
def test_fixed_script_targets(target: str, expected: str) -> None:
    assert run("ZH001", "后来的發展\n", target=target, traditional="tw") == expected


def test_script_changes_are_logged_per_run() -> None:
    result = Pipeline(select=["ZH001"]).clean("騰訊雲業務，騰訊云里\n")
    assert [(c.before, c.after, c.column) for c in result.changes] == [("云里", "雲裡", 9)]
    assert result.facts["script"]["majority"] == "hant"


@pytest.mark.parametrize(
    "before, after",
    [
        ("時間:09:17:42,價格1,000元!\n", "時間：09:17:42，價格1,000元！\n"),
        ("他說:「好」; 然後離開?\n", "他說：「好」；然後離開？\n"),
        ("請見 mailto:a@b.com 或寫信到 a.b@example.org, 謝謝大家的支持\n", "請見 mailto:a@b.com 或寫信到 a.b@example.org，謝謝大家的支持\n"),
        ("Use the API (see docs), then call it.\n", "Use the API (see docs), then call it.\n"),
        ("一個很長的中文句子裡有 Python, Java 和 Go (三種語言)\n", "一個很長的中文句子裡有 Python，Java 和 Go （三種語言）\n"),
    ],
)
def test_full_width_punctuation(before: str, after: str) -> None:
    assert run("PU001", before) == after


@pytest.mark.parametrize(
    "before, after",
    [
        ("The \u00e2\u20ac\u0153quoted\u00e2\u20ac\u009d word\n", "The \u201cquoted\u201d word\n"),
        ("Ben &amp; Jerry&#39;s\n", "Ben & Jerry's\n"),
        ("<p>Keep &amp; markup</p>\n", "<p>Keep &amp; markup</p>\n"),
        ("\u201cCurly\u201d and full\uff0dwidth \uff21\uff22\n", "\u201cCurly\u201d and full\uff0dwidth \uff21\uff22\n"),
    ],
)
def test_ftfy_fixes_broken_text_only(before: str, after: str) -> None:
    assert run("UN001", before) == after


def test_ftfy_change_carries_its_plan() -> None:
    change = Pipeline(select=["UN001"]).clean("caf\u00c3\u00a9\n").changes[0]
    assert change.reason.startswith("ftfy:") and change.evidence["plan"]


def test_whitespace_stage_as_a_whole() -> None:
    text = "\n\n  Title\u3000 \n\n\n\nBody\t text.  \n\n\n"
    assert Pipeline(select=["UN", "WS"]).clean(text).text == "Title\n\nBody text.\n"
