"""Stage ``repair``: sentence and heading boundaries lost in extraction.

When a page loses its line breaks, a sentence runs into the next one
(``revenue.the overall``, RP005) and a heading into the paragraph it heads
(``artificial intelligencethe booming``, RP006).
"""

from __future__ import annotations

import re
from typing import Iterator

import regex

from cleaner import shortcuts
from cleaner.document import Document
from cleaner.model import Edit
from cleaner.rule import Example, Option, Rule, register
from cleaner.words import FUNCTION_WORDS, HEADING_OPENERS, SENTENCE_OPENERS, segment, zipf

#: The cheap test: a lower-case letter, a full stop, then a letter or an opening quote.
_GLUE = regex.compile(r"(?<=[a-z])\.(?=[A-Za-z“\"‘])")
#: ``_GLUE`` for ``re``, which finds its full stop fast (same characters, no
#: flags, so the same matches); neither can match across a line end.
_GLUE_SCOUT = re.compile(r"\.(?<=[a-z]\.)(?=[A-Za-z“\"‘])")
#: What a token may not contain to be prose: addresses, paths, code, numbers.
_CODE_MARKS = regex.compile(r"[/\\@:_=#<>\[\]{}()|~*+$%&^\d]")
_LEFT_WORD = regex.compile(r"[\"“‘'(]?([A-Za-z][a-z]+)")
_RIGHT_WORD = regex.compile(r"([“\"‘]?)([A-Za-z][A-Za-z]*(?:[’'][a-z]+)?)[,;:!?.”\"’')]*")
_TRAILING = ",;:!?.”\"’')"

#: Top-level domains and file extensions: ``ele.com``, ``index.html``, ``Node.js``.
DOMAIN_ENDINGS = frozenset(
    """
    ai am app as asp aspx at au avi bat be bin biz blog bmp br by bz2 ca cc cfg ch club cn co com conf cpp cs
    css csv db de deb dev dk dll dmg do doc docx edu es exe fi flac fm fr gg gif go gov gz h hk hpp htm html
    ico in info ini int io ipa iso it java jp jpeg jpg js json jsp jsx kr kt lock log ly md me mil mjs mov mp3
    mp4 my name net nl no nz online org pdf php pl png ppt pptx pro ps1 py rar rb rpm rs ru se sg sh shop site
    so sql store svg tar tech tgz to toml top ts tsx tv tw txt uk us wav webp xls xlsx xml xyz yaml yml zip
    """.split()
)
#: Abbreviations that end in a full stop; what follows them is not a new sentence.
ABBREVIATIONS = frozenset(
    """
    al approx apr aug ave ca cf co corp dec dept dr est etc feb fig figs gen gov inc jan jr jul jun lt ltd mar
    mr mrs ms mt no nov oct op pp prof rep rev sen sep sept sgt sr st vol vols vs
    """.split()
)
#: Words a sentence does not end with: ``with the.Car`` is a name, not a boundary.
_NO_SENTENCE_END = frozenset("a an and my of or our the their to with your".split())


def _token_bounds(text: str, at: int) -> tuple[int, int]:
    """The white-space-delimited token of ``text`` around offset ``at``."""
    start = at
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = at
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def glued_sentence(text: str, dot: int) -> tuple[float, str, int, int] | None:
    """How sure it is that the full stop at ``dot`` ends a sentence glued to the next.

    Returns ``(confidence, why, start, end)`` with the span of the two glued
    words, or None when the token is a domain, a file name, an abbreviation,
    code or a number.
    """
    verdict = _judge(text, dot)
    if verdict is None:
        return None
    confidence, why, left, right = verdict
    return confidence, why, dot - len(left), dot + 1 + len(right)


