"""ASCII armor of age files: strict PEM (RFC 7468 figure 3), label "AGE ENCRYPTED FILE".

Armored files are malleable unless the parser is strict, so the reader accepts exactly
one shape: optional whitespace, the BEGIN line, base64 lines of exactly 64 columns but
the last (1 to 64 columns, canonical, ``=``-padded), the END line, optional whitespace.
Lines end in LF or CRLF. Anything else raises AgeError("age.armor"). Both directions
stream in constant memory.
"""

from __future__ import annotations

import binascii

from amanat.crypto.stream import Readable, Writable, write_all
from amanat.domain.errors import AgeError

BEGIN_LINE = b"-----BEGIN AGE ENCRYPTED FILE-----"
END_LINE = b"-----END AGE ENCRYPTED FILE-----"
COLUMNS = 64
_BYTES_PER_LINE = COLUMNS // 4 * 3
_STEP = 1024 * _BYTES_PER_LINE  # 48 KiB of input per encoding step
_LINE = COLUMNS + 1
_WHITESPACE = b" \t\r\n"
_READ_SIZE = 1 << 20
# The BEGIN line plus a CR; a longer first line without a line feed is not armor.
_MAX_BEGIN_LINE = len(BEGIN_LINE) + 1


def looks_armored(prefix: bytes) -> bool:
    """True if ``prefix`` (the first bytes of a file) starts like a PEM block."""
    return prefix.lstrip(_WHITESPACE).startswith(b"-----BEGIN")


def _wrap_lines(encoded: bytes) -> bytearray:
    """Cut base64 text (a multiple of 64 characters) into LF-terminated lines."""
    lines = len(encoded) // COLUMNS
    out = bytearray(lines * _LINE)
    # One strided copy per column instead of one Python step per line: armor of a large
    # file stays fast.
    for column in range(COLUMNS):
        out[column::_LINE] = encoded[column::COLUMNS]
    out[COLUMNS::_LINE] = b"\n" * lines
    return out


class ArmorWriter:
    """Writes base64 PEM lines to ``dst``; ``close()`` writes the END line."""

    def __init__(self, dst: Writable) -> None:
        self._dst = dst
        self._pending = bytearray()
        self._closed = False
        write_all(self._dst, BEGIN_LINE + b"\n")

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self._closed:
            raise ValueError("write to a closed ArmorWriter")
        view = memoryview(data).cast("B")
        # In steps of whole lines, so that a large write costs a few copies of one step,
        # not of the whole write.
        for start in range(0, len(view), _STEP):
            self._pending += view[start : start + _STEP]
            whole = len(self._pending) - len(self._pending) % _BYTES_PER_LINE
            if whole:
                encoded = binascii.b2a_base64(memoryview(self._pending)[:whole], newline=False)
                write_all(self._dst, _wrap_lines(encoded))
                del self._pending[:whole]
        return len(view)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._pending:
            write_all(self._dst, binascii.b2a_base64(bytes(self._pending), newline=True))
            self._pending.clear()
        write_all(self._dst, END_LINE + b"\n")


