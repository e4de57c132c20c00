"""The per-line rules give the same output with and without their shortcuts.

NV001, NV002, DU001, PU001, ZH001, BC001 and FM001 look at few lines (or
skip a document) when a cheap whole-text or per-line test rules the others
out; the documents here are built to sit at the edges of those tests.
"""

from __future__ import annotations

import re
import sys
from re import _constants as sre_constants
from re import _parser as sre_parse
from contextlib import contextmanager
from operator import ne
from typing import Iterator

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner import Pipeline, shortcuts
from cleaner.stages import duplicates, navigation, profile, punctuation, script

CODES = ("NV001", "NV002", "DU001", "PU001", "ZH001", "BC001", "FM001")

#: Lines near the edges: link-like lines padded past 40 characters, headers
#: with punctuation around them, copies differing in case and spacing,
#: Chinese lines with ASCII marks, trails, farm marks.
FRAGMENTS = [
    "",
    "  ",
    "\t",
    "Home",
    "News",
    "Sport",
    "World News",
    "Weather and Travel",
    "   Home" + " " * 40,
    "\u3000" * 30 + "Contact Us" + "\u3000" * 5,
    "A Title Of Exactly Forty Characters Here.",
    "A Title Of Exactly Forty Characters Heres",
    "A Title Of Exactly Forty Characters Heres and one more word",
    "- 2 eggs",
    "首页 新闻 体育 娱乐",
    "首页｜新闻｜体育｜娱乐｜财经",
    "Related articles",
    "More news from Some Site Name That Runs Long, ltd",
    "(More news from Some Site Name That Runs Long)",
    "** MORE STORIES **",
    "  Most Read:  ",
    "You might also like",
    "相关阅读：",
    "Lesen Sie auch",
    "Related work",
    "Read more about it",
    "Earlier studies looked at the same question, with other methods and data.",
    "The hardware is the first the company made itself, it said on Monday.",
    "M1 Work Attendance Machine: the first in-house product.",
    "m1 work attendance  machine: the FIRST in-house product.",
    "Ｍ1 Work Attendance Machine: the first in-house product.",
    "騰訊圍繞產業互聯網,調整組織架構(CSIG)?",
    "微信事业群)",
    "腾讯云以及其它业务被装进事业群里。",
    "騰訊云以及其他業務被裝進事業群里。",
    "發布時間:2019年10月08日 09:17:42,共1,000字",
    "The Wechat group (微信事业群), and others.",
    "詳見 https://example.com/a?b=1 網站",
    "Home > News > World",
    "當前位置:100EC>行業研究>淺析",
    "Encyclopedia - Festivals - Tencent to B.",
    "Tencent to B.",
    "It had 654.38+10,000 sales on 20 10, they said.",
    "in 19\u00a01 and since 20\x1c1 or of 15\u30001",
    "the night of19110 was a * * * regime",
]

texts = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet="aA 1,:-|>漢字。\u3000", max_size=50)), max_size=40
).map("\n".join)


@contextmanager
def no_shortcuts() -> Iterator[None]:
    saved = shortcuts.ENABLED
    shortcuts.ENABLED = False
    try:
        yield
    finally:
        shortcuts.ENABLED = saved


PIPELINES = {code: Pipeline.for_rule(code) for code in CODES}
SMALL_WINDOWS = {"NV001": Pipeline.for_rule("NV001", {"min_run": 2}), "BC001": Pipeline.for_rule("BC001", {"window": 3})}


def same_both_ways(pipeline: Pipeline, text: str) -> None:
    fast = pipeline.clean(text)
    with no_shortcuts():
        slow = pipeline.clean(text)
    assert fast.text == slow.text
    assert fast.changes == slow.changes


@settings(max_examples=300, deadline=None)
@given(texts)
# BC001 with a window of 3: the trail is the window's last line, its title the line after.
@example("Home\nHome\nEncyclopedia - Festivals - Tencent to B.\nTencent to B.")
def test_line_rules_same_with_and_without_shortcuts(text: str) -> None:
    for pipeline in [*PIPELINES.values(), *SMALL_WINDOWS.values()]:
        same_both_ways(pipeline, text)


def test_fragments_exercise_the_rules() -> None:
    # The generated documents above only test something if the rules fire on them.
    for code in ("NV001", "NV002", "DU001", "PU001", "ZH001", "BC001"):
        pipelines = [PIPELINES[code], SMALL_WINDOWS.get(code, PIPELINES[code])]
        found = [p.clean(glue.join(FRAGMENTS)).changes for p in pipelines for glue in ("\n", "\n\n")]
        assert any(found), code


HEADER_WORDS = ["related", "more articles", "most read", "you may also like", "editor's picks", "see also",
                "相关阅读", "lire aussi", "читайте также", "関連記事", "관련 기사", "trending now",
                "recommended from The Daily Example Site Group", "Popular in The Daily Example Site Group L"]


@given(st.sampled_from(HEADER_WORDS), st.text(alphabet=" *-:>·\t\u3000。“（.", max_size=6),
       st.text(alphabet=" *-:：!\t”）.", max_size=6), st.randoms())
def test_every_header_may_be_a_header(words: str, before: str, after: str, random) -> None:
    header = before + "".join(c.upper() if random.random() < 0.5 else c for c in words) + after
    assert navigation._LIST_HEADER.match(header.strip())
    assert navigation._may_be_header(header.strip())


def test_header_words_span_at_most_header_chars() -> None:
    parsed = sre_parse.parse(navigation._LIST_HEADER.pattern)
    alternatives = [item for item in parsed if item[0] is sre_constants.BRANCH]
    assert len(alternatives) == 1
    assert sre_parse.SubPattern(parsed.state, alternatives).getwidth()[1] == navigation._HEADER_CHARS


def test_header_prefilter_characters_are_read_by_regex_as_it_assumes() -> None:
    assert not regex.search(r"\w", navigation._NOT_WORD)
    letters = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isalpha())
    assert not regex.search(r"\W", letters + "0123456789_")


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_line_key_is_the_normalized_key(text: str) -> None:
    fast = duplicates.line_key(text)
    with no_shortcuts():
        assert duplicates.line_key(text) == fast


@given(st.text(alphabet="aZé漢字，,Ｆ𠀀 "))
def test_mostly_chinese_counts_han_and_ascii_letters(text: str) -> None:
    han = len(regex.findall(r"\p{Han}", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    assert punctuation.mostly_chinese(text) == ((han * 3 > latin, han, latin) if han else (False, 0, 0))


@given(st.lists(st.sampled_from(["腾讯云", "騰訊雲", "里", "裡", "后", "abc", "\n", "。"]), max_size=30).map("".join))
def test_count_changed_counts_each_changed_character(text: str) -> None:
    for config in ("s2t", "t2s"):
        converted = script.converter(config).convert(text)
        if len(converted) == len(text):
            assert script.count_changed(text, config) == sum(map(ne, text, converted))


def test_re_reads_as_space_every_character_regex_does() -> None:
    # The split-year scout is in ``re``; it must find every place the ``regex`` pattern can match.
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    spaces = regex.sub(r"\S", "", everything)
    assert spaces and re.fullmatch(r"\s*", spaces)
    assert profile._SCOUTS["split-year"].search("on 20\u20051")
