"""The README's examples work as written."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from conftest import ROOT, readme_blocks
from test_cli import cli


def test_python_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = readme_blocks("python")
    assert len(blocks) >= 3
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        for block in blocks:
            exec(compile(block, "README.md", "exec"), namespace)
    printed = output.getvalue()
    assert "The council met on Tuesday. It voted yes." in printed
    assert "腾讯云的业务" in printed and "Story.\n" in printed
    assert "ITEM_PIPELINES" in namespace  # the Scrapy settings block is valid Python


def test_shell_examples_run(tmp_path: Path) -> None:
    records = [{"id": "r1", "text": "Body  text.\u00a0More.\n\n\n"}, {"id": "r2", "text": "Clean.\n"}]
    (tmp_path / "data.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    for block in readme_blocks("shell"):
        for line in block.strip().splitlines():
            command, *args = line.split()
            assert command == "cleaner"
            result = cli(*args, cwd=tmp_path)
            assert result.returncode == 0, result.stderr
    cleaned = [json.loads(x) for x in (tmp_path / "cleaned" / "data.jsonl").read_text(encoding="utf-8").splitlines()]
    assert cleaned[0] == {"id": "r1", "text": "Body text. More.\n"}


def test_setup_commands_are_the_ci_commands() -> None:
    setup = readme_blocks("sh")[:2]
    assert "cleaner run seeds --out out" in setup[0]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert setup[1].strip() in ci
