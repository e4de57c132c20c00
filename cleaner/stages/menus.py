"""Stage ``menus``: language switchers left in the text.

A page's language menu survives text extraction as one line of language
names, often glued together (``EnglishFrançais日本語``).  LM001 reads such a
line as a sequence of names from the CLDR lexicon in
:mod:`cleaner.language_names` and drops it when the names cover it.
"""

from __future__ import annotations

import bisect
import heapq
import re
from dataclasses import dataclass
from typing import Any, Iterator, Mapping

import regex

from cleaner import shortcuts
from cleaner.document import Document
from cleaner.language_names import LONG_HEAD, Lexicon, lexicon
from cleaner.model import Edit
from cleaner.rule import Example, Option, Rule, register

# A language menu is a list, never a sentence: a line with a sentence end
# (a full stop, question or exclamation mark followed by space or the end)
# is not read at all.
_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)|[。！？]")
_SEPARATOR_CHAR = regex.compile(r"[^\p{L}\p{M}\p{N}]")
_DENSE = r"\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}\p{Thai}"
# Where a name may start: after a separator, at a capital after another
# letter (``EnglishFrançais``), at a change between Latin and another script
# (``Ελληνικάespañol``), and at and after any character of a script written
# without spaces.  Reading names only from these places keeps the work per line near
# the number of words, not of characters.
_NAME_START = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}])[\p{L}\p{N}]"
    r"|(?<=[\p{L}--\p{Lu}]\p{M}*)\p{Lu}"
    rf"|[{_DENSE}]|(?<=[{_DENSE}])\p{{L}}"
    r"|(?<=\p{Latin}\p{M}*)[\p{L}--\p{Latin}]"
    r"|(?<=[\p{L}--\p{Latin}]\p{M}*)\p{Latin}",
    regex.VERSION1,
)
_GLUED = regex.compile(rf"\p{{Ll}}\p{{Lu}}|\p{{Latin}}[\p{{L}}--\p{{Latin}}]|[\p{{L}}--\p{{Latin}}]\p{{Latin}}|[{_DENSE}]", regex.VERSION1)
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
#: ``_WORD`` on ASCII text, where the standard ``re`` is faster: its letters,
#: marks and numbers are A-Z, a-z and 0-9.
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")
# ASCII twins of the patterns above, for the standard ``re``, which is much
# faster on the ASCII lines that make up most pages.  On ASCII text the
# letters, marks and numbers are A-Z, a-z and 0-9, ``regex``'s ``\s`` is
# tab, the line breaks and space, every letter is Latin and none is of a
# dense script: so each twin matches exactly where its model does.
_ASCII_SENTENCE_END = re.compile(r"[.!?](?:[\t\n\x0b\x0c\r ]|$)")
_ASCII_SEPARATOR_CHAR = re.compile(r"[^a-z0-9]")  # in folded (lower-case) text
# The places where a name may start in ASCII text: at a word, whose first
# characters (in folded text) this takes, and at a capital after a
# lower-case letter.
_ASCII_WORD_HEAD = re.compile(rf"(?<![a-z0-9])[a-z0-9]{{1,{LONG_HEAD}}}")
_ASCII_CAMEL_START = re.compile(r"(?<=[a-z])[A-Z]")
_ASCII_NAME_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]|(?<=[a-z])[A-Z]")
# An ASCII word in mixed case (``iPhone``, ``EnglishFrench``): not lower case
# (``[a-z0-9]+``), upper case (``[A-Z0-9]+``), title case (each run of letters
# a capital and lower-case letters, runs apart by digits) nor digits.
_ASCII_MIXED_WORD = re.compile(
    r"(?<![A-Za-z0-9])(?![a-z0-9]+(?![A-Za-z0-9]))(?![A-Z0-9]+(?![A-Za-z0-9]))"
    r"(?![0-9]*[A-Z][a-z]*(?:[0-9]+[A-Z][a-z]*)*[0-9]*(?![A-Za-z0-9]))[A-Za-z0-9]+"
)
_SCRIPTS = {
    script: regex.compile(rf"\p{{{script}}}")
    for script in ("Han", "Hangul", "Hiragana", "Katakana", "Cyrillic", "Greek", "Arabic", "Hebrew", "Devanagari", "Latin")
}
#: Longest line (in characters) read as a possible menu; a full menu of all
#: CLDR languages is far shorter.
MAX_LINE = 3000


