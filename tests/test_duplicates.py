"""DU001: a stray copy of a line or paragraph goes; repetition that means something stays."""

from __future__ import annotations

import pytest

from cleaner import Pipeline

DU = Pipeline.for_rule("DU001")

CAPTION = "M1 Work Attendance Machine: Dingding's first independently-developed product."
PARAGRAPH = "A case in point is Alibaba's Dingding, which released its first hardware product last month."


def test_glued_copy_goes_and_the_paragraph_copy_stays() -> None:
    text = f"{PARAGRAPH}\n{CAPTION}\n\n{CAPTION}\n\nHowever, revenue is still limited.\n"
    result = DU.clean(text)
    assert result.text == f"{PARAGRAPH}\n\n{CAPTION}\n\nHowever, revenue is still limited.\n"
    assert len(result.changes) == 1
    assert result.changes[0].line == 2
    assert "stands as a paragraph of its own" in result.changes[0].reason


def test_copy_glued_over_the_next_paragraph_goes() -> None:
    text = f"{CAPTION}\n\n{CAPTION}\n{PARAGRAPH}\n"
    assert DU.clean(text).text == f"{CAPTION}\n\n{PARAGRAPH}\n"


def test_two_standalone_copies_keep_the_first() -> None:
    text = f"Intro line that is long enough.\n\n{CAPTION}\n\n{CAPTION}\n\nThe end of it all.\n"
    result = DU.clean(text)
    assert result.text == f"Intro line that is long enough.\n\n{CAPTION}\n\nThe end of it all.\n"
    assert result.changes[0].line == 5


def test_repeated_paragraph_goes_as_a_whole() -> None:
    block = "First line of a paragraph that repeats.\nSecond line of the same paragraph."
    text = f"{block}\n\n{block}\n\nAfter.\n"
    result = DU.clean(text)
    assert result.text == f"{block}\n\nAfter.\n"
    assert all("duplicate paragraph" in c.reason for c in result.changes)


def test_case_and_white_space_do_not_matter() -> None:
    text = f"{CAPTION}\n\n{CAPTION.upper().replace(' ', '  ')}\n\nEnd of the text here.\n"
    assert DU.clean(text).text == f"{CAPTION}\n\nEnd of the text here.\n"


def test_chinese_caption_printed_twice() -> None:
    caption = "图为钉钉推出的首款智能考勤机"
    text = f"这是文章的一段正文，讲述了企业服务市场。\n{caption}\n\n{caption}\n\n正文继续。\n"
    assert DU.clean(text).text == f"这是文章的一段正文，讲述了企业服务市场。\n\n{caption}\n\n正文继续。\n"


@pytest.mark.parametrize(
    "text",
    [
        "More\n\nMore\n\nShare\n\nShare\n",  # short menu items
        "“Yes.”\n\n“Yes.”\n",  # a short quoted line said twice
        # a refrain inside a stanza
        "Scotty doesn't know, so don't tell\nScotty doesn't know, so don't tell\nDon't tell Scotty.\n",
        # copies too far apart
        f"{CAPTION}\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\n{CAPTION}\n",
        # a heading without a full stop, then a different heading
        "A heading without a full stop\n\nA heading without a full stop, continued\n",
        "\n\n\n\n",
    ],
)
def test_meaningful_repetition_stays(text: str) -> None:
    assert DU.clean(text).text == text


def test_three_copies_leave_one() -> None:
    text = f"{CAPTION}\n\n{CAPTION}\n\n{CAPTION}\n\nEnd of the text here.\n"
    assert DU.clean(text).text == f"{CAPTION}\n\nEnd of the text here.\n"