def _judge(text: str, dot: int) -> tuple[float, str, str, str] | None:
    """The verdict of :func:`glued_sentence` with the left word and the right (quote and word)."""
    start, end = _token_bounds(text, dot)
    token = text[start:end].rstrip(_TRAILING)
    if dot >= start + len(token) or _CODE_MARKS.search(token) or token.count(".") != 1:
        return None
    if not any(c.isalpha() for c in text[end:]):
        return None  # nothing follows: a name or label (``Neural.One``), not a sentence that goes on
    left = _LEFT_WORD.fullmatch(text[start:dot])
    right = _RIGHT_WORD.fullmatch(text[dot + 1 : end])
    if not left or not right:
        return None
    word, quote, next_word = left.group(1), right.group(1), right.group(2)
    words = (word, quote + next_word)
    if word.lower() in ABBREVIATIONS or word.lower() in _NO_SENTENCE_END:
        return None
    # ``start.In 2019``: a capitalised opener is no top-level domain.
    opener = next_word[0].isupper() and next_word.lower() in SENTENCE_OPENERS
    if next_word.lower() in DOMAIN_ENDINGS and not quote and not opener:
        if next_word in SENTENCE_OPENERS:
            return 0.6, f"{next_word!r} opens sentences, but is also a top-level domain", *words
        return None
    known = zipf(word.lower()) >= 3.0
    if next_word.islower():
        if len(next_word) < 2:
            return None  # ``current.i``: a one-letter lower-case word is code, not a sentence
        if next_word in SENTENCE_OPENERS:
            return (0.9 if known else 0.6), f"{next_word!r} opens sentences", *words
        if quote and zipf(next_word) >= 3.0:
            return (0.9 if known else 0.6), "an opening quote after the full stop", *words
        if zipf(next_word) >= 5.0:
            return 0.6, f"{next_word!r} is a common word, but may be a name in code", *words
        return None
    if len(next_word) < 2 and next_word not in "AI":
        return None
    if not next_word[1:].islower() and len(next_word) > 1:
        return 0.6, f"{next_word!r} has inner capitals (a brand or code)", *words
    if word[0].isupper():
        return 0.7, "both sides capitalised (may be a code name such as System.Collections)", *words
    return (0.9 if known else 0.7), f"a capitalised word after {word!r}", *words


