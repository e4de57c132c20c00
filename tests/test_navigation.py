"""Menus and headed lists: page furniture goes, article lists and headings stay."""

from __future__ import annotations

import pytest

from cleaner import Pipeline

PROSE = "This paragraph is long enough to read as prose, with a clause or two, and it ends."


def run(code: str, text: str) -> str:
    return Pipeline.for_rule(code).clean(text).text


def test_menu_run_goes() -> None:
    text = f"Title\n\n{PROSE}\n\nHome\nNews\nSport\nWeather\nTravel\nCulture\n\n{PROSE}\n"
    assert run("NV001", text) == f"Title\n\n{PROSE}\n\n{PROSE}\n"


def test_han_menu_line_goes() -> None:
    assert run("NV001", "标题\n\n首页 新闻 体育 娱乐 财经\n\n正文。\n") == "标题\n\n正文。\n"


def test_numbered_list_and_short_run_stay() -> None:
    text = f"{PROSE}\n\n1. First step\n2. Second step\n3. Third step\n4. Fourth\n5. Fifth\n\nOpen policy update\n\n{PROSE}\n"
    assert run("NV001", text) == text


def test_headed_list_goes() -> None:
    text = f"{PROSE}\n\nRelated articles\n\nA headline here\n\nAnother headline\n"
    assert run("NV002", text) == f"{PROSE}\n\n"


def test_header_word_before_prose_stays() -> None:
    text = f"Related work\n\n{PROSE}\n"
    assert run("NV002", text) == text


@pytest.mark.parametrize("header", ["Материалы по теме", "Lesen Sie auch:", "À lire aussi", "Leia também", "関連記事"])
def test_headed_lists_in_other_languages_go(header: str) -> None:
    text = ("The article ends with a sentence of its own.\n\n" f"{header}\n"
            "Как молоды мы были: звездные пары\nSecond headline of another story\n")
    assert Pipeline.for_rule("NV002").clean(text).text == "The article ends with a sentence of its own.\n\n"
