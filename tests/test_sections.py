"""Long texts cleaned in sections: the cut points, the moved change log, and the CLI end to end."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

from hypothesis import given, settings, strategies as st

from cleaner.changelog import redo, undo
from cleaner.diffs import hunks, lines_of, unified_diff
from cleaner.model import Change
from cleaner.pipeline import Pipeline
from cleaner.sections import clean_sections, moved, section_bounds
from conftest import SEEDS
from test_cli import cli

PIPELINE = Pipeline()

#: Lines of real pages, blank lines and noise, for texts with many sections.
_LINES = st.sampled_from(
    [line for seed in SEEDS[:3] for line in seed.read_text(encoding="utf-8").splitlines()[:40]]
    + ["", "", "  ", "Home > News > World", "Share this", "20:01"]
)
_TEXTS = st.lists(_LINES, min_size=1, max_size=80).map("\n".join)


@given(_TEXTS, st.integers(min_value=1, max_value=400))
def test_sections_tile_the_text_and_break_at_line_ends(text: str, size: int) -> None:
    bounds = list(section_bounds(text, size))
    assert bounds[0][0] == 0 and bounds[-1][1:] == (len(text), len(text))
    for (start, end, after), (next_start, _, _) in zip(bounds, bounds[1:]):
        assert after == next_start
        assert end - start > size and text[end - 1] == "\n"
        assert text[end:after] in ("", "\n")  # an empty line between paragraphs, or nothing


@settings(max_examples=60, deadline=None)
@given(_TEXTS, st.integers(min_value=50, max_value=600))
def test_moved_changes_undo_and_redo_the_whole_text(text: str, size: int) -> None:
    sections = list(clean_sections(PIPELINE, text, size=size))
    cleaned = "".join(s.cleaned.text + s.separator for s in sections)
    changes = [Change.from_dict(moved(c.to_dict(), s)) for s in sections for c in s.cleaned.changes]
    assert undo(cleaned, changes) == text
    assert redo(text, changes) == cleaned


def test_a_short_text_is_one_section() -> None:
    assert list(section_bounds("one\n\ntwo\n", 100)) == [(0, 9, 9)]


def test_a_section_ends_at_a_line_end_when_no_paragraph_break_follows() -> None:
    assert list(section_bounds("aaaa\nbbbb\ncccc\n", 3)) == [(0, 5, 5), (5, 10, 10), (10, 15, 15)]


def _long_file(folder: Path) -> Path:
    folder.mkdir()
    path = folder / "all.txt"
    path.write_bytes(b"\n\n".join(seed.read_bytes().rstrip(b"\n") for seed in SEEDS) + b"\n")
    return path


def _records(log: Path) -> list[dict]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def test_cli_cleans_a_long_file_in_sections_and_undoes_it(tmp_path: Path) -> None:
    original = _long_file(tmp_path / "in")
    one = cli("run", "in", "--out", "one", "--section-chars", "3000", "--jobs", "1", cwd=tmp_path)
    two = cli("run", "in", "--out", "two", "--section-chars", "3000", "--jobs", "2", cwd=tmp_path)
    assert one.returncode == two.returncode == 0, one.stderr + two.stderr
    assert (tmp_path / "one" / "all.txt").read_bytes() == (tmp_path / "two" / "all.txt").read_bytes()
    assert (tmp_path / "one" / "changes.jsonl").read_bytes() == (tmp_path / "two" / "changes.jsonl").read_bytes()
    records = _records(tmp_path / "one" / "changes.jsonl")
    head = records[0]
    assert head["type"] == "file" and len(head["facts"]["sections"]) > 5
    assert head["changes"] == sum(r["type"] == "change" for r in records) > 0
    assert head["flags"] == sum(r["type"] == "flag" for r in records)
    back = cli("undo", "one", "--out", "back", cwd=tmp_path)
    assert back.returncode == 0, back.stderr
    assert (tmp_path / "back" / "all.txt").read_bytes() == original.read_bytes()


def test_cli_in_place_in_sections_matches_out(tmp_path: Path) -> None:
    original = _long_file(tmp_path / "in")
    assert cli("run", "in", "--out", "out", "--section-chars", "3000", cwd=tmp_path).returncode == 0
    result = cli("run", "in", "--in-place", "--section-chars", "3000", cwd=tmp_path)
    assert result.returncode == 1, result.stderr  # changed
    assert original.read_bytes() == (tmp_path / "out" / "all.txt").read_bytes()


def test_cli_in_sections_never_replaces_an_existing_output(tmp_path: Path) -> None:
    _long_file(tmp_path / "in")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "all.txt").write_text("mine\n", encoding="utf-8")
    result = cli("run", "in", "--out", "out", "--section-chars", "3000", cwd=tmp_path)
    assert result.returncode == 3
    assert "all.txt" in result.stderr and "exists" in result.stderr
    assert (tmp_path / "out" / "all.txt").read_text(encoding="utf-8") == "mine\n"


def test_cli_rejects_a_section_size_that_is_not_positive(tmp_path: Path) -> None:
    _long_file(tmp_path / "in")
    result = cli("run", "in", "--out", "out", "--section-chars", "0", cwd=tmp_path)
    assert result.returncode == 2 and "--section-chars" in result.stderr


def apply_unified(original: str, patch: str) -> str:
    """``patch`` (one file's unified diff) applied to ``original`` by its line numbers, checking every old line."""
    source = lines_of(original)
    out: list[str] = []
    done = 0
    lines = lines_of(patch)
    for n, line in enumerate(lines):
        header = re.match(r"@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@", line)
        if header:
            size = 1 if header[2] is None else int(header[2])
            start = int(header[1]) - 1 if size else int(header[1])
            out += source[done:start]
            done = start
        elif line[:1] in " -+" and not line.startswith(("---", "+++")):
            text = line[1:]
            if n + 1 < len(lines) and lines[n + 1].startswith("\\"):
                text = text[:-1]  # "\ No newline at end of file"
            if line[0] in " -":
                assert source[done] == text, (done + 1, source[done], text)
                done += 1
            if line[0] in " +":
                out.append(text)
    return "".join(out + source[done:])


def test_cli_diff_of_a_long_file_applies_to_give_its_output(tmp_path: Path) -> None:
    original = _long_file(tmp_path / "in")
    shown = cli("run", "in", "--diff", "--section-chars", "3000", "--quiet", cwd=tmp_path)
    written = cli("run", "in", "--out", "out", "--section-chars", "3000", "--quiet", cwd=tmp_path)
    assert shown.returncode == 1 and written.returncode == 0, shown.stderr + written.stderr
    assert shown.stdout.startswith("--- a/all.txt\n+++ b/all.txt\n@@ ") and shown.stdout.count("\n@@ ") > 5
    cleaned = (tmp_path / "out" / "all.txt").read_text(encoding="utf-8")
    assert apply_unified(original.read_text(encoding="utf-8"), shown.stdout) == cleaned
    if shutil.which("patch"):  # and GNU patch, which reads uneven context as the file's start or end
        (tmp_path / "d.patch").write_text(shown.stdout, encoding="utf-8")
        subprocess.run(["patch", "-s", str(original), str(tmp_path / "d.patch")], check=True)
        assert original.read_text(encoding="utf-8") == cleaned


@given(_TEXTS, _TEXTS)
def test_balanced_hunks_apply_like_the_plain_diff(before: str, after: str) -> None:
    shown = hunks(before, after)
    assert apply_unified(before, shown) == after
    for hunk in re.split(r"(?m)^@@.*\n", shown)[1:]:
        marks = [line[:1] for line in lines_of(hunk) if not line.startswith("\\")]
        lead = next((n for n, mark in enumerate(marks) if mark != " "), len(marks))
        trail = next((n for n, mark in enumerate(reversed(marks)) if mark != " "), len(marks))
        assert lead == trail, hunk
    assert apply_unified(before, unified_diff(before, after, "x")) == after