class ArmorReader:
    """Decodes an armored age file from ``src``; ``readinto`` gives the binary file."""

    def __init__(self, src: Readable) -> None:
        self._src = src
        self._raw = bytearray()
        self._eof = False
        self._decoded = bytearray()
        self._position = 0
        self._started = False
        self._finished = False
        self._saw_last_line = False
        self._chunk = bytearray(_READ_SIZE)

    def _fill(self) -> bool:
        if self._eof:
            return False
        n = self._src.readinto(memoryview(self._chunk))
        if not n:
            self._eof = True
            return False
        self._raw += memoryview(self._chunk)[:n]
        return True

    @staticmethod
    def _fail(reason: str) -> AgeError:
        return AgeError("age.armor", reason=reason)

    def _start(self) -> None:
        # Whitespace before the block is allowed (and discarded as it streams in).
        while True:
            self._raw = bytearray(self._raw.lstrip(_WHITESPACE))
            if self._raw and (b"\n" in self._raw or len(self._raw) > _MAX_BEGIN_LINE):
                break
            if not self._fill():
                break
        newline = self._raw.find(b"\n")
        if newline < 0:
            raise self._fail("begin_line")
        line = bytes(self._raw[:newline])
        if line.endswith(b"\r"):
            line = line[:-1]
        if line != BEGIN_LINE:
            raise self._fail("begin_line")
        del self._raw[: newline + 1]
        self._started = True

    def _finish_tail(self, tail: bytes) -> None:
        """After the END line only whitespace may follow, up to the end of the file."""
        if tail.strip(_WHITESPACE):
            raise self._fail("trailing_data")
        while self._fill():
            if self._raw.strip(_WHITESPACE):
                raise self._fail("trailing_data")
            self._raw.clear()
        self._finished = True

    def _decode_more(self) -> None:
        """Decode the next batch of complete lines into ``self._decoded``."""
        if not self._started:
            self._start()
        while not self._finished:
            if self._decode_full_lines():
                return
            newline = self._raw.rfind(b"\n")
            if newline < 0 and not self._eof:
                if len(self._raw) > COLUMNS + 2:
                    raise self._fail("line_length")
                self._fill()
                continue
            if newline < 0:
                # End of file: an END line without a final line feed is accepted.
                complete, rest = bytes(self._raw), b""
                if not complete:
                    raise self._fail("no_end_line")
                lines = [complete]
            else:
                complete = bytes(self._raw[:newline])
                rest = bytes(self._raw[newline + 1 :])
                lines = complete.split(b"\n")
            self._raw = bytearray(rest)
            full: list[bytes] = []
            last: bytes | None = None
            for index, line in enumerate(lines):
                if line.endswith(b"\r"):
                    line = line[:-1]
                if line == END_LINE:
                    self._emit(full, last)
                    remaining = b"\n".join(lines[index + 1 :])
                    self._finish_tail(remaining + (b"\n" + rest if newline >= 0 else b""))
                    return
                if self._saw_last_line:
                    raise self._fail("line_after_last")
                if len(line) == COLUMNS and b"=" not in line:
                    full.append(line)
                elif 0 < len(line) <= COLUMNS:
                    self._saw_last_line = True
                    last = line
                else:
                    raise self._fail("line_length")
            if newline < 0:
                raise self._fail("no_end_line")
            self._emit(full, last)
            if self._decoded:
                return

    def _decode_full_lines(self) -> bool:
        """Fast path: decode a run of LF-terminated 64-column lines in a few C calls.

        Taken only when every line of the run is 64 characters with no padding, no
        CR, no dash (so no END line) and no other line feed: exactly the lines that
        must be followed by more lines. Everything else goes line by line below.
        """
        if self._saw_last_line:
            return False
        lines = len(self._raw) // _LINE
        if lines < 2:
            return False
        block = self._raw[: lines * _LINE]
        if block[COLUMNS::_LINE] != b"\n" * lines:
            return False
        del block[COLUMNS::_LINE]
        if b"\n" in block or b"=" in block or b"-" in block or b"\r" in block:
            return False
        try:
            self._decoded += binascii.a2b_base64(block, strict_mode=True)
        except binascii.Error:
            raise self._fail("base64") from None
        del self._raw[: lines * _LINE]
        return True

    def _emit(self, full: list[bytes], last: bytes | None) -> None:
        try:
            if full:
                self._decoded += binascii.a2b_base64(b"".join(full), strict_mode=True)
            if last is not None:
                if len(last) % 4:
                    raise self._fail("padding")
                data = binascii.a2b_base64(last, strict_mode=True)
                if binascii.b2a_base64(data, newline=False) != last:
                    raise self._fail("not_canonical")
                self._decoded += data
        except binascii.Error:
            raise self._fail("base64") from None

    def readinto(self, buffer: memoryview | bytearray) -> int:
        view = memoryview(buffer).cast("B")
        while self._position >= len(self._decoded):
            if self._finished:
                return 0
            self._decoded.clear()
            self._position = 0
            self._decode_more()
        n = min(len(view), len(self._decoded) - self._position)
        view[:n] = memoryview(self._decoded)[self._position : self._position + n]
        self._position += n
        return n
