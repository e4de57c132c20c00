"""Memory bounds of `cleaner run`: a 2 GB JSON Lines file and a 200 MB text file.

    .venv/bin/python bench/memory.py [--records 1000000] [--text-mb 200] [--jobs 2]

(``--records 0`` or ``--text-mb 0`` skips that input.)

Builds, under bench/corpus/memory/ (git-ignored), a JSON Lines file of
``--records`` records (about 2 KB of real web text each, so a million make
about 2 GB) and one text file of ``--text-mb`` MB, runs the real command on
each, and reports wall time, throughput and peak resident memory: of the main
process, and of the largest worker (both from ``getrusage``, which counts
what a process really touched). Results go to the terminal and are appended
to bench/RESULTS.md under "Memory".
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
WORK = ROOT / "bench" / "corpus" / "memory"

# Run the command and print the peak RSS of the process itself and of its
# largest child, as seen by getrusage; the bench process stays out of it.
_WRAPPER = """
import resource, runpy, sys
sys.argv = ["cleaner", *sys.argv[1:]]
try:
    runpy.run_module("cleaner", run_name="__main__")
except SystemExit as stop:
    code = stop.code
else:
    code = 0
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"PEAK {own} {children}", file=sys.stderr)
sys.exit(code)
"""


def pages() -> list[str]:
    """Real web text: the development corpus, or the seeds when it is absent."""
    texts = []
    for path in sorted(CORPUS.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            for line in stream:
                record = json.loads(line)
                texts.append(record.get("plaintext") or record.get("raw_content") or "")
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return [t for t in texts if t.strip()]


def build_jsonl(path: Path, records: int) -> int:
    """Write ``records`` records of about 2 KB of page text each; return the size."""
    texts = pages()
    pieces = [t[i : i + 2000] for t in texts for i in range(0, len(t), 2000)]
    with path.open("w", encoding="utf-8") as out:
        for n in range(records):
            out.write(json.dumps({"id": n, "url": f"https://example.org/{n}", "text": pieces[n % len(pieces)]},
                                 ensure_ascii=False) + "\n")
    return path.stat().st_size


def build_text(path: Path, megabytes: int) -> int:
    """Write one text file of about ``megabytes`` MB made of pages one after another."""
    texts = pages()
    target = megabytes * 1_000_000
    written = 0
    with path.open("w", encoding="utf-8") as out:
        while written < target:
            for text in texts:
                out.write(text + "\n\n")
                written += len(text.encode("utf-8")) + 2
                if written >= target:
                    break
    return path.stat().st_size


def measure(args: list[str]) -> tuple[float, int, int, int]:
    """Run ``cleaner ARGS``; return seconds, exit code, and peak RSS (MB) of main and children."""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", _WRAPPER, *args], capture_output=True, text=True)
    seconds = time.perf_counter() - started
    peak = [line for line in result.stderr.splitlines() if line.startswith("PEAK ")]
    if not peak:
        sys.exit(f"cleaner failed:\n{result.stderr[-2000:]}")
    own, children = (int(x) // 1024 for x in peak[-1].split()[1:])
    return seconds, result.returncode, own, children


def _measured(name: str, path: Path, size: int, jobs: int) -> tuple[str, int, float, int, int, int]:
    """Clean ``path`` (``size`` bytes) with ``jobs`` workers; its table row.  The input and output are removed after."""
    out = WORK / f"out-{path.stem}"
    seconds, code, own, children = measure(["run", str(path), "--out", str(out), "--jobs", str(jobs), "--quiet"])
    shutil.rmtree(out)
    path.unlink()
    return name, size, seconds, code, own, children


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--text-mb", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)

    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    rows = []
    if args.records:
        data = WORK / "data.jsonl"
        rows.append(_measured(f"JSON Lines, {args.records:,} records", data, build_jsonl(data, args.records), args.jobs))
    if args.text_mb:
        text = WORK / "big.txt"
        rows.append(_measured(f"one text file of {args.text_mb} MB", text, build_text(text, args.text_mb), args.jobs))
    shutil.rmtree(WORK, ignore_errors=True)

    lines = [
        "",
        f"## Memory ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, `bench/memory.py --jobs {args.jobs}`)",
        "",
        "| input | size | time | MB/s | exit | peak RSS, main | peak RSS, largest worker |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, size, seconds, code, own, children in rows:
        lines.append(f"| {name} | {size / 1e6:,.0f} MB | {seconds:,.0f} s | {size / 1e6 / seconds:.2f} | {code} "
                     f"| {own:,} MB | {children:,} MB |")
    table = "\n".join(lines) + "\n"
    print(table)
    with (ROOT / "bench" / "RESULTS.md").open("a", encoding="utf-8") as out:
        out.write(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