@dataclass(frozen=True, slots=True)
class Segmentation:
    """How a line reads as language names: names found, what is left over."""

    names: int
    autonyms: int
    languages: int
    scripts: int
    unknown_tokens: int
    unknown_chars: int
    chars: int

    @property
    def coverage(self) -> float:
        """The share of the line's letters and digits that language names account for."""
        return 1 - self.unknown_chars / self.chars if self.chars else 0.0


def segment(line: str, lex: Lexicon | None = None, min_names: int = 1) -> Segmentation | None:
    """Read ``line`` as a run of language names, by dynamic programming.

    Case is ignored, and characters other than letters, marks and digits are
    separators, so names glued together (``EnglishFrançais``) and names
    between separators (``English | 中文``) read alike.  The reading leaves as
    few letters unexplained as possible, then uses as few names as possible.
    Unexplained letters form unknown tokens, split where the line has a
    separator.  None when fewer than ``min_names`` names can be found (the
    cheap test that spares most lines the full reading).
    """
    lex = lexicon() if lex is None else lex
    if line.isascii():
        text = _ASCII_SEPARATOR_CHAR.sub(" ", line.lower())
        starts = [m.start() for m in _ASCII_NAME_START.finditer(line)]
    else:
        text = _SEPARATOR_CHAR.sub(" ", _fold(line))
        starts = [m.start() for m in _NAME_START.finditer(line)]
    n = len(text)
    keys, short_heads, long_heads = lex.names, lex.short_heads, lex.long_heads
    found_at: dict[int, list[int]] = {}  # start -> lengths of the names there

    def names_at(p: int) -> list[int]:
        if p not in found_at:
            lengths = short_heads.get(text[p : p + 2], ()) + long_heads.get(text[p : p + LONG_HEAD], ())
            found_at[p] = [k for k in lengths if text[p : p + k] in keys]
        return found_at[p]

    if sum(1 for p in starts if names_at(p)) < min_names:
        return None
    starts.append(n)
    # best[p]: (unexplained letters, names) of the best reading of text[:p];
    # back[p]: where the last piece of that reading starts, and if it is a name.
    best: dict[int, tuple[int, int]] = {0: (0, 0)}
    back: dict[int, tuple[int, bool]] = {}
    heap = [0]
    while heap:
        p = heapq.heappop(heap)
        if p >= n:
            break
        if heap and heap[0] == p:
            continue
        cost, count = best[p]
        q = starts[bisect.bisect_right(starts, p)]
        pieces = [(q, (cost + (q - p) - text.count(" ", p, q), count), False)]
        pieces += [(p + k, (cost, count + 1), True) for k in names_at(p)]
        for end, score, is_name in pieces:
            if score < best.get(end, (n + 1, 0)):
                best[end], back[end] = score, (p, is_name)
                heapq.heappush(heap, end)
    found: list[str] = []
    unknown: list[str] = []  # unexplained text, a space where a name was
    p = n
    while p > 0:
        origin, is_name = back[p]
        if is_name:
            found.append(text[origin:p])
            unknown.append(" ")
        else:
            unknown.append(text[origin:p])
        p = origin
    unknown_tokens = len("".join(unknown).split())
    names = [lex.names[key] for key in found]
    return Segmentation(
        names=len(found),
        autonyms=sum(name.autonym for name in names),
        languages=len({name.code for name in names}),
        scripts=len({_script_of(key) for key in found} - {""}),
        unknown_tokens=unknown_tokens,
        unknown_chars=best[n][0],
        chars=n - text.count(" "),
    )


