"""CX001 and the line counts behind it: lines most documents of a run share go."""

from __future__ import annotations

import functools
import json
import os
import pickle
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from cleaner import Pipeline
from cleaner.corpus import LineCounts, count_lines, line_key, line_keys

HEADER = "Example Daily News - every story, every day"
MENU = "Home | World | Business | Technology | Sport | Culture"
FOOTER = "Copyright 2024 Example Daily News. All rights reserved."
TOPICS = ["rivers", "bridges", "markets", "schools", "forests", "harbours", "railways", "museums", "farms", "lakes"]


def page(n: int) -> str:
    """A generated page: the shared header and footer around a body of its own."""
    topic = TOPICS[n % len(TOPICS)]
    body = (
        f"Story {n}: what happened to the {topic} of district {n}\n\n"
        f"Reporters visited the {topic} of district {n} this week and spoke to {n + 3} residents.\n\n"
        f"They said the {topic} had changed a great deal since {1990 + n}, and not for the better."
    )
    return f"{HEADER}\n{MENU}\n\n{body}\n\n{FOOTER}\n"


def test_counts_each_document_once() -> None:
    counts = count_lines(["a repeated line\na repeated line\n", "A  REPEATED line\nother\n", "third document"])
    assert counts.total == 3
    assert counts.documents_with("a repeated line") == 2
    assert counts.documents_with("other") == 1
    assert counts.documents_with("never seen") == 0
    assert counts.documents_with("") == 0


def test_counts_do_not_depend_on_order() -> None:
    texts = [page(n) for n in range(20)]
    shuffled = texts[:]
    random.Random(7).shuffle(shuffled)
    a, b = count_lines(texts), count_lines(shuffled)
    for line in page(3).split("\n"):
        assert a.documents_with(line) == b.documents_with(line)
    assert len(a) == len(b)


def test_key_folds_case_punctuation_and_digits() -> None:
    assert line_key("Copyright 2019 Example") == line_key("COPYRIGHT  2020 example!")
    assert line_key("Home | News") == "homenews"


def test_counts_pickle_for_worker_processes() -> None:
    counts = count_lines([page(n) for n in range(6)])
    copy = pickle.loads(pickle.dumps(counts))
    assert copy.total == 6 and copy.documents_with(HEADER) == 6 and len(copy) == len(counts)


def test_rule_drops_lines_most_documents_hold() -> None:
    texts = [page(n) for n in range(30)]
    counts = count_lines(texts)
    result = Pipeline.for_rule("CX001").clean(texts[4], corpus=counts)
    assert HEADER not in result.text and MENU not in result.text and FOOTER not in result.text
    assert "Story 4: what happened to the forests of district 4" in result.text
    assert [c.evidence["documents"] for c in result.changes] == [30, 30, 30]
    assert result.changes[0].reason == "shared line: held by 30 of 30 documents of the run (100%)"


def test_rule_keeps_lines_below_the_thresholds() -> None:
    texts = [page(n) for n in range(4)]  # fewer documents than min_documents
    text = texts[0]
    assert Pipeline.for_rule("CX001").clean(text, corpus=count_lines(texts)).text == text
    mixed = [page(n) for n in range(6)] + [f"another site, page {n}\n" for n in range(10)]
    # the header is in 6 of 16 documents: below half
    assert Pipeline.for_rule("CX001").clean(text, corpus=count_lines(mixed)).text == text


def test_short_lines_stay_even_when_shared() -> None:
    texts = [f"References\n\nThe body of a paper about {topic}.\n" for topic in TOPICS]
    text = texts[0]
    assert Pipeline.for_rule("CX001").clean(text, corpus=count_lines(texts)).text == text


def test_off_for_a_single_text() -> None:
    text = page(1)
    assert Pipeline.for_rule("CX001").clean(text).text == text
    assert Pipeline.for_rule("CX001").clean(text, corpus=LineCounts()).text == text


# -- the whole run, through the CLI -----------------------------------------------

ROOT = Path(__file__).resolve().parent.parent


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "cleaner", *args], cwd=cwd, capture_output=True, text=True, env=env)


def make_folder(folder: Path, order: list[int]) -> None:
    folder.mkdir()
    for n in order:  # files are created in this order (directory order may follow it)
        (folder / f"page{n:02d}.txt").write_text(page(n), encoding="utf-8")


def run_folder(tmp_path: Path, name: str, order: list[int], *extra: str) -> tuple[dict[str, str], list[dict]]:
    make_folder(tmp_path / name, order)
    out = tmp_path / f"{name}-out"
    result = cli("run", name, "--out", str(out), "--select", "CX001", *extra, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(out.rglob("*.txt"))}
    log = [json.loads(line) for line in (out / "changes.jsonl").read_text(encoding="utf-8").splitlines()]
    return texts, log


