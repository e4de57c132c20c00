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
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate, chain, compress, repeat
from operator import attrgetter, mul
from typing import Iterable, Iterator, Sequence

import regex

from cleaner import shortcuts
from cleaner.document import Document, Line
from cleaner.line_shape import (
    Shape,
    is_prose,
    item_kind,
    item_mark,
    other_letters,
    script_from_counts,
    shape_of,
    words_in,
)
from cleaner.literal_index import INDEX
from cleaner.model import Edit
from cleaner.rule import Example, Option, Rule, register
from cleaner.stages.credits import DATE, lines_closing_a_parenthesis, trailing_credit

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
INDEX.register(_MARKER_WORDS)
_MARKER_SCOUT = re.compile(r"comment|respons|repl|discussion|评论|評論|完|end|[)）]\s*$", re.IGNORECASE | re.MULTILINE)


def _marker_candidates(doc: Document) -> Iterable[Line]:
    """The lines that may be end-of-article markers (a superset, in no particular order)."""
    folded = doc.folded
    if len(folded) != len(doc.text):
        return doc.lines_matching(_MARKER_SCOUT)
    return chain(INDEX.lines_holding(doc, _MARKER_WORDS), lines_closing_a_parenthesis(doc))


def _comment_rhythm(lines: Sequence[str], look: int = 40, need: int = 3) -> bool:
    """True when the lines (texts) after a header beat like comments: names, dates, Reply links."""
    texts = []
    for line in lines:  # the first ``look`` non-blank lines, without stripping the rest of the page
        text = line.strip()
        if text:
            texts.append(text)
            if len(texts) == look:
                break
    return sum(1 for t in texts if len(t) <= 60 and (_COMMENT_BEAT.search(t) or DATE.fullmatch(t))) >= need


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
        candidates = _marker_candidates(doc) if shortcuts.ENABLED else doc.lines
        markers = sorted({line.index: kind for line in candidates if (kind := self._marker(line.text.strip()))}.items())
        if not markers:
            return  # no line is a marker: nothing can be dropped
        need = self.options.get("min_prose_lines", 3)
        texts = doc.texts
        prose = list(map(is_prose, texts))
        counts = [0, *accumulate(prose)]  # prose lines before each line
        totals = [0, *accumulate(map(mul, map(len, texts), prose))]  # and their characters
        for n, kind in markers:
            # The paragraph that a credit closes is article text already.
            if counts[n] + (kind == "credit" and prose[n]) < need:
                continue
            text = texts[n].strip()
            before, after = totals[n + 1], totals[-1] - totals[n + 1]
            if kind == "credit" and (after * 2 > before or not _SOURCE_ROLE.search(text)):
                continue  # a photo credit or a credit mid-article
            if kind == "comment section" and after > before and not _comment_rhythm(texts[n + 1 :]):
                continue  # a comment counter beside a headline, not the comment section
            yield from self._drop_from(doc, n + 1 if kind == "credit" else n, n, kind, text)
            return

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
        texts = doc.texts
        yield from doc.drop_lines((n, reason, evidence) for n in range(first, len(texts)) if texts[n].strip())


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
    return _shape_score(shape_of(text.strip()), len(text), main)


def _shape_score(shape: Shape, length: int, main: str | None) -> float:
    """:func:`line_score` of a line of ``length`` characters that has ``shape``."""
    if main and shape.script not in (main, None):
        return -1.0
    if shape.prose:
        return 1.0 + min(2.0, length / 300)
    return 0.0 if shape.short_sentence else -1.0


def main_blocks(texts: Sequence[str], share: float = 0.5, main: str | None = None) -> list[Block]:
    """The runs of lines that form the article: the best run and any scoring ``share`` of it."""
    return _best_blocks([line_score(text, main) for text in texts], share)


def _best_blocks(scores: Sequence[float], share: float) -> list[Block]:
    """:func:`main_blocks` of lines that score ``scores``.

    One pass in the manner of Kadane's maximum-sum segment: a run grows
    while its running score stays positive, so a heading or two between
    paragraphs stays inside, and a menu of many short lines ends it.
    """
    blocks: list[Block] = []
    total, start, best_end, best = 0.0, 0, -1, 0.0
    for n, score in enumerate(scores):
        if total <= 0:
            total, start, best, best_end = 0.0, n, 0.0, -1
        total += score
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


