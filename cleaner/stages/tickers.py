"""Stage ``tickers``: news-flash strips and stock-quote strips around the article.

News sites print a strip of the latest flashes next to every article: a
header (``快报``, ``Live``), a "more" link, then time / headline / time /
headline.  Text extraction turns it into a long run of short lines that has
nothing to do with the article.  TK001 finds such a run by its rhythm, TK002
finds runs of stock quotes (``恒生指数 17,123.45 +0.52%``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import compress, count
from typing import Iterator

import regex

from cleaner import shortcuts
from cleaner.document import Document
from cleaner.model import Edit
from cleaner.rule import Example, Option, Rule, register

_CLOCK = r"(?:[01]?\d|2[0-3])[:：][0-5]\d(?:[:：][0-5]\d)?(?:\s?(?P<half>[AaPp])\.?[Mm]\.?)?"
_DATE = r"(?:(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?)"
_AGO_ZH = r"(?:\d+|[一两兩几幾半])\s?(?P<zunit>秒|分钟|分鐘|小时|小時|天|周|週)前|刚刚|剛剛"
_AGO_EN = r"(?:\d+|an?|one)\s?(?P<eunit>s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)\s+ago|just now"
#: One timestamp: a clock time with or without a date, or an age ("3分钟前").
_TIME = rf"(?:{_DATE}\s*)?{_CLOCK}|{_AGO_ZH}|{_AGO_EN}"
# A line that is only timestamps (one, or two like "17 minutes ago 11:21 PM").
_TIME_LINE = regex.compile(rf"\s*(?:{_TIME})(?:\s*[|｜·•/]?\s*(?:{_TIME}))?\s*", regex.IGNORECASE)
# A timestamp that starts a line and is followed by its headline.
_TIME_FIRST = regex.compile(rf"\s*(?:{_TIME})\s*[|｜·•:：\-–—]?\s*(?=[^\d\s|｜·•:：\-–—])", regex.IGNORECASE)
_TIME_ANY = regex.compile(_TIME, regex.IGNORECASE)
_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)|[。！？]")
# Headlines do not end with a full stop; a short update in a live blog does.
_FULL_STOP = regex.compile(r"(?<![.。])[.。]$")

#: Every timestamp holds one of these: a clock's colon and first minute digit
#: (ASCII in both engines), 前, 刚刚, ago or just now (``re`` pairs at least
#: the characters ``regex`` pairs with an ASCII letter when ignoring case).
_STAMP_SCOUT = re.compile(r"[:：][0-5]|前|刚刚|剛剛|ago|just now", re.IGNORECASE)
#: ``_STAMP_SCOUT`` for the folded text.  Written to start with one class of
#: rare characters (a match of ``ago`` starts at its ``g``), which ``re``
#: skips to, where a plain alternation would stop at every ``a``.
_FOLDED_STAMP_SCOUT = re.compile(r"[:：前刚剛gj](?:(?<=[:：])[0-5]|(?<=前)|(?<=刚)刚|(?<=剛)剛|(?<=ag)o|(?<=j)ust now)")


def _stamp_lines(doc: Document, needed: int) -> list[int]:
    """The indexes of the lines that may hold a timestamp (a superset): a ticker has one per flash."""
    return [line.index for line in doc.folded_lines_matching(_FOLDED_STAMP_SCOUT, _STAMP_SCOUT)]


_UNIT_SECONDS = {
    "秒": 1, "分钟": 60, "分鐘": 60, "小时": 3600, "小時": 3600, "天": 86400, "周": 604800, "週": 604800,
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1, "m": 60, "min": 60, "mins": 60, "minute": 60,
    "minutes": 60, "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600, "d": 86400, "day": 86400,
    "days": 86400, "w": 604800, "week": 604800, "weeks": 604800,
}


_CLOCK_PARTS = regex.compile(r"(\d{1,2})[:：](\d{2})")
_DATE_PARTS = regex.compile(r"(\d{1,2})[-/.月](\d{1,2})日?\s*(?:\d{1,2})[:：]")
_NUMBER = regex.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class Entry:
    """One flash of a ticker: its timestamp line, its headline line (if apart), its time."""

    lines: tuple[int, ...]
    stamp: str
    key: tuple[int, ...] | None


def age_key(stamp: str) -> tuple[int, ...] | None:
    """A key that is larger for a later moment, or None when ``stamp`` has no timestamp.

    Clock times compare by (month, day, minute) when dated, by minute of the day
    otherwise; ages ("3 hours ago") by minus their length in seconds.  Keys of
    different kinds have different lengths and are not compared.
    """
    match = _TIME_ANY.search(stamp)
    if match is None:
        return None
    text = match.group()
    clock = _CLOCK_PARTS.search(text)
    if clock:
        hour, minute = int(clock[1]), int(clock[2])
        half = match.group("half")
        if half:
            hour = hour % 12 + (12 if half.lower() == "p" else 0)
        date = _DATE_PARTS.search(text)
        return (int(date[1]), int(date[2]), hour * 60 + minute) if date else (hour * 60 + minute,)
    unit = match.group("zunit") or (match.group("eunit") or "").lower()
    number = _NUMBER.match(text)
    seconds = _UNIT_SECONDS.get(unit, 0) * (int(number.group()) if number else 1)
    return (0, 0, 0, -seconds)


def _classify(line: str, max_headline: int) -> str:
    """One letter for the part a line of text ``line`` can play: T time, S time + headline, H short, L label, X other."""
    text = line.strip()
    if _TIME_LINE.fullmatch(text):
        return "T"
    head = _TIME_FIRST.match(text)
    if head and len(text) - head.end() <= max_headline:
        return "S"
    if len(text) > max_headline or _FULL_STOP.search(text):
        return "X"  # too long for a headline, or a sentence (a live blog's update)
    return "L" if is_label(text) else "H"


def is_label(text: str) -> bool:
    """A link label or a strip header: a few characters, no sentence (``快报``, ``更多``, ``More``, ``7x24``)."""
    text = text.strip()
    return 0 < len(text) <= 12 and len(text.split()) <= 2 and not _SENTENCE_END.search(text)


def newest_first(keys: list[tuple[int, ...] | None], allowed_rises: int, min_compared: int) -> bool:
    """Whether timestamps run from newest to oldest, with at most ``allowed_rises`` steps up.

    Each timestamp is compared with the previous one of its kind (clock
    time, dated clock time, age); a step up is a later time after an earlier
    one (a day boundary in undated clock times makes one).  Fewer than
    ``min_compared`` comparisons prove nothing, and the answer is False.
    """
    last: dict[int, tuple[int, ...]] = {}
    rises = compared = 0
    for key in keys:
        if key is None:
            continue
        before = last.get(len(key))
        if before is not None:
            compared += 1
            rises += key > before
        last[len(key)] = key
    return compared >= min_compared and rises <= allowed_rises


@register
class NewsTicker(Rule):
    """Drop a strip of news flashes: timestamps alternating with short headlines.

    The lines of the document (blank lines aside) are read as a rhythm:
    a timestamp line (``20:01``, ``09-21 14:30``, ``3分钟前``, ``2 hours
    ago``) followed by one short headline, or a timestamp and its headline on
    one line, again and again; or a headline followed by its timestamp.  A run
    of at least ``min_entries`` such flashes whose times go from newest to
    oldest (as tickers and "latest" lists do; one step back up is tolerated
    in a run of five or more, for midnight) is dropped, together with up to
    ``header_lines`` short labels right before it and one right after it
    (``快报``, ``更多``, ``Live``, ``More``).

    Left alone: a single time in an article, a paragraph that quotes a time,
    a live blog (its updates run to several lines, or end with a full stop
    as sentences do and headlines do not), and a programme or
    schedule (``09:00 Registration`` / ``09:30 Keynote``: its times count
    up).  A headline is a line of at most ``max_headline`` characters.

    Before::

        快报
        20:01
        北京:到2027年实现智算基础设施软硬件产品全栈自主可控
        19:54
        默克:一季度净利润47.62亿美元,同比增69%
        19:52
        南京聚隆:航空航天领域营业收入对公司整体业绩贡献很小

    After: (nothing)

    Safe on articles: the rhythm of three or more time/headline pairs in
    falling order does not occur in prose.
    """

    code = "TK001"
    name = "news-ticker"
    stage = "tickers"
    summary = "Drop a strip of news flashes: timestamps alternating with short headlines, newest first."
    options = {
        "min_entries": Option(3, "fewest timestamped flashes in a ticker"),
        "max_headline": Option(120, "longest headline line, in characters"),
        "header_lines": Option(2, "short labels right before the strip dropped with it"),
    }
    examples = (
        Example(
            "The article ends here.\n\n快报\n\n20:01\n\n北京发布新方案\n\n19:54\n\n默克一季度净利润增长\n\n"
            "19:52\n\n比特币多头暂停杠杆押注\n",
            "The article ends here.\n\n",
        ),
        Example(
            "The meeting began at 20:01 and ended late.\n\n20:01\n\nA heading without a full stop\n",
            "The meeting began at 20:01 and ended late.\n\n20:01\n\nA heading without a full stop\n",
        ),
        Example(
            "09:00 Registration\n09:30 Keynote\n10:30 Coffee break\n11:00 Panel\n",
            "09:00 Registration\n09:30 Keynote\n10:30 Coffee break\n11:00 Panel\n",
        ),
    )

    # Flash patterns over the letters of _classify: time then headline, a
    # line with both, or headline then time.
    _TIME_FIRST_RUN = regex.compile(r"(?:T[HL]|S)+")
    _TIME_LAST_RUN = regex.compile(r"(?:[HL]T)+")

    def find(self, doc: Document) -> Iterator[Edit]:
        """Yield drops for every line of each ticker found."""
        stamped = _stamp_lines(doc, self.options["min_entries"]) if shortcuts.ENABLED else None
        if stamped is not None and len(stamped) < self.options["min_entries"]:
            return
        # The non-blank lines: their indices, and their texts.
        indices = list(compress(count(), map(str.strip, doc.texts)))
        if len(indices) < self.options["min_entries"]:
            return
        lines = list(map(doc.texts.__getitem__, indices))
        max_headline = self.options["max_headline"]
        if stamped is None:
            shape = "".join(_classify(line, max_headline) for line in lines)
        else:
            # Only a line with a timestamp is T or S; any other line counts only
            # next to one (a headline) or a few lines before or after one (a
            # label), so lines further away are read as X without classifying.
            reach = max(self.options["header_lines"], 1) + 2
            where = {index: k for k, index in enumerate(indices)}
            letters = ["X"] * len(lines)
            near = {k + d for index in stamped if (k := where.get(index)) is not None for d in range(-reach, reach + 1)}
            for k in near:
                if 0 <= k < len(lines):
                    letters[k] = _classify(lines[k], max_headline)
            shape = "".join(letters)
        if "T" not in shape and "S" not in shape:
            return
        taken: set[int] = set()
        for pattern, time_first in ((self._TIME_FIRST_RUN, True), (self._TIME_LAST_RUN, False)):
            for match in pattern.finditer(shape):
                start, end = match.span()
                if any(k in taken for k in range(start, end)):
                    continue
                entries = self._entries(lines, shape, start, end, time_first)
                if not self._is_ticker(entries):
                    continue
                first, last = self._with_labels(shape, start, end, taken)
                taken.update(range(first, last))
                stamps = f"{entries[0].stamp} … {entries[-1].stamp}"
                reason = f"news ticker: {len(entries)} timestamped flashes ({stamps}), newest first"
                evidence = {"entries": len(entries), "lines": last - first}
                yield from doc.drop_lines((indices[k], reason, evidence) for k in range(first, last))

    def _entries(self, lines: list[str], shape: str, start: int, end: int, time_first: bool) -> list[Entry]:
        entries: list[Entry] = []
        k = start
        while k < end:
            if shape[k] == "S":
                text = lines[k]
                entries.append(Entry((k,), _TIME_ANY.search(text).group(), age_key(text)))
                k += 1
                continue
            stamp_at = k if time_first else k + 1
            stamp = lines[stamp_at].strip()
            entries.append(Entry((k, k + 1), stamp, age_key(stamp)))
            k += 2
        return entries

    def _is_ticker(self, entries: list[Entry]) -> bool:
        if len(entries) < self.options["min_entries"]:
            return False
        keys = [e.key for e in entries]
        return newest_first(keys, 1 if len(entries) >= 5 else 0, self.options["min_entries"] - 1)

    def _with_labels(self, shape: str, start: int, end: int, taken: set[int]) -> tuple[int, int]:
        first = start
        while first > 0 and start - first < self.options["header_lines"] and shape[first - 1] == "L":
            if first - 1 in taken:
                break
            first -= 1
        last = end
        if last < len(shape) and shape[last] == "L" and last not in taken:
            last += 1
        return first, last


# One quote: a name (up to 24 characters, no digits), a price with decimals,
# then a change: signed after a space, after an arrow, or a percentage in
# parentheses, optionally followed by the change in percent.
_QUOTE = regex.compile(
    r"(?<!\S)[^\d\s][^\n\d]{0,24}?[\s:：]*(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+"
    r"(?:\s*[▲▼↑↓]\s*[+\-−]?|\s+[+\-−]\s?)\d+(?:\.\d+)?%?"
    r"(?:\s*\(?\s*[+\-−]?\d+(?:\.\d+)?%\s*\)?)?"
    r"|(?<!\S)[^\d\s][^\n\d]{0,24}?[\s:：]*(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+\s*\(\s*[+\-−]\d+(?:\.\d+)?%\s*\)"
)


#: A "quote" whose price has one group of three digits after each dot and whose
#: change is a whole number: in the many languages that group thousands with
#: dots, a count and its change (``Altdorf 12.500 +120``), not a price.
_THOUSANDS_AND_COUNT = regex.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:\s*[▲▼↑↓]\s*|\s+)[+\-−]?\s?\d+$")

_QUOTE_HINT = regex.compile(r"\d\.\d+(?:\s*[▲▼↑↓]|\s+[+\-−]\s?\d|\s*\(\s*[+\-−]\d)")


def quotes_in(line: str) -> int:
    """How many stock quotes make up ``line`` (0 unless quotes cover nine tenths of it)."""
    text = line.strip()
    if not text or not any(c.isdigit() for c in text):
        return 0
    found = [m.span() for m in _QUOTE.finditer(text) if not _THOUSANDS_AND_COUNT.search(m.group())]
    covered = sum(b - a for a, b in found)
    return len(found) if found and covered >= 0.9 * len(text) else 0


@register
class QuoteStrip(Rule):
    """Drop a strip of stock quotes: lines made only of name, price and change.

    A quote is a short name, a price with decimals and a signed change or
    percentage (``恒生指数 17,123.45 +0.52%``, ``AAPL 189.12 ▲1.2%``,
    ``Nifty: 11991.8 +51.7``).  Lines made only of quotes, next to each other
    (blank lines between do not matter), are dropped when they hold at least
    ``min_quotes`` quotes together: a site's market strip or a quote widget
    inside an article.

    Before::

        恒生指数 17,123.45 +0.52%
        上证指数 3,071.38 -0.35%

    After: (nothing)

    Left alone: a sentence that gives a price or a change (its words are not
    quotes), a single quote line on its own, ranges (``14.5-16.5 inches``),
    and counts written with dots between groups of thousands, as German,
    Dutch, Spanish, Italian, Turkish, Indonesian and others write them,
    with a whole-number change (``Altdorf 12.500 +120``: a table of
    inhabitants, not a price).
    """

    code = "TK002"
    name = "quote-strip"
    stage = "tickers"
    summary = "Drop adjacent lines made only of stock quotes (name, price, signed change)."
    options = {"min_quotes": Option(2, "fewest quotes in a strip")}
    examples = (
        Example("恒生指数 17,123.45 +0.52%\n上证指数 3,071.38 -0.35%\n\nThe article.\n", "The article.\n"),
        Example(
            "Shares of Apple closed at 189.12, up 1.2% on the day.\n\nAAPL 189.12 ▲1.2%\n",
            "Shares of Apple closed at 189.12, up 1.2% on the day.\n\nAAPL 189.12 ▲1.2%\n",
        ),
        Example("Altdorf 12.500 +120\nNeudorf 8.120 -35\nBergheim 3.410 +12\n",
                "Altdorf 12.500 +120\nNeudorf 8.120 -35\nBergheim 3.410 +12\n"),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Yield drops for the lines of each strip of quotes."""
        texts, starts = doc.texts, doc.starts
        # Only lines with a price followed by a change can be quotes: one
        # search over the whole text finds them.
        candidates = sorted({bisect.bisect_right(starts, m.start()) - 1 for m in _QUOTE_HINT.finditer(doc.text)})
        run: list[tuple[int, int]] = []  # (line index, quotes)
        for index in [*candidates, None]:
            quotes = quotes_in(texts[index]) if index is not None else 0
            # Blank lines between quote lines do not break the run.
            if quotes and (not run or not any(map(str.strip, texts[run[-1][0] + 1 : index]))):
                run.append((index, quotes))
                continue
            yield from self._strip(doc, run)
            run = [(index, quotes)] if quotes else []

    def _strip(self, doc: Document, run: list[tuple[int, int]]) -> Iterator[Edit]:
        total = sum(n for _, n in run)
        if total >= self.options["min_quotes"]:
            reason = f"quote strip: {total} stock quotes on {len(run)} lines"
            yield from doc.drop_lines((index, reason, {"quotes": total}) for index, _ in run)
