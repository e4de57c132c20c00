"""Names of languages, from CLDR by way of ``language_data``, for spotting language menus.

A site's language switcher lists languages by their own names (``Deutsch``,
``日本語``, ``Русский``) or by their names in the site's language
(``German``, ``德语``).  The lexicon holds, for every language that CLDR
describes in detail, its autonym and its names in a few widely used display
languages.  Nothing here is typed by hand: the names come from the data that
``langcodes`` uses (``language_data``), and ``langcodes`` composes the names
of regional and script variants.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import langcodes
import regex
from language_data.name_data import LANGUAGES_WITH_NAME_DATA
from language_data.names import code_to_names

#: Languages whose names of other languages are in the lexicon, besides each
#: language's own name: the languages sites most often show their menus in.
DISPLAY_LANGUAGES = ("en", "zh", "zh-Hant", "ja", "ko", "es", "fr", "de", "ru", "pt", "it")

#: Variants listed in menus as languages of their own (``简体中文``,
#: ``English (United Kingdom)``); ``langcodes`` composes their names.
VARIANTS = ("zh-Hans", "zh-Hant", "sr-Latn", "sr-Cyrl", "pt-BR", "pt-PT", "es-419", "en-US", "en-GB", "fr-CA")

# Letters of scripts written without spaces: there a name of two characters
# (中文, 한어) is already specific; elsewhere a name of three letters or fewer
# (Ido, Ewe, Lao) is too likely to be part of another word.
_DENSE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
_SEPARATOR = regex.compile(r"[^\p{L}\p{M}\p{N}]+")
#: Keys at least this long are indexed by this many first characters in
#: :attr:`Lexicon.long_heads`; nearly all keys are, and four characters
#: single out far fewer keys than two.
LONG_HEAD = 4


@dataclass(frozen=True, slots=True)
class Name:
    """A language name as found in the lexicon: the language and whether it is its own name."""

    code: str
    autonym: bool


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Language names keyed by :func:`name_key`.

    ``starts`` maps the first two characters of a key to the lengths of the
    keys that start with them; ``words`` holds every word of every key.
    ``short_heads`` and ``long_heads`` split ``starts`` for faster look-ups:
    the first two characters of a key shorter than :data:`LONG_HEAD`
    characters, and the first :data:`LONG_HEAD` characters of a longer one,
    each to the lengths of the keys that start with them.  ``word_heads``
    holds the first :data:`LONG_HEAD` characters of each key's first word
    (all of it when shorter): the start of the word where the key begins.
    """

    names: dict[str, Name]
    starts: dict[str, tuple[int, ...]]
    words: frozenset[str]
    short_heads: dict[str, tuple[int, ...]]
    long_heads: dict[str, tuple[int, ...]]
    word_heads: frozenset[str]

    def __len__(self) -> int:
        return len(self.names)


def name_key(text: str) -> str:
    """The comparison form of a name: case folded, each run of other characters than
    letters, marks and digits made one space."""
    return _SEPARATOR.sub(" ", text.casefold()).strip()


def _long_enough(key: str) -> bool:
    letters = len(key.replace(" ", ""))
    return letters >= 2 if _DENSE.search(key) else letters >= 4


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The language-name lexicon, built once from CLDR data."""
    names: dict[str, Name] = {}

    def add(key: str, code: str, autonym: bool) -> None:
        if not _long_enough(key):
            return
        known = names.get(key)
        if known is None or (autonym and not known.autonym):
            names[key] = Name(code, autonym)

    for code in sorted(set(LANGUAGES_WITH_NAME_DATA) | set(VARIANTS)):
        by_display = code_to_names(code)
        own = by_display.get(code)
        if own:
            add(name_key(own), code, True)
        for display in DISPLAY_LANGUAGES:
            name = by_display.get(display)
            if name:
                add(name_key(name), code, False)
    for code in VARIANTS:
        language = langcodes.Language.get(code)
        add(name_key(language.autonym()), code, True)
        for display in DISPLAY_LANGUAGES:
            add(name_key(language.display_name(display)), code, False)
    words = frozenset(word for key in names for word in key.split())
    short = [key for key in names if len(key) < LONG_HEAD]
    long = [key for key in names if len(key) >= LONG_HEAD]
    word_heads = frozenset(key.split(" ", 1)[0][:LONG_HEAD] for key in names)
    return Lexicon(
        names, _lengths_by_head(names, 2), words, _lengths_by_head(short, 2), _lengths_by_head(long, LONG_HEAD), word_heads
    )


def _lengths_by_head(keys: Iterable[str], size: int) -> dict[str, tuple[int, ...]]:
    """The first ``size`` characters of each key, to the sorted lengths of the keys that start with them."""
    lengths: dict[str, set[int]] = {}
    for key in keys:
        lengths.setdefault(key[:size], set()).add(len(key))
    return {head: tuple(sorted(found)) for head, found in lengths.items()}
