"""Progress of a run: a bar on a terminal, plain periodic lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import IO


class Progress:
    """Counts files and bytes done out of a known total, and shows it.

    ``style`` is ``"bar"`` (tqdm: files, MB, MB/s, ETA), ``"lines"`` (one
    line every ``every`` seconds, for logs and CI) or ``"off"``; ``"auto"``
    picks the bar when ``stream`` is a terminal.
    """

    def __init__(self, total_files: int, total_bytes: int, style: str = "auto",
                 stream: IO[str] | None = None, every: float = 10.0) -> None:
        self.stream = stream or sys.stderr
        if style == "auto":
            style = "bar" if self.stream.isatty() else "lines"
        self.style = style
        self.total_files, self.total_bytes = total_files, total_bytes
        self.files = self.bytes = 0
        self.started = self._last = time.monotonic()
        self.every = every
        self._bar = None
        if style == "bar":
            from tqdm import tqdm

            self._bar = tqdm(total=total_bytes, unit="B", unit_scale=True, unit_divisor=1000,
                             file=self.stream, desc="cleaning", dynamic_ncols=True)

    def advance(self, files: int = 0, nbytes: int = 0) -> None:
        """Count ``files`` more files and ``nbytes`` more input bytes as done."""
        self.files += files
        self.bytes += nbytes
        if self._bar is not None:
            self._bar.update(nbytes)
            self._bar.set_postfix_str(f"{self.files}/{self.total_files} files", refresh=False)
        elif self.style == "lines" and time.monotonic() - self._last >= self.every:
            self._last = time.monotonic()
            print(f"cleaner: {self.line()}", file=self.stream, flush=True)

    def line(self) -> str:
        """The state of the run in one line."""
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.bytes / elapsed
        left = (self.total_bytes - self.bytes) / rate if rate else 0.0
        return (f"{self.files:,}/{self.total_files:,} files, {self.bytes / 1e6:,.1f}/{self.total_bytes / 1e6:,.1f} MB, "
                f"{rate / 1e6:.2f} MB/s, ETA {time.strftime('%H:%M:%S', time.gmtime(left))}")

    def close(self) -> None:
        """Finish the bar."""
        if self._bar is not None:
            self._bar.close()
