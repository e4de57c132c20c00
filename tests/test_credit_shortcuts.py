"""The shortcuts of CR001-CR003 are exact: what they rule out, the slow path rules out too."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import shortcuts
from cleaner.credit_shape import _ROLES_EN, _ROLES_OTHER, _ROLES_ZH, _UNIT, credit_units
from cleaner.document import Document, fold
from cleaner.stages import credits
from cleaner.stages.credits import DATE, credit_verdict, is_dateline

# Pieces at the edges of the prefilters: roles and months in odd case, the
# characters regex pairs with ASCII letters (ſ, K, İ), digits of other
# scripts and beyond the BMP (regex knows more of those than re), spaces
# str.strip removes but regex does not read as space (\x1c), separators of
# both widths, brackets, Han, Cyrillic and Korean roles, emoji after digits.
PIECES = [
    "Editor", "EDITOR", "editor", "Photo", "by", "BY", "By", "translated", "Reporting", "additional reporting",
    "Head map source", "chief editor", "text", "Source", "ſource", "Text", "Translated", "Foto", "Текст", "автор",
    "기자", "写真", "文", "编辑", "責任編輯", "來源", "作者", "记者", "图", "小明", "網經社", "Jane", "Doe", "Qi Jielun",
    "|", "｜", ":", "：", "/", ";", ",", "，", "(", ")", "（", "）", "[", "】", "<", "《", "-", "—", "·", "•", ".",
    " ", "  ", "\t", "\u3000", "\u00a0", "\x1c", "\n",
    "1", "2", "12", "2019", "08", "٣", "١٢", "𝟙", "𝟚𝟘𝟙𝟡", "😀", "st", "th", "nd",
    "March", "MAR", "mar.", "Sep", "ſep", "Oct", "Dec", "january", "May", "day", "days", "hours", "ago", "AGO",
    "minute", "weeks", "yesterday", "Today", "TODAY", "刚刚", "昨天",
    "年", "月", "日", "前", "分钟", "天", "个月", "Published", "Updated", "at", "on", "PM", "am", "GMT", "views",
    "İ", "K", "Kelvin", "the", "said", "The editor", "of",
]
_PIECES = st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map("".join)
PROPERTY = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def random_texts(seed: int, count: int, size: int = 8) -> list[str]:
    """``count`` texts of up to ``size`` pieces, reproducibly."""
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, size))) for _ in range(count)]


_ROLES = "|".join((_ROLES_EN, _ROLES_ZH, _ROLES_OTHER)).split("|")
_QUALIFIERS = ["Our", "senior", "Cover", "ſtaff", "İnk", "photo", "中文"]
_SEPARATORS = ["|", "｜", ":", "：", "/", " by", " By", "\tBY", " BY:", ""]


def credit_like(seed: int, count: int) -> list[str]:
    """Texts shaped like credits: some pieces, a role in odd case, a separator, some pieces, again."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 3)):
            parts += [rng.choice(PIECES) for _ in range(rng.choice((0, 0, 1, 2)))]
            parts += [rng.choice(_QUALIFIERS) + rng.choice((" ", "  ", "\u3000")) for _ in range(rng.choice((0, 1, 2, 2)))]
            role = rng.choice(_ROLES)
            parts += [rng.choice((role, role.upper(), role.title())), rng.choice(("", " ", "\u3000", "\x1c"))]
            parts += [rng.choice(_SEPARATORS)] + [rng.choice(PIECES) for _ in range(rng.randint(0, 3))]
        texts.append("".join(parts))
    return texts


def slow(monkeypatch: pytest.MonkeyPatch, judge, text):
    with monkeypatch.context() as patch:
        patch.setattr(shortcuts, "ENABLED", False)
        return judge(text)


@PROPERTY
@given(_PIECES)
def test_unit_shape_rules_out_no_credit(text: str) -> None:
    shortcuts_were = shortcuts.ENABLED
    try:
        shortcuts.ENABLED = False
        expected = credit_units(text)
    finally:
        shortcuts.ENABLED = shortcuts_were
    assert credit_units(text) == expected


