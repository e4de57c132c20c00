"""JSON Lines datasets through the real CLI: one field cleaned, everything else kept."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from test_cli import cli

RECORDS = [
    {"id": "a", "text": "First  page.\u00a0Body text.\n\n\n\nMore body.  ", "meta": {"lang": "en", "n": 1}},
    {"id": "b", "text": "Already clean.\n", "tags": ["x", "y"]},
    "this line is not JSON",
    {"id": "c", "body": "no text field here"},
    {"id": "d", "text": "中文內容,很好!\u3000\n"},
]


def write_dataset(path: Path) -> list[str]:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in RECORDS]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return lines


def read_lines(path: Path) -> list[str]:
    data = path.read_bytes()
    return (gzip.decompress(data) if path.name.endswith(".gz") else data).decode("utf-8").splitlines()


def test_cleans_one_field_keeps_order_and_other_fields(tmp_path: Path) -> None:
    original = write_dataset(tmp_path / "data.jsonl")
    result = cli("run", "data.jsonl", "--out", "out", "--id-field", "id", cwd=tmp_path)
    assert result.returncode == 3  # two records could not be read
    assert "data.jsonl:3: not JSON" in result.stderr
    assert "data.jsonl:4: has no 'text' field" in result.stderr
    out = read_lines(tmp_path / "out" / "data.jsonl")
    assert len(out) == len(original)
    first = json.loads(out[0])
    assert first == {"id": "a", "text": "First page. Body text.\n\nMore body.\n", "meta": {"lang": "en", "n": 1}}
    assert list(first) == ["id", "text", "meta"]
    assert out[1] == original[1]  # unchanged records are copied as they were
    assert out[2] == original[2] and out[3] == original[3]  # bad lines pass through untouched
    assert json.loads(out[4])["text"] == "中文內容，很好！\n"
    log = [json.loads(line) for line in (tmp_path / "out" / "changes.jsonl").read_text(encoding="utf-8").splitlines()]
    changes = [r for r in log if r["type"] == "change"]
    assert {(r["record"], r["id"]) for r in changes} == {(1, "a"), (5, "d")}
    assert [r["record"] for r in log if r["type"] == "error"] == [3, 4]


def test_gzip_in_gzip_out_and_undo(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    original = write_dataset(tmp_path / "in" / "data.jsonl.gz")
    assert cli("run", "in", "--glob", "*.jsonl.gz", "--out", "out", cwd=tmp_path).returncode == 3
    out = read_lines(tmp_path / "out" / "data.jsonl.gz")
    assert json.loads(out[0])["text"] == "First page. Body text.\n\nMore body.\n"
    assert cli("undo", "out", "--out", "back", cwd=tmp_path).returncode == 0
    back = read_lines(tmp_path / "back" / "data.jsonl.gz")
    assert [json.loads(x) if x.startswith("{") else x for x in back] == [
        json.loads(x) if x.startswith("{") else x for x in original
    ]


def test_in_place_rewrites_only_a_changed_dataset(tmp_path: Path) -> None:
    clean = tmp_path / "clean.jsonl"
    clean.write_text(json.dumps({"text": "Fine.\n"}) + "\n", encoding="utf-8")
    assert cli("run", "clean.jsonl", "--in-place", cwd=tmp_path).returncode == 0
    dirty = tmp_path / "dirty.jsonl"
    dirty.write_text(json.dumps({"text": "Two  spaces."}) + "\n", encoding="utf-8")
    result = cli("run", "dirty.jsonl", "--in-place", cwd=tmp_path)
    assert result.returncode == 1 and "dirty.jsonl: fixed 1 record(s): WS003x1 WS006x1" in result.stderr
    assert json.loads(dirty.read_text(encoding="utf-8"))["text"] == "Two spaces.\n"
