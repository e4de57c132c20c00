"""The shape of a line, as the noise detectors read it: script, length, sentence or not.

Page furniture is recognized by its shape more than by its words: menus are
runs of short lines without sentence punctuation, an article is a block of
long lines that end like sentences.  These measures are cheap (one regex
pass each) so detectors can call them on every line.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import regex

# Runs rather than single characters: removing them takes far fewer steps.
_HAN = regex.compile(r"\p{Han}+")
_LATIN = regex.compile(r"\p{Latin}+")
_WORD = regex.compile(r"[\p{Latin}\p{N}][\p{Latin}\p{N}'’\-]*")
#: A sentence ends with one of these, possibly inside closing quotes or brackets.
#: Besides the Latin and CJK marks: the Devanagari danda (।, ॥), the Urdu full
#: stop (۔), the Arabic question mark and semicolon (؟, ؛), the Armenian,
#: Ethiopic, Myanmar and Tibetan full stops (։, ።, ။, །).  The closing marks
#: include the guillemets (» «, › ‹) and the German closing quotes “ ‘ („so.“).
_SENTENCE_END = regex.compile(r"[.!?。！？;；…:：।॥۔؟؛։።။།][\"'”’“‘»«›‹」』)）\]】]*\s*$")
#: Sentence-internal punctuation: a list of names or a menu rarely has it
#: (with the Arabic comma and semicolon, and inner dandas and question marks).
_CLAUSE = regex.compile(r"[,，、;；،؛]|[.!?。！？।؟](?=\s|[\"”’]|$)")
_LETTERS = regex.compile(r"[\p{L}\p{N}]")
#: The closing quotes and brackets :data:`_SENTENCE_END` allows after the final mark.
_CLOSING = "\"'”’“‘»«›‹」』)）]】"
#: A short line that starts with one of these reads as a quotation.
_QUOTES = "\"“‘'「『"
#: The non-ASCII characters :data:`_CLAUSE` reads besides ” and ’: marks and white space.
_CLAUSE_CHARACTER = regex.compile(r"[，、；。！？،؛।؟\s]")

# The same measures on ASCII text (``str.isascii`` is free), with bytes
# methods in C and the standard ``re``: the classes are plain there, the
# Latin letters of ASCII are A-Z and a-z, its numbers 0-9, and it has no Han.
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
#: ASCII words are runs of letters, digits, ' and - that hold a letter or digit:
#: with ' and - deleted and letters and digits read as "a", the rest as " ",
#: each word starts with a " a".
_ASCII_WORD_RUNS = bytes.maketrans(
    bytes(range(128)), bytes(ord("a") if chr(c).isalnum() else ord(" ") for c in range(128))
)
#: The non-ASCII characters of a text, and those :data:`_WORD` reads as part of a word.
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
_WORD_CHARACTER = regex.compile(r"[\p{Latin}\p{N}’]")
#: The ASCII characters ``regex`` reads as ``\s`` (``str.strip`` also removes \x1c-\x1f).
_ASCII_SPACE = "".join(c for c in map(chr, range(128)) if regex.match(r"\s", c))
#: :data:`_SENTENCE_END` on ASCII text: its final marks, and its closing quotes and brackets.
_ASCII_ENDS = (".", "!", "?", ";", ":")
_ASCII_CLOSING = "\"')]"
#: :data:`_CLAUSE` on ASCII text reads semicolons as commas, ! and ? as full stops, and
#: what may follow an inner full stop as a space, so that :meth:`bytes.count` can count.
_ASCII_CLAUSE = bytes.maketrans(b";!?\"" + _ASCII_SPACE.encode("ascii"), b",.." + b" " * (len(_ASCII_SPACE) + 1))

#: Lines are measured again by every detector and after every rule that
#: changed the document; the measures are pure, so they are remembered.
_CACHE = 1 << 14

#: A stripped line shorter than this cannot be prose: it cannot hold 20 Han
#: characters or 10 words with a character between each two.
_PROSE_CHARS = 19


@lru_cache(maxsize=_CACHE)
def script_counts(text: str) -> tuple[int, int]:
    """``(Han characters, Latin letters)`` in the line ``text``, remembered."""
    return count_scripts(text)


def count_scripts(text: str) -> tuple[int, int]:
    """``(Han characters, Latin letters)`` in ``text``, not remembered: for a whole document."""
    # Counted by what removing them takes away: one string made in C rather
    # than a list of one-character matches.  The ASCII letters are counted
    # apart (bytes in C), so ``regex`` reads only the few other characters
    # of a Latin line.
    letters = text.encode("ascii", "ignore")
    latin = len(letters) - len(letters.translate(None, _ASCII_LETTERS))
    if len(letters) == len(text):
        return 0, latin
    others = _ASCII_RUNS.sub("", text)
    return len(others) - len(_HAN.sub("", others)), latin + len(others) - len(_LATIN.sub("", others))


#: Scripts written without spaces between words, besides Han: kana, whose
#: characters weigh as much as Han ones, and the Brahmic scripts of Southeast
#: Asia, whose letters and vowel signs make a syllable in two or three.
_KANA = r"\p{Hiragana}\p{Katakana}"
_SOUTHEAST = r"\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}"
#: A letter or mark of a script other than Han, Latin and the shared ones
#: (Cyrillic, Greek, Arabic, Hebrew, the Indic scripts, Hangul, kana, Thai...).
_OTHER_LETTER = regex.compile(r"[\p{L}\p{M}--\p{Han}--\p{Latin}--\p{Common}--\p{Inherited}]", regex.VERSION1)
_KANA_LETTER = regex.compile(rf"[{_KANA}]")
_SOUTHEAST_LETTER = regex.compile(rf"[{_SOUTHEAST}]")
#: Thai and Lao mark no sentence end: a line of theirs ends where the text does.
_UNMARKED_LETTER = regex.compile(r"[\p{Thai}\p{Lao}]")
#: Letters of a Thai or Lao line enough to read it as a sentence without a final mark.
_UNMARKED_SENTENCE = 24
#: A word of any script written with spaces (Latin, Cyrillic, Arabic, Devanagari, Hangul...).
_SPACED_WORD = regex.compile(
    rf"[\p{{L}}\p{{N}}--\p{{Han}}--[{_KANA}{_SOUTHEAST}]][\p{{L}}\p{{M}}\p{{N}}'’\---\p{{Han}}--[{_KANA}{_SOUTHEAST}]]*",
    regex.VERSION1,
)


class _Others(NamedTuple):
    """The letters of ``text`` in scripts other than Han and Latin, as the measures weigh them."""

    #: Letters of scripts written with spaces: words are counted in them.
    spaced: int
    #: Characters of scripts written without spaces, in Han characters'
    #: worth: kana one each, Southeast Asian letters one per three.
    dense: int
    #: Thai and Lao letters, which have no sentence-final mark.
    unmarked: int


_NO_OTHERS = _Others(0, 0, 0)

#: A character outside the blocks that hold no letter of another script than
#: Han and Latin (Latin and its extensions, general punctuation, currency,
#: arrows and box drawing, CJK punctuation and ideographs, full-width forms).
#: Lines of English and Chinese have none: the standard ``re`` rules them out
#: in one fast scan.
_BEYOND_HAN_AND_LATIN = re.compile(
    "[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\u2190-\u23ff\u2500-\u27bf"
    "\u3000-\u3004\u3007-\u302d\u3030-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uff65]"
)


@lru_cache(maxsize=_CACHE)
def other_letters(text: str) -> _Others:
    """The letters of ``text`` in scripts other than Han and Latin: spaced, dense (in Han's worth), unmarked.

    Zeros for a text in Latin, Han and shared characters only.
    """
    if text.isascii() or not _BEYOND_HAN_AND_LATIN.search(text):
        return _NO_OTHERS
    rest = _ASCII_RUNS.sub("", text)
    letters = len(rest) - len(_OTHER_LETTER.sub("", rest))
    if not letters:
        return _NO_OTHERS
    kana = len(rest) - len(_KANA_LETTER.sub("", rest))
    southeast = len(rest) - len(_SOUTHEAST_LETTER.sub("", rest))
    unmarked = len(rest) - len(_UNMARKED_LETTER.sub("", rest)) if southeast else 0
    return _Others(letters - kana - southeast, kana + southeast // 3, unmarked)


def _ends_or_unmarked(text: str, others: _Others) -> bool:
    """Whether ``text`` ends like a sentence, or is long in a script that marks no sentence end."""
    return ends_like_sentence(text) or others.unmarked >= _UNMARKED_SENTENCE


def _latin_words(text: str) -> int:
    if not text.isascii():
        text = text.replace("’", "'")  # both only continue a word
        if _WORD_CHARACTER.search(_ASCII_RUNS.sub("", text)):
            return len(_WORD.findall(text))
        # The other characters only part words, as "?" does.
    return _ascii_words(text.encode("ascii", "replace"))


def _ascii_words(data: bytes) -> int:
    """:func:`_latin_words` of ASCII ``data``."""
    runs = data.translate(_ASCII_WORD_RUNS, b"'-")
    return runs.startswith(b"a") + runs.count(b" a")


def han_count(text: str) -> int:
    """The number of Han characters in ``text``."""
    return script_counts(text)[0]


def latin_count(text: str) -> int:
    """The number of Latin letters in ``text``."""
    return script_counts(text)[1]


def word_count(text: str) -> int:
    """Words in ``text``: Latin words plus Han characters counted in pairs."""
    return _latin_words(text) + (han_count(text) + 1) // 2


def script_of(text: str) -> str | None:
    """``"han"``, ``"latin"`` or None (neither dominates) for ``text``.

    One Han character weighs as much as three Latin letters.
    """
    han, latin = script_counts(text)
    return script_from_counts(han, latin)


def script_from_counts(han: int, latin: int) -> str | None:
    """:func:`script_of` for a text with ``han`` Han characters and ``latin`` Latin letters."""
    han *= 3
    if not han and not latin:
        return None
    if han >= 2 * latin:
        return "han"
    if latin >= 2 * han:
        return "latin"
    return None


def ends_like_sentence(text: str) -> bool:
    """True when the line ends with sentence-final punctuation."""
    if text.isascii():
        return text.rstrip(_ASCII_SPACE).rstrip(_ASCII_CLOSING).endswith(_ASCII_ENDS)
    # A match starts at the last character before the closing quotes and
    # white space at the end (``str.strip`` removes all ``regex`` reads as \s).
    end = text
    while (shorter := end.rstrip().rstrip(_CLOSING)) != end:
        end = shorter
    return bool(_SENTENCE_END.search(text, max(len(end) - 1, 0)))


def clause_marks(text: str) -> int:
    """How many commas, semicolons and inner full stops ``text`` has."""
    if not text.isascii():
        text = text.replace("”", '"').replace("’", '"')  # each only follows a full stop, as " does
        if _CLAUSE_CHARACTER.search(_ASCII_RUNS.sub("", text)):
            return len(_CLAUSE.findall(text))
        # The other characters are neither marks nor what may follow one; in UTF-8
        # they are bytes above 127, which the table keeps and no count reads.
    marks = text.encode("utf-8").translate(_ASCII_CLAUSE)
    return marks.count(b",") + marks.count(b". ") + marks.endswith(b".")


def has_letters(text: str) -> bool:
    """True when ``text`` has at least one letter or digit."""
    return bool(_LETTERS.search(text))


@lru_cache(maxsize=_CACHE)
def is_prose(text: str) -> bool:
    """True for a line that reads as running text: long enough and built of sentences.

    Latin: at least 10 words and either a sentence end or two clause marks;
    or 30 words whatever the punctuation.  Han: at least 20 Han characters
    with a sentence end or a clause mark; or 60 whatever the punctuation.
    """
    # Read from the shape, which the article detectors need of the same lines:
    # measuring a line here fills the cache they read.
    return shape_of(text.strip()).prose


def _is_prose(text: str, han: int, latin: int) -> bool:
    """:func:`is_prose` of a stripped ``text`` that has ``han`` Han characters and ``latin`` Latin letters."""
    if len(text) < _PROSE_CHARS:
        return False
    others = other_letters(text)
    if others is not _NO_OTHERS:
        return _is_prose_of_others(text, han, latin, others)
    if han * 3 >= latin:
        if han >= 60:
            return True
        return han >= 20 and (ends_like_sentence(text) or clause_marks(text) >= 1)
    words = _latin_words(text)
    if words >= 30:
        return True
    return words >= 10 and (ends_like_sentence(text) or clause_marks(text) >= 2)


@lru_cache(maxsize=_CACHE)
def is_sentence_like(text: str) -> bool:
    """True for a short line that still reads as a sentence: a sentence end and 3+ words, or a quotation."""
    text = text.strip()
    return _is_sentence_like(text, han_count(text))


def _is_sentence_like(text: str, han: int) -> bool:
    """:func:`is_sentence_like` of a stripped ``text`` that has ``han`` Han characters."""
    others = other_letters(text)
    if others is not _NO_OTHERS:
        if not _ends_or_unmarked(text, others) or text.endswith((":", "：")):
            return False
        words = _spaced_words(text) + (han + others.dense + 1) // 2
    else:
        if not ends_like_sentence(text) or text.endswith((":", "：")):
            return False
        words = _latin_words(text) + (han + 1) // 2
    return words >= 3 or (text[:1] in _QUOTES and words >= 1)


def _spaced_words(text: str) -> int:
    """Words of the scripts written with spaces in ``text`` (Latin, Cyrillic, Arabic, Hangul...)."""
    return len(_SPACED_WORD.findall(text.replace("’", "'")))


def _is_prose_of_others(text: str, han: int, latin: int, others: _Others) -> bool:
    """:func:`_is_prose` of a ``text`` with letters of other scripts than Han and Latin.

    The measures of Han text apply to the characters of scripts written
    without spaces (Han, kana, Thai...), those of Latin text to the words of
    scripts written with spaces (Latin, Cyrillic, Greek, Arabic, Hebrew,
    Devanagari, Hangul...), whichever the line has more of.
    """
    wide = han + others.dense
    if wide * 3 >= latin + others.spaced:
        if wide >= 60:
            return True
        return wide >= 20 and (_ends_or_unmarked(text, others) or clause_marks(text) >= 1)
    words = _spaced_words(text) + (wide + 1) // 2
    if words >= 30:
        return True
    return words >= 10 and (ends_like_sentence(text) or clause_marks(text) >= 2)


class Shape(NamedTuple):
    """What the article detectors read of a line, measured once per text."""

    #: ``"han"``, ``"latin"`` or None, as :func:`script_of` says.
    script: str | None
    #: Han characters and Latin letters, as :func:`script_counts` counts them.
    han: int
    latin: int
    #: :func:`is_prose`.
    prose: bool
    #: A short sentence: :func:`is_sentence_like` and not prose.
    short_sentence: bool


@lru_cache(maxsize=_CACHE)
def shape_of(text: str) -> Shape:
    """The :class:`Shape` of ``text``: the measures it shares computed once, one cached look-up."""
    text = text.strip()
    if text.isascii():
        return _ascii_shape(text)
    han, latin = count_scripts(text)
    prose = _is_prose(text, han, latin)
    return Shape(script_from_counts(han, latin), han, latin, prose, not prose and _is_sentence_like(text, han))


def _ascii_shape(text: str) -> Shape:
    """:func:`shape_of` of a stripped ASCII ``text``: each measure taken once, in C where it can be.

    ASCII has no Han, so the script is Latin when the text has a letter, and
    a text without letters is never prose (:func:`_is_prose` reads it as Han
    text with too few Han characters).
    """
    data = text.encode("ascii")
    latin = len(data) - len(data.translate(None, _ASCII_LETTERS))
    script = "latin" if latin else None
    ends = text.rstrip(_ASCII_SPACE).rstrip(_ASCII_CLOSING).endswith(_ASCII_ENDS)  # ends_like_sentence
    if not ends and (not latin or len(text) < _PROSE_CHARS):
        return Shape(script, 0, latin, False, False)  # a sentence needs an end, and prose letters and length
    words = _ascii_words(data)
    long_enough = latin > 0 and len(text) >= _PROSE_CHARS
    prose = long_enough and (words >= 30 or words >= 10 and (ends or clause_marks(text) >= 2))
    sentence = not prose and ends and not text.endswith(":") and (words >= 3 or text[:1] in _QUOTES and words >= 1)
    return Shape(script, 0, latin, prose, sentence)


# List items: what AB002 reads of the short lines under an article line that
# ends with a colon, before it drops them (see cleaner.stages.article).

#: The mark that opens a list item, before a letter or digit: a bullet or
#: dash, a number with a full stop or bracket (``1.``, ``2)``, ``3、``,
#: ``(4)``), a lower-case letter with one (``a)``), a circled or bracketed
#: number (``①``, ``⑴``), a Chinese ordinal (``一、``, ``（二）``).
_ITEM_MARK = regex.compile(
    r"(?:[-–—*•·▪◦●○■□◆◇►▸▶➤✓✔→]\s*|\(?\d{1,3}[.)]\s+|\d{1,3}[、．]\s*|[(（]\d{1,3}[)）]\s*|[a-z][.)]\s+"
    r"|[\u2460-\u2487]\s*|[一二三四五六七八九十]{1,3}[、．.]\s*|[(（][一二三四五六七八九十]{1,3}[)）]\s*)(?=[\p{L}\p{N}])"
)
#: What no item of an article's list holds: an address (web or e-mail), the
#: separators of menus and breadcrumbs (``|``, `` > ``, a leading or
#: trailing ``»``), a label in square brackets (``[in a new window]``,
#: ``1711 [ACTIVE VOICE]``), nothing but a label in round ones.
_NOT_ITEM = regex.compile(
    r"https?://|\bwww\.|\S@\S+\.\w|[|｜]|\s>\s|^[»›]|[»›]$|\[[^\]]*\]|^[(（][^)）]*[)）]$", regex.IGNORECASE
)
#: Words that stay lower case inside a title-case label (``Health and Medicine``,
#: ``Ludwig van Beethoven``): they do not make the label a phrase.
_TITLE_SMALL = frozenset(
    "a an and as at by de del der di du for from in into la le of on or the to van via von vs with".split()
)
#: A word's first letter, after any brackets, quotes or digits before it.
_FIRST_LETTER = regex.compile(r"\p{L}")


def item_mark(text: str) -> str:
    """The mark that opens the list item ``text`` (stripped): ``"•"``, ``"1."``...; empty when it has none."""
    mark = _ITEM_MARK.match(text)
    return mark.group() if mark else ""


def item_kind(text: str) -> str:
    """How a short line (stripped) reads as a list item: ``"phrase"``, ``"label"``, ``"plain"`` or ``"noise"``.

    Noise: an address, a menu separator, a label in square brackets, or
    fewer than two letters (``1.1k``, ``0``; a Han character counts as
    two).  A phrase: two words or more with a lower-case word that is not
    a title's small word (``любая рыба (и морская и речная)``, ``Restart
    your router``), or, in scripts without case, a comma inside
    (``爱好新闻写作、传媒摄影``); and an item a list mark opens (``•
    Telephone``, ``1、年满十八周岁``) unless it is in title case.  A label: two words or more in title case or capitals
    (``Heart Disease``, ``VISUAL MARKETING``), as menus and headlines are;
    plain when a list mark opens it.  Plain: the rest (one word, a line
    without cased letters or commas).
    """
    letters = _NOT_LETTER.sub("", text)
    if _NOT_ITEM.search(text) or len(letters) + han_count(letters) < 2:  # a Han character weighs two letters
        return "noise"
    mark = item_mark(text)
    words = text[len(mark) :].split()
    if len(words) < 2:  # one word, or a line of a script written without spaces
        return "phrase" if mark or clause_marks(text) else "plain"
    capital = lower = False
    for word in words:
        first = _FIRST_LETTER.search(word)
        if first is None:
            continue
        letter = first.group()
        if letter.isupper():
            capital = True
        elif letter.islower() and word.strip("()[]\"'“”‘’«»,.;:!?").lower() not in _TITLE_SMALL:
            lower = True
    if lower:
        return "phrase"
    if capital:
        return "plain" if mark else "label"
    return "phrase" if mark or clause_marks(text) else "plain"


_NOT_LETTER = regex.compile(r"[^\p{L}]+")


def words_in(text: str) -> int:
    """Words in ``text``: those of the scripts written with spaces, and the characters of the others in pairs."""
    others = other_letters(text)
    return _spaced_words(text) + (han_count(text) + others.dense + 1) // 2
