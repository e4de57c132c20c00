"""The seeds against their gold: every annotated check, and exact output.

Checks are scored as ``../shared/eval/score.py`` scores them: lines are
compared by a key that ignores white space, punctuation, case and Chinese
script.  Checks that a later issue owns are marked ``xfail(strict=True)``;
when that work lands they pass, the strict marker fails, and the entry comes
out of PENDING.
"""

from __future__ import annotations

import unicodedata

import opencc
import pytest

from conftest import read_checks, read_gold, seed_names

_T2S = opencc.OpenCC("t2s")

#: Check categories whose rules have not landed yet, and the issue that owns them.
PENDING_CATEGORIES: dict[str, str] = {}
#: Seeds whose output cannot equal the gold until those issues land.
PENDING_EXACT: dict[str, str] = {}

#: Seeds with a gold line that only a pending in-line fix produces.
PENDING_CONTENT: dict[str, str] = {}


def _seeds(pending: dict[str, str]) -> list:
    return [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=f"owned by {pending[n]}")) if n in pending else n
        for n in seed_names()
    ]


def key(text: str) -> str:
    """The comparison key of score.py: content only."""
    text = _T2S.convert(unicodedata.normalize("NFKC", text))
    return "".join(c for c in text.casefold() if c.isalnum())


def flat(text: str) -> str:
    """Fold horizontal white space, keep line breaks (as score.py does)."""
    return "\n".join(" ".join(line.split()) for line in unicodedata.normalize("NFKC", text).split("\n"))


def _cases():
    for name in seed_names():
        for n, check in enumerate(read_checks(name)):
            marks = []
            owner = PENDING_CATEGORIES.get(check.get("category", ""))
            if owner:
                marks.append(pytest.mark.xfail(strict=True, reason=f"owned by {owner}"))
            yield pytest.param(name, check, id=f"{name[:3]}-{n}-{check.get('category', check['kind'])}", marks=marks)


@pytest.mark.parametrize("name, check", list(_cases()))
def test_check(name: str, check: dict, cleaned_seeds: dict) -> None:
    out = cleaned_seeds[name].text
    out_keys = [key(line) for line in out.split("\n") if line.strip()]
    if check["kind"] == "drop":
        k = key(check["text"])
        hits = sum(1 for o in out_keys if o == k or (len(k) >= 12 and k in o))
        assert hits == (1 if check["category"] == "duplicate" else 0), check["text"]
    elif check["kind"] == "fix":
        flat_out = flat(out)
        gone = flat(check["before"]) not in flat_out
        accepted = [check["after"], *check.get("also_accept", [])]
        made = gone if check["after"] == "" else any(flat(a) in flat_out for a in accepted)
        assert made and gone, check["before"]
    elif check["kind"] == "script":
        assert opencc.OpenCC(check["config"]).convert(out) == out


@pytest.mark.parametrize("name", _seeds(PENDING_CONTENT))
def test_gold_lines_kept(name: str, cleaned_seeds: dict) -> None:
    """No line of the gold is lost or altered beyond formatting."""
    out_keys = {key(line) for line in cleaned_seeds[name].text.split("\n") if line.strip()}
    lost = [line for line in read_gold(name).split("\n") if line.strip() and key(line) not in out_keys]
    assert not lost, lost[:3]


@pytest.mark.parametrize("name", _seeds(PENDING_EXACT))
def test_exact(name: str, cleaned_seeds: dict) -> None:
    assert cleaned_seeds[name].text == read_gold(name)