def _ascii_may_hold_names(line: str, lex: Lexicon, min_names: int) -> bool:
    """Whether ASCII ``line`` has ``min_names`` places where a name of the lexicon may start.

    A bound on the names :func:`segment` can find, counted in C: a name
    found where a word starts begins with the word's first characters, as
    :attr:`Lexicon.word_heads` holds them, and any capital after a
    lower-case letter may start one more.  (No name in ASCII is shorter
    than :data:`LONG_HEAD`.)
    """
    count = sum(map(lex.word_heads.__contains__, _ASCII_WORD_HEAD.findall(line.lower())))
    return count >= min_names or count + len(_ASCII_CAMEL_START.findall(line)) >= min_names


def worth_reading(line: str, lex: Lexicon | None = None) -> bool:
    """A cheap test: could ``line`` be a run of language names at all?

    True when two words of the line are words of language names, or when a
    word may be names glued together: a case change inside it, Latin next to
    another script, or a script written without spaces.
    """
    words = (lexicon() if lex is None else lex).words
    if line.isascii():
        return _ascii_worth_reading(line, words)
    hits = 0
    for word in _WORD.findall(line):
        if word.casefold() in words:
            hits += 1
            if hits >= 2:
                return True
        elif word.isascii():
            if _mixed_case(word):
                return True
        elif len(word) > 1 and _GLUED.search(word):
            return True
    return False


def _readable(line: str, lex: Lexicon) -> bool:
    """Whether LM001 reads ``line`` at all: not blank, no sentence end, and :func:`worth_reading`."""
    if line.isascii():
        return _ASCII_SENTENCE_END.search(line) is None and _ascii_worth_reading(line, lex.words)
    return bool(line.strip()) and _SENTENCE_END.search(line) is None and worth_reading(line, lex)


def _ascii_worth_reading(line: str, words: frozenset[str]) -> bool:
    """:func:`worth_reading` of an ASCII line, with the words counted in C.

    The answer does not depend on the order of the words: two words of
    names, or one other word in mixed case.
    """
    if sum(map(words.__contains__, _ASCII_WORD.findall(line.lower()))) >= 2:
        return True
    mixed = _ASCII_MIXED_WORD.findall(line)
    return bool(mixed) and any(word.lower() not in words for word in mixed)


def _mixed_case(word: str) -> bool:
    """Whether an ASCII word is neither lower case, upper case, title case nor digits (``iPhone``)."""
    return not (word.islower() or word.isupper() or word.istitle() or word.isdigit())


def _fold(line: str) -> str:
    """``line`` case folded, character for character (same length)."""
    folded = line.casefold()
    if len(folded) == len(line):
        return folded
    return "".join(c if len(c.casefold()) != 1 else c.casefold() for c in line)


def _script_of(key: str) -> str:
    """The first script of a few common ones that ``key`` is written in, else ``""``."""
    for script, pattern in _SCRIPTS.items():
        if pattern.search(key):
            return script
    return ""