def test_unit_shape_rules_out_no_credit_many(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = random_texts(7, 10000, 6) + credit_like(8, 20000)
    found = 0
    for text in texts:
        expected = slow(monkeypatch, credit_units, text)
        assert credit_units(text) == expected, text
        found += expected is not None
    assert found > 1000, "too few credits generated: the comparison says little"


def test_roles_are_what_the_unit_shape_assumes() -> None:
    """At most two words, of letters only (the shape counts four words before a separator)."""
    for role in "|".join((_ROLES_EN, _ROLES_ZH, _ROLES_OTHER)).split("|"):
        assert 1 <= len(role.split(" ")) <= 2, role
        assert all(c.isalpha() or c == " " for c in role), role
    assert _UNIT.match("Additional Reporting by X")


_DIGITS = ["1", "08", "12", "2019", "٣", "１２", "𝟚𝟘𝟙𝟡", "3rd", "21st"]
_DATE_GLUE = [".", "-", "/", " / ", "年", "月", "日", " ", "\u3000", "\x1c", ", ", " March ", "Sep. ", " ago", " days ago", "前"]


def date_like(seed: int, count: int) -> list[str]:
    """Texts shaped like dates: digits of several scripts, separators, months and units between them."""
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_DIGITS) + rng.choice(_DATE_GLUE) for _ in range(rng.randint(1, 4))) + rng.choice(_DIGITS + [""])
        for _ in range(count)
    ]


def test_date_hint_finds_every_date(monkeypatch: pytest.MonkeyPatch) -> None:
    dated = 0
    for text in random_texts(11, 20000, 7) + date_like(12, 20000) + [
        "March 20😀", "March 5😀1", "Sep 9", "ſep 9", "MARCH 2nd", "2019\u3000年 10月8日", "１２月３日", "𝟚𝟘𝟙𝟡-𝟘𝟙-𝟘𝟙",
        "3 DAYS AGO", "5\x1cdays\x1cago", "1 jan", "10月8日", "3分钟前", "Posted yesterday", "2019.10.08", "8.10.2019", "08-10-2019", "2019 / 10 / 8", "March 20 2019", "Sep. 9 2019", "3天前",
    ]:
        if DATE.search(text):
            dated += 1
            assert credits._FOLDED_DATE_HINT.search(fold(text)), text
    assert dated > 2000, "too few dates generated: the comparison says little"


@PROPERTY
@given(_PIECES)
def test_date_hint_finds_every_date_property(text: str) -> None:
    if DATE.search(text):
        assert credits._FOLDED_DATE_HINT.search(fold(text))


def _page(seed: int) -> str:
    return "\n".join(random_texts(seed, 40, 6))


@pytest.mark.parametrize("seed", range(40))
def test_candidates_hold_every_line_the_rules_drop(seed: int) -> None:
    doc = Document(_page(seed))
    texts = doc.texts
    credit_lines = set(credits._credit_candidates(doc))
    date_lines = set(credits._date_candidates(doc))
    assert credits._credit_candidates(doc) == sorted(credit_lines)
    assert credits._date_candidates(doc) == sorted(date_lines)
    for index, text in enumerate(texts):
        if credit_verdict(text) is not None:
            assert index in credit_lines, text
        if is_dateline(text):
            assert index in date_lines, text


class _LongerWhenFolded(Document):
    """A document whose folded text does not keep the offsets (no character folds so today)."""

    __slots__ = ()

    @property
    def folded(self) -> str:
        return fold(self.text) + "!"


def test_candidates_are_found_where_folding_moves_offsets() -> None:
    """Then the scouts search the text itself."""
    doc = _LongerWhenFolded("İ\nEditor: Jane Doe\nbody\nPublished 3 days ago\nBY JANE DOE\n2019年10月8日\nTODAY")
    assert credits._credit_candidates(doc) == [1, 4]
    assert credits._date_candidates(doc) == [3, 5, 6]


def test_lines_matching_meets_each_line_once_as_the_document_does() -> None:
    import re

    text = _page(99) + "\n\n12 and 13\n\nno digits\n4"
    doc = Document(text)
    slow_scout = re.compile(r"[\d\U00010000-\U0010ffff]")
    assert credits._lines_matching(doc, credits._DIGIT_SCOUT, text) == [line.index for line in doc.lines_matching(slow_scout)]
    assert credits._lines_matching(doc, credits._DIGIT_SCOUT, text)[-1] == len(doc.texts) - 1


def test_remembered_verdicts_are_those_of_the_text() -> None:
    memory: dict = {}
    calls: list[str] = []

    def judge(text: str) -> bool:
        calls.append(text)
        return text.startswith("a")

    assert [shortcuts.remembered(memory, text, judge) for text in ["ab", "b", "ab", "b"]] == [True, False, True, False]
    assert calls == ["ab", "b"]


def test_what_re_reads_as_digits_and_space_regex_reads_so_too() -> None:
    """The premises of the prefilters: re's digits are word characters for regex, regex's space is re's space."""
    import re

    import regex

    characters = [chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000]
    re_digit, regex_word = re.compile(r"\d"), regex.compile(r"\w")
    assert not [c for c in characters if re_digit.match(c) and not regex_word.match(c)]
    re_space, regex_space = re.compile(r"\s"), regex.compile(r"\s")
    assert not [c for c in characters if regex_space.match(c) and not re_space.match(c)]
