"""Stage ``decode``: bytes to text, byte-order marks and line ends.

DC001 runs on bytes when a file is read (``cleaner.decoding``).  DC002 and
DC003 also run on text, so ``clean(text)`` from the library normalizes a
string the same way a file is normalized.
"""

from __future__ import annotations

from typing import Iterator

import regex

from cleaner.document import Document
from cleaner.model import Edit
from cleaner.rule import Example, Rule, register

_LINE_END = regex.compile(r"\r\n?")


@register
class DecodeBytes(Rule):
    """Decode an input file to text, detecting its encoding.

    UTF-8 (with or without a BOM, and UTF-16/32 with a BOM) is read as it is;
    anything else goes to charset-normalizer, and the encoding it finds is
    written to the file's record in the change log, so ``cleaner undo`` can
    encode the text back.  Empty files, binary files (NUL bytes) and files no
    encoding fits are errors: the file is reported and skipped, and the run
    goes on.  A file whose line ends are all CRLF (or all CR) is read with
    ``\\n`` and the style is recorded on the file, not as one change a line.

    This rule works on bytes before the text pipeline, so ``clean(text)``
    does not run it.  Example: the GBK bytes ``d6d0 cec4`` are read as
    ``中文`` and the file record says ``"encoding": "gb18030"``.
    """

    code = "DC001"
    name = "decode-bytes"
    stage = "decode"
    summary = "Decode input bytes as UTF-8, or as the encoding charset-normalizer detects."

    def find(self, doc: Document) -> tuple[Edit, ...]:
        """Nothing to do on text: decoding happens when a file is read."""
        return ()


@register
class ByteOrderMark(Rule):
    """Remove a byte-order mark (U+FEFF) at the start of the text.

    A BOM is an encoding signature, not content; left in, it sticks to the
    first word and breaks line matching.  Safe: undo puts it back.
    """

    code = "DC002"
    name = "byte-order-mark"
    stage = "decode"
    summary = "Remove a byte-order mark at the start of the text."
    examples = (
        Example("\ufeffTitle\n", "Title\n"),
        Example("Title\n", "Title\n"),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Yield the removal of a leading U+FEFF."""
        if doc.text.startswith("\ufeff"):
            yield Edit(0, 1, "", "byte-order mark at the start of the text")


@register
class LineEnds(Rule):
    """Turn CRLF and lone CR line ends into ``\\n``.

    Every later rule reads lines split on ``\\n``; a stray ``\\r`` would stick
    to the end of a line and defeat patterns anchored there.  Safe: undo puts
    each line end back.
    """

    code = "DC003"
    name = "line-ends"
    stage = "decode"
    summary = "Turn CRLF and CR line ends into LF."
    examples = (
        Example("one\r\ntwo\rthree\n", "one\ntwo\nthree\n"),
        Example("one\ntwo\n", "one\ntwo\n"),
    )

    def find(self, doc: Document) -> Iterator[Edit]:
        """Yield one edit per CRLF or CR."""
        if "\r" not in doc.text:
            return
        for match in _LINE_END.finditer(doc.text):
            yield Edit(match.start(), match.end(), "\n", f"{match.group(0)!r} line end")