@register
class GluedSentence(Rule):
    """Put the space back after a full stop that lost it: ``revenue.the`` -> ``revenue. the``.

    When a page loses its line breaks, one sentence runs into the next with
    no space after the full stop.  A space is inserted when the token around
    the stop is two words and nothing else, the left word is not an
    abbreviation, and the right one starts a sentence: a frequent sentence
    opener (``the``, ``and``, ``it``...; confidence 0.9), any known word after
    an opening quote (``training.“it``, 0.9), or a capitalised word after a
    known lower-case word (``growth.The``, 0.9).  Weaker evidence is flagged
    for review, not applied: other common words (``user.type`` may be code,
    0.6), capitals on both sides (``Message.WeChat``, ``System.Collections``,
    0.6-0.7), an unknown left word.

    Left alone: domains and file names (``ele.com``, ``lagou.com``,
    ``index.html``, ``Node.js`` - any top-level domain or common extension
    on the right), abbreviations (``U.S.``, ``e.g.``, ``Mr.Smith``,
    ``etc.``), numbers and versions (``3.5``, ``v2.0``), tokens with more
    than one dot or with code marks (``os.path.join()``, ``a_b.c``), and a
    token with nothing after it on its line (``Neural.One`` as a label).
    Measured precision: 1.0 on the tests (12 edits, 0 wrong) and on the
    development corpus (24 edits, all right, after ``current.i`` in a
    template and ``with the.Car`` were excluded; 17 doubtful cases flagged,
    such as ``Spot.IM``, ``Alt.Latino``, ``Daten.Weder``), also with the
    corpus lower-cased (8 edits, all right, once ``neural.one`` standing
    alone on its line was excluded).

    Before: ``total revenue.the overall growth``
    After: ``total revenue. the overall growth``
    """

    code = "RP005"
    name = "glued-sentence"
    stage = "repair"
    summary = "Insert the space lost after a full stop between two sentences (revenue.the -> revenue. the)."
    options = {"glued_sentences": Option(True, "insert spaces between glued sentences (RP005)")}
    examples = (
        Example("It is a third of total revenue.the overall growth rate is high.\n",
                "It is a third of total revenue. the overall growth rate is high.\n"),
        Example("supporting model training.“it has become one\n", "supporting model training. “it has become one\n"),
        Example("See ele.com, lagou.com, index.html, Node.js, the U.S. and e.g. version 3.5.\n",
                "See ele.com, lagou.com, index.html, Node.js, the U.S. and e.g. version 3.5.\n"),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Yield one space insertion (or flag) per glued sentence boundary."""
        if not self.options["glued_sentences"]:
            return
        for line in doc.lines_matching(_GLUE_SCOUT) if shortcuts.ENABLED else doc.lines:
            text = line.text
            for match in _GLUE.finditer(text):
                verdict = glued_sentence(text, match.start())
                if verdict is None:
                    continue
                confidence, why, start, end = verdict
                dot = match.start()
                glued = text[start:end]
                reason = f"sentences glued at a full stop: {why}"
                spaced = text[start : dot + 1] + " " + text[dot + 1 : end]
                yield Edit(line.start + start, line.start + end, spaced, reason,
                           confidence=confidence, evidence={"glued": glued})


#: A run of lower-case letters standing alone (not in an address, a tag or a compound).
_LOWER_TOKEN = regex.compile(r"(?<![\w@#/.\-’'])[a-z]{6,}(?![\w@/\-]|\.[A-Za-z])")
_SENTENCE_END = regex.compile(r"[.!?。！？:]")
#: A list marker opening a line: ``3.``, ``b)``, ``-``, ``•``.
_LIST_MARKER = regex.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[-*•])\s+")


#: The segmenter's parts of a run of letters spell the run, so a glued heading
#: ends with its opener: tokens that end with none are not worth segmenting.
_OPENER_ENDINGS = tuple(sorted(HEADING_OPENERS))


#: Every token is a whole run of a-z (a letter before or after it is a word
#: character, which its look-arounds refuse), so the runs of six or more that
#: the standard ``re`` finds (far faster) hold every token.
_LOWER_RUN = re.compile(r"[a-z]{6,}")


def _glued_heading_tokens(text: str) -> Iterator[regex.Match]:
    """The matches of ``_LOWER_TOKEN`` in ``text`` that end with a heading opener, in order."""
    if not shortcuts.ENABLED:
        yield from (m for m in _LOWER_TOKEN.finditer(text) if m.group().endswith(_OPENER_ENDINGS))
        return
    for run in _LOWER_RUN.finditer(text):
        if run.group().endswith(_OPENER_ENDINGS):
            match = _LOWER_TOKEN.match(text, run.start())  # the look-behind sees the text before
            if match is not None and match.end() == run.end():
                yield match


#: The same runs, ending with a heading opener, found in the text reversed
#: (with a space put first): there such a run starts after a non-letter with
#: the opener spelt backwards and goes on for six letters or more.  Read
#: backwards, ``re`` tries the openers only after each non-letter, not at
#: every letter, which is what makes this pass cheaper than ``_LOWER_RUN``.
_REVERSED_OPENER_RUN = re.compile(
    r"[^a-z](?=[a-z]{6})((?:%s)[a-z]*)" % "|".join(sorted(word[::-1] for word in HEADING_OPENERS))
)


def _splittable_run(text: str) -> bool:
    """Whether a run of ``text`` that ends with a heading opener is one :func:`heading_split` splits.

    Every token of :func:`_glued_heading_tokens` is such a run, so where
    there is none, GluedHeading has nothing to do.
    """
    return any(heading_split(run[::-1]) for run in _REVERSED_OPENER_RUN.findall(" " + text[::-1]))


def heading_split(token: str) -> tuple[str, str] | None:
    """``(heading end, sentence opener)`` when ``token`` is a word glued to an opener."""
    if not token.endswith(_OPENER_ENDINGS):
        return None
    if zipf(token) > 0.0:
        return None
    if shortcuts.ENABLED and token.isascii() and token.isalpha() and not _may_split(token):
        return None
    parts = segment(token)
    if len(parts) != 2:
        return None
    first, second = parts
    if second not in HEADING_OPENERS or not _heading_end(first):
        return None
    return first, second


def _heading_end(first: str) -> bool:
    """Whether ``first`` may be the last word of a heading: a known content word of three letters or more."""
    return first not in FUNCTION_WORDS and len(first) >= 3 and zipf(first) >= 3.5


def _may_split(token: str) -> bool:
    """Whether some opener ending ``token`` leaves a heading end before it.

    ``wordninja`` splits a run of ASCII letters into pieces that spell it, so
    when it splits ``token`` into a heading end and an opener, the opener
    ends ``token`` and the heading end is the rest.  Where no ending opener
    leaves a heading end, :func:`heading_split` needs no segmenting (which
    is slow, and the first call loads the segmenter's word list).
    """
    return any(_heading_end(token[: -len(opener)]) for opener in HEADING_OPENERS if token.endswith(opener))


@register
class GluedHeading(Rule):
    """Split a heading glued to its paragraph: ``artificial intelligencethe booming``.

    A lost line break joins a heading's last word to the first word of the
    paragraph under it.  A lower-case token unknown to ``wordfreq`` that the
    ``wordninja`` segmenter splits into exactly two words, the first a known
    content word (Zipf 3.5 or more, not a function word) and the second a
    frequent sentence opener (``the``, ``more``, ``this``, ``with``...), is
    split with a full stop where the heading ended (``intelligence. the``)
    when it sits in the first clause of its line, no more than six words in
    (confidence 0.9).  Elsewhere in a line it is flagged with a space as the
    suggestion (0.5): that is a missing space, not a heading.

    Left alone: words ``wordfreq`` knows (``sycamore``, ``lathe``), tokens
    with capitals (``WeChat``, ``MessageWeChat``, names), in addresses,
    hashtags and handles (``#seamore``, ``@seamore``, ``site/seamore``),
    tokens that split into three or more words, and splits whose first part
    is a function word (``andthe``) or rare.  Measured precision: 1.0 on the
    tests (4 edits, 0 wrong); on the development corpus no edit and one
    right flag (``optionboth``).

    Before: ``second, go out to seamore and more customers are going overseas``
    After: ``second, go out to sea. more and more customers are going overseas``
    """

    code = "RP006"
    name = "glued-heading"
    stage = "repair"
    summary = "Split a heading glued to the next sentence (artificial intelligencethe -> intelligence. the)."
    options = {"glued_headings": Option(True, "split headings glued to the next sentence (RP006)")}
    examples = (
        Example("first, artificial intelligencethe booming development of large models\n",
                "first, artificial intelligence. the booming development of large models\n"),
        Example("A sycamore stands by the lathe at #seamore on WeChat.\n",
                "A sycamore stands by the lathe at #seamore on WeChat.\n"),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Yield one split (or flag) per glued heading."""
        if not self.options["glued_headings"]:
            return
        if shortcuts.ENABLED and not _splittable_run(doc.text):
            return
        # One scan of the whole text finds the same tokens as a scan of each
        # line: the token's look-arounds treat a line end like the text's end.
        for match in _glued_heading_tokens(doc.text):
            token = match.group()
            split = heading_split(token)
            if split is None:
                continue
            first, second = split
            line = doc.line_at(match.start())
            text = line.text
            start, end = match.start() - line.start, match.end() - line.start
            before = _LIST_MARKER.sub("", text[:start], count=1)
            at_head = not _SENTENCE_END.search(before) and len(before.split()) <= 6
            at_head = at_head and len(text[end:].split()) >= 3
            glue = ". " if at_head else " "
            confidence = 0.9 if at_head else 0.5
            where = "in the first clause of the line" if at_head else "inside a sentence"
            reason = f"unknown word {token!r} = {first!r} + sentence opener {second!r}, {where}"
            yield Edit(match.start(), match.end(), first + glue + second, reason,
                       confidence=confidence, evidence={"token": token, "split": [first, second]})
