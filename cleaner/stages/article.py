"""Where the article starts and ends: everything around it is candidate noise.

Most page noise sits before the first and after the last paragraph of the
article.  AB001 finds a marker that ends the article (a source credit in
parentheses, a comment section, ``(完)``) and drops what follows it.  AB002
finds the article's main block (long, sentence-like lines in the page's main
script) and drops, around it, the lines that do not read as sentences or are
in another script.  Neither rule drops a line inside the main block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain
from typing import Iterable, Iterator, Sequence

import regex

from cleaner import shortcuts
from cleaner.document import Document, Line
from cleaner.line_shape import is_prose, is_sentence_like, script_counts, script_from_counts, script_of
from cleaner.literals import lines_with_literals
from cleaner.model import Edit
from cleaner.rule import Example, Option, Rule, register
from cleaner.stages.credits import DATE, trailing_credit

_COMMENT_HEADER = regex.compile(
    r"^\W*(?:\d+\s*(?:comments?|responses?|replies)|(?:leave|post|add|write) (?:a |your )?(?:comment|reply)"
    r"|join the discussion|comments? \(\d+\)|发表评论|發表評論|网友评论|網友評論|全部评论|全部評論|评论区|評論區"
    r"|我要评论|我要評論|\d+\s*条评论|\d+\s*條評論)\W*$",
    regex.IGNORECASE,
)
_END_MARK = regex.compile(r"^\W*[(（\[【-]*\s*(?:完|全文完|end|the end)\s*[)）\]】-]*\W*$", regex.IGNORECASE)


_SOURCE_ROLE = regex.compile(
    r"[(（][^()（）]*(?:来源|來源|出处|出處|稿源|编辑|編輯|编选|編選|责编|責編|作者|记者|記者|文\s*[/|:：]|"
    r"source|reporting|editing|writing|compiled)",
    regex.IGNORECASE,
)
_COMMENT_BEAT = regex.compile(
    r"^\W*(?:reply|report|like|\d+\s*(?:likes?|points?|replies))\W*$|\bago\W*$|\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\W*$"
    r"|^\W*(?:回复|回覆|举报|舉報|赞|讚|\d+\s*楼|\d+\s*樓)\W*$|[前]\W*$",
    regex.IGNORECASE,
)


#: Every line that is a marker holds one of these words, folded (a comment
#: header: comment, reply, response or discussion; an end mark: 完 or end)
#: or ends with a closing bracket before what ``str.strip`` removes (``re``'s
#: ``\\s``): a credit.  So only the lines these find need ``_marker``.
#: ``re`` pairs at least the characters ``regex`` pairs with an ASCII letter
#: when ignoring case; :func:`cleaner.document.fold` folds those ``regex`` pairs.
_MARKER_WORDS = ("comment", "respons", "repl", "discussion", "评论", "評論", "完", "end")
_CLOSING_AT_END = re.compile(r"[)）]\s*$", re.MULTILINE)
_MARKER_SCOUT = re.compile(r"comment|respons|repl|discussion|评论|評論|完|end|[)）]\s*$", re.IGNORECASE | re.MULTILINE)


def _marker_candidates(doc: Document) -> Iterable[Line]:
    """The lines that may be end-of-article markers (a superset, in no particular order)."""
    folded = doc.folded
    if len(folded) != len(doc.text):
        return doc.lines_matching(_MARKER_SCOUT)
    return chain(lines_with_literals(doc, folded, _MARKER_WORDS), doc.lines_matching(_CLOSING_AT_END))


def _comment_rhythm(lines: Sequence[Line], look: int = 40, need: int = 3) -> bool:
    """True when the lines after a header beat like comments: names, dates, Reply links."""
    texts = []
    for line in lines:  # the first ``look`` non-blank lines, without stripping the rest of the page
        text = line.text.strip()
        if text:
            texts.append(text)
            if len(texts) == look:
                break
    return sum(1 for t in texts if len(t) <= 60 and (_COMMENT_BEAT.search(t) or DATE.fullmatch(t))) >= need


def _prose_chars(lines: Sequence[Line]) -> list[int]:
    """Running totals: ``totals[n]`` is the length of the prose lines among ``lines[:n]``."""
    totals = [0]
    total = 0
    for line in lines:
        if is_prose(line.text):
            total += len(line.text)
        totals.append(total)
    return totals


@register
class ArticleEnd(Rule):
    """Drop what follows an end-of-article marker.

    Markers: a source credit in parentheses that closes a paragraph
    (``...的機會。”(來源:投中網 文/甄祥晴)``, the credit itself is removed by
    CR003), the header of a comment section (``12 Comments``, ``Leave a
    Reply``, ``发表评论``), an end mark on its own line (``(完)``, ``-END-``).
    What follows a marker is the site's: promotions appended to every
    article, the comment box, the footer, even when no phrase names them.

    A marker only counts after at least ``min_prose_lines`` lines of
    running text; a credit marker only when the text after it is less than
    half the text before it (a photo credit inside the article is not an
    end).

    Risky when a page prints a credit mid-article; the log names the marker
    line for each dropped line.
    """

    code = "AB001"
    name = "article-end"
    stage = "boilerplate"
    summary = "Drop everything after an end-of-article marker: a closing source credit, a comment section, (完)."
    options = {"min_prose_lines": Option(3, "Lines of running text needed before an end marker counts.")}
    examples = (
        Example(
            "第一段很長的正文，講述了事情的來龍去脈，以及各方的反應和看法。\n\n"
            "第二段很長的正文，繼續講述事情的發展，以及專家對此的分析和評論。\n\n"
            "第三段很長的正文，總結了全文的觀點。(來源:某某網 文/張三)\n\n"
            "另一篇推廣文章的內容，每篇文章後面都附有這一段，和本文沒有關係。\n",
            "第一段很長的正文，講述了事情的來龍去脈，以及各方的反應和看法。\n\n"
            "第二段很長的正文，繼續講述事情的發展，以及專家對此的分析和評論。\n\n"
            "第三段很長的正文，總結了全文的觀點。(來源:某某網 文/張三)\n\n",
        ),
        Example(
            "A first paragraph of the story that runs long enough, with commas, clauses and an end.\n\n"
            "A photo credit follows (Photo: Jane Doe)\n\n"
            "A second paragraph of the story that runs long enough, with commas, clauses and an end.\n",
            "A first paragraph of the story that runs long enough, with commas, clauses and an end.\n\n"
            "A photo credit follows (Photo: Jane Doe)\n\n"
            "A second paragraph of the story that runs long enough, with commas, clauses and an end.\n",
        ),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Find the first marker after enough running text and drop the lines after it."""
        lines = doc.lines
        if shortcuts.ENABLED and not any(self._marker(line.text.strip()) for line in _marker_candidates(doc)):
            return  # no line is a marker: nothing can be dropped
        need = self.options.get("min_prose_lines", 3)
        prose_seen = 0
        totals: list[int] | None = None  # prose characters before each line, made when first needed
        for n, line in enumerate(lines):
            text = line.text.strip()
            if not text:
                continue
            kind = self._marker(text)
            if kind == "credit" and is_prose(text):
                prose_seen += 1  # the paragraph that the credit closes is article text
                counted = True
            else:
                counted = False
            if kind and prose_seen >= need:
                first = n + 1 if kind == "credit" else n
                if totals is None:
                    totals = _prose_chars(lines)
                before, after = totals[n + 1], totals[-1] - totals[n + 1]
                if kind == "credit" and (after * 2 > before or not _SOURCE_ROLE.search(text)):
                    kind = None  # a photo credit or a credit mid-article
                elif kind == "comment section" and after > before and not _comment_rhythm(lines[n + 1 :]):
                    kind = None  # a comment counter beside a headline, not the comment section
                if kind:
                    yield from self._drop_from(doc, first, n, kind, text)
                    return
            if not counted and is_prose(text):
                prose_seen += 1

    @staticmethod
    def _marker(text: str) -> str | None:
        if _COMMENT_HEADER.match(text):
            return "comment section"
        if _END_MARK.match(text):
            return "end mark"
        if len(text) > 20 and trailing_credit(text):
            return "credit"
        return None

    @staticmethod
    def _drop_from(doc: Document, first: int, marker: int, kind: str, text: str) -> Iterator[Edit]:
        reason = f"after the end of the article ({kind} at line {marker + 1}: {text[-50:]!r})"
        evidence = {"detector": "article-end", "marker": kind}
        yield from doc.drop_lines((line.index, reason, evidence) for line in doc.lines[first:] if not line.blank)


