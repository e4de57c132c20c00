"""AB002 keeps the article's own lists and still drops menus, tag lines, forms and headline lists."""

from __future__ import annotations

import pytest

from cleaner import Pipeline
from cleaner.line_shape import item_kind, item_mark

P1 = "The first paragraph is long enough to be prose, with a clause, and it ends."
P2 = "The second paragraph is long enough to be prose, with a clause, and it ends."
RU1 = "Эта диета пришла к нам с запада и в своей основе содержит ограничение на количество углеводов."
RU2 = "Пить можно и обычную, и минеральную воду, и чай, и кофе, то есть любой напиток без углеводов и без сахара."
ZH1 = "本次征文活动面向全国的中学生，旨在鼓励同学们用文字记录身边的故事，参赛作品须为原创。"
ZH2 = "评委会将从所有作品中选出优秀作品，获奖名单将于十二月底在官方网站公布，敬请关注。"


def run(text: str) -> str:
    return Pipeline.for_rule("AB002").clean(text).text


def kept(text: str) -> None:
    assert run(text) == text


# Lists that stay.


def test_english_list_under_a_short_opening_line_stays() -> None:
    kept(f"Title\n\n{P1}\n\nYou will need:\n\n2 cups of flour\nsome warm water\na pinch of salt\n\n{P2}\n")


def test_english_list_under_an_article_line_ending_with_a_colon_stays() -> None:
    intro = "Before you start, check that the following things are ready and within reach on your desk:"
    items = "Restart your router\nUnplug the TV and plug it back in\nUpdate the software\n"
    kept(f"Title\n\n{P1}\n\n{intro}\n\n{items}\n{P2}\n")


def test_title_case_items_stay_under_an_article_line_ending_with_a_colon() -> None:
    # Single capitalised words read neither as phrases nor as labels: the article line opens the list.
    intro = "Albert Dock was used as an unloading dock for ships from Asia, and its cargoes included:"
    kept(f"Title\n\n{P1}\n\n{intro}\n\nTea\nSilk\nCotton\n\n{P2}\n")


def test_heading_after_the_items_stays_with_the_list() -> None:
    text = (
        f"Title\n\n{P1}\n\nSome alternatives to steer clear from:\n\nExposed color film\nMedical X-ray film\n"
        f"Smoked glass\nCD's and floppy discs\n\nSolar Filters You Can Trust\n\n{P2}\n"
    )
    kept(text)


@pytest.mark.parametrize("mark", ["• ", "- ", "* ", "– "])
def test_bulleted_steps_between_paragraphs_stay(mark: str) -> None:
    items = "".join(f"{mark}{step}\n" for step in ("Open the box", "Take out the router", "Plug it in"))
    kept(f"Title\n\n{P1}\n\n{items}\n{P2}\n")


@pytest.mark.parametrize("marks", [("1. ", "2. ", "3. "), ("1) ", "2) ", "3) "), ("① ", "② ", "③ ")])
def test_numbered_steps_between_paragraphs_stay(marks: tuple[str, ...]) -> None:
    steps = ("Preheat the oven", "Mix the flour and water", "Bake for an hour")
    items = "".join(f"{mark}{step}\n" for mark, step in zip(marks, steps))
    kept(f"Title\n\n{P1}\n\n{items}\n{P2}\n")


def test_russian_lists_under_their_opening_lines_stay() -> None:
    text = (
        f"Диета Аткинса\n\n{RU1}\n\nСписок разрешенных продуктов в меню диеты:\n\n"
        "любая рыба (и морская и речная)\nлюбая птица (включая дичь)\nлюбые свежие грибы\n\n"
        f"{RU2}\n\nСписок запрещенных продуктов:\n\nалкоголь в любом виде\nжиры искусственного происхождения\n"
        "кондитерские изделия (все содержат сахар)\n\nсметана и ряд других продуктов.\n\n"
        f"{RU1}\n"
    )
    kept(text)


def test_chinese_list_under_an_article_line_ending_with_a_colon_stays() -> None:
    intro = "本次征文活动面向全国的中学生，参赛的同学须满足以下条件，具体要求如下："
    kept(f"征文通知\n\n{ZH1}\n\n{intro}\n\n年满十四周岁\n热爱写作\n能够按时提交作品\n\n{ZH2}\n")


def test_chinese_numbered_list_under_a_short_opening_line_stays() -> None:
    kept(f"征文通知\n\n{ZH1}\n\n参赛作品的要求如下：\n\n1、须为原创作品\n2、字数不超过三千字\n3、按时提交作品\n\n{ZH2}\n")


