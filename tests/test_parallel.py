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


def test_small_files_go_to_workers_together_in_order(tmp_path: Path) -> None:
    """Runs of small files are batched (at most BATCH_FILES and BATCH_BYTES); big and missing ones go alone."""
    from cleaner.files import Input
    from cleaner.runner import BATCH_BYTES, BATCH_FILES, Chunk, _batched

    def item(name: str, size: int | None) -> Input:
        path = tmp_path / name
        if size is not None:
            path.write_bytes(b"x" * size)
        return Input(path, Path(name))

    small = [item(f"s{n}.txt", 10) for n in range(BATCH_FILES + 3)]
    half = [item(f"h{n}.txt", BATCH_BYTES // 2) for n in range(3)]
    big, missing = item("big.txt", BATCH_BYTES + 1), item("gone.txt", None)
    chunk = Chunk(item("d.jsonl", 5), [], last=True)
    tasks = [*small, big, *half, missing, chunk, small[0]]
    batches = list(_batched(tasks))
    assert [task for batch in batches for task in batch] == tasks
    assert [len(batch) for batch in batches] == [BATCH_FILES, 3, 1, 2, 1, 1, 1, 1]
