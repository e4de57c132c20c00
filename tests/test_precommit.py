"""The pre-commit hooks, run by the real pre-commit tool in a temporary repository."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, readme_blocks

pytest.importorskip("pre_commit", reason="pre-commit is part of the [test] extra")


def git(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=600, env=ENV)


ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
    "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com",
}


@pytest.fixture(scope="module")
def head() -> str:
    """The commit of this checkout that the hook is installed from."""
    result = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip("not a git checkout")
    return result.stdout.strip()


def test_hook_fixes_fails_then_passes(tmp_path: Path, head: str) -> None:
    repo = tmp_path / "project"
    repo.mkdir()
    ENV["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-home")
    assert git("init", "-q", cwd=repo).returncode == 0
    # The README's example, pointed at this checkout.
    [example] = readme_blocks("yaml")
    config = re.sub(r"repo: \S+", f"repo: {ROOT}", re.sub(r"rev: \S+", f"rev: {head}", example))
    (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    # The project's own config is honoured: leading indentation stays.
    (repo / "pyproject.toml").write_text('[tool.cleaner]\nignore = ["WS002"]\n', encoding="utf-8")
    (repo / "page.txt").write_bytes(b"  Indented line.  \n\n\n\nBody  text.")
    (repo / "notes.md").write_bytes(b"Not  matched  by  the  hook.  \n")
    hook = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repo, capture_output=True, text=True, env=ENV)
    assert hook.returncode == 0, hook.stderr

    git("add", ".", cwd=repo)
    first = git("commit", "-m", "dirty", cwd=repo)
    assert first.returncode != 0, first.stdout + first.stderr
    output = first.stdout + first.stderr
    assert "page.txt: fixed" in output and "WS001" in output and "WS004" in output
    assert (repo / "page.txt").read_bytes() == b"  Indented line.\n\nBody text.\n"
    assert (repo / "notes.md").read_bytes() == b"Not  matched  by  the  hook.  \n"

    git("add", ".", cwd=repo)
    second = git("commit", "-m", "clean", cwd=repo)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "Passed" in second.stdout + second.stderr
