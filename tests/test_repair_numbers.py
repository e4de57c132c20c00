"""RP001-RP004: what the number repairs mend, and what they must leave alone."""

from __future__ import annotations

import pytest

from cleaner import Pipeline


def run(code: str, text: str, **options) -> str:
    """``text`` cleaned by the rule ``code`` alone."""
    return Pipeline.for_rule(code, options or None).clean(text).text


def farm(text: str) -> str:
    """``text`` cleaned by the profile and repair rules (the farm verdict is real)."""
    return Pipeline(select=["FM", "RP"]).clean(text).text


@pytest.mark.parametrize(
    "before, after",
    [
        ("It grew 65438+0 times.", "It grew 1 times."),
        ("in 7065438+0 it fell", "in 701 it fell"),
        ("about 65,438+0,500 people", "about 1,500 people"),
        ("a 6.5438+0.8 million budget", "a 1.8 million budget"),
        ("only 654.38+0/5 of them", "only 1/5 of them"),
        ("some 654.38 + 0 cases", "some 1 cases"),
        ("an enterprise with 654.38+10,000 sales", "an enterprise with 100,000 sales"),
        ("an enterprise with 654.38+ 10,000 sales", "an enterprise with 100,000 sales"),
        ("over 654.38+million users", "over 100,000 users"),
    ],
)
def test_placeholder_repaired(before: str, after: str) -> None:
    assert run("RP001", before + "\n") == after + "\n"


@pytest.mark.parametrize(
    "text",
    [
        "logged at 2019-10-08 01:50:05.065438+00:00",
        "at 01:50:05.065438+00 the job ended",
        "The bill came to $654.38 in all.",
        "The ZIP code 65438 is in Missouri.",
        "The constant 6.5438 is in the table.",
        "Its revenue was 654.38 million dollars.",
    ],
)
def test_placeholder_leaves_real_numbers(text: str) -> None:
    assert run("RP001", text + "\n") == text + "\n"


def test_placeholder_million_needs_farm_output() -> None:
    text = "Tencent Culture Encyclopedia - Tech - Cloud\nIt had 654.38 million users in 65438+0 city.\n"
    assert farm(text) == "Tencent Culture Encyclopedia - Tech - Cloud\nIt had 100,000 users in 1 city.\n"


def test_placeholder_residue_is_flagged_not_edited() -> None:
    result = Pipeline.for_rule("RP001").clean("the value 654.38+x was lost\n")
    assert result.text == "the value 654.38+x was lost\n"
    assert [(f.code, f.text, f.suggestion) for f in result.flags] == [("RP001", "654.38", "1")]


@pytest.mark.parametrize(
    "before, after",
    [
        ("the strategy on 20 10, and now", "the strategy on 2010, and now"),
        ("20 19, Tencent Cloud's target", "2019, Tencent Cloud's target"),
        ("It ended. 20 19, the year after, was calm.", "It ended. 2019, the year after, was calm."),
        ("It was founded in 19 1 1.", "It was founded in 1911."),
        ("since 20 1 1; then more", "since 2011; then more"),
        ("until 15 17.", "until 1517."),
    ],
)
def test_split_year_joined(before: str, after: str) -> None:
    assert run("RP002", before + "\n") == after + "\n"


@pytest.mark.parametrize(
    "text",
    [
        "The home side won 20 10 at the break.",
        "Days: 06 07 08 09 10 11 12",
        "Call 555 1234 today.",
        "He sold it for 20 10-dollar bills.",
        "In 20 minutes it was over.",
        "The vote in 20 1.5 hours",
        "at 20 10:30 the train left",
        "In 20 10 cases the test failed.",  # flagged, not edited: a year word but a noun follows
        "the years 20 40 and 20 50",
    ],
)
def test_split_year_leaves(text: str) -> None:
    assert run("RP002", text + "\n") == text + "\n"


def test_split_year_before_a_word_is_flagged() -> None:
    result = Pipeline.for_rule("RP002").clean("In 20 10 cases the test failed.\n")
    assert [(f.text, f.suggestion) for f in result.flags] == [("20 10", "2010")]


@pytest.mark.parametrize(
    "before, after",
    [
        ("the revolution of 19 1 1 ended", "the revolution of 1911 ended"),
        ("Wang Wei (70 1-762) was a poet", "Wang Wei (701-762) was a poet"),
        ("in the 2 1 century", "in the 21 century"),
        ("about 6 1,000 people", "about 61,000 people"),
    ],
)
def test_split_digits_joined_in_farm_output(before: str, after: str) -> None:
    assert run("RP003", before + "\n", farm_repairs="always") == after + "\n"


@pytest.mark.parametrize(
    "text", ["the revolution of 19 1 1 ended", "score 3 1", "Days 06 07 08 09 10 11", "Volume 1 1 of 3"]
)
def test_split_digits_off_outside_farm_output(text: str) -> None:
    assert run("RP003", text + "\n") == text + "\n"
    assert farm(text + "\n") == text + "\n"


def test_split_digits_in_farm_output_leave_number_lists() -> None:
    assert run("RP003", "Days 06 07 08 09 10 11\n", farm_repairs="always") == "Days 06 07 08 09 10 11\n"


def test_split_digits_with_a_real_farm_verdict() -> None:
    text = "Culture Encyclopedia - History - Tang\nIn 65438+0 year, on the night of19110, 19 1 1 ended.\n"
    assert farm(text).endswith("In 1 year, on the night of19110, 1911 ended.\n")


@pytest.mark.parametrize(
    "before, after",
    [("In 2O19 it grew", "In 2019 it grew"), ("l0,000 users", "10,000 users"), ("from 1O0 to 2oo", "from 100 to 2oo"),
     ("since 2O19.", "since 2019.")],
)
def test_digit_letters_replaced(before: str, after: str) -> None:
    assert run("RP004", before + "\n") == after + "\n"


@pytest.mark.parametrize(
    "text",
    ["O365 and H2O", "CO2 and B2B", "l10n and i18n", "pour 10l of water", "the l0 norm", "a 2O-year plan", "Oo0 O0",
     "lOl", "v2O1", "WO2019 patent", "physiol 2003;285:l701–l709.", "a nema l630 plug"],
)
def test_digit_letters_leave(text: str) -> None:
    assert run("RP004", text + "\n") == text + "\n"


def test_repairs_can_be_turned_off() -> None:
    assert run("RP001", "65438+0\n", placeholder=False) == "65438+0\n"
    assert run("RP002", "on 20 10,\n", split_years=False) == "on 20 10,\n"
    assert run("RP004", "2O19\n", digit_letters=False) == "2O19\n"
    assert run("RP003", "of 19 1 1 x\n", farm_repairs="never") == "of 19 1 1 x\n"
