"""Stage ``script``: one Chinese script per document, with OpenCC.

Scraped Chinese often mixes Traditional and Simplified characters: a
Traditional page with Simplified boilerplate, or a converter that missed
characters (``騰訊云``, ``前后``).  ZH001 makes the document consistent.
"""

from __future__ import annotations

from functools import lru_cache
from operator import ne
from typing import Iterator

import opencc
import regex

from cleaner.document import Document
from cleaner.han import is_chinese, kana_and_hangul
from cleaner.model import Edit
from cleaner.rule import Example, Option, Rule, register
from cleaner.spans import differing_runs

_HAN = regex.compile(r"\p{Han}")

#: Target names and the OpenCC configuration that converts to each.
TARGETS = {"hans": "t2s", "hant": "s2t", "tw": "s2tw", "hk": "s2hk"}


@lru_cache(maxsize=None)
def converter(config: str) -> opencc.OpenCC:
    """A shared OpenCC converter (building one reads its dictionaries)."""
    return opencc.OpenCC(config)


@lru_cache(maxsize=4)
def convert(text: str, config: str) -> str:
    """``text`` converted with the OpenCC ``config``, remembered: a document's majority is
    found by converting it both ways, and one of them is often the conversion applied."""
    return converter(config).convert(text)


def count_changed(text: str, config: str) -> int:
    """How many characters of ``text`` the OpenCC ``config`` would change."""
    converted = convert(text, config)
    if len(converted) != len(text):
        return sum(1 for a, b in zip(text.split("\n"), converted.split("\n")) if a != b)
    # Compared line by line first (in C): a line left as it was changes no character.
    pairs = zip(text.split("\n"), converted.split("\n"))
    return sum(sum(map(ne, a, b)) for a, b in pairs if a != b)


def majority_script(text: str) -> tuple[str | None, int, int]:
    """``("hant" | "hans" | None, simplified count, traditional count)`` for ``text``.

    A character counts as Simplified when Simplified-to-Traditional conversion
    changes it, and as Traditional when the reverse conversion does.
    """
    if not _HAN.search(text):
        return None, 0, 0
    simplified = count_changed(text, "s2t")
    traditional = count_changed(text, "t2s")
    if simplified == traditional:
        return None, simplified, traditional
    return ("hant" if traditional > simplified else "hans"), simplified, traditional


@register
class ChineseScript(Rule):
    """Convert a Chinese document to one script with OpenCC.

    With ``target = "auto"`` (the default) the document's majority script
    wins: characters that only Simplified-to-Traditional conversion changes
    count as Simplified, the reverse as Traditional.  A mostly-Traditional
    document is converted with the variant set by ``traditional`` (``tw``,
    OpenCC ``s2tw``, by default), a mostly-Simplified one with ``t2s``.  A
    fixed ``target`` (``hans``, ``hant``, ``tw``, ``hk``) converts every
    document; ``keep`` turns the rule off.  Each converted run of characters
    is one change.

    A document whose Han characters come with kana or Hangul (at least one
    for every ten of them) is Japanese or Korean, and is left as it is
    whatever the target: ``現状`` is Japanese, not a Simplified ``現狀``.

    OpenCC is pinned to 1.4.2: versions differ on some characters.
    Safe: conversion of a document already in its target script changes
    nothing, and undo restores every character.

    Before: ``騰訊云以及其他業務被裝進事業群里`` (mostly Traditional)
    After: ``騰訊雲以及其他業務被裝進事業群裡``
    """

    code = "ZH001"
    name = "chinese-script"
    stage = "script"
    summary = "Make a Chinese document consistent in one script (majority wins), with OpenCC."
    options = {
        "target": Option("auto", "script to convert to", ("auto", "hans", "hant", "tw", "hk", "keep")),
        "traditional": Option("tw", "variant for a mostly-Traditional document under auto", ("hant", "tw", "hk")),
    }
    examples = (
        Example("騰訊云以及其他業務被裝進事業群里。\n", "騰訊雲以及其他業務被裝進事業群裡。\n"),
        Example("腾讯云以及其它业务被装進事业群里。\n", "腾讯云以及其它业务被装进事业群里。\n"),
        Example("只有简体字的句子。\n", "只有简体字的句子。\n"),
        Example("Plain English.\n", "Plain English.\n"),
        Example("日本銀行は現状の金利を据え置くことを決めた。\n", "日本銀行は現状の金利を据え置くことを決めた。\n"),
        Example("한국은행(韓國銀行)은 기준금리를 동결했다.\n", "한국은행(韓國銀行)은 기준금리를 동결했다.\n"),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Yield one edit per run of characters the conversion changes."""
        target = self.options["target"]
        if target == "keep" or doc.text.isascii() or not _HAN.search(doc.text):
            return
        if not is_chinese(doc.text):
            # Japanese kanji and Korean Hanja are not Chinese in another script.
            doc.facts["script"] = {"majority": None, "kana_hangul": kana_and_hangul(doc.text)}
            return
        if target == "auto":
            script, simplified, traditional = majority_script(doc.text)
            doc.facts["script"] = {"majority": script, "simplified": simplified, "traditional": traditional}
            if script is None:
                return
            target = self.options["traditional"] if script == "hant" else "hans"
        config = TARGETS[target]
        text = doc.text
        converted = convert(text, config)
        if converted == text:
            return
        reason = f"OpenCC {config}: document target script {target}"
        starts = doc.starts
        for index, (old, new) in enumerate(zip(doc.texts, converted.split("\n"))):
            if old != new:
                start = starts[index]
                for a, b, c, d in differing_runs(old, new):
                    yield Edit(start + a, start + b, new[c:d], reason)