@register
class LanguageMenu(Rule):
    """Drop a line that is a run of language names: a site's language switcher.

    The line is read as a sequence of language names (case ignored, glued
    together or separated by spaces, bars, slashes, bullets or other
    punctuation) from a lexicon built from CLDR data (``language_data``):
    every well-described language's own name and its names in English,
    Chinese, Japanese, Korean, Spanish, French, German, Russian, Portuguese
    and Italian.  The line is dropped when

    - it has at least ``min_names`` names of distinct languages,
    - the names cover at least ``min_coverage`` of its letters, and the
      unknown tokens left over are at most one per ``names_per_unknown``
      names (some menus use names CLDR does not list: ``Suomalainen``,
      ``한어``), and
    - the names look like a switcher, not a list in a sentence: at least two
      are languages' own names or they come in two scripts or more.
      Otherwise (``English French German Spanish``) there must be
      ``min_names + 1`` names and no unknown token at all.

    A line with a sentence end (``.``, ``?``, ``!`` before a space or the
    end) is never a menu, so prose that names languages stays.

    Before::

        한어Русский языкEnglishFrançaisIndonesian日本語DeutschPortuguês
        The article starts here.

    After::

        The article starts here.

    Safe: one language name alone (a link label or a heading) stays, and a
    sentence mentioning languages stays.  The reason gives the counts.
    """

    code = "LM001"
    name = "language-menu"
    stage = "menus"
    summary = "Drop a line that is a run of language names (a language switcher)."
    options = {
        "min_names": Option(3, "fewest language names (of distinct languages) a menu line has"),
        "min_coverage": Option(0.75, "share of the line's letters the names must cover"),
        "names_per_unknown": Option(3, "one unknown token is tolerated per this many names"),
    }
    examples = (
        Example(
            "한어Русский языкEnglishFrançaisIndonesianSanskrit日本語Deutsch\nThe article.\n",
            "The article.\n",
        ),
        Example("English | 中文 | 日本語 | Español\n\nThe article.\n", "The article.\n"),
        Example(
            "The book was translated from English into French and German.\n",
            "The book was translated from English into French and German.\n",
        ),
        Example("Español\n\nEl artículo.\n", "Español\n\nEl artículo.\n"),
    )

    #: Line texts whose verdicts are remembered; the memory is emptied when full.
    REMEMBERED = 1 << 16

    def __init__(self, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(options)
        # The verdicts on line texts already read (they depend on the text and
        # the options alone): the texts that are not menus, and the readings
        # of those that are.  The lines of a site's pages repeat (its menus,
        # footers, headings), so most lines of a page are known already.
        self._plain: set[str] = set()
        self._menus: dict[str, Segmentation] = {}
        self._options_read = dict(self.options)

    def find(self, doc: Document) -> Iterator[Edit]:
        """Yield a drop for each line that reads as a language menu."""
        if not shortcuts.ENABLED:
            for line in doc.lines:
                seg = self.reading(line.text, bounded=False)
                if seg is not None:
                    yield self._drop(doc, line.index, seg)
            return
        plain, menus = self._plain, self._menus
        if self._options_read != self.options:  # options changed since: the verdicts may too
            plain.clear()
            menus.clear()
            self._options_read = dict(self.options)
        # In C: the distinct texts of the page not known to be plain, then
        # those not known at all.
        unknown = doc.line_texts.keys() - plain
        found = {text: menus[text] for text in unknown.intersection(menus)}
        unknown.difference_update(found)
        if len(plain) + len(menus) + len(unknown) > self.REMEMBERED:
            plain.clear()
            menus.clear()
        read = {text: seg for text in unknown if (seg := self.reading(text, bounded=True)) is not None}
        menus.update(read)
        found.update(read)
        plain.update(unknown.difference(read))
        texts = doc.texts
        for index in doc.indices_of(found):
            yield self._drop(doc, index, found[texts[index]])

    def reading(self, text: str, bounded: bool) -> Segmentation | None:
        """The segmentation of a line of ``text`` when it reads as a language menu, else None.

        ``bounded`` lets an ASCII line be ruled out early when it has too few
        places where a name may start (a shortcut).
        """
        if not text or len(text) > MAX_LINE:
            return None
        lex = lexicon()
        min_names = self.options["min_names"]
        if bounded and text.isascii():
            if _ASCII_SENTENCE_END.search(text) or not _ascii_may_hold_names(text, lex, min_names):
                return None
        if not _readable(text, lex):
            return None
        seg = segment(text, lex, min_names)
        return seg if seg is not None and self.is_menu(seg) else None

    @staticmethod
    def _drop(doc: Document, index: int, seg: Segmentation) -> Edit:
        reason = (
            f"language menu: {seg.names} language names ({seg.autonyms} own names, "
            f"{seg.scripts} scripts), {seg.unknown_tokens} unknown tokens, "
            f"coverage {seg.coverage:.2f}"
        )
        evidence = {
            "names": seg.names,
            "languages": seg.languages,
            "unknown_tokens": seg.unknown_tokens,
            "coverage": round(seg.coverage, 3),
        }
        return doc.drop_line(index, reason, evidence=evidence)

    def is_menu(self, seg: Segmentation) -> bool:
        """Whether a segmentation is strong enough evidence of a language menu."""
        min_names = self.options["min_names"]
        if seg.languages < min_names or seg.coverage < self.options["min_coverage"]:
            return False
        if seg.autonyms >= 2 or seg.scripts >= 2:
            return seg.unknown_tokens * self.options["names_per_unknown"] <= seg.names
        return seg.languages > min_names and seg.unknown_tokens == 0
