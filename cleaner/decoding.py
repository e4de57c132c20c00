"""Bytes to text and back: the decode stage, which runs before the pipeline.

Input is decoded as UTF-8 when it is valid UTF-8 (with or without a BOM),
otherwise with the encoding charset-normalizer detects.  A leading BOM is
removed, and line ends are made ``\\n`` when the file uses one style
throughout; a file with mixed line ends keeps them for rule DC003, which logs
each one.  :class:`Decoded` records all of it, so :func:`encode` can give the
original bytes back.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import charset_normalizer

from cleaner.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and what it takes to encode it back to the same bytes."""

    text: str
    encoding: str = "utf-8"
    bom: bool = False
    newline: str = "\n"


def decode(data: bytes) -> Decoded:
    """Decode ``data``; raise InputError when it is empty, binary or undecodable."""
    if not data:
        raise InputError("empty file")
    encoding, bom = _sniff(data)
    body = data[len(_bom_bytes(encoding)) :] if bom else data
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"cannot decode as {encoding}: {exc.reason} at byte {exc.start}") from None
    if "\x00" in text:
        raise InputError("binary file (NUL characters)")
    newline = "\n"
    if "\r" in text:
        crlf = text.count("\r\n")
        if crlf == text.count("\r") == text.count("\n"):
            newline, text = "\r\n", text.replace("\r\n", "\n")
        elif "\n" not in text:
            newline, text = "\r", text.replace("\r", "\n")
    return Decoded(text, encoding, bom, newline)


def encode(text: str, decoded: Decoded) -> bytes:
    """The bytes ``text`` had before :func:`decode`: line ends, BOM, encoding."""
    if decoded.newline != "\n":
        text = text.replace("\n", decoded.newline)
    data = text.encode(decoded.encoding)
    return _bom_bytes(decoded.encoding) + data if decoded.bom else data


def _sniff(data: bytes) -> tuple[str, bool]:
    """The encoding of ``data`` and whether it starts with a BOM."""
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return encoding, True
    if b"\x00" in data:
        raise InputError("binary file (NUL bytes)")
    try:
        data.decode("utf-8")
        return "utf-8", False
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputError("not text: no encoding fits (binary file?)")
    return codecs.lookup(best.encoding).name, False


def _bom_bytes(encoding: str) -> bytes:
    for mark, name in _BOMS:
        if name == encoding:
            return mark
    return b""

