"""Stage ``boilerplate``: breadcrumb trails near the top of the page.

A breadcrumb is the path of sections down to the article: ``Home > News >
World``, ``當前位置:100EC>行業研究>...``, ``Site Name - Section - Title``.
BC001 reads the line as segments and decides by their shape.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Iterator

import regex

from cleaner import shortcuts
from cleaner.document import Document, Line
from cleaner.line_shape import ends_like_sentence
from cleaner.model import Edit
from cleaner.rule import Example, Option, Rule, register

_LABEL = regex.compile(
    r"^\W*(?:当前位置|當前位置|您的位置|你的位置|您现在的位置|您現在的位置|所在位置|现在位置|現在位置|位置|"
    r"you are here|current location)\s*[:：]\s*",
    regex.IGNORECASE,
)
#: Every label holds one of these words: in the folded text (looked for
#: first with ``in``, far faster than any pattern), or case ignored in the text.
_LABEL_WORDS = ("位置", "you are here", "current location")
_FOLDED_LABEL_SCOUT = re.compile("|".join(_LABEL_WORDS))
_LABEL_SCOUT = regex.compile("|".join(_LABEL_WORDS), regex.IGNORECASE)
#: The characters ``_ARROWS`` and ``_DASHES`` need: a line without them is one segment.
_ARROW_CHAR = re.compile(r"[>»›→＞/]")
_DASH_CHAR = re.compile(r"[-–—|｜]")
_ARROWS = regex.compile(r"\s*(?:>>|>|»|›|→|＞|/)\s*")
_DASHES = regex.compile(r"\s+[-–—|｜]\s+|\s*[|｜]\s*")
_HOME = regex.compile(r"^(?:home|homepage|首页|首頁|主页|主頁|网站首页|網站首頁|index)$", regex.IGNORECASE)
_KEY = regex.compile(r"[\p{L}\p{N}]+")
_CLAUSE = regex.compile(r"[,，、;；。]")
_LETTER = regex.compile(r"\p{L}")
_SMALL = {"a", "an", "and", "the", "of", "in", "on", "for", "to", "at", "with", "by", "&"}


def _key(text: str) -> str:
    return "".join(_KEY.findall(text.casefold()))


def _short_name(segment: str) -> bool:
    """A section name: a few title-case words, or a few Han characters, no sentence end."""
    words = segment.split()
    if not words or len(segment) > 40 or ends_like_sentence(segment) or _CLAUSE.search(segment):
        return False
    if not _LETTER.search(segment):
        return False
    if all(not w[:1].isalpha() or w[:1].isupper() or w.lower() in _SMALL or not w.isascii() for w in words):
        return len(words) <= 5
    return False


@register
class Breadcrumb(Rule):
    """Drop a breadcrumb trail near the top of the page.

    A line counts when it is labelled (``当前位置:``, ``You are here:``) and
    made of ``>``-joined segments; or when, among the first ``window``
    lines, it is three or more segments joined by ``>``, ``»``, ``›`` or
    `` / `` (two when the first is ``Home``/``首页``) that are short section
    names; or when it is segments joined by `` - `` or `` | `` whose last
    segment repeats the next non-blank line (the title printed under its
    trail: ``Site - Section - Title`` then ``Title``).  A page title line
    such as ``Story headline - Site`` with no repeat below stays.

    Safe: the line is removed whole; undo restores it.
    """

    code = "BC001"
    name = "breadcrumb"
    stage = "boilerplate"
    summary = "Drop breadcrumb trails near the top: Home > News > ..., 當前位置:..., Site - Section - Title."
    options = {"window": Option(25, "How many non-blank lines from the top a trail without a label may sit.")}
    examples = (
        Example("當前位置:100EC>行業研究>淺析:騰訊如何建立B2B基因?\n淺析:騰訊如何建立B2B基因?\n", "淺析:騰訊如何建立B2B基因?\n"),
        Example(
            "Encyclopedia - Festivals - Tencent to B.\n\nTencent to B.\n\nBody.\n",
            "Tencent to B.\n\nBody.\n",
        ),
        Example("Home > News > World\n\nTitle\n", "Title\n"),
        Example("Rock legend dies - The Telegraph\n\nBody text.\n", "Rock legend dies - The Telegraph\n\nBody text.\n"),
        Example("Revenue grew > 10% / year, he said.\n", "Revenue grew > 10% / year, he said.\n"),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Drop each line that reads as a breadcrumb trail."""
        window = self.options.get("window", 25)
        if shortcuts.ENABLED:
            # Past the window only a labelled line counts: the scout finds those.
            texts = doc.texts
            top = islice((index for index, text in enumerate(texts) if text and not text.isspace()), window + 1)
            lines = [doc.line(index) for index in top]
            first = lines[:]  # the window and the line after it, which a trail's title may be
            if len(lines) > window:
                last = lines[window - 1].index if window > 0 else -1
                labelled: list[Line] = []
                if any(word in doc.folded for word in _LABEL_WORDS):
                    scouted = doc.folded_lines_matching(_FOLDED_LABEL_SCOUT, _LABEL_SCOUT)
                    labelled = [line for line in scouted if line.index > last and line.text.strip()]
                lines[window:] = labelled
        else:
            lines = first = [line for line in doc.lines if not line.blank]
        for n, line in enumerate(lines):
            text = line.text.strip()
            if len(text) > 200:
                continue
            label = _LABEL.match(text)
            if label:
                if _ARROWS.search(text[label.end() :]) or len(text) - label.end() <= 40:
                    yield doc.drop_line(line.index, f"breadcrumb with label {label.group(0).strip()!r}")
                continue
            if n >= window:
                continue
            following = first[n + 1].text.strip() if n + 1 < len(first) else ""
            reason = _trail_reason(text, following)
            if reason:
                yield doc.drop_line(line.index, reason, evidence={"detector": "breadcrumb"})


def _trail_reason(text: str, following: str) -> str | None:
    """Why ``text`` is a trail (given the next non-blank line), or None."""
    arrows = [s.strip() for s in _ARROWS.split(text)] if _ARROW_CHAR.search(text) else [text]
    if len(arrows) >= 2 and all(arrows):
        home = bool(_HOME.match(arrows[0]))
        sections = all(home and k == 0 or _short_name(s) for k, s in enumerate(arrows[:-1]))
        last = _short_name(arrows[-1]) or (_key(following) and _key(following) == _key(arrows[-1]))
        if (len(arrows) >= 3 or home) and sections and last:
            return f"breadcrumb: {len(arrows)} segments joined by arrows"
    dashes = [s.strip() for s in _DASHES.split(text)] if _DASH_CHAR.search(text) else [text]
    if len(dashes) >= 3 and all(dashes) and following:
        last = _key(dashes[-1])
        if len(last) >= 8 and last == _key(following):
            return f"breadcrumb: {len(dashes)} segments, the last repeats the title below"
    return None
