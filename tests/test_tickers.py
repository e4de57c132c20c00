"""TK001 and TK002: news-flash and quote strips go; times and prices in articles stay."""

from __future__ import annotations

import pytest

from cleaner import Pipeline
from cleaner.stages.tickers import age_key, quotes_in

TK1 = Pipeline.for_rule("TK001")
TK2 = Pipeline.for_rule("TK002")

ARTICLE = "The company reported its results on Tuesday, and the shares rose.\n"

FLASHES_ZH = (
    "快报\n\n更多\n\n"
    "20:01\n\n北京:到2027年实现智算基础设施软硬件产品全栈自主可控\n\n"
    "19:54\n\n默克:一季度净利润47.62亿美元,同比增69%\n\n"
    "19:52\n\n南京聚隆:航空航天领域营业收入对公司整体业绩贡献很小\n\n"
    "19:48\n\n因需求在减半后降温,比特币多头暂停杠杆押注\n"
)


def test_flash_strip_with_header_and_more_link_goes() -> None:
    result = TK1.clean(ARTICLE + "\n" + FLASHES_ZH)
    assert result.text == ARTICLE + "\n"
    assert len(result.changes) == 10
    assert all("4 timestamped flashes (20:01 … 19:48)" in c.reason for c in result.changes)


@pytest.mark.parametrize(
    "strip",
    [
        "1 hour ago\nLeadership's in the blood for tiny fish\n3 hours ago\nManmade noise a major pollutant\n"
        "14 hours ago\nEndangered whales react to changes\n",
        "14:48 Kylie Jenner's ex set for first gig\n14:34 Iran interested in S-400s\n14:12 Russia ready to sign deal\n",
        "3分钟前\n央行发布新规\n15分钟前\n油价上涨\n1小时前\n股市收盘\n",
        "09-21 14:30 第一条快讯\n09-21 14:02 第二条快讯\n09-20 23:59 第三条快讯\n",
    ],
)
def test_other_ticker_forms_go(strip: str) -> None:
    assert TK1.clean(ARTICLE + "\n" + strip).text == ARTICLE + "\n"


@pytest.mark.parametrize(
    "text",
    [
        "The meeting began at 20:01 and ended late.\n",
        "At 19:54 the first train left; at 19:52 the second had already gone, and at 19:48 nobody knew.\n",
        # a heading without a full stop, a time, a heading, a time: only two flashes
        "20:01\n\nA heading without a full stop\n\n19:54\n\nAnother heading\n",
        # a programme: times count up
        "09:00 Registration\n09:30 Keynote\n10:30 Coffee break\n11:00 Panel\n",
        "7:30 - 8:15 a.m.\nBreakfast\n8:15 - 8:45 a.m.\nWelcome\n8:45 - 9:00 a.m.\nOpening remarks\n",
        # a live blog: each update has several paragraphs
        "4:09AM\n\nIrma downgraded\n\nThe hurricane centre says Irma has weakened.\n\nRain is expected.\n\n"
        "2:22AM\n\nMain problem: power\n\nFort Lauderdale dodged a bullet.\n\nPower is out.\n\n"
        "1:40AM\n\nDeath toll rises\n\nAuthorities say a man was electrocuted.\n\nPolice responded.\n",
        "“20:01”\n",
        # a live blog of one-sentence updates
        "20:01\n\n发言人表示，会议将于明天继续举行。\n\n19:54\n\n代表团已抵达会场。\n\n19:40\n\n记者在现场看到大批群众。\n",
        "9:15 PM\nThe polls have closed in the east.\n8:50 PM\nTurnout is high.\n8:10 PM\nVoters are queuing.\n",
    ],
)
def test_times_in_articles_stay(text: str) -> None:
    assert TK1.clean(text).text == text


def test_age_key_orders_moments() -> None:
    assert age_key("20:01") > age_key("19:54")
    assert age_key("1:40 PM") > age_key("11:59 am")
    assert age_key("3分钟前") > age_key("1小时前")
    assert age_key("2 hours ago") > age_key("1 day ago")
    assert age_key("no time here") is None


def test_quote_strip_goes() -> None:
    text = "恒生指数 17,123.45 +0.52%\n\nAAPL 189.12 ▲1.2%\nNifty: 11991.8 +51.7\n\n" + ARTICLE
    result = TK2.clean(text)
    assert result.text == ARTICLE
    assert "3 stock quotes" in result.changes[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "AAPL 189.12 ▲1.2%\n\n" + ARTICLE,  # a single quote
        "Shares closed at 189.12, up 1.2% on the day.\nThe index ended at 17,123.45, up 0.52%.\n",
        "Height: Male: 14.5-16.5 inches\nFemale: 13.5-15.5 inches\n",
        "Jean Bart, French, 1651-1702\nWilliam Dampier, English, 1652-1715\n",
    ],
)
def test_prices_in_articles_stay(text: str) -> None:
    assert TK2.clean(text).text == text


def test_quotes_in_counts_whole_lines_only() -> None:
    assert quotes_in("上证指数 3,071.38 -0.35% 深证成指 9,432.10 +0.12%") == 2
    assert quotes_in("The Hang Seng closed at 17,123.45 +0.52% after a quiet day of trading") == 0