#: For the ASCII fast path of :func:`_key`: upper case read as lower, and what is not a letter or digit.
_ASCII_LOWER = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")
_ASCII_NOT_ALNUM = bytes(c for c in range(128) if not chr(c).isalnum())
_ASCII_NOT_ALNUM_BUT_NEWLINE = _ASCII_NOT_ALNUM.replace(b"\n", b"")


def _key(text: str) -> str:
    if text.isascii():  # the same string made in C: ASCII casefolds to lower case
        return text.encode("ascii").translate(_ASCII_LOWER, _ASCII_NOT_ALNUM).decode("ascii")
    return "".join(filter(str.isalnum, text.casefold()))


def _keys(texts: Sequence[str]) -> list[str]:
    """:func:`_key` of each of ``texts`` (lines: no newline), of the ASCII ones in one pass."""
    if not texts:
        return []
    joined = "\n".join(texts)
    if joined.isascii():
        return _ascii_keys(joined)
    # Most lines of a page with curly quotes or CJK here and there are still ASCII.
    plain = list(map(str.isascii, texts))
    ascii_keys = iter(_ascii_keys("\n".join(compress(texts, plain))))
    return [next(ascii_keys) if ascii else _key(text) for text, ascii in zip(texts, plain)]


def _ascii_keys(joined: str) -> list[str]:
    """:func:`_key` of each line of the ASCII text ``joined``."""
    return joined.encode("ascii").translate(_ASCII_LOWER, _ASCII_NOT_ALNUM_BUT_NEWLINE).decode("ascii").split("\n")


def _nonblank(doc: Document) -> tuple[list[int], list[str]]:
    """The indices of the non-blank lines of ``doc`` and their stripped texts (made in C)."""
    stripped = list(map(str.strip, doc.texts))
    return list(compress(range(len(stripped)), stripped)), list(filter(None, stripped))


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

    Prose and sentences are read in every script (words of Cyrillic,
    Arabic, Devanagari or Hangul lines; characters of Han, kana or Thai).
    No line goes for its script when the page's prose is mostly in scripts
    other than Han and Latin, or is Han (with kana) and Latin within two to
    one of each other with two prose lines or more in each: a Japanese or
    Russian article quoting English paragraphs keeps both.

    The article's own lists stay, though their items are short lines that
    are not sentences: the author's words count more than a little noise.
    A run of lines AB002 would drop is a list when article text closes it
    on both sides (article text before it; prose, or a block, after it,
    with at most one short sentence between) and it is opened by a line
    that ends with a colon (``Список запрещенных продуктов:``, ``What You
    Need:``; the article line before the run, or the run's first line with
    three words or more), or, without such a line, every item carries a
    list mark (``•``, ``-``, ``1.``, ``2)``, ``①``, ``一、``) after prose.
    Its items (two to thirty) must read as a list, not as a menu: none is
    an address, a menu separator (``|``, `` > ``, ``»``), a label in square
    brackets or a bare count; none is repeated; no line but the first and
    the last ends with a colon (a form, or a thread of ``Name says:``); and
    phrases (lower-case words, a comma where the script has no case, a
    list mark) outnumber title-case labels (``Heart Disease``), or there
    are neither and an article line ending with a colon opens them.
    Menus, tag and share lines, headline lists after the article, forms
    and comment threads fail one of these and still go; a related-headline
    list that passes goes with NV002 when a header it knows names it.

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
            "You will need:\n\n2 cups of flour\nsome warm water\na pinch of salt\n\n"
            "The second paragraph is long enough to be prose, with a clause, and it ends.\n\n"
            "Tags:\n\nFlour\nBaking Tips\n",
            "Title\n\nThe first paragraph is long enough to be prose, with a clause, and it ends.\n\n"
            "You will need:\n\n2 cups of flour\nsome warm water\na pinch of salt\n\n"
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
        indices, texts = _nonblank(doc)
        shapes = list(map(shape_of, texts))
        prose = [s for s in shapes if s.prose]
        if len(prose) < self.options.get("min_prose", 2):
            return
        main = _main_script(texts, shapes, prose)
        scores = list(map(_shape_score, shapes, map(len, texts), repeat(main)))
        blocks = _best_blocks(scores, self.options.get("block_share", 0.5))
        if not blocks:
            return
        title = next(
            (
                n
                for n, (t, s) in enumerate(zip(texts, shapes))
                if (main is None or s.script in (main, None)) and len(t) <= 200 and not DATE.search(t)
            ),
            None,
        )
        # Lines outside the blocks in another script, or neither prose nor a sentence, but not the title.
        ns, wheres = _scoring_minus_one(blocks, scores)
        if title is not None and (at := bisect_left(ns, title)) < len(ns) and ns[at] == title:
            del ns[at], wheres[at]
        if title is not None and (title_key := _key(texts[title])):
            # A line that repeats the title, or a part of it, stays.
            keys = _keys(list(map(texts.__getitem__, ns)))
            keep = [len(key) < 8 or key not in title_key and title_key not in key for key in keys]
            ns, wheres = list(compress(ns, keep)), list(compress(wheres, keep))
        # Lists of the article: short lines under an article line that ends with a colon.
        keep = _article_lists(texts, shapes, scores, ns, blocks)
        if keep:
            kept = [n not in keep for n in ns]
            ns, wheres = list(compress(ns, kept)), list(compress(wheres, kept))
        span = f"lines {indices[blocks[0].first] + 1}-{indices[blocks[-1].last] + 1}"
        reasons = _Reasons(span, main)
        # One evidence dict per place, shared by its drops (the change log encodes each once).
        evidence = {where: {"detector": "article-bounds", "where": where} for where in ("before", "between", "after")}
        scripts = map(_SCRIPT, map(shapes.__getitem__, ns))
        yield from doc.drop_lines(
            zip(map(indices.__getitem__, ns), map(reasons.__getitem__, zip(wheres, scripts)), map(evidence.get, wheres))
        )


