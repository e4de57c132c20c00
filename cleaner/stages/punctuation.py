"""Stage ``punctuation``: full-width punctuation in Chinese lines."""

from __future__ import annotations

import re
from typing import Iterable, Iterator

import regex

from cleaner import shortcuts
from cleaner.document import Document
from cleaner.han import is_chinese
from cleaner.line_shape import han_count
from cleaner.model import Edit
from cleaner.rule import Example, Option, Rule, register

_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_FULL_WIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
# A mark and the spaces after it; ``(`` and ``)`` keep the spaces around them.
_MARK = regex.compile(r"[,:;?!][ \t]*|[()]")
#: The characters :data:`_MARK` starts with, for a scan in ``re`` (quicker at a class than ``regex``).
_MARK_CHARACTER = re.compile(r"[,:;?!()]")
# Addresses and e-mails keep their ASCII marks (``https://``, ``?q=1``).
_PROTECTED = regex.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.|mailto:)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", regex.IGNORECASE)


def mostly_chinese(line: str, weight: int = 3) -> tuple[bool, int, int]:
    """Whether Han characters outweigh Latin letters in ``line``, and both counts.

    A Han character is weighed as ``weight`` letters: an English word of five
    letters carries about as much as two Chinese characters, so a Chinese
    sentence with an English name in it still counts as Chinese, and an
    English sentence glossing a few Chinese terms does not.
    """
    han = han_count(line)
    if not han:
        return False, 0, 0
    # The Latin letters counted are A-Z and a-z: the ASCII letters, counted among bytes in C.
    ascii_part = line.encode("ascii", "ignore")
    latin = len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS))
    return han * weight > latin, han, latin


@register
class FullWidthPunctuation(Rule):
    """Use full-width punctuation in lines that are mostly Chinese.

    In a line where Han characters outweigh Latin letters (a Han character
    counts as three letters), ASCII ``, : ; ? ! ( )`` become ``，：；？！（）``
    and the spaces after a converted ``, : ; ? !`` go (full-width marks carry
    their own spacing).  Left alone: ``:`` and ``,`` between two digits
    (``09:17``, ``1,000``), and marks inside web addresses and e-mail
    addresses.  Lines that are mostly English keep ASCII punctuation, even
    around the Chinese words they quote.  One change per line.  Japanese and
    Korean documents (kana or Hangul beside the Han characters, at least one
    for every ten) keep their punctuation.

    Before: ``騰訊圍繞產業互聯網,調整組織架構(CSIG)?``
    After:  ``騰訊圍繞產業互聯網，調整組織架構（CSIG）？``
    """

    code = "PU001"
    name = "full-width-punctuation"
    stage = "punctuation"
    summary = "In mostly-Chinese lines, ASCII , : ; ? ! ( ) become full-width (not between digits)."
    options = {"han_weight": Option(3, "how many Latin letters one Han character outweighs")}
    examples = (
        Example("騰訊圍繞產業互聯網, 調整組織架構(CSIG)?\n", "騰訊圍繞產業互聯網，調整組織架構（CSIG）？\n"),
        Example("發布時間:2019年10月08日 09:17:42,共1,000字\n", "發布時間：2019年10月08日 09:17:42，共1,000字\n"),
        Example("詳見 https://example.com/a?b=1 網站\n", "詳見 https://example.com/a?b=1 網站\n"),
        Example("The Wechat group (微信事业群), and others.\n", "The Wechat group (微信事业群), and others.\n"),
        Example("政府は12日, 新たな経済対策をまとめた.\n", "政府は12日, 新たな経済対策をまとめた.\n"),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Yield one edit per line whose punctuation changes."""
        weight = self.options["han_weight"]
        if not is_chinese(doc.text):
            return  # no Han, or Japanese or Korean, whose punctuation is their own
        texts, starts = doc.texts, doc.starts
        if shortcuts.ENABLED:
            # A line converted holds a Han character and a mark: one pass finds the lines with a mark.
            indices: Iterable[int] = [line.index for line in doc.lines_matching(_MARK_CHARACTER)]
        else:
            indices = range(len(texts))
        for index in indices:
            text = texts[index]
            if not _MARK.search(text):
                continue
            chinese, han, latin = mostly_chinese(text, weight)
            if not chinese:
                continue
            converted, first, last, count = self._convert(text)
            if not count:
                continue
            start = starts[index]
            reason = f"ASCII punctuation to full-width in a mostly Chinese line (Han {han}, Latin letters {latin})"
            yield Edit(start + first, start + last, converted, reason, evidence={"marks": count})

    @staticmethod
    def _convert(text: str) -> tuple[str, int, int, int]:
        """The converted span of ``text``, where it starts and ends, and how many marks."""
        protected = [m.span() for m in _PROTECTED.finditer(text)]
        out: list[str] = []
        first = last = -1
        count = 0
        for match in _MARK.finditer(text):
            start, end = match.span()
            mark = text[start]
            if any(a <= start < b for a, b in protected):
                continue
            if mark in ",:" and start > 0 and text[start - 1].isdigit() and end < len(text) and text[end].isdigit():
                continue
            if first < 0:
                first = start
            else:
                out.append(text[last:start])
            out.append(_FULL_WIDTH[mark])
            last = end
            count += 1
        return "".join(out), first, last, count
