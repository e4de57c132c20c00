"""Chinese-only rules leave Japanese and Korean documents alone."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cleaner.han import HAN_PER_KANA, is_chinese, kana_and_hangul
from cleaner.pipeline import Pipeline

JAPANESE = (
    "日銀、金融政策の現状維持を決定\n\n"
    "日本銀行は金融政策決定会合で, 短期金利の誘導目標を現状の水準に据え置くことを決めた. "
    "記者会見で総裁は物価の動向を注視すると述べた.\n"
)
KOREAN = "한국은행(韓國銀行) 금융통화위원회는 12일 기준금리를 동결했다고 밝혔다.\n"

han = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
kana = st.characters(min_codepoint=0x3041, max_codepoint=0x3096)


def test_chinese_japanese_korean_and_english() -> None:
    assert is_chinese("日本银行维持现状，记者会见。")
    assert is_chinese("日本動畫《君の名は。》在中國上映，票房突破五億元，創下日本電影在華新紀錄。")
    assert not is_chinese(JAPANESE)
    assert not is_chinese(KOREAN)
    assert not is_chinese("Plain English, no Han at all.")


@given(st.text(han, min_size=1), st.integers(min_value=0, max_value=5))
def test_kana_below_the_share_keeps_a_text_chinese(hanzi: str, extra: int) -> None:
    kana_needed = -(-len(hanzi) // HAN_PER_KANA)  # one for every HAN_PER_KANA Han characters, rounded up
    assert is_chinese(hanzi + "の" * (kana_needed - 1))
    assert not is_chinese(hanzi + "の" * (kana_needed + extra))


@given(st.text(kana))
def test_kana_are_counted(text: str) -> None:
    assert kana_and_hangul(text) == len(text)


def test_pipeline_leaves_japanese_and_korean_script_and_punctuation() -> None:
    pipeline = Pipeline(select=["ZH001", "PU001"])
    for text in (JAPANESE, KOREAN):
        result = pipeline.clean(text)
        assert result.text == text
        assert not result.changes
    assert pipeline.clean(JAPANESE).facts["script"]["majority"] is None


def test_pipeline_still_converts_chinese_with_a_japanese_title() -> None:
    text = "日本動畫《君の名は。》在中国上映,票房突破五億元,創下日本電影在華新紀錄。\n"
    result = Pipeline(select=["ZH001", "PU001"]).clean(text)
    assert {change.code for change in result.changes} == {"ZH001", "PU001"}
    assert "，" in result.text