def test_folder_run_learns_the_shared_header_and_footer(tmp_path: Path) -> None:
    texts, log = run_folder(tmp_path, "pages", list(range(30)))
    assert len(texts) == 30
    for name, text in texts.items():
        n = int(name[4:6])
        assert HEADER not in text and MENU not in text and FOOTER not in text
        assert text.startswith(f"Story {n}: what happened to the ")
        assert text.endswith(", and not for the better.\n\n")  # the whitespace stage tidies the end
        assert f"spoke to {n + 3} residents" in text
    changes = [r for r in log if r.get("type") == "change"]
    assert len(changes) == 90
    assert all(c["code"] == "CX001" and c["evidence"] == {"documents": 30, "total": 30} for c in changes)
    assert all("held by 30 of 30 documents" in c["reason"] for c in changes)


def test_folder_run_does_not_depend_on_file_order_or_jobs(tmp_path: Path) -> None:
    forward, _ = run_folder(tmp_path, "forward", list(range(30)))
    backward, _ = run_folder(tmp_path, "backward", list(reversed(range(30))))
    order = list(range(30))
    random.Random(3).shuffle(order)
    shuffled, _ = run_folder(tmp_path, "shuffled", order)
    parallel, _ = run_folder(tmp_path, "parallel", order, "--jobs", "2")
    assert forward == backward == shuffled == parallel


def test_single_file_run_keeps_everything(tmp_path: Path) -> None:
    make_folder(tmp_path / "one", [5])
    result = cli("run", "one", "--out", "one-out", "--select", "CX001", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "one-out" / "page05.txt").read_text(encoding="utf-8") == page(5)


@pytest.mark.parametrize("share, dropped", [(0.5, True), (0.9, False)])
def test_share_option(share: float, dropped: bool) -> None:
    texts = [page(n) for n in range(8)] + [f"another site, page {n}\n" for n in range(2)]
    pipeline = Pipeline.for_rule("CX001", {"min_documents": 5, "min_share": share, "min_length": 15})
    assert (HEADER not in pipeline.clean(texts[0], corpus=count_lines(texts)).text) is dropped


def test_counts_spill_to_disk_and_stay_exact() -> None:
    texts = [page(n) for n in range(40)] + ["a line only one document holds, page 41"]
    small = LineCounts(budget=7)  # spills many sorted runs
    for text in texts:
        small.add_document(text)
    assert len(small._runs) > 5
    big = count_lines(texts)
    assert not big._runs
    for threshold in (1, 2, 20, 40):
        assert small.shared(threshold) == big.shared(threshold)
    assert small.shared(40).documents_with(HEADER) == 40
    assert small.shared(40).documents_with("a line only one document holds, page 41") == 0
    assert small.documents_with("a line only one document holds, page 41") == 1


@given(st.one_of(st.text(), st.text(alphabet=st.sampled_from("aÅÅﬁ①Ⅻ２ß\u0301\u0327\n\r ©-.Σς漢ｶﾞ\u3000\u2028"), max_size=40)))
def test_line_keys_of_a_text_are_the_keys_of_its_lines(text: str) -> None:
    assert line_keys(text) == [line_key(line) for line in text.split("\n")]


SHARED_LINES = ["Home | World | Business", "漢字の見出し", "短い", "Ｓｈａｒｅｄ　ｆｏｏｔｅｒ 2024", "  ", "About us", "© 2019 Site"]


@functools.lru_cache(maxsize=None)
def shared_line_rule(min_length: int) -> Pipeline:
    """CX001 alone with ``min_length`` (built once: a pipeline takes a while to build)."""
    options = {"min_documents": 2, "min_share": 0.5, "min_length": min_length, "split_documents": ""}
    return Pipeline.for_rule("CX001", options)


@settings(deadline=None)
@given(st.lists(st.lists(st.sampled_from(SHARED_LINES + ["a line of its own"]), max_size=8), min_size=2, max_size=8),
       st.sampled_from([0, 4, 5, 6, 12, 15, 30]))
def test_rule_drops_exactly_the_shared_lines_long_enough(pages: list[list[str]], min_length: int) -> None:
    """CX001 (keys made for the whole text at once) drops the lines a line-by-line reading says."""
    import math

    import regex

    texts = ["\n".join(lines) + "\n" for lines in pages]
    counts = count_lines(texts)
    result = shared_line_rule(min_length).clean(texts[0], corpus=counts)
    needed = max(2, math.ceil(0.5 * counts.total))
    wide = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
    expected = [
        n + 1
        for n, line in enumerate(texts[0].split("\n"))
        if line.strip()
        and len(line_key(line)) + len(wide.findall(line_key(line))) >= min_length
        and counts.documents_with(line) >= needed
    ]
    assert sorted(change.line for change in result.changes) == expected