@dataclass(frozen=True, slots=True)
class Block:
    """A run of non-blank lines (positions in the non-blank list) and its score."""

    first: int
    last: int
    score: float


def line_score(text: str, main: str | None = None) -> float:
    """How much a line looks like article text: prose up to +3, a short sentence 0, furniture -1.

    Prose in another script than ``main`` (the page's) counts as furniture.
    """
    if main and script_of(text) not in (main, None):
        return -1.0
    if is_prose(text):
        return 1.0 + min(2.0, len(text) / 300)
    if is_sentence_like(text):
        return 0.0
    return -1.0


def main_blocks(texts: Sequence[str], share: float = 0.5, main: str | None = None) -> list[Block]:
    """The runs of lines that form the article: the best run and any scoring ``share`` of it.

    One pass in the manner of Kadane's maximum-sum segment: a run grows
    while its running score stays positive, so a heading or two between
    paragraphs stays inside, and a menu of many short lines ends it.
    """
    blocks: list[Block] = []
    total, start, best_end, best = 0.0, 0, -1, 0.0
    for n, text in enumerate(texts):
        if total <= 0:
            total, start, best, best_end = 0.0, n, 0.0, -1
        total += line_score(text, main)
        if total > best:
            best, best_end = total, n
        if total <= 0 and best_end >= 0:
            blocks.append(Block(start, best_end, best))
            best_end = -1
    if best_end >= 0 and total > 0:
        blocks.append(Block(start, best_end, best))
    if not blocks:
        return []
    top = max(b.score for b in blocks)
    return [b for b in blocks if b.score >= max(1.0, share * top)]


