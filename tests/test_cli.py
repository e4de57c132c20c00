"""The ``cleaner`` command end to end, run as a real process in a temporary folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run ``cleaner ARGS`` in ``cwd`` and capture what it prints."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "cleaner", *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=120
    )


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """A copy of the seeds in a temporary folder."""
    folder = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", folder)
    return folder


def test_run_writes_cleaned_files_and_log(seeds: Path, tmp_path: Path) -> None:
    result = cli("run", "seeds", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "out"
    assert sorted(p.name for p in out.glob("*.txt")) == [p.name for p in SEEDS]
    records = [json.loads(line) for line in (out / "changes.jsonl").read_text(encoding="utf-8").splitlines()]
    files = [r for r in records if r["type"] == "file"]
    assert [r["file"] for r in files] == [p.name for p in SEEDS]
    change = next(r for r in records if r["type"] == "change")
    assert {"file", "code", "name", "stage", "action", "line", "column", "before", "after", "reason"} <= set(change)
    assert "5 file(s)" in result.stderr and "edit(s)" in result.stderr


def test_undo_restores_every_seed_byte_for_byte(seeds: Path, tmp_path: Path) -> None:
    assert cli("run", "seeds", "--out", "out", cwd=tmp_path).returncode == 0
    result = cli("undo", "out", "--out", "restored", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    for seed in SEEDS:
        assert (tmp_path / "restored" / seed.name).read_bytes() == seed.read_bytes()


def test_undo_restores_encoding_bom_and_line_ends(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    originals = {
        "gbk.txt": "中文內容，這是一段用來測試編碼偵測的文字，內容足夠長。\r\n第二行也是中文。\r\n".encode("gb18030"),
        "bom.txt": "\ufeffTitle\n\nBody  text.\n".encode("utf-8"),
        "mixed.txt": b"one\r\ntwo\rthree\n",
        "cr.txt": b"one\rtwo\r",
    }
    for name, data in originals.items():
        (folder / name).write_bytes(data)
    assert cli("run", "in", "--out", "out", cwd=tmp_path).returncode == 0
    assert (tmp_path / "out" / "gbk.txt").read_text(encoding="utf-8").startswith("中文內容")
    assert b"\r" not in (tmp_path / "out" / "mixed.txt").read_bytes()
    assert cli("undo", "out", "--out", "back", cwd=tmp_path).returncode == 0
    for name, data in originals.items():
        assert (tmp_path / "back" / name).read_bytes() == data, name


def test_nested_folders_keep_their_relative_paths(tmp_path: Path) -> None:
    (tmp_path / "in" / "a" / "b").mkdir(parents=True)
    (tmp_path / "in" / "a" / "b" / "page.txt").write_text("Text  here.\n", encoding="utf-8")
    (tmp_path / "in" / "skip.md").write_text("not matched\n", encoding="utf-8")
    assert cli("run", "in", "--out", "out", cwd=tmp_path).returncode == 0
    assert (tmp_path / "out" / "a" / "b" / "page.txt").read_text(encoding="utf-8") == "Text here.\n"
    assert not (tmp_path / "out" / "skip.md").exists()
    assert cli("run", "in", "--out", "out2", "--glob", "*.md", cwd=tmp_path).returncode == 0
    assert (tmp_path / "out2" / "skip.md").exists()


def test_bad_inputs_fail_alone_with_one_line_each(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Fine  text.\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "undecodable.txt").write_bytes(bytes(range(128, 256)) * 3 + b"\xfd\xfe\xff" * 50)
    unreadable = folder / "unreadable.txt"
    unreadable.write_text("secret\n", encoding="utf-8")
    unreadable.chmod(0)
    result = cli("run", "in", "missing.txt", "--out", "out", cwd=tmp_path)
    assert result.returncode == 3
    errors = [line for line in result.stderr.splitlines() if line.startswith(("cleaner:", "in/", "missing"))]
    assert any("binary.txt" in e and "binary" in e for e in errors), result.stderr
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("undecodable.txt" in e and "no encoding fits" in e for e in errors)
    assert any("missing.txt" in e and "no such file" in e for e in errors)
    if os.geteuid() != 0:  # root can read a file with mode 000
        assert any("unreadable.txt" in e and "cannot read" in e for e in errors)
    assert (tmp_path / "out" / "good.txt").read_text(encoding="utf-8") == "Fine text.\n"
    assert not (tmp_path / "out" / "binary.txt").exists()


def test_unwritable_output_fails_that_file_only(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("A  text.\n", encoding="utf-8")
    (folder / "b.txt").write_text("B  text.\n", encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.txt").mkdir()  # a folder where the file should go
    result = cli("run", "in", "--out", "out", "--force", cwd=tmp_path)
    assert result.returncode == 3
    assert "a.txt" in result.stderr and "cannot write" in result.stderr
    assert (tmp_path / "out" / "b.txt").read_text(encoding="utf-8") == "B text.\n"


def test_never_overwrites_without_force(seeds: Path, tmp_path: Path) -> None:
    assert cli("run", "seeds", "--out", "out", cwd=tmp_path).returncode == 0
    result = cli("run", "seeds", "--out", "out", cwd=tmp_path)
    assert result.returncode == 2 and "exists" in result.stderr
    (tmp_path / "out" / "changes.jsonl").unlink()
    marker = tmp_path / "out" / SEEDS[0].name
    marker.write_text("keep me\n", encoding="utf-8")
    result = cli("run", "seeds", "--out", "out", cwd=tmp_path)
    assert result.returncode == 3 and "--force" in result.stderr
    assert marker.read_text(encoding="utf-8") == "keep me\n"
    assert cli("run", "seeds", "--out", "out", "--force", cwd=tmp_path).returncode == 0
    assert marker.read_text(encoding="utf-8") != "keep me\n"


def test_out_inside_input_is_refused(seeds: Path, tmp_path: Path) -> None:
    for out in ("seeds/out", "seeds"):
        result = cli("run", "seeds", "--out", out, cwd=tmp_path)
        assert result.returncode == 2 and "inside" in result.stderr
    assert not (seeds / "out").exists()


def test_check_writes_nothing_and_exits_1_when_dirty(tmp_path: Path) -> None:
    dirty, clean = tmp_path / "dirty.txt", tmp_path / "clean.txt"
    dirty.write_bytes(b"Text  with  runs.  \n")
    clean.write_bytes(b"Clean text.\n")
    assert cli("run", "clean.txt", "--check", cwd=tmp_path).returncode == 0
    result = cli("run", "dirty.txt", "--check", cwd=tmp_path)
    assert result.returncode == 1 and "dirty.txt: would fix WS001x1 WS003x2" in result.stderr
    assert dirty.read_bytes() == b"Text  with  runs.  \n"


def test_diff_prints_a_unified_diff(tmp_path: Path) -> None:
    (tmp_path / "dirty.txt").write_bytes(b"Text  with  runs.\n")
    result = cli("run", "dirty.txt", "--diff", cwd=tmp_path)
    assert result.returncode == 1
    assert "-Text  with  runs." in result.stdout and "+Text with runs." in result.stdout
    assert (tmp_path / "dirty.txt").read_bytes() == b"Text  with  runs.\n"


def test_in_place_rewrites_and_exits_1_then_0(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(b"Line  one.\r\nLine two.  \r\n")
    result = cli("run", "page.txt", "--in-place", cwd=tmp_path)
    assert result.returncode == 1
    assert "page.txt: fixed WS001x1 WS003x1" in result.stderr
    assert page.read_bytes() == b"Line one.\nLine two.\n"
    assert cli("run", "page.txt", "--in-place", cwd=tmp_path).returncode == 0
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary files left behind


def test_explain_names_rule_line_and_reason(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text("Title\n\n\n\nBody\u00a0text.\n", encoding="utf-8")
    result = cli("explain", "page.txt", cwd=tmp_path)
    assert result.returncode == 0
    assert "page.txt:5:5: UN002 odd-spaces [replace]" in result.stdout
    assert "WS004 blank-line-runs" in result.stdout and "why:" in result.stdout


def test_rules_lists_and_documents(tmp_path: Path) -> None:
    listing = cli("rules", cwd=tmp_path)
    assert listing.returncode == 0
    assert "WS001" in listing.stdout and "ZH001" in listing.stdout and "trailing-whitespace" in listing.stdout
    page = cli("rules", "ws003", cwd=tmp_path)
    assert page.returncode == 0 and "space-runs" in page.stdout and "before:" in page.stdout
    assert cli("rules", "XX999", cwd=tmp_path).returncode == 2


def test_config_from_pyproject_select_and_ignore(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.cleaner]\nignore = ["WS003"]\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "page.txt").write_bytes(b"Two  spaces. \n")
    assert cli("run", "page.txt", "--in-place", cwd=tmp_path / "sub").returncode == 1
    assert (tmp_path / "sub" / "page.txt").read_bytes() == b"Two  spaces.\n"
    assert "-WS003" in cli("rules", cwd=tmp_path / "sub").stdout


@pytest.mark.parametrize(
    "config, message, named",
    [
        ('[tool.cleaner]\nselct = ["WS"]\n', "unknown key 'selct'", "pyproject.toml"),
        ('[tool.cleaner]\nselect = ["XX"]\n', "select: unknown rule code or prefix 'XX'", "pyproject.toml"),
        ('[tool.cleaner.options.script]\ntarget = "klingon"\n', "options.script.target", "pyproject.toml"),
        ('[tool.cleaner.options.script]\ncolour = 1\n', "unknown option 'colour'", "pyproject.toml"),
        ('[tool.cleaner.options.nowhere]\nx = 1\n', "unknown stage 'nowhere'", "pyproject.toml"),
        ('[tool.cleaner]\npacks = ["bad.toml"]\n', "rule XX001: bad regex", "bad.toml"),
        ('[tool.cleaner]\npacks = ["missing.toml"]\n', "packs: no pack file", "pyproject.toml"),
        ('[tool.cleaner\n', "not valid TOML", "pyproject.toml"),
    ],
)
def test_config_errors_exit_2_naming_file_and_key(tmp_path: Path, config: str, message: str, named: str) -> None:
    (tmp_path / "pyproject.toml").write_text(config, encoding="utf-8")
    (tmp_path / "bad.toml").write_text(
        '[[rule]]\ncode = "XX001"\nname = "bad"\nkind = "replace"\nstage = "whitespace"\n'
        'summary = "Bad."\npatterns = ["(unclosed"]\n',
        encoding="utf-8",
    )
    (tmp_path / "page.txt").write_text("text\n", encoding="utf-8")
    result = cli("run", "page.txt", "--check", cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr and named in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_explicit_config_file(tmp_path: Path) -> None:
    (tmp_path / "cleaner.toml").write_text('select = ["WS006"]\n', encoding="utf-8")
    (tmp_path / "page.txt").write_bytes(b"a  b")
    assert cli("--config", "cleaner.toml", "run", "page.txt", "--in-place", cwd=tmp_path).returncode == 1
    assert (tmp_path / "page.txt").read_bytes() == b"a  b\n"


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert cli("run", "x.txt", cwd=tmp_path).returncode == 2  # no output mode
    assert cli("frobnicate", cwd=tmp_path).returncode == 2
    assert cli("undo", "nothing", "--out", "o", cwd=tmp_path).returncode == 2