def test_chinese_marked_items_after_prose_stay() -> None:
    kept(f"征文通知\n\n{ZH1}\n\n●须为原创作品\n●字数不超过三千字\n●按时提交作品\n\n{ZH2}\n")


def test_chinese_items_with_inner_commas_stay() -> None:
    kept(f"征文通知\n\n{ZH1}\n\n参赛选手的基本情况：\n\n爱好新闻写作、传媒摄影与平面设计\n有志于申请传媒、新闻相关专业\n\n{ZH2}\n")


# Noise that still goes.


@pytest.mark.parametrize(
    "lines",
    [
        # Title-case labels outnumber phrases: a category list.
        "See also these topics:\n\nHealth & Medicine\nHeart Disease\nImmune System\nHuman Biology\n",
        # An opening line of fewer than three words is a label: a tag line.
        "Tags:\n\nretirement planning\nearly retirement\n",
        # No phrase under a short opening line: a share bar.
        "Share this article:\n\nFacebook\nTwitter\nEmail\n",
        # A bare count: a headline widget.
        "Share or comment on this article:\n\nJose expected to become a major hurricane\n1.1k\nMost watched videos\n",
        # An address and a menu separator.
        "Read more about it here:\n\nhttp://example.com/story\nthe second story | the third\n",
        # A repeated item: a widget.
        "Watch the latest videos here:\n\ncopy the link\nview more video\ncopy the link\n",
        # Lines that each open something: a comment thread, a form.
        "Joe from Toronto says:\n\nthey look tired\nthe fan from Ohio says:\n\nget a new coach\n",
        "Your name please:\n\nyour e-mail\nChoose a password:\nretype the password\n",
        # Neither an opening line nor list marks.
        "more from the site\nour other stories\n",
    ],
)
def test_noise_between_paragraphs_goes(lines: str) -> None:
    assert run(f"Title\n\n{P1}\n\n{lines}\n{P2}\n") == f"Title\n\n{P1}\n\n{P2}\n"


def test_list_the_article_does_not_close_goes() -> None:
    # After the last paragraph, with nothing of the article after it: the footer's links.
    text = f"Title\n\n{P1}\n\n{P2}\n\nUseful links for our readers:\n\nabout our team\ncontact the newsroom\n"
    assert run(text) == f"Title\n\n{P1}\n\n{P2}\n\n"


def test_chinese_menu_under_a_label_goes() -> None:
    text = f"征文通知\n\n{ZH1}\n\n热门栏目：\n\n新闻\n体育\n财经\n\n{ZH2}\n"
    assert run(text) == f"征文通知\n\n{ZH1}\n\n{ZH2}\n"


def test_related_headlines_go_with_navigation() -> None:
    # AB002 reads the headlines as a list of phrases; NV002, after it, knows the header.
    text = (
        f"Title\n\n{P1}\n\nYou may also like:\n\nApple unveils a phone with a bigger screen\n"
        f"Markets fall after the central bank raises rates\n\n{P2}\n"
    )
    out = Pipeline(select=["AB002", "NV001", "NV002"]).clean(text).text
    assert out == f"Title\n\n{P1}\n\n{P2}\n"


# The item measures.


@pytest.mark.parametrize(
    "text, kind",
    [
        ("любая рыба (и морская и речная)", "phrase"),
        ("Restart your router", "phrase"),
        ("• Telephone", "phrase"),
        ("1、年满十四周岁", "phrase"),
        ("爱好新闻写作、传媒摄影", "phrase"),
        ("Heart Disease", "label"),
        ("VISUAL MARKETING", "label"),
        ("John Schneider and Emma Slater", "label"),
        ("• Exercise Room", "plain"),
        ("капуста", "plain"),
        ("年满十四周岁", "plain"),
        ("1.1k", "noise"),
        ("0", "noise"),
        ("[in a new window]", "noise"),
        ("www.example.com", "noise"),
        ("About | Contact", "noise"),
        ("See full bio »", "noise"),
    ],
)
def test_item_kind(text: str, kind: str) -> None:
    assert item_kind(text) == kind


@pytest.mark.parametrize(
    "text, mark",
    [
        ("• Sea view", "• "),
        ("- 2 eggs", "- "),
        ("1. First step", "1. "),
        ("2) Second step", "2) "),
        ("3、第三步", "3、"),
        ("（二）第二条", "（二）"),
        ("①第一", "①"),
        ("5.0 Perfect score", ""),
        ("- -", ""),
        ("Plain line", ""),
    ],
)
def test_item_mark(text: str, mark: str) -> None:
    assert item_mark(text) == mark
