"""The Ray engine, on a local Ray instance: the same bytes as the local engine, the same cleaning in ray.data."""

from __future__ import annotations

import gzip
import itertools
import json
import operator
import sys
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")  # only a guard: the test extra installs Ray, so CI runs these

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # Ray Data's own settings, renamed upstream

from cleaner import Pipeline  # noqa: E402
from cleaner.engines import ray as engine  # noqa: E402
from conftest import SEEDS  # noqa: E402
from test_cli import cli  # noqa: E402
from test_parallel import make_inputs, snapshot  # noqa: E402


def small_folder(folder: Path) -> Path:
    """Pages of one site; the header they all repeat goes in the cross-document pass (CX001)."""
    folder.mkdir()
    for n in range(7):
        (folder / f"{n}.txt").write_text(
            "Example Daily Herald subscribe for updates today\n\n"
            f"Story {n}\u00a0 begins  here with real words about the council meeting on Tuesday.\n\n\n",
            encoding="utf-8",
        )
    return folder


def test_run_starts_its_own_ray_and_stops_it(tmp_path: Path) -> None:
    # Before the module's instance starts (tests run in file order): without --address
    # the command starts a private Ray with --jobs CPUs and shuts it down at the end.
    small_folder(tmp_path / "in")
    local = cli("run", "in", "--out", "local", "--jobs", "1", "--quiet", cwd=tmp_path)
    remote = cli("run", "in", "--out", "ray", "--engine", "ray", "--jobs", "1", "--quiet", cwd=tmp_path)
    assert local.returncode == remote.returncode == 0, remote.stderr
    assert remote.stderr == ""
    assert snapshot(tmp_path / "local") == snapshot(tmp_path / "ray")
    assert b'"code": "CX001"' in (tmp_path / "ray" / "changes.jsonl").read_bytes()


@pytest.fixture(scope="module")
def local_ray():
    """One local Ray instance for the module, with ray.data handing rows back in order."""
    import logging

    import ray.data

    ray.init(num_cpus=2, include_dashboard=False, logging_level=logging.ERROR, log_to_driver=False)
    context = ray.data.DataContext.get_current()
    saved = context.execution_options.preserve_order, context.enable_progress_bars
    context.execution_options.preserve_order, context.enable_progress_bars = True, False
    try:
        yield ray
    finally:
        context.execution_options.preserve_order, context.enable_progress_bars = saved
        ray.shutdown()


def make_awkward_inputs(folder: Path) -> None:
    """Inputs that take the odd paths: other encodings, CRLF, an empty file, bad and compressed records."""
    make_inputs(folder)
    (folder / "odd").mkdir()
    (folder / "odd" / "latin1.txt").write_bytes("Caf\xe9  cr\xe8me\u00a0br\xfbl\xe9e.\r\n\r\n\r\n".encode("latin-1"))
    (folder / "odd" / "bom.txt").write_bytes("\ufeffHello\u00a0 world  \n\n\n".encode("utf-8"))
    (folder / "odd" / "empty.txt").write_bytes(b"")
    # Longer than the --section-chars the test runs with: cleaned a section at a time.
    (folder / "odd" / "long.txt").write_bytes(b"\n\n".join(seed.read_bytes() for seed in SEEDS))
    records = [{"id": "a", "text": "Body  text.\u00a0More.\n\n\n"}, {"id": "b", "text": 3}, {"id": "c", "text": "Clean.\n"}]
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + ["not json", "[1, 2]", ""]
    (folder / "odd" / "records.jsonl.gz").write_bytes(gzip.compress(("\n".join(lines) + "\n").encode(), mtime=0))


def test_run_on_ray_writes_what_the_local_engine_writes(local_ray, tmp_path: Path) -> None:
    make_awkward_inputs(tmp_path / "in")
    address = local_ray.get_runtime_context().gcs_address  # the command joins this module's instance
    common = ("run", "in", "--glob", "*.*", "--id-field", "id", "--jobs", "2", "--section-chars", "20000", "--quiet")
    local = cli(*common, "--out", "local", cwd=tmp_path)
    remote = cli(*common, "--out", "ray", "--engine", "ray", "--address", address, cwd=tmp_path)
    assert local.returncode == remote.returncode == 3, (local.stderr, remote.stderr)  # the empty file and bad records
    assert remote.stderr == local.stderr
    one, other = snapshot(tmp_path / "local"), snapshot(tmp_path / "ray")
    assert len(one) > 20 and "changes.jsonl" in one and "odd/records.jsonl.gz" in one
    assert b'"file": "odd/long.txt"' in one["changes.jsonl"] and b'"sections": [' in one["changes.jsonl"]
    assert one.keys() == other.keys()
    for name in one:
        assert one[name] == other[name], name


def test_run_joins_ray_address_or_the_connection_it_finds(local_ray, tmp_path: Path, monkeypatch) -> None:
    from cleaner.cli import main

    small_folder(tmp_path / "in")
    monkeypatch.chdir(tmp_path)
    assert main(["run", "in", "--out", "local", "--jobs", "1", "--quiet"]) == 0
    # RAY_ADDRESS names a cluster: the command joins it, as ray.init() would.
    monkeypatch.setenv("RAY_ADDRESS", local_ray.get_runtime_context().gcs_address)
    joined = cli("run", "in", "--out", "env", "--engine", "ray", "--quiet", cwd=tmp_path)
    assert joined.returncode == 0 and joined.stderr == "", joined.stderr
    # In a process connected already (a library user's), the command uses that connection and leaves it open.
    assert main(["run", "in", "--out", "ray", "--engine", "ray", "--jobs", "2", "--quiet"]) == 0
    assert ray.is_initialized()
    assert snapshot(tmp_path / "local") == snapshot(tmp_path / "env") == snapshot(tmp_path / "ray")


