"""Stage ``duplicates``: a line or paragraph printed twice in a row.

Extraction often doubles a caption (once as the image's alt text glued under
a paragraph, once as the caption proper) or a whole paragraph.  DU001 keeps
one copy.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from itertools import compress
from typing import Iterator

import regex

from cleaner import shortcuts
from cleaner.document import Document
from cleaner.model import Edit
from cleaner.rule import Example, Option, Rule, register

_WIDE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


def line_key(text: str) -> str:
    """The comparison form of a line: NFKC, case folded, white space folded."""
    if shortcuts.ENABLED and text.isascii():
        folded = text.lower()  # ASCII is its own NFKC form, and casefolds as it lower-cases
    else:
        folded = unicodedata.normalize("NFKC", text).casefold()
    # Every white-space character but the space is unprintable, so a printable
    # line without doubled or outer spaces has its white space folded already.
    if folded.isprintable() and "  " not in folded and folded[:1] != " " and folded[-1:] != " ":
        return folded
    return " ".join(folded.split())


def weight(key: str, enough: int | None = None) -> int:
    """The length of ``key`` with Chinese, Japanese and Korean characters counted twice.

    With ``enough``, a key at least that long is not searched for wide characters.
    """
    if enough is not None and len(key) >= enough:
        return len(key)
    return len(key) + len(_WIDE.findall(key))


@register
class RepeatedLine(Rule):
    """Keep one copy of a line or paragraph repeated within a few lines of itself.

    Two lines are copies when they are equal after case folding, Unicode
    (NFKC) normalization and folding white space.  Lines shorter than
    ``min_length`` characters (Chinese, Japanese and Korean characters count
    twice) are left alone: ``More``, ``Share`` or a menu item repeated is not
    this rule's business.  The second copy must start at most ``window``
    non-blank lines after the first ends, and at least one copy must stand
    as a paragraph of its own (blank lines or the document's edge around
    it): a line repeated inside a stanza (a refrain) stays.  A paragraph of
    several lines, one of them long enough, repeated the same way is one
    copy as a whole.  Blank lines are never copies.

    Which copy stays: the one that stands as a paragraph of its own; a copy
    glued under or over other text is the stray.  When both stand alone, the
    first stays.

    Before::

        The hardware is the first the company made itself.
        M1 Work Attendance Machine: the first in-house product.

        M1 Work Attendance Machine: the first in-house product.

    After::

        The hardware is the first the company made itself.

        M1 Work Attendance Machine: the first in-house product.

    Safe: the copy dropped is the same text as the copy kept.  A line repeated
    on purpose right after itself (a refrain) would lose its repetition.
    """

    code = "DU001"
    name = "repeated-line"
    stage = "duplicates"
    summary = "Keep one copy of a line or paragraph repeated within a few lines of itself."
    options = {
        "min_length": Option(20, "shortest line compared, in characters (CJK characters count twice)"),
        "window": Option(3, "most non-blank lines from the end of one copy to the start of the next"),
    }
    examples = (
        Example(
            "The hardware is the first the company made itself.\n"
            "M1 Work Attendance Machine: the first in-house product.\n\n"
            "M1 Work Attendance Machine: the first in-house product.\n\nThe end.\n",
            "The hardware is the first the company made itself.\n\n"
            "M1 Work Attendance Machine: the first in-house product.\n\nThe end.\n",
        ),
        Example(
            "A caption printed twice, once alone.\n\nA caption printed twice, once alone.\n\nThe end.\n",
            "A caption printed twice, once alone.\n\nThe end.\n",
        ),
        Example(
            "Scotty doesn't know, so don't tell\nScotty doesn't know, so don't tell\nDon't tell Scotty.\n",
            "Scotty doesn't know, so don't tell\nScotty doesn't know, so don't tell\nDon't tell Scotty.\n",
        ),
        Example("More\n\nMore\n\nShare this\n\nShare this\n", "More\n\nMore\n\nShare this\n\nShare this\n"),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Yield drops for the stray copies."""
        texts = doc.texts
        filled = list(map(bool, map(str.strip, texts)))  # not blank
        indices = list(compress(range(len(texts)), filled))  # of the non-blank lines
        keys = list(map(line_key, compress(texts, filled)))
        if shortcuts.ENABLED and not self._heavy_repeat(keys):
            return
        blocks = _paragraphs(filled)
        stray: dict[int, str] = {}  # position among the non-blank lines -> reason
        self._repeated_paragraphs(keys, blocks, stray)
        self._repeated_lines(texts, indices, keys, stray)
        reasons: dict[str, list[int]] = {}
        for position, reason in sorted(stray.items()):
            reasons.setdefault(reason, []).append(indices[position])
        for reason, found in reasons.items():
            yield from doc.drop_lines((index, reason, None) for index in found)

    def _heavy_repeat(self, keys: list[str]) -> bool:
        """Whether a key of at least ``min_length`` is held by two lines.

        Without one nothing is a copy: a repeated line must be that long, and
        a repeated paragraph holds such a line, which is then held twice.
        """
        if len(set(keys)) == len(keys):
            return False
        min_length = self.options["min_length"]
        return any(count > 1 and weight(key, min_length) >= min_length for key, count in Counter(keys).items())

    def _repeated_lines(self, texts: list[str], indices: list[int], keys: list[str], stray: dict[int, str]) -> None:
        window, min_length = self.options["window"], self.options["min_length"]
        last_seen: dict[str, int] = {}
        for j, key in enumerate(keys):
            if j in stray:
                continue
            if weight(key, min_length) < min_length:
                continue
            i = last_seen.get(key)
            last_seen[key] = j
            if i is None or j - i > window:
                continue
            first_alone, second_alone = _alone(texts, indices[i]), _alone(texts, indices[j])
            if not (first_alone or second_alone):
                continue  # a refrain inside a verse, or a list: not a stray copy
            if second_alone and not first_alone:
                stray[i] = f"duplicate line: repeated {j - i} lines below, where it stands as a paragraph of its own"
                continue
            stray[j] = f"duplicate line: same as the line {j - i} lines above"
            last_seen[key] = i

    def _repeated_paragraphs(self, keys: list[str], blocks: list[tuple[int, int]], stray: dict[int, str]) -> None:
        window, min_length = self.options["window"], self.options["min_length"]
        seen: dict[str, tuple[int, int]] = {}
        for start, end in blocks:
            if end - start < 2:
                continue  # one-line paragraphs are compared as lines
            if max(weight(keys[k], min_length) for k in range(start, end)) < min_length:
                continue  # a menu of short items, not a paragraph
            key = "\n".join(keys[start:end])
            before = seen.get(key)
            if before is not None and start - before[1] < window:
                reason = f"duplicate paragraph: the {end - start} lines above repeated"
                stray.update({k: reason for k in range(start, end)})
                continue
            seen[key] = (start, end)


def _blank(text: str) -> bool:
    """:attr:`Line.blank` of a line's text, without building a stripped copy."""
    return not text or text.isspace()


def _paragraphs(filled: list[bool]) -> list[tuple[int, int]]:
    """Paragraphs as ranges of positions among the non-blank lines; ``filled`` tells which lines are not blank."""
    blocks: list[tuple[int, int]] = []
    position = 0
    start: int | None = None
    for full in filled:
        if not full:
            if start is not None:
                blocks.append((start, position))
                start = None
            continue
        if start is None:
            start = position
        position += 1
    if start is not None:
        blocks.append((start, position))
    return blocks


def _alone(texts: list[str], index: int) -> bool:
    """Whether line ``index`` is a paragraph of its own: blank lines or the edges around it."""
    above = index == 0 or _blank(texts[index - 1])
    below = index + 1 >= len(texts) or _blank(texts[index + 1])
    return above and below
