"""LM001: language menus go; sentences and headings that name languages stay."""

from __future__ import annotations

import pytest

from cleaner import Pipeline
from cleaner.language_names import lexicon
from cleaner.stages.menus import segment

LM = Pipeline.for_rule("LM001")

MENUS = [
    "한어Русский языкEnglishFrançaisIndonesianSanskrit日本語DeutschPortuguêsΕλληνικάespañolItalianoSuomalainenLatina",
    "English | 中文 | 日本語 | Español",
    "English / Deutsch / Français / Italiano / Nederlands",
    "简体中文 • 繁體中文 • English • 한국어",
    "Bahasa Indonesia Tiếng Việt ไทย 日本語",
    "EnglishDeutschFrançaisEspañol",
    "English Español Deutsch Français Italiano العربية Polski Português Nederlands Русский Türkçe",
    "Afrikaans Albanian Arabic Bengali Bosnian Chinese Croatian Czech Danish Dutch English",
]

KEEP = [
    "The book was translated from English into French and German.",
    "The book was translated from English into French and German",  # no full stop
    "Dubbed into eight languages: Farsi, French, Spanish, Italian, German, Polish, Hungarian and Russian",
    "English, French and German",
    "French, German, Italian",
    "Español",
    "English | 中文",
    "Greek and Chinese ships",
    "France Germany Italy Spain",
    "本文提供中文、英文、日文三种版本",
    "“English French German”, he said.",
    "Home | News | Sport | English",
]


@pytest.mark.parametrize("line", MENUS)
def test_menu_lines_go(line: str) -> None:
    text = f"Title\n\n{line}\n\nThe article starts here and goes on.\n"
    result = LM.clean(text)
    assert result.text == "Title\n\nThe article starts here and goes on.\n"
    assert result.changes[0].reason.startswith("language menu: ")


@pytest.mark.parametrize("line", KEEP)
def test_lines_naming_languages_stay(line: str) -> None:
    text = f"Title\n\n{line}\n\nThe article starts here and goes on.\n"
    assert LM.clean(text).text == text


def test_reason_gives_the_counts() -> None:
    change = LM.clean(MENUS[0] + "\n").changes[0]
    assert "12 language names" in change.reason
    assert "4 unknown tokens" in change.reason
    assert change.evidence["names"] == 12


def test_lexicon_comes_from_cldr() -> None:
    names = lexicon().names
    assert names["deutsch"].code == "de" and names["deutsch"].autonym
    assert names["日本語"].code == "ja"
    assert names["german"].code == "de" and not names["german"].autonym
    assert names["繁體中文"].code == "zh-Hant"
    assert "ido" not in names  # too short outside scripts without spaces


def test_segment_reads_glued_names() -> None:
    seg = segment("EnglishFrançais日本語Deutsch")
    assert (seg.names, seg.unknown_tokens, seg.coverage) == (4, 0, 1.0)


def test_options_make_it_stricter() -> None:
    strict = Pipeline.for_rule("LM001", {"min_names": 5, "min_coverage": 0.75, "names_per_unknown": 3})
    text = "English | 中文 | 日本語 | Español\n"
    assert strict.clean(text).text == text
