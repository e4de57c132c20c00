"""Parallel runs write exactly what one job writes, files and change log alike."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import ROOT
from test_cli import cli
from test_shortcuts import corpus_sample


def make_inputs(folder: Path) -> None:
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    pages = corpus_sample(every=25) or [f"Page {n}\n\nBody  text {n}.\n" for n in range(30)]
    (folder / "pages").mkdir()
    for n, page in enumerate(pages):
        (folder / "pages" / f"{n:03}.txt").write_text(page, encoding="utf-8")
    records = [json.dumps({"n": n, "text": page}, ensure_ascii=False) for n, page in enumerate(pages)]
    (folder / "data.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_jobs_write_what_one_job_writes(tmp_path: Path) -> None:
    make_inputs(tmp_path / "in")
    for jobs in ("1", "2"):
        result = cli("run", "in", "--glob", "*.*", "--out", f"out{jobs}", "--jobs", jobs, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
    one, two = snapshot(tmp_path / "out1"), snapshot(tmp_path / "out2")
    assert one.keys() == two.keys() and len(one) > 10
    assert one == two


def test_progress_lines_and_bar() -> None:
    import io

    from cleaner.progress import Progress

    stream = io.StringIO()
    lines = Progress(4, 4_000_000, style="lines", stream=stream, every=0)
    lines.advance(files=1, nbytes=1_000_000)
    lines.close()
    assert "1/4 files, 1.0/4.0 MB" in stream.getvalue() and "MB/s, ETA" in stream.getvalue()
    stream = io.StringIO()
    bar = Progress(2, 2_000, style="bar", stream=stream)
    bar.advance(files=2, nbytes=2_000)
    bar.close()
    assert "cleaning" in stream.getvalue() and "2/2 files" in stream.getvalue()
    stream = io.StringIO()
    Progress(1, 1, style="off", stream=stream).advance(files=1, nbytes=1)
    assert stream.getvalue() == ""
