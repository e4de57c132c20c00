"""Whether a text's Han characters are Chinese: Japanese and Korean write them too.

Japanese prose mixes kanji with more kana than kanji, and Korean writes
Hangul with an occasional Hanja.  Rules that only make sense for Chinese
(one Chinese script per document, full-width Chinese punctuation) ask
:func:`is_chinese` first, so a Japanese ``現状`` does not become ``現狀``.
"""

from __future__ import annotations

import regex

from cleaner.line_shape import count_scripts

# Runs rather than single characters: counted by what removing them takes away.
_KANA_HANGUL_RUNS = regex.compile(r"[\p{Hiragana}\p{Katakana}\p{Hangul}]+")

#: A text is Chinese while it has fewer than one kana or Hangul letter for
#: every this many Han characters: a Chinese page quoting a Japanese title
#: stays Chinese, a Japanese article (kana outnumber kanji) does not.
HAN_PER_KANA = 10


def kana_and_hangul(text: str) -> int:
    """How many Hiragana, Katakana and Hangul characters ``text`` holds."""
    return len(text) - len(_KANA_HANGUL_RUNS.sub("", text))


def is_chinese(text: str) -> bool:
    """Whether ``text`` holds Han characters and reads as Chinese, not Japanese or Korean.

    >>> is_chinese("日本银行维持现状。"), is_chinese("日銀は現状維持を決めた。"), is_chinese("English")
    (True, False, False)
    """
    if text.isascii():
        return False
    han = count_scripts(text)[0]
    if not han:
        return False
    return not _KANA_HANGUL_RUNS.search(text) or kana_and_hangul(text) * HAN_PER_KANA < han
