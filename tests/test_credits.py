"""Credits, datelines and breadcrumbs: what they drop and what must stay."""

from __future__ import annotations

import pytest

from cleaner import Pipeline


def run(code: str, text: str) -> str:
    return Pipeline.for_rule(code).clean(text).text


@pytest.mark.parametrize("line", [
    "Editor | Qi Jielun", "text|you yong", "editor: zhou luping", "Head map source | stone map",
    "文/甄祥晴 編選:網經社", "责任编辑：王小明", "來源：投中網", "By Julius Young | Fox News",
    "Translated by Levin Feng (Senior Translator at PAGE TO PAGE), working for TMTpost.",
    "Photo: Reuters", "Reporting by Jane Doe; Editing by John Roe",
])
def test_credit_lines_go(line: str) -> None:
    assert run("CR001", f"Title\n\n{line}\n\nBody.\n") == "Title\n\nBody.\n"


@pytest.mark.parametrize("line", [
    "The Editor of the paper said the story would run on Monday.",
    "Source: people familiar with the matter said the deal was close, and that talks went on.",
    "By the end of the year, sales had doubled.",
    "文化是一个国家的灵魂。",
    "“Editor”",
])
def test_sentences_with_role_words_stay(line: str) -> None:
    assert run("CR001", f"{line}\n") == f"{line}\n"


@pytest.mark.parametrize("line", [
    "發布時間:2019年10月08日 09:17:42", "3 October 2017 • 9:04am", "Published 1 day ago",
    "2021-04-17 10:20 来源：新华网", "Updated: September 24, 2018",
])
def test_datelines_go(line: str) -> None:
    assert run("CR002", f"Title\n\n{line}\n\nBody.\n") == "Title\n\nBody.\n"


@pytest.mark.parametrize("line", [
    "On March 5, 2019, the company said it would list its shares.",
    "2019年10月8日，公司宣布了新的计划。",
    "The meeting is at 9:30.",
])
def test_sentences_with_dates_stay(line: str) -> None:
    assert run("CR002", f"{line}\n") == f"{line}\n"


def test_trailing_credit_is_removed_and_paragraph_kept() -> None:
    text = "但湯道生稱,“不會錯過騰訊發展的機會。”(來源:投中網 文/甄祥晴 編選:網經社)\n"
    assert run("CR003", text) == "但湯道生稱,“不會錯過騰訊發展的機會。”\n"


@pytest.mark.parametrize("line", [
    "(網經社訊)2018年9月30日,騰訊調整組織架構。",
    "The plan (see the annex) was approved.",
    "Revenue rose 5% (compared with last year).",
])
def test_brackets_that_are_not_credits_stay(line: str) -> None:
    assert run("CR003", f"{line}\n") == f"{line}\n"


@pytest.mark.parametrize("text, after", [
    ("當前位置:100EC>行業研究>淺析\n淺析\n", "淺析\n"),
    ("Home > News > World\n\nTitle\n", "Title\n"),
    ("Home » Dog Breeds » Pembroke Welsh Corgi\n\nTitle\n", "Title\n"),
    ("Encyclopedia - Festivals - Tencent to B.\n\nTencent to B.\n", "Tencent to B.\n"),
])
def test_breadcrumbs_go(text: str, after: str) -> None:
    assert run("BC001", text) == after


@pytest.mark.parametrize("text", [
    "EU Admits Austerity Risk - Real Time Brussels - WSJ\n\nWSJ\n",
    "Revenue grew > 10% / year, he said.\n",
    "2022/03/21 1,841.69 57,283\n",
    "涵盖写作、视觉/摄影、视觉/设计、多媒体四大传媒类别\n",
    "Location: Columbus, Ohio\n",
])
def test_lines_like_trails_stay(text: str) -> None:
    assert run("BC001", text) == text


@pytest.mark.parametrize(
    "line",
    ["Текст: Лида Буслаева · 11 октября 2018", "Foto: dpa", "Texte : Marie Curie", "Quelle: Reuters / AFP",
     "Fuente: Ministerio de Salud", "사진: 연합뉴스", "写真：共同通信"],
)
def test_credit_lines_in_other_languages_go(line: str) -> None:
    text = f"Title\n\n{line}\n\nThe article begins here and goes on for a while.\n"
    assert Pipeline.for_rule("CR001").clean(text).text == "Title\n\nThe article begins here and goes on for a while.\n"


@pytest.mark.parametrize(
    "line",
    ["Как сказал автор: «Это важно».", "Der Autor: ein Mann, der viel schrieb, sagte am Ende, dass er müde sei.",
     "Photo of the day: the harbour at dawn, with the first boats going out."],
)
def test_sentences_with_a_role_word_stay(line: str) -> None:
    text = f"{line}\n"
    assert Pipeline.for_rule("CR001").clean(text).text == text
