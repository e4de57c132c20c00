"""Shortcuts are exact: the same output and log with and without them."""

from __future__ import annotations

import functools
import gzip
import json

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Pipeline, shortcuts
from cleaner.document import Document
from cleaner.packs import DropLine
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


#: Lines built to sit at the edges of the whole-text scouts: credits before
#: characters ``str.strip`` removes but ``regex`` does not read as space,
#: dates and credits in odd case, literals split across scripts.
EDGE_CASES = [
    "A first paragraph of the story that runs long enough, with commas, clauses and an end.\n\n"
    "A second paragraph of the story that runs long enough, with commas, clauses and an end.\n\n"
    "A third paragraph of the story that runs long enough, with commas, clauses and an end. (Reporting by Jane Doe)\x1c\n\n"
    "Promotion appended to every article.\nAbout us\n",
    "第一段很長的正文，講述了事情的來龍去脈，以及各方的反應和看法。\n\n第二段很長的正文，繼續講述事情的發展，以及專家對此的分析和評論。\n\n"
    "第三段很長的正文，總結了全文的觀點。(來源:某某網 文/張三)\u3000\n\n另一篇推廣文章。\n",
    "Title\n\nPUBLISHED YESTERDAY\n\n發布時間:2019年10月08日 09:17:42\n\nBody of the text, long enough.\n",
    "Title\n\nEDITOR ｜ Qi Jielun\n\nPhoto BY-Jane Doe\n\nBY JANE DOE\n\nBody.\n",
    "Title\n\nThe Comments (12)\n\n12 RESPONSES\n\n-End-\n\nBody.\n",
    "Share on ＱＱ空间 and 微信 – Click Here – Ⅰ İnfo ſhare\n\nPaſted content, all rights reſerved ©\n",
    "The article ends here.\n\nLatest\nMore\n20:01\nA first headline\n19:54\nA second headline\n19:52\n"
    "A third headline\nMore\n\nBody text after it.\n",
    "快报\n北京发布新方案 3分钟前\n默克一季度净利润增长 5分钟前\n比特币多头暂停 10分钟前\n更多\n"
    "Headline one\n2 HOURS AGO\nHeadline two\n3 hours ago\nHeadline three\nJUſT NOW\n",
    "first, artificial intelligencethe booming development of large models\n"
    "at #seamore and @seamore and site/seamore, Xintelligencethe and intelligencethe.Next\n",
    # whole-text scans: trailing and leading blanks, tabs, odd and invisible
    # spaces, a text that ends without a newline, an entity split by an
    # invisible character (ftfy sees the line without it)
    "  Indented\ttext  \r\n\tnext\u3000line\u00a0 \n\n\n\nnon\u00adbreaking\u200b \ufeffend \t",
    "Fish &am\u200bp; chips\n\ncaf\u00c3\u200b\u00a9 and \u2003wide\u2000spaces\u202f\n-----\n. . .\n\u2014\u2014\u2014 \t",
    "\t\n \n\u3000\n",
]


def test_edge_cases_same_with_and_without_shortcuts(monkeypatch: pytest.MonkeyPatch) -> None:
    fast, slow = both_ways(Pipeline(), EDGE_CASES, monkeypatch)
    for a, b in zip(fast, slow):
        assert a.text == b.text and a.changes == b.changes and a.flags == b.flags


@given(st.text(alphabet=" \t\n\r\u00a0\u3000\u2000\u202f\u200b\u00ad\ufeff&amp;\u00c3\u00a9x.-", max_size=60))
@settings(max_examples=300, deadline=None)
def test_whole_text_rules_same_with_and_without_shortcuts(text: str) -> None:
    pipeline = _whole_text_pipeline()
    enabled, shortcuts.ENABLED = shortcuts.ENABLED, True
    try:
        fast = pipeline.clean(text)
        shortcuts.ENABLED = False
        slow = pipeline.clean(text)
    finally:
        shortcuts.ENABLED = enabled
    assert fast.text == slow.text and fast.changes == slow.changes


