"""Article bounds and end markers: furniture around the article goes, the article stays whole."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from cleaner import Pipeline
from cleaner.line_shape import Shape
from cleaner.stages.article import _best_blocks, _key, _keys, _scoring_minus_one, _shape_score

P1 = "The first paragraph is long enough to be prose, with a clause, and it ends."
P2 = "The second paragraph is long enough to be prose, with a clause, and it ends."
P3 = "The third paragraph is long enough to be prose, with a clause, and it ends."


def run(code: str, text: str) -> str:
    return Pipeline.for_rule(code).clean(text).text


def test_title_and_headings_inside_stay_menus_and_footer_go() -> None:
    text = f"A Title Without Stop\n\nHome\nNews\n\n{P1}\n\nA heading inside\n\n{P2}\n\nAbout us\n\nContact\n"
    assert run("AB002", text) == f"A Title Without Stop\n\n{P1}\n\nA heading inside\n\n{P2}\n\n"


def test_other_script_footer_after_english_article_goes() -> None:
    text = f"Title\n\n{P1}\n\n{P2}\n\n想和千万用户分享你的新奇观点和发现，欢迎来稿，我们会认真阅读每一篇。\n"
    assert run("AB002", text) == f"Title\n\n{P1}\n\n{P2}\n\n"


def test_short_quoted_line_and_sentences_outside_stay() -> None:
    text = f"Title\n\n{P1}\n\n{P2}\n\n“Never again.”\n"
    assert run("AB002", text) == text


def test_page_without_enough_prose_is_left_alone() -> None:
    text = "Home\nNews\nSport\n\nOne line of text.\n"
    assert run("AB002", text) == text


def test_promo_after_closing_source_credit_goes() -> None:
    body = "".join(f"第{n}段很長的正文，講述了事情的來龍去脈，以及各方的反應和看法。\n\n" for n in range(1, 4))
    text = body + "最後一段總結。”(來源:某某網 文/張三)\n\n每篇文章後面都附有的推廣段落，和本文沒有關係，請讀者留意。\n\n平臺名稱\n"
    assert run("AB001", text) == body + "最後一段總結。”(來源:某某網 文/張三)\n\n"


def test_photo_credit_mid_article_is_not_an_end() -> None:
    text = f"{P1}\n\n{P2}\n\n{P3}\n\nA caption here (Photo: Jane Doe)\n\n{P1}\n\n{P2}\n\n{P3}\n"
    assert run("AB001", text) == text


def test_comment_section_goes() -> None:
    text = f"{P1}\n\n{P2}\n\n{P3}\n\n12 Comments\n\nJane\n\nGreat article, thanks for writing it!\n\nReply\n"
    assert run("AB001", text) == f"{P1}\n\n{P2}\n\n{P3}\n\n"


def test_agency_tag_at_start_of_first_paragraph_stays() -> None:
    text = "標題\n\n(網經社訊)2018年9月30日，騰訊圍繞產業互聯網調整組織架構，這被稱為930變革。\n\n第二段很長的正文，講述了事情的來龍去脈，以及各方的反應和看法。\n"
    out = Pipeline(select=["AB", "BC", "BP", "CR", "NV"]).clean(text).text
    assert out == text


# The parts of AB002 that read the lines without their shapes must read them as the shapes do.

SCORES = st.lists(st.sampled_from([-1.0, -1.0, 0.0, 1.0, 1.5, 3.0]), max_size=40)


@settings(max_examples=500)
@given(SCORES)
def test_lines_scoring_minus_one_are_those_outside_the_blocks(scores: list[float]) -> None:
    blocks = _best_blocks(scores, 0.5)
    assume(blocks)
    inside = {n for block in blocks for n in range(block.first, block.last + 1)}
    expected = [
        (n, "before" if n < blocks[0].first else "after" if n > blocks[-1].last else "between")
        for n, score in enumerate(scores)
        if n not in inside and score == -1.0
    ]
    ns, wheres = _scoring_minus_one(blocks, scores)
    assert list(zip(ns, wheres)) == expected


SHAPES = st.builds(
    Shape, st.sampled_from([None, "han", "latin"]), st.integers(0, 99), st.integers(0, 99), st.booleans(), st.booleans()
)


@given(SHAPES, st.integers(1, 900), st.sampled_from(["han", "latin"]))
def test_a_line_scores_minus_one_when_in_another_script_or_neither_prose_nor_sentence(
    shape: Shape, length: int, main: str
) -> None:
    dropped = shape.script not in (main, None) or not (shape.prose or shape.short_sentence)
    assert (_shape_score(shape, length, main) == -1.0) == dropped


#: Lines with ASCII and other letters, letters casefolding to more than one, and other white space.
LINES = st.lists(
    st.text(st.sampled_from("Ab1 ,.’中文ÉßİﬁK\u00a0") | st.characters(blacklist_characters="\n")), max_size=12
)


@given(LINES)
def test_keys_of_lines_are_each_lines_key(texts: list[str]) -> None:
    assert _keys(texts) == [_key(text) for text in texts]