def _key(text: str) -> str:
    return "".join(filter(str.isalnum, text.casefold()))


@register
class ArticleBounds(Rule):
    """Drop the page furniture before and after the article's main block.

    The main block is found by score: a prose line (long, built of
    sentences) adds up to 3, a short sentence 0, any other line takes 1
    away; the best-scoring runs are the article.  Around them, a line goes
    when it is in another script than the article (a Chinese footer after
    an English article) or does not read as a sentence (menus, bylines,
    link lists, table headers, spam tags).  Prose and sentences outside
    the block stay; the title (the first line in the article's script that
    is not a date) and lines repeating it stay; nothing inside a block is
    dropped.  Pages with less than ``min_prose`` prose lines are left alone.

    Each drop names the block it lies outside of and the line's shape.
    """

    code = "AB002"
    name = "article-bounds"
    stage = "navigation"
    summary = "Drop short non-sentence lines and other-script lines before and after the article's main block."
    options = {
        "min_prose": Option(2, "Prose lines a page needs before its bounds are trusted."),
        "block_share": Option(0.5, "A run scoring at least this share of the best run is article too."),
    }
    examples = (
        Example(
            "Title of the story\n\nHome\nNews\nSport\n\n"
            "The first paragraph is long enough to be prose, with a clause, and it ends.\n\n"
            "Open policy update\n\n"
            "The second paragraph is long enough to be prose, with a clause, and it ends.\n\n"
            "扫描下载App\n\nAbout us\n",
            "Title of the story\n\n"
            "The first paragraph is long enough to be prose, with a clause, and it ends.\n\n"
            "Open policy update\n\n"
            "The second paragraph is long enough to be prose, with a clause, and it ends.\n\n",
        ),
        Example(
            "Title\n\nThe first paragraph is long enough to be prose, with a clause, and it ends.\n\n"
            "The second paragraph is long enough to be prose, with a clause, and it ends.\n\nThanks for reading.\n",
            "Title\n\nThe first paragraph is long enough to be prose, with a clause, and it ends.\n\n"
            "The second paragraph is long enough to be prose, with a clause, and it ends.\n\nThanks for reading.\n",
        ),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Drop candidate lines outside the main blocks."""
        lines = [line for line in doc.lines if not line.blank]
        texts = [line.text.strip() for line in lines]
        if sum(1 for t in texts if is_prose(t)) < self.options.get("min_prose", 2):
            return
        # The script of all prose together: its counts are the sums of the lines' counts.
        counts = [script_counts(t) for t in texts if is_prose(t)]
        main = script_from_counts(sum(c[0] for c in counts), sum(c[1] for c in counts)) or "latin"
        blocks = main_blocks(texts, self.options.get("block_share", 0.5), main)
        if not blocks:
            return
        inside = set()
        for block in blocks:
            inside.update(range(block.first, block.last + 1))
        title = next(
            (n for n, t in enumerate(texts) if script_of(t) in (main, None) and not DATE.search(t) and len(t) <= 200),
            None,
        )
        title_key = _key(texts[title]) if title is not None else ""
        drops = []
        span = f"lines {lines[blocks[0].first].index + 1}-{lines[blocks[-1].last].index + 1}"
        for n, (line, text) in enumerate(zip(lines, texts)):
            if n in inside or n == title:
                continue
            key = _key(text)
            if title_key and len(key) >= 8 and (key in title_key or title_key in key):
                continue
            script = script_of(text)
            where = "before" if n < blocks[0].first else "after" if n > blocks[-1].last else "between"
            if script is not None and script != main:
                reason = f"{where} the article ({span}) and in another script ({script}, the article is {main})"
            elif is_prose(text) or is_sentence_like(text):
                continue
            else:
                reason = f"{where} the article ({span}) and not a sentence (short line, score {line_score(text):+.0f})"
            drops.append((line.index, reason, {"detector": "article-bounds", "where": where}))
        yield from doc.drop_lines(drops)
