"""RP005 and RP006: glued sentences and headings, and what must stay glued."""

from __future__ import annotations

import pytest

from cleaner import Pipeline


def run(code: str, text: str, **options) -> str:
    """``text`` cleaned by the rule ``code`` alone."""
    return Pipeline.for_rule(code, options or None).clean(text).text


def flags(code: str, text: str) -> list[tuple[str, str]]:
    """The flags the rule ``code`` raises on ``text``: (text, suggestion)."""
    return [(f.text, f.suggestion) for f in Pipeline.for_rule(code).clean(text).flags]


@pytest.mark.parametrize(
    "before, after",
    [
        ("total revenue.the overall growth", "total revenue. the overall growth"),
        ("computing power.and the rapid growth", "computing power. and the rapid growth"),
        ("model training.“it has become", "model training. “it has become"),
        ("model training.\"it has become", "model training. \"it has become"),
        ("as the market grew.However, it fell", "as the market grew. However, it fell"),
        ("from the start.In 2019 it", "from the start. In 2019 it"),
        ("we were happy.I think so", "we were happy. I think so"),
        ("the end of the day.meanwhile, the", "the end of the day. meanwhile, the"),
        ("two rules.this one and that.these too", "two rules. this one and that. these too"),
    ],
)
def test_glued_sentence_split(before: str, after: str) -> None:
    assert run("RP005", before + "\n") == after + "\n"


@pytest.mark.parametrize(
    "text",
    [
        "Visit ele.com and lagou.com today.",
        "Open index.html and style.css first.",
        "Node.js, Vue.js and Socket.io are popular.",
        "Made in the U.S. and the U.K. by e.g. Ph.D. students, i.e. us.",
        "Version 3.5 and v2.0.1 of the app.",
        "Call os.path.join(a, b) or console.log(x).",
        "Mr.Smith met Dr.Jones at St.Paul's, etc.",
        "Value my car with the.Car",
        "{{ current.i + 1 }} of 2",
        "Write to me@example.com or see example.org/the.page",
        "The file data_v2.json and user_name.txt",
        "He said wait...the door",
        "It costs 3.50 dollars.",
        "Book on amazon.com or amazon.co.uk now.",
        "Neural.One",
        "by Jeff.Hartman",
    ],
)
def test_glued_sentence_leaves(text: str) -> None:
    assert run("RP005", text + "\n") == text + "\n"


@pytest.mark.parametrize(
    "text, glued",
    [
        ("1. Instant Message.WeChat Enterprise users", "Message.WeChat"),
        ("namespaces like System.Collections are used", "System.Collections"),
        ("print user.type now", "user.type"),
        ("listed on amazon.in today", "amazon.in"),
    ],
)
def test_glued_sentence_doubtful_cases_are_flagged(text: str, glued: str) -> None:
    assert run("RP005", text + "\n") == text + "\n"
    assert flags("RP005", text + "\n") == [(glued, glued.replace(".", ". "))]


@pytest.mark.parametrize(
    "before, after",
    [
        ("first, artificial intelligencethe booming development of large models",
         "first, artificial intelligence. the booming development of large models"),
        ("second, go out to seamore and more customers are going overseas",
         "second, go out to sea. more and more customers are going overseas"),
        ("Chapter two: marketwith the new rules in place we grew",
         "Chapter two: marketwith the new rules in place we grew"),
        ("3. cloud strategythis year the company changed course",
         "3. cloud strategy. this year the company changed course"),
    ],
)
def test_glued_heading_split(before: str, after: str) -> None:
    assert run("RP006", before + "\n") == after + "\n"


@pytest.mark.parametrize(
    "text",
    [
        "A sycamore stands by the lathe near Baltimore.",
        "The sophomore and the evermore.",
        "We use WeChat and MessageWeChat for news.",
        "Follow #seamore and @seamore or see example.com/seamore today.",
        "He went to Seamore Street with Whitmore.",
        "andthe rest of the story is known",
        "Rate the bitcoin and blockchain adoption rate.",
        "the pinyin wanghe and tanghe are names",
    ],
)
def test_glued_heading_leaves(text: str) -> None:
    assert run("RP006", text + "\n") == text + "\n"


def test_glued_heading_inside_a_sentence_is_only_flagged() -> None:
    text = "the three-cylinder engine is the better petrol optionboth in terms of cost and speed.\n"
    assert run("RP006", text) == text
    assert flags("RP006", text) == [("optionboth", "option both")]


def test_boundaries_can_be_turned_off() -> None:
    assert run("RP005", "revenue.the end\n", glued_sentences=False) == "revenue.the end\n"
    text = "first, intelligencethe booming market grew\n"
    assert run("RP006", text, glued_headings=False) == text
