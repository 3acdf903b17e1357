"""A decrypting, seekable QIODevice for QMediaPlayer.setSourceDevice (issue 14).

It reads the blob through storage.blob_access: only the 64 KiB chunk under the read
position is decrypted and held, so a recording of any size plays and seeks from
memory, and nothing is ever written out in plaintext. The decoder reads on its own
thread; RandomAccessBlob serialises the reads. A chunk that fails to authenticate ends
the read with an error (the player reports the file as damaged) instead of handing
the decoder unauthenticated bytes.
"""

from __future__ import annotations

from PySide6.QtCore import QIODevice, QObject

from amanat.domain.errors import AmanatError
from amanat.storage.blob_access import RandomAccessBlob


class BlobPlaybackDevice(QIODevice):
    """Read-only, random-access plaintext of one blob. ``close`` releases the file."""

    def __init__(self, blob: RandomAccessBlob, parent: QObject | None = None) -> None:
        if parent is None:
            super().__init__()
        else:
            super().__init__(parent)
        self._blob = blob
        self.failed = False

    def isSequential(self) -> bool:
        return False

    def size(self) -> int:
        return self._blob.size

    def bytesAvailable(self) -> int:
        return max(0, self._blob.size - self.pos()) + super().bytesAvailable()

    def atEnd(self) -> bool:
        return self.pos() >= self._blob.size

    def readData(self, maxlen: int) -> bytes:
        try:
            return self._blob.read_at(self.pos(), int(maxlen))
        except (AmanatError, ValueError):
            self.failed = True
            return b""

    def writeData(self, data: bytes | bytearray | memoryview, length: int, /) -> int:
        return -1

    def close(self) -> None:
        super().close()
        self._blob.close()


def open_device(blob: RandomAccessBlob, parent: QObject | None = None) -> BlobPlaybackDevice:
    device = BlobPlaybackDevice(blob, parent)
    device.open(QIODevice.OpenModeFlag.ReadOnly)
    return device