@functools.lru_cache(maxsize=1)
def _whole_text_pipeline() -> Pipeline:
    return Pipeline(select=["UN001", "UN002", "UN003", "BP010", "BP011", "WS"])


def test_present_literals_finds_every_literal_of_each_script() -> None:
    from cleaner.document import Document
    from cleaner.literals import present_literals

    doc = Document("Click “here” 关注公众号 qq空间 and the email\n")
    literals = ("click", "here", "关注", "qq空间", "email", "absent", "缺席", "qq好友")
    assert sorted(present_literals(doc, literals)) == sorted(["click", "here", "关注", "qq空间", "email"])
    assert present_literals(Document("plain ascii text"), ("关注", "text", "qq空间")) == ["text"]
    # a superset: runs of one kind meet where the other stood
    assert "ab" in present_literals(Document("a中b"), ("ab", "中"))


def test_mojibake_gate_holds_for_every_bad_string() -> None:
    """Whatever ftfy's detector flags holds a character of the narrowed gate."""
    import random

    from ftfy.badness import BADNESS_RE, is_bad

    from cleaner.stages.unicode import _MOJIBAKE_CHARS

    alphabet = sorted({c for c in BADNESS_RE.pattern if ord(c) > 127}) + list("aZ .,?!\u00a0'\"")
    rng = random.Random(6)
    bad = 0
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6)))
        if is_bad(text):
            bad += 1
            assert _MOJIBAKE_CHARS.search(text), text
    assert bad > 1000
    assert not _MOJIBAKE_CHARS.search("“Quoted” — and ‘so’ on…")



def test_remembered_verdicts_are_those_of_the_line_text() -> None:
    rule = DropLine(regex.compile("share this", regex.IGNORECASE), "share prompt", 300)
    text = "Share this\n\nBody.\n\nShare this\n"
    edits = list(rule.find(Document(text)))
    reason = "share prompt: matched 'Share this'"
    assert [(e.start, e.reason) for e in edits] == [(0, reason), (text.rindex("Share"), reason)]
    assert rule._verdicts == {"Share this": reason, "Body.": None}


@pytest.mark.parametrize("code", ["BP001", "BP003", "BP004", "BP007", "BP008", "BP101", "BP110"])
def test_split_alternatives_give_the_whole_pattern_verdict(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule searched alternative by alternative says what its whole pattern says, reason and all."""
    rule = Pipeline().rule(code)
    assert rule.parts, f"{code} is expected to be searched by parts"
    samples = [example.before for example in Pipeline.for_rule(code).specs[0].examples]
    samples += [line for page in corpus_sample(every=5) for line in page.split("\n") if len(line) <= rule.max_chars]
    split = [rule.verdict(text) for text in samples]
    monkeypatch.setattr(shortcuts, "ENABLED", False)
    whole = [rule.verdict(text) for text in samples]
    assert split == whole
    assert any(split), "no sample line is dropped: the comparison says little"


def test_the_earliest_match_wins_and_the_earlier_alternative_on_a_tie() -> None:
    from cleaner.packs import _line_parts

    sources = ["share (?:this|now)", "this (?:page|story)", "share this page"]
    parts = _line_parts(sources, ["ignorecase"], (), "drop_line", "test")
    assert parts is not None and len(parts) == 3
    pattern = regex.compile("|".join(f"(?:{s})" for s in sources), regex.IGNORECASE)
    rule = DropLine(pattern, "why", 300, literals=("share", "this"), parts=parts)
    assert rule.verdict("Share this page") == "why: matched 'Share this'"
    assert rule.verdict("Read this story, share now") == "why: matched 'this story'"
    assert rule.verdict("nothing here") is None


def test_alternatives_tied_by_back_references_or_global_flags_are_not_split() -> None:
    from cleaner.packs import _line_parts

    assert _line_parts([r"(\w+) \1", "share this"], [], (), "drop_line", "test") is None
    assert _line_parts(["(?i)share", "this page"], [], (), "drop_line", "test") is None
    assert _line_parts(["share this"], [], (), "drop_line", "test") is None