def test_engine_flags_are_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from cleaner.cli import main

    (tmp_path / "a.txt").write_text("text\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["run", "a.txt", "--check", "--address", "auto"]) == 2
    assert "--address needs --engine ray" in capsys.readouterr().err
    monkeypatch.setitem(sys.modules, "ray", None)  # as if the extra were not installed
    assert main(["run", "a.txt", "--check", "--engine", "ray"]) == 2
    err = capsys.readouterr().err
    assert err == "cleaner: the Ray engine needs Ray: pip install 'cleaner[ray]'\n"


def test_ordered_map_keeps_order_within_a_small_window(local_ray) -> None:
    items = [engine.Ready(-n) if n % 5 == 0 else n for n in range(40)]
    assert list(engine.ordered_map(operator.neg, items, 2, window=3)) == [-n for n in range(40)]
    assert list(engine.ordered_map(operator.neg, range(9), 5)) == [-n for n in range(9)]  # more jobs than CPUs


def test_ordered_map_reads_its_input_only_a_window_ahead(local_ray) -> None:
    read = []

    def endless():
        for n in itertools.count():
            read.append(n)
            yield n

    results = engine.ordered_map(operator.neg, endless(), 2, window=4)
    assert [next(results) for _ in range(10)] == [-n for n in range(10)]
    results.close()
    assert len(read) <= 10 + 4


def test_unreadable_file_fails_as_on_the_local_engine(local_ray, tmp_path: Path, pipeline) -> None:
    from cleaner.files import Input
    from cleaner.runner import Mode, RunOptions, clean_file

    gone = Input(tmp_path / "gone.txt", tmp_path)
    (outcome,) = engine.run_tasks([gone], RunOptions(Mode.CHECK, jobs=1, engine="ray"), pipeline, None)
    assert outcome.error == clean_file(pipeline, gone).error and outcome.error.startswith("cannot read:")


def texts_and_changes(pipeline: Pipeline, text: str) -> tuple[str, list[dict]]:
    cleaned = pipeline.clean(text)
    return cleaned.text, engine.row_records(cleaned)


def test_clean_dataset_cleans_a_text_folder_as_the_pipeline_does(local_ray, tmp_path: Path, pipeline) -> None:
    folder = tmp_path / "in"
    make_awkward_inputs(folder)
    rows = engine.clean_dataset(engine.read_texts(str(folder)), pipeline=pipeline).take_all()
    files = sorted(p for p in folder.rglob("*.txt"))
    assert sorted(Path(row["path"]) for row in rows) == files
    checked = 0
    for row in rows:
        path = Path(row["path"])
        if path.name == "empty.txt":
            assert row["text"] is None and row["error"] == "empty file"
            assert json.loads(row["changes"]) == [{"type": "error", "error": "has no 'text' field"}]
            continue
        from cleaner.decoding import decode

        decoded = decode(path.read_bytes())
        assert (row["encoding"], row["bom"], row["newline"]) == (decoded.encoding, decoded.bom, decoded.newline)
        text, records = texts_and_changes(pipeline, decoded.text)
        assert row["text"] == text, path
        assert json.loads(row["changes"]) == records, path
        checked += 1
    assert checked >= 20


def test_clean_dataset_cleans_json_lines_keeping_columns_and_order(local_ray, tmp_path: Path, pipeline) -> None:
    from cleaner import undo

    texts = [
        "Body  text.\u00a0More.\n\n\n",
        "Clean.\n",
        "分享到：微信 微博\n\n正文在这里。\n",
        (Path(__file__).parent.parent / "seeds").glob("*.txt").__next__().read_text(encoding="utf-8"),
    ] * 3
    path = tmp_path / "data.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n, text in enumerate(texts):
            out.write(json.dumps({"id": f"r{n}", "n": n, "meta": {"site": "x"}, "text": text}, ensure_ascii=False) + "\n")
    ds = engine.read_jsonl(str(path)).repartition(3)
    rows = engine.clean_dataset(ds, pipeline=pipeline, id_field="id", workers=2).take_all()
    assert [row["n"] for row in rows] == list(range(len(texts)))
    for row, original in zip(rows, texts):
        assert row["meta"] == {"site": "x"} and row["id"] == f"r{row['n']}"
        cleaned = pipeline.clean(original)
        assert row["text"] == cleaned.text
        assert json.loads(row["changes"]) == engine.row_records(cleaned, row["id"])
        assert engine.changes_of(row["changes"]) == list(cleaned.changes)
        assert undo(row["text"], engine.changes_of(row["changes"])) == original
    assert any(json.loads(row["changes"]) for row in rows) and any(not json.loads(row["changes"]) for row in rows)


def test_readme_ray_example_runs(local_ray, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from conftest import readme_blocks

    blocks = [block for block in readme_blocks("py") if "cleaner.engines.ray" in block]
    assert len(blocks) == 1
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.txt").write_text("Body  text.\u00a0More.\n\n\n", encoding="utf-8")
    (tmp_path / "data.jsonl").write_text(json.dumps({"id": "r1", "text": "Body  text.\n\n\n"}) + "\n", encoding="utf-8")
    exec(compile(blocks[0], "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "Body text. More.\n" in printed and "WS003" in printed