_SCRIPT = attrgetter("script")


def _main_script(texts: Sequence[str], shapes: Sequence[Shape], prose: Sequence[Shape]) -> str | None:
    """The script of the page's prose (``"han"`` or ``"latin"``), or None when no one script is it.

    The script of all prose together: its counts are the sums of the lines'
    counts, one Han character weighing three Latin letters.  None, so that no
    line is dropped for its script, when the prose is mostly in scripts the
    shapes do not name (Cyrillic, Arabic, Devanagari, Hangul, Thai...), or
    when it is Han and Latin in proportions within two to one of each other,
    with two prose lines or more in each (a Japanese article quoting English
    paragraphs; kana weigh as Han here; one prose line is a footer).
    """
    han, latin = sum(s.han for s in prose), sum(s.latin for s in prose)
    main = script_from_counts(han, latin) or "latin"
    if all(map(str.isascii, compress(texts, map(_PROSE, shapes)))):
        return main  # no letters of other scripts, and no Han: Latin
    others = [other_letters(t) for t, s in zip(texts, shapes) if s.prose]
    wide = 3 * (han + sum(o.dense for o in others))
    spaced = sum(o.spaced for o in others)
    if spaced >= wide + latin:
        return None
    if wide and latin and script_from_counts(wide // 3, latin) is None:
        han_lines = sum(1 for s in prose if s.script == "han")
        if han_lines >= 2 and sum(1 for s in prose if s.script == "latin") >= 2:
            return None
    return main


_PROSE = attrgetter("prose")


def _scoring_minus_one(blocks: Sequence[Block], scores: Sequence[float]) -> tuple[list[int], list[str]]:
    """The lines in no block that score -1, and where each is: before, between or after the blocks.

    A line scores -1 exactly when it is in another script than the page's, or
    neither prose nor a short sentence (:func:`_shape_score`): the lines AB002
    drops, found without reading their shapes.
    """
    ns: list[int] = []
    wheres: list[str] = []
    gaps = [
        ("before", 0, blocks[0].first),
        *(("between", block.last + 1, following.first) for block, following in zip(blocks, blocks[1:])),
        ("after", blocks[-1].last + 1, len(scores)),
    ]
    for where, start, end in gaps:
        count = len(ns)
        ns.extend(compress(range(start, end), map(_MINUS_ONE.__eq__, scores[start:end])))
        wheres.extend(repeat(where, len(ns) - count))
    return ns, wheres


_MINUS_ONE = -1.0

#: What ends the line that opens a list (``You will need:``, ``Список запрещенных продуктов:``).
_COLONS = (":", "：")
#: The most items AB002 reads as one list of the article.
_MAX_ITEMS = 30
#: Short sentences that may stand between a list and the prose after it.
_CLOSING_SENTENCES = 1
#: The fewest words of a short line that opens a list.
_INTRO_WORDS = 3


def _article_lists(
    texts: Sequence[str], shapes: Sequence[Shape], scores: Sequence[float], ns: Sequence[int], blocks: Sequence[Block]
) -> set[int]:
    """The lines among ``ns`` (those AB002 drops) that are lists of the article, to keep.

    ``ns`` fall into runs of consecutive lines.  A run is a list when
    article text closes it on both sides (see :func:`_prose_follows`), it
    opens under or with a line that ends with a colon, or its first line
    carries a list mark, and its lines read as a list
    (:func:`_reads_as_list`).  The cheap tests come first, so only the few
    runs that pass them have their items read.
    """
    keep: set[int] = set()
    starts = {block.first for block in blocks}
    start = 0
    while start < len(ns):
        end = start + 1
        while end < len(ns) and ns[end] == ns[end - 1] + 1:
            end += 1
        first, last = ns[start], ns[end - 1]
        start = end
        before, after = first - 1, last + 1
        if before < 0 or scores[before] < 0 or not _prose_follows(shapes, after, starts):
            continue  # not closed by article text on both sides
        opened = texts[before].endswith(_COLONS)
        if not (opened or texts[first].endswith(_COLONS) or item_mark(texts[first])):
            continue  # neither under an opening line nor marked: no list
        if _reads_as_list(texts[first : last + 1], opened, shapes[before].prose):
            keep.update(range(first, last + 1))
    return keep


def _prose_follows(shapes: Sequence[Shape], n: int, starts: set[int]) -> bool:
    """Whether line ``n`` is prose or opens a block, after at most :data:`_CLOSING_SENTENCES` short sentences."""
    for k in range(n, min(n + _CLOSING_SENTENCES + 1, len(shapes))):
        if shapes[k].prose or k in starts:
            return True
        if not shapes[k].short_sentence:
            return False
    return False


def _reads_as_list(lines: Sequence[str], opened: bool, after_prose: bool) -> bool:
    """Whether ``lines`` (a run AB002 would drop) read as a list of the article.

    ``opened``: the article line before them ends with a colon;
    ``after_prose``: that line is prose.
    """
    items = [line for line in lines if not line.endswith(_COLONS)]
    if not 2 <= len(items) <= _MAX_ITEMS or any(line.endswith(_COLONS) for line in lines[1:-1]):
        return False  # one line is no list; lines that each open something are a form or a thread
    if len(set(items)) < len(items):
        return False  # a list says each thing once; menus and widgets repeat theirs
    if not opened:
        if lines[0].endswith(_COLONS):
            if words_in(lines[0]) < _INTRO_WORDS:
                return False  # a label (Search:, Related:, Like this:), not a line of the article
        elif not after_prose or not all(map(item_mark, items)):
            return False  # without an opening line, every item is marked, after prose
    kinds = list(map(item_kind, lines))  # the opening lines too may not be noise
    if "noise" in kinds:
        return False
    kinds = [kind for line, kind in zip(lines, kinds) if not line.endswith(_COLONS)]
    phrases, labels = kinds.count("phrase"), kinds.count("label")
    return phrases > labels or (not labels and opened and after_prose)


class _Reasons(dict[tuple[str, str | None], str]):
    """AB002's reason for each ``(where, script)`` of a page, worded once."""

    def __init__(self, span: str, main: str | None) -> None:
        super().__init__()
        self.span = span
        self.main = main

    def __missing__(self, key: tuple[str, str | None]) -> str:
        where, script = key
        reason = self[key] = _bounds_reason(where, self.span, script, self.main)
        return reason


def _bounds_reason(where: str, span: str, script: str | None, main: str | None) -> str:
    """Why AB002 drops a line ``where`` the article (``span``) is, in ``script`` on a page in ``main``."""
    if main is not None and script not in (main, None):
        return f"{where} the article ({span}) and in another script ({script}, the article is {main})"
    # Neither prose nor a sentence: it scores -1 whatever the script.
    return f"{where} the article ({span}) and not a sentence (short line, score -1)"
